import { reasonAndRegistration } from './corrections.ts';
import { auditOf, type DomainDeps } from './deps.ts';
import type { Access } from './log-activity.ts';
import { may } from './permissions.ts';
import type { Actor, Registration } from './types.ts';

/**
 * Erasing a registration's note that holds personal data (the DPO's erasure: a note stored before the entry screen
 * refused it, or one the screen could not recognise — "pojke med diabetes", a registration plate). The note goes from
 * the registration, from its audit entries' values and from the stored reply that quoted it; the registration itself,
 * its count and day stay. Audited with the reason, never with the note. The operator (the command line, `access`
 * null) or, in chat, whoever may write the kommun's follow-up (samordnare, admin: `/lofte radera anteckning`), who is
 * asked first — `preview` runs every check and stores nothing.
 */

/** Who erases: null for the operator at the command line; `preview` checks without erasing. */
export interface ErasureOptions {
  readonly access?: Access | null;
  readonly preview?: boolean;
}

/** What replaces the note in a stored reply. */
export const ERASED_NOTE = '[anteckningen är borttagen]';

export type EraseNoteResult =
  | { readonly ok: true; readonly registration: Registration }
  | {
      readonly ok: false;
      readonly error:
        | 'not-found'
        | 'forbidden'
        | 'ambiguous'
        | 'no-note'
        | 'no-reason'
        | 'reason-too-long'
        | 'personal-number';
    };

export async function eraseNote(
  deps: DomainDeps,
  actor: Actor,
  idText: string,
  reasonText: string,
  options: ErasureOptions = {},
): Promise<EraseNoteResult> {
  const found = await reasonAndRegistration(deps, idText, reasonText);
  if (!found.ok) return found;
  const { reason, registration } = found;
  const where = { type: 'kommun', code: registration.municipalityCode } as const;
  if (options.access && !may(options.access.grants, 'follow-up', where, options.access.areas))
    return { ok: false, error: 'forbidden' };
  if (!registration.note) return { ok: false, error: 'no-note' };
  if (options.preview) return { ok: true, registration };
  const done = await deps.store.transaction(async (tx) => {
    if (!(await tx.eraseRegistrationNote(registration.id, ERASED_NOTE))) return false;
    await tx.appendAudit(
      auditOf(deps, actor, {
        action: 'registration.erase-note',
        entity: 'registration',
        entityId: registration.id,
        municipalityCode: registration.municipalityCode,
        before: { note: true },
        after: { note: null, reason },
      }),
    );
    return true;
  });
  if (!done) return { ok: false, error: 'no-note' };
  return { ok: true, registration: { ...registration, note: null } };
}
