import type { AgreementBundle } from '../../src/domain/ports.ts';
import type {
  Activity,
  ChannelBinding,
  MeetingSeries,
  Municipality,
  PoliceArea,
  Responsible,
  RoleGrant,
  Target,
} from '../../src/domain/types.ts';
import { cumulativeOf, pick, prng } from './random.ts';

/** Bump when the generated data change: cached data sets are keyed by it. */
export const GENERATOR_VERSION = 1;

/** The data set's "now": Friday 20 November 2026, 10:00 in Stockholm (T3 2026, inside the 2025–2026 agreements). */
export const REFERENCE_NOW = Date.parse('2026-11-20T09:00:00Z');
export const ZONE = 'Europe/Stockholm';
/** Registrations fall on days from FIRST_DAY to LAST_DAY: three years of follow-up. */
export const FIRST_DAY = '2024-01-01';
export const LAST_DAY = '2026-11-19';
/** Two-year agreements: 2023–2024 and 2025–2026 for every kommun. */
export const PERIODS = [
  { from: 2023, to: 2024 },
  { from: 2025, to: 2026 },
] as const;

interface ActivityTemplate {
  readonly text: string;
  readonly kind: string | null;
  readonly responsible: Responsible;
  readonly target: Target | null;
  readonly commitment: number;
  /** Share of the kommun's registrations. */
  readonly weight: number;
}

const COMMITMENTS = [
  'Öka upptäckten av narkotikabrott, främst bland personer i åldern 21 år och yngre.',
  'Öka den upplevda tryggheten i de centrala delarna av kommunen.',
  'Arbeta långsiktigt med en säker trafikmiljö.',
];

/** Eight activities per agreement, after the seed documents. */
const ACTIVITIES: readonly ActivityTemplate[] = [
  {
    text: 'Polisen lovar att genomföra minst femton (15) riktade insatser per år för att upptäcka fler narkotikabrott bland unga.',
    kind: 'insats',
    responsible: 'polis',
    target: { count: 15, per: 'year' },
    commitment: 0,
    weight: 30,
  },
  {
    text: 'Polisen lovar att genomföra minst trettio (30) trafikkontroller per år.',
    kind: 'trafikkontroll',
    responsible: 'polis',
    target: { count: 30, per: 'year' },
    commitment: 2,
    weight: 34,
  },
  {
    text: 'Polisen och kommunen lovar att genomföra minst två trygghetsvandringar i centrummiljön per år.',
    kind: 'trygghetsvandring',
    responsible: 'gemensam',
    target: { count: 2, per: 'year' },
    commitment: 1,
    weight: 3,
  },
  {
    text: 'Polisen och kommunen lovar att genomföra krogkontroller.',
    kind: 'krogkontroll',
    responsible: 'gemensam',
    target: null,
    commitment: 1,
    weight: 9,
  },
  {
    text: 'Polisen och kommunen lovar att hålla minst fyra samverkansmöten per år om de pågående aktiviteterna.',
    kind: 'samverkansmöte',
    responsible: 'gemensam',
    target: { count: 4, per: 'year' },
    commitment: 1,
    weight: 4,
  },
  {
    text: 'Polisen lovar att öka den synliga närvaron med fotpatrull i centrum under helger.',
    kind: 'fotpatrull',
    responsible: 'polis',
    target: { count: 40, per: 'year' },
    commitment: 1,
    weight: 14,
  },
  {
    text: 'Kommunen lovar att tillsammans med polisen genomföra en informationskampanj mot langning under perioden.',
    kind: 'informationsinsats',
    responsible: 'gemensam',
    target: { count: 1, per: 'period' },
    commitment: 0,
    weight: 3,
  },
  {
    text: 'Kommunen lovar att anordna en drogförebyggande föreläsning för föräldrar varje år.',
    kind: 'föreläsning',
    responsible: 'kommun',
    target: { count: 1, per: 'year' },
    commitment: 0,
    weight: 3,
  },
];

export const ACTIVITY_WEIGHTS = cumulativeOf(ACTIVITIES.map((a) => a.weight));

export const STATUS_TEXTS = [
  'Pågår',
  'Klart',
  'Pågår enligt plan.',
  'Genomfört en.',
  'Genomfört tjugotvå riktade insatser under perioden.',
  'Sker vart sjätte vecka inom EST.',
  'Arbete pågår. Uppstartsmöte 9/3.',
  'Ej genomfört pga. personalbrist, planeras till nästa tertial.',
  'Sammanlagt under året har 51 riktade insatser genomförts.',
  'Två trygghetsvandringar genomförda tillsammans med fastighetsägare och föreningar.',
];

export interface NationalModel {
  readonly municipalities: readonly Municipality[];
  readonly areas: readonly PoliceArea[];
  /** Two bundles per kommun, in PERIODS order. */
  readonly bundles: readonly AgreementBundle[];
  /** Relative amount of activity per kommun (same order as `municipalities`), cumulative. */
  readonly kommunWeights: readonly number[];
  readonly series: readonly MeetingSeries[];
  readonly bindings: readonly ChannelBinding[];
  readonly roles: readonly RoleGrant[];
}

export const agreementId = (code: string, from: number) => `nat-${code}-${from}`;

/** Police areas: each län's kommuner in kommunkod order, in groups of about five. */
function areasOf(municipalities: readonly Municipality[]): PoliceArea[] {
  const byCounty = new Map<string, Municipality[]>();
  for (const m of [...municipalities].sort((a, b) => a.code.localeCompare(b.code))) {
    byCounty.set(m.countyCode, [...(byCounty.get(m.countyCode) ?? []), m]);
  }
  const areas: PoliceArea[] = [];
  for (const members of byCounty.values()) {
    const groups = Math.max(1, Math.round(members.length / 5));
    for (let g = 0; g < groups; g++) {
      const part = members.filter((_, i) => i % groups === g);
      const first = part[0] as Municipality;
      areas.push({
        id: `lpo-${first.code}`,
        name: `LPO ${first.name}`,
        municipalityCodes: part.map((m) => m.code),
      });
    }
  }
  return areas;
}

function bundleOf(m: Municipality, period: { from: number; to: number }): AgreementBundle {
  const id = agreementId(m.code, period.from);
  const commitments = COMMITMENTS.map((text, i) => ({
    id: `${id}-c${i + 1}`,
    agreementId: id,
    position: i + 1,
    text,
  }));
  const activities = ACTIVITIES.map(
    (a, i): Activity => ({
      id: `${id}-a${i + 1}`,
      agreementId: id,
      commitmentId: commitments[a.commitment]?.id ?? null,
      position: i + 1,
      text: a.text,
      responsible: a.responsible,
      kind: a.kind,
      target: a.target,
    }),
  );
  return {
    agreement: {
      id,
      municipalityCode: m.code,
      periodFrom: period.from,
      periodTo: period.to,
      signedOn: `${period.from}-02-15`,
      title: `Medborgarlöfte ${m.name} ${period.from}–${period.to}`,
      isDemo: false,
      source: 'bench',
    },
    commitments,
    activities,
  };
}

/** A day `n` days after 2026-01-05 (a Monday), as YYYY-MM-DD. */
function dayAfter(base: string, n: number): string {
  return new Date(Date.parse(`${base}T12:00:00Z`) + n * 86_400_000).toISOString().slice(0, 10);
}

/** Every kommun's agreements, police areas, a six-weekly meeting series, channel bindings and roles for all. */
export function nationalModel(municipalities: readonly Municipality[]): NationalModel {
  const random = prng(20261120);
  const sorted = [...municipalities].sort((a, b) => a.code.localeCompare(b.code));
  const areas = areasOf(sorted);
  const bundles = sorted.flatMap((m) => PERIODS.map((p) => bundleOf(m, p)));
  const kommunWeights = cumulativeOf(sorted.map(() => 0.3 + 2.7 * random() ** 2));
  const series = sorted.map(
    (m, i): MeetingSeries => ({
      id: `nat-series-${m.code}`,
      scope: { type: 'kommun', id: m.code },
      firstDate: dayAfter('2025-01-06', (i % 5) + 7 * (Math.floor(i / 5) % 6)),
      intervalWeeks: 6,
      time: pick(['09:00', '10:00', '13:00', '14:30'], random()),
      place: `${m.name} kommunhus`,
      remindAt: '09:00',
      active: true,
    }),
  );
  const bindings: ChannelBinding[] = [
    ...sorted.map(
      (m): ChannelBinding => ({
        platform: 'slack',
        conversationId: `C${m.code}BENCH`,
        scope: { type: 'kommun', id: m.code },
      }),
    ),
    ...areas.map(
      (a): ChannelBinding => ({
        platform: 'teams',
        conversationId: `19:${a.id}@thread.tacv2`,
        scope: { type: 'area', id: a.id },
      }),
    ),
  ];
  const roles: RoleGrant[] = [
    ...sorted.flatMap((m): RoleGrant[] => [
      { person: `slack:U${m.code}SAM`, role: 'samordnare', scope: { type: 'kommun', id: m.code } },
      { person: `teams:aad-kommun-${m.code}`, role: 'kommun', scope: { type: 'kommun', id: m.code } },
    ]),
    ...areas.flatMap((a): RoleGrant[] => [
      { person: `slack:U${a.id.slice(4)}POL`, role: 'polis', scope: { type: 'area', id: a.id } },
      { person: `teams:aad-chef-${a.id}`, role: 'chef', scope: { type: 'area', id: a.id } },
    ]),
  ];
  return { municipalities: sorted, areas, bundles, kommunWeights, series, bindings, roles };
}
