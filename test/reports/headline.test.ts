import { describe, expect, it } from 'vitest';
import { attentionOf, headline, reportTertialOf } from '../../src/domain/headline.ts';
import type { MonthlyCount } from '../../src/domain/ports.ts';
import { composeSummary, type KommunSummary, type SummaryWindow } from '../../src/domain/summary.ts';
import type { FollowUpStatus, TertialNumber } from '../../src/domain/types.ts';
import { loadRegister } from '../../src/runtime/register.ts';
import { type ActivitySpec, agreementOf } from './store-fixtures.ts';

const ZONE = 'Europe/Stockholm';
const TRANAS = loadRegister().get('0687');

interface Spec extends ActivitySpec {
  /** Registered per month `YYYY-MM`. */
  readonly monthly?: Readonly<Record<string, number>>;
  /** Status texts per `YYYY-T`. */
  readonly statuses?: Readonly<Record<string, string>>;
}

/** A summary computed purely (no store) from activities, registrations and statuses. */
function summaryOf(specs: readonly Spec[], window: SummaryWindow, now: string): KommunSummary {
  const bundle = agreementOf('h', '0687', specs);
  const monthly: MonthlyCount[] = [];
  const statuses: FollowUpStatus[] = [];
  specs.forEach((spec, i) => {
    const activityId = `h-a${i + 1}`;
    for (const [month, count] of Object.entries(spec.monthly ?? {}))
      monthly.push({ activityId, month, count });
    for (const [key, text] of Object.entries(spec.statuses ?? {})) {
      const [year, tertial] = key.split('-').map(Number) as [number, TertialNumber];
      statuses.push({
        id: `${activityId}-${key}`,
        activityId,
        year,
        tertial,
        text,
        count: null,
        actor: 'console:anna',
        platform: 'console',
        createdAt: 0,
        published: false,
      });
    }
  });
  return composeSummary(TRANAS, bundle, window, { monthly, statuses, statistics: [] }, Date.parse(now), ZONE);
}

const YEAR_2026: SummaryWindow = { kind: 'year', year: 2026 };
const MID_MAY = '2026-05-15T12:00:00+02:00';
const T1_OK = { '2026-1': 'Pågår' };

describe('headline: the five-second line', () => {
  it('reads exactly like the issue example over the agreement period', () => {
    const ok = { '2025-3': 'Genomfört' };
    const s = summaryOf(
      [
        {
          kind: 'trafikkontroll',
          target: { count: 30, per: 'year' },
          monthly: { '2025-06': 30, '2026-01': 10 },
          statuses: ok,
        },
        { kind: 'insats', target: { count: 15, per: 'period' }, monthly: { '2025-03': 12 }, statuses: ok },
        { kind: 'lob-pl', target: null, monthly: { '2025-10': 3 }, statuses: ok },
        { kind: 'trygghetsvandring', target: { count: 2, per: 'period' }, statuses: ok },
        { kind: 'krogkontroll', target: null, monthly: { '2025-05': 1 } },
        { kind: 'informationsinsats', target: null, statuses: ok },
        { kind: 'samverkansmöte', target: null, monthly: { '2025-02': 4 }, statuses: ok },
      ],
      { kind: 'period' },
      '2026-02-10T09:00:00+01:00',
    );
    expect(headline(s)).toBe(
      '2 av 3 aktiviteter med mål klara eller i fas, 4 följs upp med text. Efter: trygghetsvandringar 0 av minst 2 under 2025–2026, krogkontroller utan status T3.',
    );
    expect(headline(s, 'en')).toBe(
      '2 of 3 activities with a target done or on track, 4 followed up in text. Behind: safety walks 0 of at least 2 in 2025–2026, licensed premises inspections missing T3 status.',
    );
  });

  it('klar: the target is reached', () => {
    const s = summaryOf(
      [
        {
          kind: 'trygghetsvandring',
          target: { count: 2, per: 'year' },
          monthly: { '2026-02': 2 },
          statuses: T1_OK,
        },
      ],
      YEAR_2026,
      MID_MAY,
    );
    expect(s.activities[0]?.state).toBe('klar');
    expect(headline(s)).toBe('1 av 1 aktivitet klar eller i fas.');
  });

  it('i fas: on pace but not done', () => {
    const s = summaryOf(
      [{ kind: 'insats', target: { count: 12, per: 'year' }, monthly: { '2026-03': 5 }, statuses: T1_OK }],
      YEAR_2026,
      MID_MAY,
    );
    expect(s.activities[0]?.state).toBe('i fas');
    expect(headline(s)).toBe('1 av 1 aktivitet klar eller i fas.');
  });

  it('efter: behind pace, with done of target', () => {
    const s = summaryOf(
      [
        {
          kind: 'trafikkontroll',
          target: { count: 30, per: 'year' },
          monthly: { '2026-02': 2 },
          statuses: T1_OK,
        },
        { kind: 'insats', target: { count: 12, per: 'year' }, monthly: { '2026-03': 5 }, statuses: T1_OK },
      ],
      YEAR_2026,
      MID_MAY,
    );
    expect(s.activities[0]?.state).toBe('efter');
    expect(headline(s)).toBe(
      '1 av 2 aktiviteter klar eller i fas. Efter: trafikkontroller 2 av minst 30 under 2026.',
    );
    expect(headline(s, 'en')).toBe(
      '1 of 2 activities done or on track. Behind: traffic controls 2 of at least 30 in 2026.',
    );
  });

  // Issue 15: ej påbörjad is its own verdict, not counted as i fas.
  it('ej påbörjad: nothing done in the first 30 days is not counted as i fas', () => {
    const s = summaryOf(
      [{ kind: 'trygghetsvandring', target: { count: 4, per: 'year' } }],
      YEAR_2026,
      '2026-01-10T12:00:00+01:00',
    );
    expect(s.activities[0]?.state).toBe('ej påbörjad');
    expect(reportTertialOf(s)).toBeNull();
    expect(headline(s)).toBe('0 av 1 aktivitet klara eller i fas.');
  });

  // A window that has ended: reached or not, no "i fas"; the missing status of its last tertial said apart.
  it.each([
    [
      'sv',
      '1 av 2 aktiviteter med mål nådde målet, 1 följs upp med text. Nådde inte målet: riktade insatser 4 av minst 5 under T2 2026 (15 per år). Utan status T2: riktade insatser, krogkontroller.',
    ],
    [
      'en',
      '1 of 2 activities with a target reached the target, 1 followed up in text. Target not reached: targeted operations 4 of at least 5 in T2 2026 (15 per year). Missing T2 status: targeted operations, licensed premises inspections.',
    ],
  ] as const)('a finished tertial gets the final word (%s)', (lang, expected) => {
    const s = summaryOf(
      [
        { kind: 'insats', target: { count: 15, per: 'year' }, monthly: { '2026-06': 4 } },
        {
          kind: 'trygghetsvandring',
          target: { count: 3, per: 'year' },
          monthly: { '2026-05': 1 },
          statuses: { '2026-2': 'Genomförd' },
        },
        { kind: 'krogkontroll', target: null, monthly: { '2026-07': 1 } },
      ],
      { kind: 'tertial', year: 2026, tertial: 2 },
      '2026-12-06T10:00:00+01:00',
    );
    expect(s.activities.map((l) => l.state)).toEqual(['ej nått', 'klar', 'följs upp med text']);
    expect(headline(s, lang)).toBe(expected);
  });

  it('a missing status is flagged only for a tertial that has ended', () => {
    const spec: Spec = { kind: 'krogkontroll', target: null, monthly: { '2026-02': 1 } };
    expect(headline(summaryOf([spec], YEAR_2026, MID_MAY))).toBe(
      'Aktiviteten följs upp med text. Efter: krogkontroller utan status T1.',
    );
    // The current tertial alone: nothing has ended, nothing is due.
    expect(headline(summaryOf([spec], { kind: 'tertial', year: 2026, tertial: 2 }, MID_MAY))).toBe(
      'Aktiviteten följs upp med text.',
    );
    // A past year: its third tertial is the one due.
    expect(reportTertialOf(summaryOf([spec], { kind: 'year', year: 2025 }, MID_MAY))).toEqual({
      year: 2025,
      tertial: 3,
    });
  });

  it('behind and without status are said together; a "Klart" activity needs no more statuses', () => {
    const s = summaryOf(
      [
        { kind: 'trafikkontroll', target: { count: 30, per: 'year' } },
        {
          kind: null,
          target: null,
          text: 'Polisen ska öppna ett poliskontor.',
          statuses: { '2025-3': 'Klart' },
        },
        { kind: null, target: null, text: 'Kommunen ska upplåta en lokal.', statuses: { '2025-3': 'Pågår' } },
      ],
      { kind: 'period' },
      MID_MAY,
    );
    expect(headline(s)).toBe(
      '0 av 1 aktivitet med mål klara eller i fas, 2 följs upp med text. Efter: trafikkontroller 0 av minst 60 under 2025–2026 (30 per år) och utan status T1, ”Kommunen ska upplåta en lokal” utan status T1.',
    );
    expect(attentionOf(s).missingStatus).toHaveLength(2);
  });

  it('names at most four activities, then says how many more', () => {
    const kinds = [
      'trafikkontroll',
      'insats',
      'trygghetsvandring',
      'krogkontroll',
      'samverkansmöte',
      'medborgarmöte',
    ];
    const s = summaryOf(
      kinds.map((kind) => ({ kind, target: { count: 24, per: 'year' } })),
      YEAR_2026,
      MID_MAY,
    );
    const line = headline(s);
    expect(line).toMatch(/^0 av 6 aktiviteter klara eller i fas\. Efter: .+ och 2 till\.$/);
    expect(line.split(', ')).toHaveLength(4);
  });

  it('activities without a kind are named by their text, shortened', () => {
    const s = summaryOf(
      [
        {
          kind: null,
          target: null,
          text: 'Kommunen ska tillsammans med Polisen och andra aktörer i kommunen implementera EST',
        },
      ],
      YEAR_2026,
      MID_MAY,
    );
    expect(headline(s)).toBe(
      'Aktiviteten följs upp med text. Efter: ”Kommunen ska tillsammans med Polisen och…” utan status T1.',
    );
  });

  it('an agreement without activities says so', () => {
    expect(headline(summaryOf([], YEAR_2026, MID_MAY))).toBe('Medborgarlöftet har inga aktiviteter.');
    expect(headline(summaryOf([], YEAR_2026, MID_MAY), 'en')).toBe('The agreement has no activities.');
  });
});
