import { MAX_REASON_LENGTH } from './corrections.ts';
import { auditOf, type DomainDeps } from './deps.ts';
import { ERASED_STATUS, isErasedStatus } from './erased-status.ts';
import type { ErasureOptions } from './note-erasure.ts';
import { may } from './permissions.ts';
import { containsPersonalData } from './personal-data/stored-text.ts';
import type { TertialRef } from './tertial.ts';
import type { Actor, Municipality } from './types.ts';

/**
 * Erasing a status text (lägestext) that holds personal data, as erase-note does for a registration's note: the text
 * goes from every stored version of the activity's tertial, from the audit entries' values and a prompt answer that
 * held it, from a stored reply that quoted it and from the saved public page; the follow-up keeps its place and its
 * count, shown as ERASED_STATUS. Publishing skips it. Audited with the reason, never the text. By the operator or, in
 * chat, whoever may write the kommun's follow-up (`/lofte radera lägestext`; `options` as for eraseNote).
 */

export type EraseStatusResult =
  | {
      readonly ok: true;
      readonly activityNumber: number;
      readonly activityText: string;
      readonly versions: number;
    }
  | {
      readonly ok: false;
      readonly error:
        | 'no-reason'
        | 'forbidden'
        | 'reason-too-long'
        | 'personal-number'
        | 'no-agreement'
        | 'unknown-activity'
        | 'no-text'
        | 'already-erased';
    };

export async function eraseStatusText(
  deps: DomainDeps,
  actor: Actor,
  input: {
    readonly municipality: Municipality;
    readonly tertial: TertialRef;
    readonly activityNumber: number;
    readonly reason: string;
  },
  options: ErasureOptions = {},
): Promise<EraseStatusResult> {
  const reason = input.reason.trim();
  if (reason === '') return { ok: false, error: 'no-reason' };
  if (reason.length > MAX_REASON_LENGTH) return { ok: false, error: 'reason-too-long' };
  if (containsPersonalData(reason)) return { ok: false, error: 'personal-number' };
  const where = { type: 'kommun', code: input.municipality.code } as const;
  if (options.access && !may(options.access.grants, 'follow-up', where, options.access.areas))
    return { ok: false, error: 'forbidden' };
  const { year, tertial } = input.tertial;
  const bundle = await deps.store.agreementForYear(input.municipality.code, year);
  if (!bundle) return { ok: false, error: 'no-agreement' };
  const activity = bundle.activities[input.activityNumber - 1];
  if (!activity) return { ok: false, error: 'unknown-activity' };
  const [latest] = (await deps.store.latestStatuses([activity.id], [year])).filter(
    (s) => s.tertial === tertial,
  );
  if (!latest) return { ok: false, error: 'no-text' };
  if (isErasedStatus(latest.text)) return { ok: false, error: 'already-erased' };
  if (options.preview)
    return { ok: true, activityNumber: input.activityNumber, activityText: activity.text, versions: 0 };
  const versions = await deps.store.transaction(async (tx) => {
    const erased = await tx.eraseStatusTexts(activity.id, year, tertial, ERASED_STATUS);
    const snapshot = await tx.publicSnapshot(bundle.agreement.id);
    if (snapshot) {
      const view = snapshot.view;
      const commitments = view.commitments.map((c) => ({
        ...c,
        activities: c.activities.map((a) =>
          a.id !== activity.id
            ? a
            : { ...a, followUps: a.followUps.filter((f) => f.year !== year || f.tertial !== tertial) },
        ),
      }));
      await tx.savePublicSnapshot({ ...snapshot, view: { ...view, commitments } });
    }
    await tx.appendAudit(
      auditOf(deps, actor, {
        action: 'status.erase-text',
        entity: 'follow-up-status',
        entityId: latest.id,
        municipalityCode: input.municipality.code,
        before: { text: true },
        after: { text: null, reason, activity: input.activityNumber, year, tertial },
      }),
    );
    return erased;
  });
  return { ok: true, activityNumber: input.activityNumber, activityText: activity.text, versions };
}
