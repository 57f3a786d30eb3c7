import { personName } from '../domain/names.ts';
import type { Store } from '../domain/ports.ts';
import type { Agreement, AuditEntry, TertialNumber } from '../domain/types.ts';
import type { ParsedDocument } from './types.ts';

/**
 * Importing an agreement for a kommun and period that already has one, decided once for chat and the command
 * line. An earlier agreement that shares a year with the new one and does not begin before it (2027–2028 again, or
 * 2027 against 2027–2028: the kommun cannot have two agreements in force the same year) is replaced when nothing
 * is recorded against it (undone as `ångra import` undoes it) and refuses the import when something is: it is
 * changed in place instead. One that begins before it (2026–2027, then a renewal 2027–2028) is its predecessor: the
 * new one takes over from its own first year (the agreement of a year is the one that begins latest) and the
 * earlier one is kept for its earlier years — refused only when something is recorded against it in the years they
 * share. A follow-up document keeps its own rule (it attaches to the agreement of its year) and is not concerned.
 */

/** What is recorded against an agreement or its activities. */
export interface Recorded {
  /** Non-voided registrations (any platform: a follow-up's imported counts are recorded work too). */
  readonly registrations: number;
  /** Status texts (the latest per activity and tertial). */
  readonly statuses: number;
  /** Drug statistics of the kommun in the agreement's years. */
  readonly statistics: number;
  /** Comments to the samordnare on its activities. */
  readonly comments: number;
  /** Whether a tertial of it is on the public page. */
  readonly published: boolean;
}

export interface EarlierAgreement {
  readonly agreement: Agreement;
  /** The import that stored it (file, who, when), or null when it was not imported (demo data). */
  readonly imported: {
    readonly file: string;
    readonly actor: string;
    /** Who imported it, as people know them (personName). */
    readonly by: string;
    readonly at: number;
  } | null;
  /** What is recorded against it: in the years both cover when `sharedYears` is set (a predecessor), else at all. */
  readonly recorded: Recorded;
  /** For a predecessor, kept for its earlier years: the years the new agreement takes over. */
  readonly sharedYears: { readonly from: number; readonly to: number } | null;
}

/** What Spara will do with the kommun's earlier agreements: nothing, replace them, or refuse. */
export type ReimportPlan =
  | { readonly kind: 'new'; readonly kept: readonly EarlierAgreement[] }
  | {
      readonly kind: 'replace';
      readonly earlier: readonly EarlierAgreement[];
      readonly kept: readonly EarlierAgreement[];
    }
  | { readonly kind: 'refuse'; readonly earlier: readonly EarlierAgreement[] };

export function somethingRecorded(r: Recorded): boolean {
  return r.registrations + r.statuses + r.statistics + r.comments > 0 || r.published;
}

function yearsOf(span: { readonly from: number; readonly to: number }): number[] {
  const years: number[] = [];
  for (let y = span.from; y <= span.to; y++) years.push(y);
  return years;
}

async function recordedAgainst(
  store: Store,
  agreement: Agreement,
  shared: { readonly from: number; readonly to: number } | null,
): Promise<Recorded> {
  const bundle = await store.agreementBundle(agreement.id);
  const ids = bundle?.activities.map((a) => a.id) ?? [];
  const years = yearsOf(shared ?? { from: agreement.periodFrom, to: agreement.periodTo });
  const registrations =
    ids.length === 0
      ? 0
      : shared === null
        ? await store.registrationCountOf(ids)
        : (await store.registrationsOf(ids, `${shared.from}-01-01`, `${shared.to}-12-31`)).length;
  const comments =
    ids.length === 0
      ? 0
      : (
          await Promise.all(
            years.flatMap((y) =>
              ([1, 2, 3] as TertialNumber[]).map((t) => store.activityComments(ids, y, t)),
            ),
          )
        ).reduce((n, list) => n + list.length, 0);
  return {
    registrations,
    statuses: ids.length === 0 ? 0 : (await store.latestStatuses(ids, years)).length,
    statistics: (await store.statisticsOf(agreement.municipalityCode, years)).length,
    comments,
    // A predecessor's published tertials of its own years stay published; those of shared years have statuses.
    published: shared === null && (await store.publicSnapshot(agreement.id)) !== null,
  };
}

/**
 * The kommun's audit entries about its agreements (imports, their undoing, edits), newest first: what an import
 * reads to tell a file already imported and who imported an earlier agreement — not the kommun's whole trail.
 */
export function agreementAudit(store: Store, code: string): Promise<AuditEntry[]> {
  return store.audit({ municipalityCode: code, entities: ['agreement'], limit: 100_000 });
}

/**
 * The plan for storing `parsed` (run it inside the import's transaction to act on it, or before to preview it).
 * Only an agreement document (or a follow-up that will create its agreement) with kommun and period is concerned.
 * `read`: what the import has read already in its transaction (the kommun's agreements, agreementAudit), not read
 * again.
 */
export async function reimportPlan(
  store: Store,
  parsed: ParsedDocument,
  read: { readonly agreements?: readonly Agreement[]; readonly audit?: readonly AuditEntry[] } = {},
): Promise<ReimportPlan> {
  const doc = parsed.document;
  const code = parsed.municipalityCode;
  const period = doc.period;
  if (code === null || period === null || doc.kind !== 'agreement') return { kind: 'new', kept: [] };
  const overlapping = (read.agreements ?? (await store.agreementsOf(code))).filter(
    (a) => a.periodFrom <= period.to && a.periodTo >= period.from,
  );
  if (overlapping.length === 0) return { kind: 'new', kept: [] };
  const audit = read.audit ?? (await agreementAudit(store, code));
  const importers = audit.filter((e) => e.action === 'import').map((e) => e.actor);
  const names = await store.personNames([...new Set(importers)]);
  const earlier = await Promise.all(
    overlapping.map(async (agreement): Promise<EarlierAgreement> => {
      const entry = audit.find(
        (e) =>
          e.action === 'import' &&
          e.entityId === agreement.id &&
          (e.after as { createdAgreement?: unknown } | null)?.createdAgreement === true,
      );
      const file = (entry?.after as { file?: unknown } | null)?.file;
      const sharedYears =
        agreement.periodFrom < period.from
          ? { from: period.from, to: Math.min(agreement.periodTo, period.to) }
          : null;
      return {
        sharedYears,
        agreement,
        imported:
          entry && typeof file === 'string'
            ? { file, actor: entry.actor, by: personName(names, entry.actor), at: entry.at }
            : null,
        recorded: await recordedAgainst(store, agreement, sharedYears),
      };
    }),
  );
  const blocking = earlier.filter((e) => somethingRecorded(e.recorded));
  if (blocking.length > 0) return { kind: 'refuse', earlier: blocking };
  const kept = earlier.filter((e) => e.sharedYears !== null);
  const replaced = earlier.filter((e) => e.sharedYears === null);
  return replaced.length > 0 ? { kind: 'replace', earlier: replaced, kept } : { kind: 'new', kept };
}
