import type { PlanInputs, PlannedReminder, PlanWindow } from '../types.ts';
import { planMeetings } from './meetings.ts';
import { planRenewals } from './renewals.ts';
import { planTertials } from './tertials.ts';
import { dayRange } from './window.ts';

/**
 * The reminders due within `window` ([start, end), epoch ms), in time order then key order.
 * A pure function of its inputs: the dispatcher and `npx loftesbot schedule` both call it, so what the CLI lists
 * is exactly what the scheduler will send (given the same data).
 */
export function plan(inputs: PlanInputs, window: PlanWindow): PlannedReminder[] {
  const range = dayRange(window, inputs.zone);
  const all = [
    ...planMeetings(inputs, range),
    ...planTertials(inputs, range),
    ...planRenewals(inputs, range),
  ];
  const byKey = new Map<string, PlannedReminder>();
  for (const r of all) if (!byKey.has(r.key)) byKey.set(r.key, r);
  return [...byKey.values()].sort((a, b) => a.at - b.at || (a.key < b.key ? -1 : a.key > b.key ? 1 : 0));
}
