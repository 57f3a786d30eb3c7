import { DateTime } from 'luxon';
import { activityKind } from '../domain/activity-kinds.ts';
import type { AgreementBundle, Clock, Store } from '../domain/ports.ts';
import { scaleTarget } from '../domain/progress.ts';
import { refreshPublicSnapshot } from '../domain/public-snapshot.ts';
import { localDay, tertialLastDay, tertialOfDay, tertialsOfPeriod } from '../domain/tertial.ts';
import type {
  Activity,
  Agreement,
  Commitment,
  MeetingSeries,
  Role,
  Scope,
  StatisticCategory,
  TertialNumber,
} from '../domain/types.ts';
import { loadRegister } from '../runtime/register.ts';
import {
  SAVSJO_2020_2021,
  SEED_AGREEMENTS,
  type SeedAgreement,
  TRANAS_2023_2024,
} from './seed-agreements.ts';

/** LPO Höglandet: Aneby, Eksjö, Nässjö, Sävsjö, Tranås, Vetlanda. */
export const HOGLANDET = {
  id: 'hoglandet',
  name: 'LPO Höglandet',
  municipalityCodes: ['0604', '0686', '0682', '0684', '0687', '0685'],
};

export const DEMO_SERIES: readonly MeetingSeries[] = [
  {
    id: 'demo-series-tranas',
    scope: { type: 'kommun', id: '0687' },
    firstDate: '2025-01-14',
    intervalWeeks: 6,
    time: '13:00',
    place: 'Tranås stadshus',
    remindAt: '09:00',
    active: true,
  },
  {
    id: 'demo-series-savsjo',
    scope: { type: 'kommun', id: '0684' },
    firstDate: '2025-01-21',
    intervalWeeks: 6,
    time: '10:00',
    place: 'Sävsjö kommunhus',
    remindAt: '09:00',
    active: true,
  },
];

export const DEMO_BINDINGS: readonly { conversationId: string; scope: Scope }[] = [
  { conversationId: 'tranas', scope: { type: 'kommun', id: '0687' } },
  { conversationId: 'savsjo', scope: { type: 'kommun', id: '0684' } },
  { conversationId: 'hoglandet', scope: { type: 'area', id: 'hoglandet' } },
];

export const DEMO_ROLES: readonly { person: string; role: Role; scope: Scope }[] = [
  { person: 'console:anna', role: 'samordnare', scope: { type: 'kommun', id: '0687' } },
  { person: 'console:sven', role: 'samordnare', scope: { type: 'kommun', id: '0684' } },
  { person: 'console:per', role: 'polis', scope: { type: 'area', id: 'hoglandet' } },
  { person: 'console:lena', role: 'chef', scope: { type: 'area', id: 'hoglandet' } },
  { person: 'console:admin', role: 'admin', scope: { type: 'area', id: 'hoglandet' } },
];

/** How far along each current demo activity is relative to an even pace, so the demo shows every state. */
const DEMO_PACE: Readonly<Record<string, number>> = {
  '0687:trafikkontroll': 0.7,
  '0687:insats': 1.05,
  '0687:trygghetsvandring': 0.5,
  '0687:krogkontroll': 1,
  '0687:samverkansmöte': 1,
  '0684:insats': 0.95,
  '0684:samverkansmöte': 1,
};

/**
 * A typical tertial of each demo kommun's drug statistics (police figures; youth = 21 and younger), after the
 * kommun's own follow-ups: Tranås, twice Sävsjö's size, has several times its cases. Each tertial varies around it.
 */
const DEMO_STATISTICS: Readonly<
  Record<string, readonly { category: StatisticCategory; count: number; youth: number | null }[]>
> = {
  '0687': [
    { category: 'narkotika.overlatelse', count: 4, youth: 1 },
    { category: 'narkotika.innehav', count: 36, youth: 4 },
    { category: 'narkotika.eget-bruk', count: 63, youth: 11 },
    { category: 'doping.eget-bruk', count: 2, youth: null },
  ],
  '0684': [
    { category: 'narkotika.overlatelse', count: 1, youth: null },
    { category: 'narkotika.innehav', count: 7, youth: 3 },
    { category: 'narkotika.eget-bruk', count: 18, youth: 11 },
    { category: 'doping.innehav', count: 1, youth: 1 },
  ],
};

/** A figure of one tertial: `base` moved by up to ±3, the same on every load. */
function wobble(base: number, year: number, tertial: number, salt: number): number {
  const step = (year * 7 + tertial * 5 + salt * 3) % 7;
  return Math.max(0, base + step - 3);
}

/**
 * When a tertial's status texts and statistics would have been written: 15:00 on the last weekday of the tertial,
 * in the installation's zone.
 */
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
  const current: SeedAgreement[] = [
    currentOf(TRANAS_2023_2024, 'demo-tranas', 'Medborgarlöfte i Tranås kommun', period),
    currentOf(SAVSJO_2020_2021, 'demo-savsjo', 'Medborgarlöften i Sävsjö', period),
  ];
  return store.transaction(async (tx) => {
    const added: string[] = [];
    const present: string[] = [];
    await tx.savePoliceArea(HOGLANDET, now);
    for (const seed of [...SEED_AGREEMENTS, ...current]) {
      if (await tx.agreementBundle(seed.id)) {
        present.push(seed.id);
        continue;
      }
      const bundle = toBundle(seed);
      await tx.insertAgreement(bundle, now);
      if (seed.followUpYear !== undefined) await loadFollowUp(tx, seed, bundle, now);
      else if (seed.id.startsWith('demo-')) await loadCurrentActivity(tx, seed, bundle, today, zone);
      await tx.appendAudit({
        id: `audit-${seed.id}`,
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
    // The demo's follow-ups are published: save what the public pages show, as publishing would.
    const register = loadRegister();
    for (const id of added) {
      const bundle = await tx.agreementBundle(id);
      const municipality = bundle ? register.byCodeOrNull(bundle.agreement.municipalityCode) : null;
      if (bundle && municipality) await refreshPublicSnapshot(tx, municipality, bundle, now, zone);
    }
    return { agreementsAdded: added, agreementsPresent: present };
  });
}

function currentOf(
  seed: SeedAgreement,
  prefix: string,
  title: string,
  p: { from: number; to: number },
): SeedAgreement {
  return {
    id: `${prefix}-${p.from}-${p.to}`,
    municipalityCode: seed.municipalityCode,
    title: `${title} ${p.from}-${p.to} (demo)`,
    periodFrom: p.from,
    periodTo: p.to,
    source: `demo:${seed.source}`,
    commitments: seed.commitments,
    activities: seed.activities.map(({ tertials: _t, registered: _r, ...a }) => a),
  };
}

function toBundle(seed: SeedAgreement): AgreementBundle {
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

async function loadFollowUp(
  tx: Store,
  seed: SeedAgreement,
  bundle: AgreementBundle,
  now: number,
): Promise<void> {
  const year = seed.followUpYear as number;
  for (const [i, a] of seed.activities.entries()) {
    const activity = bundle.activities[i] as Activity;
    for (const t of [1, 2, 3] as const) {
      const status = a.tertials?.[t];
      if (status) {
        await tx.insertStatus({
          id: `${activity.id}-s${year}t${t}`,
          activityId: activity.id,
          year,
          tertial: t,
          text: status.text,
          count: status.count,
          actor: 'import:seed',
          platform: 'import',
          createdAt: now,
          published: true,
        });
      }
      const registered = a.registered?.[t];
      if (registered) {
        await tx.insertRegistration({
          id: `${activity.id}-r${year}t${t}`,
          activityId: activity.id,
          municipalityCode: seed.municipalityCode,
          occurredOn: tertialLastDay({ year, tertial: t }),
          count: registered,
          note: null,
          actor: 'import:seed',
          platform: 'import',
          idempotencyKey: `${activity.id}-r${year}t${t}`,
          createdAt: now,
          voidedAt: null,
          voidedBy: null,
        });
      }
    }
  }
  for (const s of seed.statistics ?? []) {
    await tx.putStatistic({
      municipalityCode: seed.municipalityCode,
      year,
      ...s,
      actor: 'import:seed',
      platform: 'import',
      createdAt: now,
    });
  }
}

/**
 * Registrations spread evenly up to yesterday at each activity's demo pace, each logged at 16:00 on its day;
 * status texts and the kommun's own statistics for every finished tertial, written at the tertial's end — so the
 * demo reads like a year in use, not like data loaded today.
 */
async function loadCurrentActivity(
  tx: Store,
  seed: SeedAgreement,
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
        id: `${activity.id}-r${i + 1}`,
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
