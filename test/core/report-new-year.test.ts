import { DateTime } from 'luxon';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { testDialects } from '../support/databases.ts';
import { type CoreFixture, coreFixture, ZONE } from './fixtures.ts';

/**
 * `/rapportera <kommun>` in the first days of a year whose agreement is not imported yet: the tertial just ended (T3
 * of last year, whose report is due) still has one, so `/rapportera Sävsjö` opens it (naming no current tertial, which
 * has no agreement yet) and `/rapportera Sävsjö T1` points there instead of only asking for an import.
 */

describe.each(testDialects())('/rapportera at the turn of the year [$name]', ({ name }) => {
  let f: CoreFixture;
  beforeEach(async () => {
    f = await coreFixture(name);
    // Thursday 7 January 2027: the demo's agreements ended on 31 December; none is stored for 2027.
    f.clock.set(DateTime.fromISO('2027-01-07T09:30', { zone: ZONE }).toMillis());
  });
  afterEach(async () => {
    expect(f.errors).toEqual([]);
    await f.dispose();
  });

  const cases: readonly [string, string, RegExp | string][] = [
    ['/rapportera Sävsjö', 'info', /^T3 2026 saknar lägestext för 8 aktiviteter – här är den\.\n/],
    ['/rapportera Sävsjö T1', 'error', 'Uppföljningen av T3 2026 skriver du med /rapportera Sävsjö T3 2026'],
    ['/rapportera Sävsjö T3 2026', 'info', /^Skriv lägestexten för varje aktivitet i Sävsjö, T3 2026/],
  ];
  it.each(cases)('%s', async (command, tone, expected) => {
    const r = await f.say('sven', command);
    expect(r.tone ?? 'info', r.fallback).toBe(tone);
    if (typeof expected === 'string') expect(r.fallback).toContain(expected);
    else expect(r.fallback).toMatch(expected);
  });
});
