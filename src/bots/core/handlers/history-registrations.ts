import { activityName } from '../../../domain/activity-name.ts';
import type { Store } from '../../../domain/ports.ts';
import type { AuditEntry } from '../../../domain/types.ts';
import type { Texts } from '../texts/index.ts';

/**
 * What a registration's audit entry concerned, for /lofte historik: its activity, count and day. For a status text
 * (`status.create`) only its activity: count 0, day "".
 */
export interface RegistrationFacts {
  /** "aktivitet 5 ”riktade insatser”", or null when the activity is gone. */
  readonly what: string | null;
  readonly count: number;
  /** The day it was for, as replies write one ("3 dec 2026"). */
  readonly day: string;
}

/**
 * The registrations the entries name (registered, undone, corrected), each with its activity by number and name in
 * its agreement, and the status texts' activities (keyed by the entry's entity id): a few lookups for the fifteen
 * entries the history shows.
 */
export async function registrationFacts(
  session: { readonly deps: { readonly store: Store }; readonly t: Texts },
  code: string,
  entries: readonly AuditEntry[],
): Promise<ReadonlyMap<string, RegistrationFacts>> {
  const ids = [...new Set(entries.filter((e) => e.entity === 'registration').map((e) => e.entityId))];
  const statuses = entries.filter((e) => e.action === 'status.create');
  const out = new Map<string, RegistrationFacts>();
  if (ids.length === 0 && statuses.length === 0) return out;
  const { store } = session.deps;
  const { t } = session;
  const activities = new Map<string, string>();
  for (const agreement of await store.agreementsOf(code)) {
    const bundle = await store.agreementBundle(agreement.id);
    bundle?.activities.forEach((a, i) => {
      activities.set(a.id, t.agreement.history.activity(i + 1, activityName(a, 50)));
    });
  }
  for (const e of statuses) {
    const activityId = (e.after as { activityId?: unknown } | null)?.activityId;
    const what = typeof activityId === 'string' ? (activities.get(activityId) ?? null) : null;
    out.set(e.entityId, { what, count: 0, day: '' });
  }
  for (const id of ids) {
    const r = await store.registration(id);
    if (r)
      out.set(id, { what: activities.get(r.activityId) ?? null, count: r.count, day: t.day(r.occurredOn) });
  }
  return out;
}
