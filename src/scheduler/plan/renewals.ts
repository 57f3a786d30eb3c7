import type { AgreementBundle } from '../../domain/ports.ts';
import type { Scope } from '../../domain/types.ts';
import { onWorkingDay, plusDays } from '../../domain/working-days.ts';
import { personsElseChannels } from '../recipients.ts';
import type { PlanInputs, PlannedReminder } from '../types.ts';
import { type DayRange, inWindow, subjectOf } from './window.ts';

const DEFAULT_RENEWAL_DAYS: readonly number[] = [60, 14];

/**
 * agreement-renewal: `renewalDays` (60 and 14) days before an agreement's last day (31 December of its last year),
 * at the tertial reminder time, to the kommun's samordnare and its police area's chef (else the kommun's channel),
 * with the way to import the next one. Nothing when a later agreement of the kommun is already stored.
 */
export function planRenewals(inputs: PlanInputs, range: DayRange): PlannedReminder[] {
  const out: PlannedReminder[] = [];
  const days = inputs.offsets.renewalDays ?? DEFAULT_RENEWAL_DAYS;
  for (const kommun of inputs.kommuner.values()) {
    const agreements = unique([...kommun.agreementsByYear.values()]);
    for (const bundle of agreements) {
      const a = bundle.agreement;
      if (agreements.some((b) => b.agreement.periodFrom > a.periodTo)) continue;
      const lastDay = `${a.periodTo}-12-31`;
      const scope: Scope = { type: 'kommun', id: kommun.code };
      const subject = subjectOf(scope, inputs);
      for (const before of days) {
        const at = onWorkingDay(
          plusDays(lastDay, -before),
          inputs.offsets.tertialReminderAt,
          inputs.zone,
          'before',
        );
        if (!inWindow(at, range)) continue;
        for (const target of personsElseChannels(['samordnare', 'chef'], scope, inputs)) {
          out.push({
            key: `agreement-renewal:${a.id}:${before}d:${target}`,
            kind: 'agreement-renewal',
            at,
            subject,
            target,
            payload: {
              kind: 'agreement-renewal',
              subject,
              agreement: { id: a.id, periodFrom: a.periodFrom, periodTo: a.periodTo, lastDay },
              daysBefore: before,
            },
          });
        }
      }
    }
  }
  return out;
}

function unique(bundles: readonly AgreementBundle[]): AgreementBundle[] {
  const byId = new Map<string, AgreementBundle>();
  for (const b of bundles) byId.set(b.agreement.id, b);
  return [...byId.values()];
}
