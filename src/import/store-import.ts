import { auditId } from '../domain/deps.ts';
import { deleteImportedAgreement } from '../domain/import-undo.ts';
import type { AgreementBundle, Clock, IdGenerator, Store } from '../domain/ports.ts';
import type { Activity, Agreement, Commitment } from '../domain/types.ts';
import { agreementAudit, type EarlierAgreement, reimportPlan } from './earlier-agreement.ts';
import { matchActivities } from './match-activities.ts';
import { noteBodyText } from './note-words.ts';
import type { NoteBody } from './notes.ts';
import { storeFollowUp } from './store-follow-up.ts';
import type { ParsedDocument } from './types.ts';

/**
 * The import use case: a parsed document stored through the Store port in one transaction, idempotently.
 * An agreement becomes a new agreement whose `source` names the file and its SHA-256; importing the same bytes
 * again changes nothing. An agreement for a kommun and years that already have one replaces it while nothing is
 * recorded against it (undone as `ångra import` undoes it, audited) and is refused when something is
 * (earlier-agreement.ts). A follow-up attaches its statuses, statistics and counts to the stored agreement of its
 * year (activities matched by text), or creates that agreement from its own rows when there is none.
 * One audit entry names the file.
 */

export interface ImportDeps {
  readonly store: Store;
  readonly clock: Clock;
  readonly ids: IdGenerator;
  /** Who imports, for the audit log (default "import"). */
  readonly actor?: string;
}

export interface ImportInput {
  readonly parsed: ParsedDocument;
  readonly fileName: string;
  readonly sha256: string;
  /**
   * Remembered in the same transaction once the document is stored (`recordProcessedEvent`): the chat's Spara press,
   * so that a second press says "Redan sparat" exactly when the first one stored it.
   */
  readonly processed?: { readonly key: string; readonly summary: string };
}

export type ImportOutcome =
  | {
      readonly status: 'imported';
      readonly agreementId: string;
      readonly createdAgreement: boolean;
      readonly statuses: number;
      readonly statistics: number;
      readonly registrations: number;
      /** Follow-up rows that matched no stored activity (not stored). */
      readonly unmatched: readonly string[];
      /** Another agreement of the kommun already covered the same period (a follow-up that created its own). */
      readonly overlapping: boolean;
      /** The earlier agreements of the same years this one replaced (nothing was recorded against them). */
      readonly replaced: readonly EarlierAgreement[];
      /** Earlier agreements that begin before it, kept for their earlier years: this one takes over from its own. */
      readonly kept: readonly EarlierAgreement[];
    }
  /** The kommun's agreement for the same years is in use: nothing stored (refusalText words it). */
  | { readonly status: 'in-use'; readonly earlier: readonly EarlierAgreement[] }
  | { readonly status: 'already-imported'; readonly agreementId: string | null }
  | { readonly status: 'incomplete'; readonly reason: string };

/** The `source` recorded on agreements created by the importer. */
export function importSource(fileName: string, sha256: string): string {
  return `import:${fileName}#sha256:${sha256}`;
}

function newBundle(deps: ImportDeps, input: ImportInput, code: string): AgreementBundle {
  const doc = input.parsed.document;
  const period = doc.period as { from: number; to: number };
  const agreement: Agreement = {
    id: deps.ids(),
    municipalityCode: code,
    periodFrom: period.from,
    periodTo: period.to,
    signedOn: input.parsed.signedOn,
    title: input.parsed.title,
    isDemo: false,
    source: importSource(input.fileName, input.sha256),
  };
  const commitments: Commitment[] = doc.commitments.map((c, position) => ({
    id: deps.ids(),
    agreementId: agreement.id,
    position,
    text: c.text,
  }));
  const activities: Activity[] = doc.activities.map((a, position) => ({
    id: deps.ids(),
    agreementId: agreement.id,
    commitmentId: a.commitment === null ? null : (commitments[a.commitment]?.id ?? null),
    position,
    text: a.text,
    responsible: a.responsible,
    kind: a.kind,
    target: a.target,
  }));
  return { agreement, commitments, activities };
}

/** Why a parsed document holds no agreement that can be stored (Swedish), or null when it does. */
export function incompleteReason(parsed: ParsedDocument): string | null {
  const missing = incompleteNote(parsed);
  return missing === null ? null : noteBodyText(missing);
}

/** What the document lacks to be stored, as data (chat words it in the person's language), or null. */
export function incompleteNote(parsed: ParsedDocument): NoteBody | null {
  const doc = parsed.document;
  if (parsed.municipalityCode === null) return { kind: 'no-kommun' };
  if (doc.period === null) return { kind: 'no-period-found' };
  if (doc.commitments.length + doc.activities.length === 0) return { kind: 'nothing-found' };
  return null;
}

/** Stores a parsed document. Expected refusals (no kommun, no period) come back as `incomplete`. */
export async function storeImport(deps: ImportDeps, input: ImportInput): Promise<ImportOutcome> {
  const { parsed } = input;
  const doc = parsed.document;
  const code = parsed.municipalityCode;
  const reason = incompleteReason(parsed);
  if (reason !== null || code === null || doc.period === null) {
    return { status: 'incomplete', reason: reason ?? 'dokumentet är ofullständigt' };
  }
  const actor = deps.actor ?? 'import';
  const now = deps.clock.now();
  return deps.store.transaction(async (tx) => {
    const existing = await tx.agreementsOf(code);
    const same = existing.find((a) => a.source?.endsWith(`#sha256:${input.sha256}`));
    if (same) return { status: 'already-imported', agreementId: same.id } as const;
    const audit = await agreementAudit(tx, code);
    // An import undone since (`import --undo`, `/lofte avtal <kommun> ångra import`) may be imported again.
    const undone = new Set(audit.filter((e) => e.action === 'import.undo').map((e) => e.entityId));
    const earlier = audit.find(
      (e) =>
        e.action === 'import' &&
        !undone.has(e.entityId) &&
        (e.after as { sha256?: unknown } | null)?.sha256 === input.sha256,
    );
    if (earlier) return { status: 'already-imported', agreementId: earlier.entityId } as const;

    const plan = await reimportPlan(tx, parsed, { agreements: existing, audit });
    if (plan.kind === 'refuse') return { status: 'in-use', earlier: plan.earlier } as const;
    const replaced = plan.kind === 'replace' ? plan.earlier : [];
    for (const e of replaced) await undoEarlier(tx, deps, actor, now, e);
    const period = doc.period as { from: number; to: number };
    // An agreement's earlier agreements of the same years are the plan's; a follow-up that creates one is warned.
    const overlapping =
      doc.kind !== 'agreement' &&
      existing.some((a) => a.periodFrom <= period.to && a.periodTo >= period.from);
    let bundle: AgreementBundle | null = null;
    let ids: (string | null)[];
    let unmatched: string[] = [];
    if (doc.kind === 'follow-up' && doc.followUp) bundle = await tx.agreementForYear(code, doc.followUp.year);
    const createdAgreement = bundle === null;
    if (bundle === null) {
      bundle = newBundle(deps, input, code);
      await tx.insertAgreement(bundle, now);
      ids = bundle.activities.map((a) => a.id);
    } else {
      ids = matchActivities(doc.activities, bundle.activities);
      unmatched = doc.activities.filter((_, i) => ids[i] === null).map((a) => a.text);
    }

    const written = await storeFollowUp(tx, {
      doc,
      activityIds: ids,
      bundle,
      code,
      now,
      fileName: input.fileName,
      sha256: input.sha256,
      ids: deps.ids,
    });
    await tx.appendAudit({
      id: auditId(deps.ids),
      at: now,
      actor,
      platform: 'import',
      action: 'import',
      entity: 'agreement',
      entityId: bundle.agreement.id,
      municipalityCode: code,
      before: null,
      after: {
        file: input.fileName,
        sha256: input.sha256,
        kind: doc.kind,
        createdAgreement,
        commitments: createdAgreement ? bundle.commitments.length : 0,
        activities: createdAgreement ? bundle.activities.length : 0,
        ...written,
        unmatched: unmatched.length,
      },
    });
    if (input.processed) await tx.recordProcessedEvent(input.processed.key, input.processed.summary, now);
    return {
      status: 'imported',
      agreementId: bundle.agreement.id,
      createdAgreement,
      ...written,
      unmatched,
      overlapping: createdAgreement && overlapping,
      replaced,
      kept: plan.kept,
    } as const;
  });
}

/** Removes an earlier agreement the import replaces, as `ångra import` removes one (deleteImportedAgreement). */
async function undoEarlier(tx: Store, deps: ImportDeps, actor: string, now: number, e: EarlierAgreement) {
  const bundle = (await tx.agreementBundle(e.agreement.id)) ?? {
    agreement: e.agreement,
    commitments: [],
    activities: [],
  };
  await deleteImportedAgreement(tx, bundle, (change) => ({
    id: auditId(deps.ids),
    at: now,
    actor,
    platform: 'import',
    ...change,
  }));
}
