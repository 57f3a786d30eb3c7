import { reasonAndRegistration } from './corrections.ts';
import { auditOf, type DomainDeps } from './deps.ts';
import type { Actor, Registration } from './types.ts';

/**
 * Erasing a registration's note that holds personal data (the DPO's erasure: a note stored before the entry screen
 * refused it, or one the screen could not recognise — "pojke med diabetes", a registration plate). The note goes from
 * the registration, from its audit entries' values and from the stored reply that quoted it; the registration itself,
 * its count and day stay. Audited with the reason, never with the note. Operator only (the command line).
 */

/** What replaces the note in a stored reply. */
export const ERASED_NOTE = '[anteckningen är borttagen]';

export type EraseNoteResult =
  | { readonly ok: true; readonly registration: Registration }
  | {
      readonly ok: false;
      readonly error:
        | 'not-found'
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
): Promise<EraseNoteResult> {
  const found = await reasonAndRegistration(deps, idText, reasonText);
  if (!found.ok) return found;
  const { reason, registration } = found;
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
