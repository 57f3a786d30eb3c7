import type { Store } from '../domain/ports.ts';
import type { Agreement, TertialNumber } from '../domain/types.ts';
import type { ParsedDocument } from './types.ts';

/**
 * Importing an agreement for a kommun and period that already has one, decided once for chat and the command
 * line. An earlier agreement shares a year with the new one (2027 and 2027–2028 overlap as much as two 2027–2028
 * do: the kommun cannot have two agreements in force the same year). When nothing is recorded against any of them
 * the import replaces them (each undone as `ångra import` undoes it); when something is, the import is refused and
 * the agreement is changed in place instead. A follow-up document keeps its own rule (it attaches to the agreement
 * of its year) and is not concerned.
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
  readonly imported: { readonly file: string; readonly actor: string; readonly at: number } | null;
  readonly recorded: Recorded;
}

/** What Spara will do with the kommun's earlier agreements: nothing, replace them, or refuse. */
export type ReimportPlan =
  | { readonly kind: 'new' }
  | { readonly kind: 'replace'; readonly earlier: readonly EarlierAgreement[] }
  | { readonly kind: 'refuse'; readonly earlier: readonly EarlierAgreement[] };

export function somethingRecorded(r: Recorded): boolean {
  return r.registrations + r.statuses + r.statistics + r.comments > 0 || r.published;
}

function yearsOf(a: { readonly periodFrom: number; readonly periodTo: number }): number[] {
  const years: number[] = [];
  for (let y = a.periodFrom; y <= a.periodTo; y++) years.push(y);
  return years;
}

async function recordedAgainst(store: Store, agreement: Agreement): Promise<Recorded> {
  const bundle = await store.agreementBundle(agreement.id);
  const ids = bundle?.activities.map((a) => a.id) ?? [];
  const years = yearsOf(agreement);
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
    registrations: ids.length === 0 ? 0 : await store.registrationCountOf(ids),
    statuses: ids.length === 0 ? 0 : (await store.latestStatuses(ids, years)).length,
    statistics: (await store.statisticsOf(agreement.municipalityCode, years)).length,
    comments,
    published: (await store.publicSnapshot(agreement.id)) !== null,
  };
}

/**
 * The plan for storing `parsed` (run it inside the import's transaction to act on it, or before to preview it).
 * Only an agreement document (or a follow-up that will create its agreement) with kommun and period is concerned.
 */
export async function reimportPlan(store: Store, parsed: ParsedDocument): Promise<ReimportPlan> {
  const doc = parsed.document;
  const code = parsed.municipalityCode;
  const period = doc.period;
  if (code === null || period === null || doc.kind !== 'agreement') return { kind: 'new' };
  const overlapping = (await store.agreementsOf(code)).filter(
    (a) => a.periodFrom <= period.to && a.periodTo >= period.from,
  );
  if (overlapping.length === 0) return { kind: 'new' };
  const audit = await store.audit({ municipalityCode: code, limit: 100_000 });
  const earlier = await Promise.all(
    overlapping.map(async (agreement): Promise<EarlierAgreement> => {
      const entry = audit.find(
        (e) =>
          e.action === 'import' &&
          e.entityId === agreement.id &&
          (e.after as { createdAgreement?: unknown } | null)?.createdAgreement === true,
      );
      const file = (entry?.after as { file?: unknown } | null)?.file;
      return {
        agreement,
        imported: entry && typeof file === 'string' ? { file, actor: entry.actor, at: entry.at } : null,
        recorded: await recordedAgainst(store, agreement),
      };
    }),
  );
  const blocking = earlier.filter((e) => somethingRecorded(e.recorded));
  return blocking.length > 0 ? { kind: 'refuse', earlier: blocking } : { kind: 'replace', earlier };
}
