import type { ActivityComment } from './comment-ports.ts';
import { auditOf, type DomainDeps } from './deps.ts';
import { may } from './permissions.ts';
import { containsPersonalData } from './personal-data/stored-text.ts';
import type { TertialRef } from './tertial.ts';
import type { Actor, PoliceArea, RoleGrant } from './types.ts';

/**
 * "Kommentar till samordnaren": someone who does the work (polis, kommun — anyone who may register for the kommun)
 * leaves a short note about an activity for a tertial. One comment per person, activity and tertial: a second one
 * by the same person replaces theirs (the audit entry keeps what it replaced), so the samordnare reads each
 * person's current word once. Comments are internal: the status prompt, `/rapportera` and `/status` show them;
 * public pages and published snapshots never do.
 */

export const MAX_COMMENT_LENGTH = 300;

export interface CommentInput {
  readonly municipalityCode: string;
  readonly activityId: string;
  readonly ref: TertialRef;
  readonly text: string;
}

export type CommentResult =
  | { readonly ok: true; readonly comment: ActivityComment; readonly replaced: ActivityComment | null }
  | { readonly ok: false; readonly error: 'forbidden' | 'no-such-activity' }
  | { readonly ok: false; readonly error: 'empty' | 'too-long' | 'personal-number' };

/** Screens and stores a comment with its audit entry in one transaction; nothing is stored on a refusal. */
export async function commentOnActivity(
  deps: DomainDeps,
  actor: Actor,
  grants: readonly RoleGrant[],
  areas: readonly PoliceArea[],
  input: CommentInput,
): Promise<CommentResult> {
  const code = input.municipalityCode;
  if (!may(grants, 'log', { type: 'kommun', code }, areas)) return { ok: false, error: 'forbidden' };
  const bundle = await deps.store.agreementForYear(code, input.ref.year);
  if (!bundle?.activities.some((a) => a.id === input.activityId)) {
    return { ok: false, error: 'no-such-activity' };
  }
  const text = input.text.trim().replace(/\s+/g, ' ');
  if (text === '') return { ok: false, error: 'empty' };
  if (text.length > MAX_COMMENT_LENGTH) return { ok: false, error: 'too-long' };
  if (containsPersonalData(text)) return { ok: false, error: 'personal-number' };
  const now = deps.clock.now();
  const comment: ActivityComment = {
    activityId: input.activityId,
    year: input.ref.year,
    tertial: input.ref.tertial,
    person: actor.person,
    municipalityCode: code,
    text,
    platform: actor.platform,
    createdAt: now,
    updatedAt: now,
  };
  return deps.store.transaction(async (tx) => {
    const replaced = await tx.saveActivityComment(comment);
    await tx.appendAudit(
      auditOf(deps, actor, {
        action: 'activity.comment',
        entity: 'activity',
        entityId: `${input.activityId}:${input.ref.year}-T${input.ref.tertial}`,
        municipalityCode: code,
        before: replaced ? { text: replaced.text } : null,
        after: { text },
      }),
    );
    return { ok: true, comment, replaced };
  });
}
