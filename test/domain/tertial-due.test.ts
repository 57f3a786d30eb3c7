import { describe, expect, it } from 'vitest';
import { tertialLastDay, tertialsOfPeriod } from '../../src/domain/tertial.ts';
import {
  dueTertial,
  endedTertialInWindow,
  followUpWindowLastDay,
  statusTextsDue,
  statusTextsSnoozeDeadline,
} from '../../src/domain/tertial-due.ts';
import { addWorkingDays, plusDays } from '../../src/domain/working-days.ts';
import { DEFAULT_OFFSETS } from '../../src/scheduler/types.ts';

/**
 * Which tertial's status texts are due: the tertial just ended, in the first month of the next one, while any of its
 * activities lacks a text; else today's tertial.
 */

describe('dueTertial', () => {
  const cases: readonly [string, number | null, string, boolean][] = [
    // today, activities of the ended tertial without a text, tertial opened, ended?
    ['2027-01-07', 3, 'T3 2026', true],
    ['2027-01-01', 1, 'T3 2026', true],
    ['2027-01-31', 8, 'T3 2026', true],
    ['2027-02-01', 3, 'T1 2027', false],
    ['2027-01-07', 0, 'T1 2027', false],
    ['2027-01-07', null, 'T1 2027', false],
    ['2027-05-02', 3, 'T1 2027', true],
    ['2027-05-31', 3, 'T1 2027', true],
    ['2027-06-01', 3, 'T2 2027', false],
    ['2027-09-02', 3, 'T2 2027', true],
    ['2027-09-30', 3, 'T2 2027', true],
    ['2027-10-01', 3, 'T3 2027', false],
    ['2026-12-06', 3, 'T3 2026', false],
    ['2027-04-30', 3, 'T1 2027', false],
  ];
  it.each(cases)('%s with %s missing opens %s', (today, missing, label, ended) => {
    const due = dueTertial(today, missing);
    expect(`T${due.ref.tertial} ${due.ref.year}`).toBe(label);
    expect(due.ended).toBe(ended);
    expect(due.missing).toBe(ended ? missing : 0);
    expect(endedTertialInWindow(today) !== null).toBe(
      today.slice(5, 7) === '01' || ['05', '09'].includes(today.slice(5, 7)),
    );
  });

  it('the window always holds the overdue notice to the chef (2026–2040)', () => {
    for (const ref of tertialsOfPeriod(2026, 2040)) {
      const overdue = addWorkingDays(tertialLastDay(ref), DEFAULT_OFFSETS.overdueWorkingDays);
      const last = followUpWindowLastDay(ref);
      expect(overdue <= last, `${ref.year} T${ref.tertial}: ${overdue} > ${last}`).toBe(true);
      expect(dueTertial(overdue, 1).ref).toEqual(ref);
      expect(dueTertial(plusDays(last, 1), 1).ended).toBe(false);
    }
  });
});

describe('statusTextsDue', () => {
  const cases: readonly [string, number, 1 | 2 | 3, boolean][] = [
    ['2026-12-06', 2026, 3, false],
    ['2026-12-17', 2026, 3, true],
    ['2027-01-07', 2026, 3, true],
    ['2027-01-07', 2027, 1, false],
    ['2027-04-15', 2027, 1, false],
    ['2027-04-16', 2027, 1, true],
    ['2027-04-16', 2027, 2, false],
    ['2027-09-02', 2025, 1, true],
  ];
  it.each(cases)('%s: year %s T%s due: %s', (today, year, tertial, due) => {
    expect(statusTextsDue({ year, tertial }, today)).toBe(due);
  });
});

describe('statusTextsSnoozeDeadline', () => {
  // A status prompt may be snoozed until the last working day before the overdue notice to the chef: the 3-day
  // reminder of T3 comes on 28 December, and the texts are still asked for in January.
  const cases: readonly [number, 1 | 2 | 3, string][] = [
    [2026, 3, '2027-01-08'], // notice Monday 11 January (1 and 6 January are holidays); 9–10 January a weekend
    [2027, 1, '2027-05-07'], // notice Monday 10 May (6 May Kristi himmelsfärdsdag)
    [2027, 2, '2027-09-06'],
    [2027, 3, '2028-01-07'],
  ];
  it.each(cases)('%s T%s: %s', (year, tertial, day) => {
    expect(statusTextsSnoozeDeadline({ year, tertial })).toBe(day);
  });

  it('is the last working day before the overdue notice (2026–2040)', () => {
    for (const ref of tertialsOfPeriod(2026, 2040)) {
      const overdue = addWorkingDays(tertialLastDay(ref), DEFAULT_OFFSETS.overdueWorkingDays);
      expect(addWorkingDays(statusTextsSnoozeDeadline(ref), 1)).toBe(overdue);
    }
  });
});
