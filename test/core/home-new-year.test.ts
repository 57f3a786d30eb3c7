import { DateTime } from 'luxon';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { ACTION } from '../../src/bots/core/reply.ts';
import { testDialects } from '../support/databases.ts';
import { savsjo2027 } from '../support/next-agreement.ts';
import { type CoreFixture, coreFixture, ZONE } from './fixtures.ts';

/**
 * The home (`/lofte hem`, Slack's App Home) of whoever writes the follow-up, in the first month of a tertial: the
 * tertial just ended and how many of its status texts are missing, with the command that writes them — in January
 * T3 2026, also before the 2027 agreement is imported (when the home otherwise says only "inget medborgarlöfte").
 */

const at = (iso: string) => DateTime.fromISO(iso, { zone: ZONE }).toMillis();

const NEXT = savsjo2027(1);

const LINE = 'T3 2026 saknar lägestext för 8 aktiviteter: /rapportera Sävsjö';

describe.each(testDialects())('the home at the turn of the year [$name]', ({ name }) => {
  let f: CoreFixture;
  beforeEach(async () => {
    f = await coreFixture(name);
  });
  afterEach(async () => {
    expect(f.errors).toEqual([]);
    await f.dispose();
  });

  // who, now, 2027 agreement stored, language, the line expected (null: none about the ended tertial)
  const cases: readonly [string, string, boolean, 'sv' | 'en', string | null][] = [
    ['sven', '2027-01-04T10:00', false, 'sv', LINE],
    ['sven', '2027-01-04T10:00', true, 'sv', LINE],
    ['sven', '2027-01-04T10:00', true, 'en', 'T3 2026 lacks a status text for 8 activities: /report Sävsjö'],
    ['per', '2027-01-04T10:00', true, 'sv', null],
    ['sven', '2027-02-01T10:00', true, 'sv', null],
    ['sven', '2026-12-28T10:00', false, 'sv', null],
  ];
  it.each(cases)('%s at %s (2027 stored: %s, %s)', async (who, now, next, lang, line) => {
    if (next) {
      f.clock.set(at('2026-12-10T10:00'));
      const preview = await f.say('sven', `/lofte import ${NEXT}`);
      const save = preview.buttons?.find((b) => b.actionId === ACTION.importSave);
      if (!save) throw new Error(`no save button: ${preview.fallback}`);
      await f.press('sven', save);
    }
    f.clock.set(at(now));
    const home = await f.say(who, lang === 'en' ? '/lofte home' : '/lofte hem', { lang });
    if (line) expect(home.fallback).toContain(line);
    else expect(home.fallback).not.toMatch(/saknar lägestext|lacks a status text/);
  });
});
