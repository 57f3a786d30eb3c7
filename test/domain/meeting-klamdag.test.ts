import { describe, expect, it } from 'vitest';
import { flagOf } from '../../src/domain/meeting-flags.ts';

/**
 * A klämdag — a working day squeezed between a public holiday and a weekend, when many take the day off — is
 * flagged like a holiday (domain/meeting-flags.ts): on creating or changing a series, in the reminder and the list.
 */
const DAYS: readonly [day: string, reason: string | null][] = [
  ['2026-05-15', 'klamdag'], // fredag efter Kristi himmelsfärdsdag
  ['2026-01-02', 'klamdag'], // fredag efter nyårsdagen
  ['2026-01-05', 'klamdag'], // måndag före trettondedag jul (tisdag)
  ['2027-05-07', 'klamdag'], // fredag efter Kristi himmelsfärdsdag 2027
  ['2026-05-13', null], // onsdag före Kristi himmelsfärdsdag: no weekend on its other side
  ['2026-06-05', null], // fredag före nationaldagen (en lördag): a working Thursday before it
  ['2026-03-10', null],
  ['2026-05-14', 'holiday'],
  ['2026-12-29', 'christmas'],
  // The Christmas week's named days are named, never "i mellandagarna" (27–30 December)
  ['2026-12-24', 'holiday'], // julafton
  ['2026-12-25', 'holiday'], // juldagen
  ['2026-12-31', 'holiday'], // nyårsafton
  ['2026-12-28', 'christmas'],
  ['2026-12-30', 'christmas'],
];

const NAMED: readonly [day: string, holiday: string][] = [
  ['2026-12-24', 'julafton'],
  ['2026-12-26', 'annandag jul'],
  ['2026-12-31', 'nyårsafton'],
  ['2027-01-06', 'trettondedag jul'],
];

describe('a holiday in the Christmas week is named', () => {
  it.each(NAMED)('%s is %s', (day, holiday) => {
    expect(flagOf(day, day, '2026-01-01')).toMatchObject({ reason: 'holiday', holiday });
  });
});

describe('klämdagar are flagged', () => {
  it.each(DAYS)('%s → %s', (day, reason) => {
    expect(flagOf(day, day, '2026-01-01')?.reason ?? null).toBe(reason);
  });
});
