import { type TertialRef, tertialLastDay } from '../../domain/tertial.ts';
import type { Scope } from '../../domain/types.ts';
import { addWorkingDays, localInstant, onWorkingDay, plusDays } from '../../domain/working-days.ts';
import { missingActivities } from '../agenda.ts';
import { areasOf, personsElseChannels, roleHolders, rolesResponsibleFor } from '../recipients.ts';
import type {
  KommunPlanData,
  MissingActivity,
  PlanInputs,
  PlannedReminder,
  TertialRefPayload,
} from '../types.ts';
import { type DayRange, inWindow, subjectOf } from './window.ts';

/**
 * Tertial prompts and overdue notices for every kommun with an agreement in force that tertial.
 * - tertial-reminder: `tertialReminderDays` days before the tertial's last day (30 April, 31 August, 31 December),
 *   one per recipient listing that recipient's activities still lacking a status. An activity's recipients are the
 *   persons holding its responsible party's role (polis, kommun; gemensam → both) or samordnare, for the kommun or
 *   its police area; with nobody, the kommun's channel(s). Weekend or holiday → the previous working day.
 * - tertial-overdue: `overdueWorkingDays` working days after the last day, to the managers (role chef) of the
 *   kommun or its police area (else its channel), listing every activity still lacking a status.
 * Nothing is planned for a tertial whose statuses are all in.
 */
export function planTertials(inputs: PlanInputs, range: DayRange): PlannedReminder[] {
  const out: PlannedReminder[] = [];
  const fromYear = Number(plusDays(range.firstDay, -40).slice(0, 4));
  const toYear = Number(plusDays(range.lastDay, 40).slice(0, 4));
  for (const kommun of inputs.kommuner.values()) {
    for (let year = fromYear; year <= toYear; year++) {
      for (const tertial of [1, 2, 3] as const) {
        out.push(...planTertial(inputs, range, kommun, { year, tertial }));
      }
    }
  }
  return out;
}

function planTertial(
  inputs: PlanInputs,
  range: DayRange,
  kommun: KommunPlanData,
  ref: TertialRef,
): PlannedReminder[] {
  const { offsets, zone } = inputs;
  const lastDay = tertialLastDay(ref);
  // The times first (cheap): most tertials of most kommuner have nothing inside the planning window.
  const reminders = offsets.tertialReminderDays
    .map((days) => ({
      days,
      at: onWorkingDay(plusDays(lastDay, -days), offsets.tertialReminderAt, zone, 'before'),
    }))
    .filter((r) => inWindow(r.at, range));
  const overdueAt = localInstant(
    addWorkingDays(lastDay, offsets.overdueWorkingDays),
    offsets.overdueAt,
    zone,
  );
  if (reminders.length === 0 && !inWindow(overdueAt, range)) return [];
  const missing = missingActivities(kommun, ref);
  if (missing.length === 0) return [];
  const scope: Scope = { type: 'kommun', id: kommun.code };
  const subject = subjectOf(scope, inputs);
  const tertial: TertialRefPayload = { year: ref.year, tertial: ref.tertial, lastDay };
  const occurrence = `${ref.year}-T${ref.tertial}`;
  const out: PlannedReminder[] = [];

  for (const { days, at } of reminders) {
    for (const [target, activities] of byRecipient(missing, scope, inputs)) {
      out.push({
        key: `tertial-reminder:${kommun.code}:${occurrence}:${days}d:${target}`,
        kind: 'tertial-reminder',
        at,
        subject,
        target,
        payload: { kind: 'tertial-reminder', subject, tertial, daysBefore: days, missing: activities },
      });
    }
  }

  if (inWindow(overdueAt, range)) {
    for (const target of personsElseChannels(['chef'], scope, inputs)) {
      out.push({
        key: `tertial-overdue:${kommun.code}:${occurrence}:${target}`,
        kind: 'tertial-overdue',
        at: overdueAt,
        subject,
        target,
        payload: {
          kind: 'tertial-overdue',
          subject,
          tertial,
          missing,
          responsible: roleHolders(
            ['polis', 'kommun', 'samordnare'],
            kommun.code,
            inputs.roles,
            inputs.areas,
          ),
          areas: areasOf(kommun.code, inputs.areas).map((a) => ({ id: a.id, name: a.name })),
        },
      });
    }
  }
  return out;
}

/** Each recipient with the missing activities it answers for, in document order. */
export function byRecipient(
  missing: readonly MissingActivity[],
  scope: Scope,
  inputs: Pick<PlanInputs, 'bindings' | 'roles' | 'areas'>,
): Map<string, MissingActivity[]> {
  const out = new Map<string, MissingActivity[]>();
  const targetsOf = new Map<string, readonly string[]>();
  for (const activity of missing) {
    let targets = targetsOf.get(activity.responsible);
    if (!targets) {
      targets = personsElseChannels(rolesResponsibleFor(activity.responsible), scope, inputs);
      targetsOf.set(activity.responsible, targets);
    }
    for (const target of targets) {
      const list = out.get(target) ?? [];
      list.push(activity);
      out.set(target, list);
    }
  }
  return out;
}
