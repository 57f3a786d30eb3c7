import { DateTime } from 'luxon';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { ACTION } from '../../src/bots/core/reply.ts';
import { testDialects } from '../support/databases.ts';
import { type CoreFixture, coreFixture, ZONE } from './fixtures.ts';

/**
 * A target changed mid-year does not rewrite the verdict of a tertial that was over before the change: T1 2027 is
 * judged by the 20 per år in force then (11 of at least 6⅔: klar), not by the 45 per år set on 10 June (it read
 * "11 av minst 15 under T1 2027 (45 per år) · målet nåddes inte"); the year, and T2 in which the change falls,
 * by the new target.
 */

const AGREEMENT = [
  'Medborgarlöfte för Sävsjö kommun 2027',
  '',
  'Polisen och Sävsjö kommun lovar att gemensamt arbeta för:',
  '- att öka tryggheten i centrala Sävsjö',
  '',
  'Det ska vi åstadkomma genom följande aktiviteter',
  '- Polisen ska genomföra minst tjugo (20) riktade insatser per år för att upptäcka narkotikabrott bland unga.',
  '- Kommunen lovar att tillsammans med polisen genomföra minst tre trygghetsvandringar i centrala Sävsjö.',
].join('\n');

const at = (day: string) => DateTime.fromISO(`${day}T09:30`, { zone: ZONE }).toMillis();

describe.each(testDialects())('a target changed mid-year [$name]', ({ name }) => {
  let f: CoreFixture;
  beforeEach(async () => {
    f = await coreFixture(name);
    const preview = await f.say('admin', `/lofte import ${AGREEMENT}`);
    const save = preview.buttons?.find((b) => b.actionId === ACTION.importSave);
    if (!save) throw new Error(`no save button: ${preview.fallback}`);
    await f.press('admin', save);
    f.clock.set(at('2027-03-02'));
    await f.say('admin', '/insats Sävsjö 2027-03-01 11');
    f.clock.set(at('2027-06-10'));
    const changed = await f.say('admin', '/lofte mål Sävsjö 1 45 per år');
    expect(changed.headline).toContain('är nu minst 45 per år (var minst 20 per år)');
  });
  afterEach(async () => {
    expect(f.errors).toEqual([]);
    await f.dispose();
  });

  const cases: readonly [typed: string, shows: string, never: string | null][] = [
    ['/status Sävsjö T1', '11 under T1 2027 (mål: minst 20 per år) · klar', '45 per år'],
    ['/sammanfattning Sävsjö T1', '11 under T1 2027 (mål: minst 20 per år) · klar', '45 per år'],
    ['/status Sävsjö T1 2027', '11 under T1 2027 (mål: minst 20 per år) · klar', 'minst 15 under T1'],
    ['/status Sävsjö', '11 av minst 45 under 2027', null],
    ['/status Sävsjö T2', 'minst 15 under T2 2027 (45 per år)', null],
  ];
  it.each(cases)('%s shows ”%s”', async (typed, shows, never) => {
    const r = await f.say('admin', typed);
    expect(r.fallback).toContain(shows);
    if (never) expect(r.fallback).not.toContain(never);
  });
});
