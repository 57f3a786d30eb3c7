import { auditOf, type DomainDeps } from './deps.ts';
import type { Access } from './log-activity.ts';
import { may } from './permissions.ts';
import type { Activity, Actor, Registration } from './types.ts';

/** How long after logging a registration may be voided from chat (the Ångra button). */
export const UNDO_WINDOW_MS = 24 * 60 * 60 * 1000;

export type VoidResult =
  | { readonly ok: true; readonly registration: Registration; readonly activity: Activity | null }
  | { readonly ok: false; readonly error: 'not-found' }
  | {
      readonly ok: false;
      readonly error: 'already-voided' | 'expired' | 'forbidden';
      readonly registration: Registration;
    };

/**
 * Voids a registration (Ångra): within 24 hours of logging, by the person who logged it while they still hold a role
 * that may log in the kommun, or by someone who may write the kommun's follow-up. The row stays (struck out) and the change is audited, in one transaction.
 */
export async function voidRegistration(
  deps: DomainDeps,
  actor: Actor,
  access: Access,
  registrationId: string,
): Promise<VoidResult> {
  const registration = await deps.store.registration(registrationId);
  if (!registration) return { ok: false, error: 'not-found' };
  if (registration.voidedAt !== null) return { ok: false, error: 'already-voided', registration };
  const target = { type: 'kommun', code: registration.municipalityCode } as const;
  // Voiding needs a current role in the kommun: one's own registration with a role that may log there, anyone's
  // with one that may write the follow-up. A person who lost the kommun keeps no way to change its figures.
  const own = registration.actor === actor.person && may(access.grants, 'log', target, access.areas);
  if (!own && !may(access.grants, 'follow-up', target, access.areas)) {
    return { ok: false, error: 'forbidden', registration };
  }
  const now = deps.clock.now();
  if (now - registration.createdAt > UNDO_WINDOW_MS) return { ok: false, error: 'expired', registration };
  const voided = await deps.store.transaction(async (tx) => {
    if (!(await tx.voidRegistration(registration.id, actor.person, now))) return false;
    await tx.appendAudit(
      auditOf(deps, actor, {
        action: 'registration.void',
        entity: 'registration',
        entityId: registration.id,
        municipalityCode: registration.municipalityCode,
        before: { voidedAt: null },
        after: { voidedAt: now, voidedBy: actor.person },
      }),
    );
    return true;
  });
  if (!voided) return { ok: false, error: 'already-voided', registration };
  const bundle = await deps.store.agreementForYear(
    registration.municipalityCode,
    Number(registration.occurredOn.slice(0, 4)),
  );
  const activity = bundle?.activities.find((a) => a.id === registration.activityId) ?? null;
  return { ok: true, registration: { ...registration, voidedAt: now, voidedBy: actor.person }, activity };
}
