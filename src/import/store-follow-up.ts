import type { AgreementBundle, IdGenerator, Store } from '../domain/ports.ts';
import { tertialFirstDay, tertialLastDay } from '../domain/tertial.ts';
import type { TertialNumber } from '../domain/types.ts';
import { tertialOnlyCounts } from './tertial-counts.ts';
import type { ImportedDocument } from './types.ts';

/**
 * The follow-up part of an import, inside the caller's transaction: status texts per activity and tertial,
 * drug statistics, and each countable activity's tertial count as one registration (on the tertial's last day)
 * so progress and summaries see it. Everything already stored with the same content is left alone.
 */

export interface FollowUpWrite {
  readonly doc: ImportedDocument;
  /** The stored activity id for each of `doc.activities` (null: not matched, nothing stored). */
  readonly activityIds: readonly (string | null)[];
  readonly bundle: AgreementBundle;
  readonly code: string;
  readonly now: number;
  readonly fileName: string;
  readonly sha256: string;
  readonly ids: IdGenerator;
  /** Who is recorded on what is written (default "import"). */
  readonly actor?: string;
  /**
   * Store the statuses published. Imports leave them drafts until a samordnare publishes the tertial; only the
   * demo's seed documents, which are already public (polisen.se), are stored published.
   */
  readonly published?: boolean;
}

export interface FollowUpWritten {
  readonly statuses: number;
  readonly statistics: number;
  readonly registrations: number;
}

export async function storeFollowUp(tx: Store, w: FollowUpWrite): Promise<FollowUpWritten> {
  const followUp = w.doc.followUp;
  if (w.doc.kind !== 'follow-up' || followUp === null)
    return { statuses: 0, statistics: 0, registrations: 0 };
  const year = followUp.year;
  const matched = w.activityIds.filter((id): id is string => id !== null);
  const latest = await tx.latestStatuses(matched, [year]);
  let statuses = 0;
  let registrations = 0;

  for (const [index, activity] of w.doc.activities.entries()) {
    const activityId = w.activityIds[index];
    if (!activityId) continue;
    for (const t of [1, 2, 3] as const) {
      const cell = activity.tertials[String(t) as '1' | '2' | '3'];
      if (!cell) continue;
      const current = latest.find((s) => s.activityId === activityId && s.tertial === t);
      if (current?.text === cell.text) continue;
      await tx.insertStatus({
        id: w.ids(),
        activityId,
        year,
        tertial: t,
        text: cell.text,
        count: cell.count,
        actor: w.actor ?? 'import',
        platform: 'import',
        createdAt: w.now,
        // A draft until a samordnare publishes the tertial (/rapportera <kommun> publicera T<n> <år>).
        published: w.published ?? false,
      });
      statuses++;
    }
    const stored = w.bundle.activities.find((a) => a.id === activityId);
    const countable =
      (stored?.kind ?? activity.kind) !== null || (stored?.target ?? activity.target) !== null;
    if (!countable) continue;
    for (const [t, count] of tertialOnlyCounts(activity)) {
      if (await registerCount(tx, w, activityId, { year, tertial: t }, count)) registrations++;
    }
  }

  const existing = await tx.statisticsOf(w.code, [year]);
  let statistics = 0;
  for (const s of w.doc.statistics) {
    const same = existing.find(
      (e) =>
        e.year === s.year &&
        e.tertial === s.tertial &&
        e.category === s.category &&
        e.count === s.count &&
        e.youth === s.youth,
    );
    if (same) continue;
    await tx.putStatistic({
      ...s,
      municipalityCode: w.code,
      actor: w.actor ?? 'import',
      platform: 'import',
      createdAt: w.now,
    });
    statistics++;
  }
  return { statuses, statistics, registrations };
}

/**
 * One registration of `count` for the tertial, unless the tertial already has registrations logged live
 * (chat, console) — those are the record — or an imported one with the same count. An imported registration
 * with another count is voided and replaced.
 */
async function registerCount(
  tx: Store,
  w: FollowUpWrite,
  activityId: string,
  ref: { year: number; tertial: TertialNumber },
  count: number,
): Promise<boolean> {
  if (count <= 0) return false;
  const window = await tx.registrationsOf([activityId], tertialFirstDay(ref), tertialLastDay(ref));
  if (window.some((r) => r.platform !== 'import')) return false;
  const total = window.reduce((s, r) => s + r.count, 0);
  if (total === count) return false;
  for (const r of window) await tx.voidRegistration(r.id, 'import', w.now);
  return tx.insertRegistration({
    id: w.ids(),
    activityId,
    municipalityCode: w.code,
    occurredOn: tertialLastDay(ref),
    count,
    note: `Från uppföljningen ${w.fileName} (T${ref.tertial} ${ref.year})`,
    actor: w.actor ?? 'import',
    platform: 'import',
    idempotencyKey: `import:${w.sha256.slice(0, 24)}:${activityId}:${ref.year}-T${ref.tertial}`,
    createdAt: w.now,
    voidedAt: null,
    voidedBy: null,
  });
}
