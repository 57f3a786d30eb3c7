import { currentAgreement, type UpkeepAccess, type UpkeepRefusal } from './agreement-upkeep.ts';
import { auditOf, type DomainDeps } from './deps.ts';
import { decide } from './permissions.ts';
import type { AgreementBundle, Store } from './ports.ts';
import type { Actor, AuditEntry } from './types.ts';

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
  await deps.store.transaction((tx) =>
    deleteImportedAgreement(tx, bundle, (change) => auditOf(deps, actor, change)),
  );
  return { ok: true, bundle };
}

/** An audit entry's change; `audit` adds who, when and its id. */
type Change = Parameters<typeof auditOf>[2];

/**
 * Deletes an imported agreement and audits it as `import.undo` with what it held, in the caller's transaction: the
 * one way an import is undone — by `ångra import` / `import --undo` above, and by an import that replaces an earlier
 * agreement of the same years (src/import/store-import.ts).
 */
export async function deleteImportedAgreement(
  tx: Pick<Store, 'deleteAgreement' | 'appendAudit'>,
  bundle: Pick<AgreementBundle, 'agreement' | 'commitments' | 'activities'>,
  audit: (change: Change) => AuditEntry,
): Promise<void> {
  await tx.deleteAgreement(bundle.agreement.id);
  await tx.appendAudit(
    audit({
      action: 'import.undo',
      entity: 'agreement',
      entityId: bundle.agreement.id,
      municipalityCode: bundle.agreement.municipalityCode,
      before: {
        agreement: bundle.agreement,
        commitments: bundle.commitments.length,
        activities: bundle.activities.length,
      },
      after: null,
    }),
  );
}
