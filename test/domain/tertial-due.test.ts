import { describe, expect, it } from 'vitest';
import { tertialLastDay, tertialsOfPeriod } from '../../src/domain/tertial.ts';
import {
  dueTertial,
  endedTertialInWindow,
  followUpWindowLastDay,
  statusTextsDue,
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
