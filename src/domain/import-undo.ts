import { currentAgreement, type UpkeepAccess, type UpkeepRefusal } from './agreement-upkeep.ts';
import { auditOf, type DomainDeps } from './deps.ts';
import { decide } from './permissions.ts';
import type { AgreementBundle } from './ports.ts';
import type { Actor } from './types.ts';

export type UndoImportResult =
  | { readonly ok: true; readonly bundle: AgreementBundle }
  | UpkeepRefusal
  | { readonly ok: false; readonly error: 'unknown-agreement'; readonly id: string };

/**
 * Undoes an import: deletes the imported agreement while nothing has been registered or written for it
 * (registrations and status texts the import itself stored from a follow-up document do not count). `access: null`
 * is the server operator (CLI).
 */
export async function undoImport(
  deps: DomainDeps,
  actor: Actor,
  access: UpkeepAccess | null,
  which: { readonly agreementId: string } | { readonly kommun: string; readonly year?: number },
): Promise<UndoImportResult> {
  const bundle =
    'agreementId' in which
      ? await deps.store.agreementBundle(which.agreementId)
      : await currentAgreement(deps, which.kommun, which.year);
  if (!bundle) {
    return 'agreementId' in which
      ? { ok: false, error: 'unknown-agreement', id: which.agreementId }
      : { ok: false, error: 'no-agreement' };
  }
  const code = bundle.agreement.municipalityCode;
  if (access) {
    const decision = decide(access.grants, 'follow-up', { type: 'kommun', code }, access.areas);
    if (!decision.ok) return { ok: false, error: 'forbidden', decision };
  }
  if (bundle.agreement.isDemo || !bundle.agreement.source) return { ok: false, error: 'not-imported' };
  const ids = bundle.activities.map((x) => x.id);
  const count = await deps.store.registrationCountOf(ids, { exceptPlatform: 'import' });
  if (count > 0) return { ok: false, error: 'has-registrations', count };
  const a = bundle.agreement;
  const years = Array.from({ length: a.periodTo - a.periodFrom + 1 }, (_, i) => a.periodFrom + i);
  const written = (await deps.store.latestStatuses(ids, years)).filter((st) => st.platform !== 'import');
  if (written.length > 0) return { ok: false, error: 'has-status-texts', count: written.length };
  await deps.store.transaction(async (tx) => {
    await tx.deleteAgreement(bundle.agreement.id);
    await tx.appendAudit(
      auditOf(deps, actor, {
        action: 'import.undo',
        entity: 'agreement',
        entityId: bundle.agreement.id,
        municipalityCode: code,
        before: {
          agreement: bundle.agreement,
          commitments: bundle.commitments.length,
          activities: bundle.activities.length,
        },
        after: null,
      }),
    );
  });
  return { ok: true, bundle };
}
