import { createHash } from 'node:crypto';
import { DateTime } from 'luxon';
import { activityKind } from '../domain/activity-kinds.ts';
import { auditId } from '../domain/deps.ts';
import type { AgreementBundle, Clock, Store } from '../domain/ports.ts';
import { scaleTarget } from '../domain/progress.ts';
import { localDay, tertialLastDay, tertialOfDay, tertialsOfPeriod } from '../domain/tertial.ts';
import type { Activity, Agreement, Commitment, TertialNumber } from '../domain/types.ts';
import { storeFollowUp } from '../import/store-follow-up.ts';
import type { ImportedDocument } from '../import/types.ts';
import {
  DEMO_BINDINGS,
  DEMO_PACE,
  DEMO_ROLES,
  DEMO_SERIES,
  DEMO_STATISTICS,
  HOGLANDET,
  wobble,
} from './demo-setup.ts';
import { saveDemoSnapshots } from './demo-snapshots.ts';
import { type DemoAgreement, seedAgreements } from './seed-documents.ts';

export { DEMO_BINDINGS, DEMO_ROLES, DEMO_SERIES, HOGLANDET } from './demo-setup.ts';

/** When a tertial's texts and statistics would have been written: 15:00 on its last weekday, in `zone`. */
export function tertialWrittenAt(ref: { year: number; tertial: TertialNumber }, zone: string): number {
  let day = DateTime.fromISO(`${tertialLastDay(ref)}T15:00`, { zone });
  while (day.weekday > 5) day = day.minus({ days: 1 });
  return day.toMillis();
}

export interface DemoResult {
  readonly agreementsAdded: string[];
  readonly agreementsPresent: string[];
}

/** The two-year period containing `day` that continues the seeds' rhythm (odd start years: 2023–2024, 2025–2026). */
export function currentDemoPeriod(day: string): { from: number; to: number } {
  const year = Number(day.slice(0, 4));
  const from = year % 2 === 1 ? year : year - 1;
  return { from, to: from + 1 };
}

/**
 * Loads the demo data: LPO Höglandet, the three seed agreements with their 2020 follow-ups, and a current
 * agreement for Tranås and Sävsjö with registrations, statuses, statistics, meeting series, bindings and roles.
 * Idempotent: what is already there is left as it is. One transaction.
 */
export async function loadDemo(store: Store, clock: Clock, zone: string): Promise<DemoResult> {
  const now = clock.now();
  const today = localDay(now, zone);
  const period = currentDemoPeriod(today);
  const seeds = await seedAgreements();
  const seed = (id: string): DemoAgreement => {
    const found = seeds.find((s) => s.id === id);
    if (!found) throw new Error(`the demo needs the seed document of ${id} in data/seeds`);
    return found;
  };
  const savsjo = seed('seed-savsjo-2020-2021');
  // The current period: the Tranås 2023–2024 agreement and Sävsjö's, carried into the period of today.
  const current: DemoAgreement[] = [
    currentOf(seed('seed-tranas-2023-2024'), 'demo-tranas', 'Medborgarlöfte i Tranås kommun', period),
    currentOf(savsjo, 'demo-savsjo', 'Medborgarlöften i Sävsjö', period),
  ];
  return store.transaction(async (tx) => {
    const added: string[] = [];
    const present: string[] = [];
    await tx.savePoliceArea(HOGLANDET, now);
    for (const seed of [...seeds, ...current]) {
      if (await tx.agreementBundle(seed.id)) {
        present.push(seed.id);
        continue;
      }
      const bundle = toBundle(seed);
      await tx.insertAgreement(bundle, now);
      if (seed.document?.kind === 'follow-up') await loadFollowUp(tx, seed, bundle, now);
      else if (seed.id.startsWith('demo-')) await loadCurrentActivity(tx, seed, bundle, today, zone);
      await tx.appendAudit({
        id: auditId(() => `audit-${seed.id}`),
        at: now,
        actor: 'cli:demo',
        platform: 'cli',
        action: 'demo.load',
        entity: 'agreement',
        entityId: seed.id,
        municipalityCode: seed.municipalityCode,
        before: null,
        after: {
          title: seed.title,
          period: [seed.periodFrom, seed.periodTo],
          activities: seed.activities.length,
        },
      });
      added.push(seed.id);
    }
    for (const series of DEMO_SERIES) {
      if (!(await tx.meetingSeries(series.id))) await tx.saveMeetingSeries(series, now);
    }
    for (const b of DEMO_BINDINGS) {
      if (!(await tx.binding('console', b.conversationId))) {
        await tx.saveBinding({ platform: 'console', conversationId: b.conversationId, scope: b.scope }, now);
      }
    }
    for (const r of DEMO_ROLES) await tx.grantRole(r, now);
    await saveDemoSnapshots(tx, added, now, zone);
    return { agreementsAdded: added, agreementsPresent: present };
  });
}

function currentOf(
  seed: DemoAgreement,
  prefix: string,
  title: string,
  p: { from: number; to: number },
): DemoAgreement {
  return {
    id: `${prefix}-${p.from}-${p.to}`,
    municipalityCode: seed.municipalityCode,
    title: `${title} ${p.from}–${p.to} (demo)`,
    periodFrom: p.from,
    periodTo: p.to,
    source: `demo:${seed.source}`,
    commitments: seed.commitments,
    activities: seed.activities,
  };
}

function toBundle(seed: DemoAgreement): AgreementBundle {
  const agreement: Agreement = {
    id: seed.id,
    municipalityCode: seed.municipalityCode,
    periodFrom: seed.periodFrom,
    periodTo: seed.periodTo,
    signedOn: null,
    title: seed.title,
    isDemo: seed.id.startsWith('demo-'),
    source: seed.source,
  };
  const commitments: Commitment[] = seed.commitments.map((text, i) => ({
    id: `${seed.id}-c${i + 1}`,
    agreementId: seed.id,
    position: i + 1,
    text,
  }));
  const activities: Activity[] = seed.activities.map((a, i) => ({
    id: `${seed.id}-a${i + 1}`,
    agreementId: seed.id,
    commitmentId: a.commitment === null ? null : (commitments[a.commitment]?.id ?? null),
    position: i + 1,
    text: a.text,
    responsible: a.responsible,
    kind: a.kind,
    target: a.target,
  }));
  return { agreement, commitments, activities };
}

/**
 * A seed follow-up stored the way `npx loftesbot import` stores it (statuses, each tertial's count as one
 * registration, the drug statistics) — published, as the seed documents are public on polisen.se.
 */
async function loadFollowUp(
  tx: Store,
  seed: DemoAgreement,
  bundle: AgreementBundle,
  now: number,
): Promise<void> {
  const doc = seed.document as ImportedDocument;
  let n = 0;
  await storeFollowUp(tx, {
    doc,
    activityIds: bundle.activities.map((a) => a.id),
    bundle,
    code: seed.municipalityCode,
    now,
    fileName: seed.fileName ?? seed.source,
    sha256: seed.sha256 ?? seed.id,
    ids: () => `${seed.id}-f${++n}`,
    actor: 'import:seed',
    published: true,
  });
}

/**
 * Registrations spread evenly up to yesterday at each activity's demo pace, each logged at 16:00 on its day;
 * status texts and the kommun's own statistics for every finished tertial, written at the tertial's end — so the
 * demo reads like a year in use, not like data loaded today.
 */
async function loadCurrentActivity(
  tx: Store,
  seed: DemoAgreement,
  bundle: AgreementBundle,
  today: string,
  zone: string,
): Promise<void> {
  const start = DateTime.fromISO(`${seed.periodFrom}-01-01`, { zone: 'UTC' });
  const end = DateTime.fromISO(today, { zone: 'UTC' });
  const elapsedDays = Math.max(0, Math.floor(end.diff(start, 'days').days));
  const periodYears = seed.periodTo - seed.periodFrom + 1;
  const reporter = seed.municipalityCode === '0687' ? 'console:anna' : 'console:sven';
  for (const activity of bundle.activities) {
    if (!activity.kind || !activityKind(activity.kind)) continue;
    const pace = DEMO_PACE[`${seed.municipalityCode}:${activity.kind}`] ?? 0.6;
    const elapsedYears = elapsedDays / 365.25;
    const due = activity.target
      ? scaleTarget(activity.target, elapsedYears, periodYears)
      : Math.round(elapsedYears * 6);
    const n = Math.max(0, Math.round(due * pace));
    for (let i = 0; i < n; i++) {
      const day = start.plus({ days: Math.floor(((i + 0.5) * elapsedDays) / n) });
      await tx.insertRegistration({
        id: demoRegistrationId(`${activity.id}-r${i + 1}`),
        activityId: activity.id,
        municipalityCode: seed.municipalityCode,
        occurredOn: day.toISODate() as string,
        count: 1,
        note: null,
        actor: activity.responsible === 'kommun' ? reporter : 'console:per',
        platform: 'console',
        idempotencyKey: `${activity.id}-r${i + 1}`,
        createdAt: DateTime.fromISO(`${day.toISODate()}T16:00`, { zone }).toMillis(),
        voidedAt: null,
        voidedBy: null,
      });
    }
  }
  const ids = bundle.activities.map((a) => a.id);
  const currentTertial = tertialOfDay(today);
  for (const ref of tertialsOfPeriod(seed.periodFrom, seed.periodTo)) {
    const finished =
      ref.year < currentTertial.year ||
      (ref.year === currentTertial.year && ref.tertial < currentTertial.tertial);
    if (!finished) continue;
    const first = `${ref.year}-${String((ref.tertial - 1) * 4 + 1).padStart(2, '0')}-01`;
    const counts = await tx.registrationCounts(ids, first, tertialLastDay(ref));
    const writtenAt = tertialWrittenAt({ year: ref.year, tertial: ref.tertial as TertialNumber }, zone);
    for (const activity of bundle.activities) {
      const count = counts[activity.id] ?? 0;
      const kind = activity.kind ? activityKind(activity.kind) : null;
      const text = kind
        ? count > 0
          ? `Genomfört ${count} ${count === 1 ? kind.singular : kind.plural} under tertialet.`
          : 'Ej genomfört under tertialet.'
        : 'Pågår';
      await tx.insertStatus({
        id: `${activity.id}-s${ref.year}t${ref.tertial}`,
        activityId: activity.id,
        year: ref.year,
        tertial: ref.tertial as TertialNumber,
        text,
        count: kind ? count : null,
        actor: reporter,
        platform: 'console',
        createdAt: writtenAt,
        published: true,
      });
    }
    const code = Number(seed.municipalityCode);
    for (const [i, s] of (DEMO_STATISTICS[seed.municipalityCode] ?? []).entries()) {
      const count = wobble(s.count, ref.year, ref.tertial, code + i);
      await tx.putStatistic({
        municipalityCode: seed.municipalityCode,
        year: ref.year,
        tertial: ref.tertial,
        category: s.category,
        count,
        youth:
          s.youth === null ? null : Math.min(count, wobble(s.youth, ref.year, ref.tertial, code + i + 1)),
        actor: 'console:per',
        platform: 'console',
        createdAt: writtenAt,
      });
    }
  }
}

/**
 * A demo registration's id: shaped like every other registration's (a UUID), so `/lofte registreringar` shows it
 * by its eight-character short id; derived from its descriptive key, so loading the demo again gives the same ids.
 */
function demoRegistrationId(key: string): string {
  const h = createHash('sha256').update(key).digest('hex');
  return `${h.slice(0, 8)}-${h.slice(8, 12)}-${h.slice(12, 16)}-${h.slice(16, 20)}-${h.slice(20, 32)}`;
}
