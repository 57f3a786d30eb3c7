import { DateTime } from 'luxon';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { ACTION } from '../../src/bots/core/reply.ts';
import { testDialects } from '../support/databases.ts';
import { savsjo2027 } from '../support/next-agreement.ts';
import { type CoreFixture, coreFixture, ZONE } from './fixtures.ts';

/**
 * `/lofte registreringar` in January lists the registrations of the agreement that ended on 31 December too — the
 * insats logged at 23:30 on New Year's Eve is found (and its id given to `/lofte rätta`) while T3 is still followed
 * up, whether or not the next agreement is stored.
 */

const at = (iso: string) => DateTime.fromISO(iso, { zone: ZONE }).toMillis();

const NEXT = savsjo2027(1);

describe.each(testDialects())('registrations listed at the turn of the year [$name]', ({ name }) => {
  let f: CoreFixture;
  beforeEach(async () => {
    f = await coreFixture(name);
  });
  afterEach(async () => {
    expect(f.errors).toEqual([]);
    await f.dispose();
  });

  // 2027 agreement stored, now, what the list holds (null: the no-agreement answer)
  const cases: readonly [boolean, string, readonly string[] | null][] = [
    [false, '2027-01-04T10:00', ['tor 31 dec 2026 · 3 × Polisen ska genomföra minst femton… — per']],
    [
      true,
      '2027-01-04T10:00',
      ['fre 1 jan · 2 × ', 'tor 31 dec 2026 · 3 × Polisen ska genomföra minst femton… — per'],
    ],
    [false, '2027-02-01T10:00', null],
    [true, '2027-02-01T10:00', ['fre 1 jan · 2 × ']],
  ];
  it.each(cases)('2027 stored %s, at %s', async (next, now, lines) => {
    if (next) {
      f.clock.set(at('2026-12-10T10:00'));
      const preview = await f.say('sven', `/lofte import ${NEXT}`);
      const save = preview.buttons?.find((b) => b.actionId === ACTION.importSave);
      if (!save) throw new Error(`no save button: ${preview.fallback}`);
      await f.press('sven', save);
    }
    f.clock.set(at('2026-12-31T23:30'));
    expect((await f.say('per', '/insats Sävsjö 3')).tone).toBe('success');
    if (next) {
      f.clock.set(at('2027-01-01T00:10'));
      expect((await f.say('per', '/insats Sävsjö 2')).tone).toBe('success');
    }
    f.clock.set(at(now));
    const r = await f.say('sven', '/lofte registreringar Sävsjö');
    if (lines === null) {
      expect(r.tone, r.fallback).toBe('error');
      return;
    }
    for (const line of lines) expect(r.fallback).toContain(line);
    if (now >= '2027-02') expect(r.fallback).not.toContain('31 dec');
  });
});
