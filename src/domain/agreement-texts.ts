import { agreementTextRefusal, type UpkeepAccess, type UpkeepRefusal, writable } from './agreement-upkeep.ts';
import { auditOf, type DomainDeps } from './deps.ts';
import type { Actor } from './types.ts';

/**
 * The signed wording after import: a promise's text (`/lofte avtal <kommun> löfte <nr> <text>`) and the agreement's
 * title (`… titel <text>`). Both are published, so the new text passes the public-text screen before it is stored; a
 * text the screen withheld from the public page is corrected here. Samordnare and admin of the kommun; audited.
 */

/** The longest promise text and title kept (a promise in the seed documents is under 400 characters). */
export const MAX_PROMISE_TEXT = 1000;
export const MAX_TITLE = 200;

export type TextEdit =
  | { readonly type: 'promise'; readonly number: number; readonly text: string }
  | { readonly type: 'title'; readonly text: string };

export type TextEditResult =
  | { readonly ok: true; readonly before: string; readonly after: string }
  | UpkeepRefusal
  /** The text is what is already there: nothing is stored or audited. */
  | { readonly ok: false; readonly error: 'same-text' }
  | { readonly ok: false; readonly error: 'empty-text' };

export async function editAgreementText(
  deps: DomainDeps,
  actor: Actor,
  access: UpkeepAccess,
  code: string,
  edit: TextEdit,
  year?: number,
): Promise<TextEditResult> {
  const w = await writable(deps, access, code, year);
  if (!w.ok) return w;
  const text = edit.text.replace(/\s+/g, ' ').trim();
  if (!text) return { ok: false, error: 'empty-text' };
  const { agreement, commitments } = w.bundle;
  const promise = edit.type === 'promise' ? commitments[edit.number - 1] : undefined;
  if (edit.type === 'promise' && !promise)
    return { ok: false, error: 'no-such-commitment', max: commitments.length };
  const refused = agreementTextRefusal(text);
  if (refused) return refused;
  const before = promise ? promise.text : agreement.title;
  if (before === text) return { ok: false, error: 'same-text' };
  await deps.store.transaction(async (tx) => {
    if (promise) await tx.saveCommitmentText(promise.id, text);
    else await tx.saveAgreementTitle(agreement.id, text);
    await tx.appendAudit(
      auditOf(deps, actor, {
        action: promise ? 'commitment.edit' : 'agreement.title',
        entity: promise ? 'commitment' : 'agreement',
        entityId: promise ? promise.id : agreement.id,
        municipalityCode: code,
        before: { text: before, ...(edit.type === 'promise' ? { number: edit.number } : {}) },
        after: { text, ...(edit.type === 'promise' ? { number: edit.number } : {}) },
      }),
    );
  });
  return { ok: true, before, after: text };
}
