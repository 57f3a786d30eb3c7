import { type EditResult, type UpkeepAccess, writable } from './agreement-upkeep.ts';
import { auditOf, type DomainDeps } from './deps.ts';
import type { Actor } from './types.ts';

/**
 * Removing an activity from the agreement: only one nothing was registered for, and the activities after it move up
 * one number — so chat asks first with `previewRemoval` and lists the new numbers after.
 */

/** What removing activity `number` would do, checked as the removal checks it; nothing is changed. */
export async function previewRemoval(
  deps: DomainDeps,
  access: UpkeepAccess,
  code: string,
  number: number,
  year?: number,
): Promise<EditResult> {
  const w = await writable(deps, access, code, year);
  if (!w.ok) return w;
  const activity = w.bundle.activities[number - 1];
  if (!activity) return { ok: false, error: 'no-such-number', max: w.bundle.activities.length };
  const count = await deps.store.registrationCountOf([activity.id]);
  if (count > 0) return { ok: false, error: 'has-registrations', count };
  return { ok: true, number, before: activity, after: activity, bundle: w.bundle };
}

/** Removes activity `number` (none registered for it); the activities after it move up one number. */
export async function removeActivity(
  deps: DomainDeps,
  actor: Actor,
  access: UpkeepAccess,
  code: string,
  number: number,
  year?: number,
): Promise<EditResult> {
  const r = await previewRemoval(deps, access, code, number, year);
  if (!r.ok) return r;
  const activity = r.before;
  await deps.store.transaction(async (tx) => {
    await tx.deleteActivity(activity.id);
    await tx.appendAudit(
      auditOf(deps, actor, {
        action: 'activity.remove',
        entity: 'activity',
        entityId: activity.id,
        municipalityCode: code,
        before: { ...activity, number },
        after: null,
      }),
    );
  });
  return r;
}
