import { localDay } from '../../domain/tertial.ts';
import type { Scope } from '../../domain/types.ts';
import { type PlanInputs, type PlanWindow, type ReminderSubject, scopeKey } from '../types.ts';

/** A plan window with its first and last local calendar days (inclusive). */
export interface DayRange extends PlanWindow {
  readonly firstDay: string;
  readonly lastDay: string;
}

export function dayRange(window: PlanWindow, zone: string): DayRange {
  return {
    ...window,
    firstDay: localDay(window.start, zone),
    lastDay: localDay(Math.max(window.start, window.end - 1), zone),
  };
}

export function inWindow(at: number, window: PlanWindow): boolean {
  return at >= window.start && at < window.end;
}

export function subjectOf(scope: Scope, inputs: Pick<PlanInputs, 'scopeNames'>): ReminderSubject {
  return {
    scope,
    name: inputs.scopeNames.get(scopeKey(scope)) ?? scope.id,
    municipalityCode: scope.type === 'kommun' ? scope.id : null,
  };
}
