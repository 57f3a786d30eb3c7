import { STATISTIC_CATEGORIES } from '../../src/domain/types.ts';
import {
  ACTIVITY_WEIGHTS,
  agreementId,
  FIRST_DAY,
  LAST_DAY,
  type NationalModel,
  PERIODS,
  REFERENCE_NOW,
  STATUS_TEXTS,
} from './national.ts';
import { pick, pickWeighted, prng } from './random.ts';

export type ColumnType = 'text' | 'integer' | 'bigint';
export type Cell = string | number | null;

/** A table loaded in bulk: its columns in the order the row arrays hold them. */
export interface BulkTable {
  readonly name: 'registrations' | 'follow_up_statuses' | 'statistics';
  readonly columns: readonly { readonly name: string; readonly type: ColumnType }[];
}

export const REGISTRATIONS: BulkTable = {
  name: 'registrations',
  columns: [
    { name: 'id', type: 'text' },
    { name: 'activity_id', type: 'text' },
    { name: 'municipality_code', type: 'text' },
    { name: 'occurred_on', type: 'text' },
    { name: 'count', type: 'integer' },
    { name: 'note', type: 'text' },
    { name: 'actor', type: 'text' },
    { name: 'platform', type: 'text' },
    { name: 'idempotency_key', type: 'text' },
    { name: 'created_at', type: 'bigint' },
    { name: 'voided_at', type: 'bigint' },
    { name: 'voided_by', type: 'text' },
  ],
};

export const STATUSES: BulkTable = {
  name: 'follow_up_statuses',
  columns: [
    { name: 'id', type: 'text' },
    { name: 'activity_id', type: 'text' },
    { name: 'year', type: 'integer' },
    { name: 'tertial', type: 'integer' },
    { name: 'text', type: 'text' },
    { name: 'count', type: 'integer' },
    { name: 'actor', type: 'text' },
    { name: 'platform', type: 'text' },
    { name: 'created_at', type: 'bigint' },
    { name: 'seq', type: 'bigint' },
    { name: 'published', type: 'integer' },
  ],
};

export const STATISTICS: BulkTable = {
  name: 'statistics',
  columns: [
    { name: 'municipality_code', type: 'text' },
    { name: 'year', type: 'integer' },
    { name: 'tertial', type: 'integer' },
    { name: 'category', type: 'text' },
    { name: 'count', type: 'integer' },
    { name: 'youth', type: 'integer' },
    { name: 'actor', type: 'text' },
    { name: 'platform', type: 'text' },
    { name: 'created_at', type: 'bigint' },
  ],
};

const DAY_MS = 86_400_000;
const NOTES = [
  'Centrum, kvällstid.',
  'Tillsammans med kommunens fältassistenter.',
  'Skolområdet, efter larm från rektor.',
  'Resecentrum.',
];
const PLATFORMS = ['slack', 'slack', 'slack', 'teams', 'teams', 'console'];

/** The agreement a day falls in: the one whose period holds the day's year. */
function periodFromOf(year: number): number {
  return PERIODS.find((p) => year >= p.from && year <= p.to)?.from ?? 2025;
}

/**
 * `total` registrations spread over FIRST_DAY..LAST_DAY: kommuner weighted (a few busy, many quiet), activities
 * weighted by kind (operations and traffic controls most), mostly count 1, 5 % with a note, 1 % voided.
 */
export function* registrationRows(model: NationalModel, total: number): Generator<Cell[]> {
  const random = prng(1_000_003);
  const first = Date.parse(`${FIRST_DAY}T00:00:00Z`);
  const days = Math.round((Date.parse(`${LAST_DAY}T00:00:00Z`) - first) / DAY_MS) + 1;
  const dayStrings = Array.from({ length: days }, (_, i) =>
    new Date(first + i * DAY_MS).toISOString().slice(0, 10),
  );
  for (let i = 0; i < total; i++) {
    const m = model.municipalities[pickWeighted(model.kommunWeights, random())];
    if (!m) continue;
    const d = Math.floor(random() * days);
    const day = dayStrings[d] as string;
    const activity = pickWeighted(ACTIVITY_WEIGHTS, random()) + 1;
    const r = random();
    const count = r < 0.85 ? 1 : 2 + Math.floor(random() * 4);
    const platform = pick(PLATFORMS, random());
    const actor = `${platform}:bench-${m.code}-${Math.floor(random() * 4)}`;
    const createdAt = Math.min(
      REFERENCE_NOW - 60_000,
      first + d * DAY_MS + Math.floor(random() * 20 * 3_600_000),
    );
    const voided = random() < 0.01;
    yield [
      `nr-${i.toString(36).padStart(7, '0')}`,
      `${agreementId(m.code, periodFromOf(Number(day.slice(0, 4))))}-a${activity}`,
      m.code,
      day,
      count,
      random() < 0.05 ? pick(NOTES, random()) : null,
      actor,
      platform,
      null,
      createdAt,
      voided ? createdAt + 90_000 : null,
      voided ? actor : null,
    ];
  }
}

/** The tertials with follow-up texts: 2024 T1 to 2026 T2 all, 2026 T3 (not yet ended) for some. */
const STATUS_TERTIALS = [
  [2024, 1],
  [2024, 2],
  [2024, 3],
  [2025, 1],
  [2025, 2],
  [2025, 3],
  [2026, 1],
  [2026, 2],
  [2026, 3],
] as const;

/** Three years of status texts: one per activity and ended tertial (a quarter rewritten once), some for T3 2026. */
export function* statusRows(model: NationalModel): Generator<Cell[]> {
  const random = prng(2_000_003);
  let n = 0;
  for (const m of model.municipalities) {
    for (const [year, tertial] of STATUS_TERTIALS) {
      if (year === 2026 && tertial === 3 && random() < 0.7) continue;
      const agreement = agreementId(m.code, periodFromOf(year));
      const at = Date.parse(`${year}-${String(tertial * 4).padStart(2, '0')}-20T10:00:00Z`);
      for (let a = 1; a <= 8; a++) {
        if (random() < 0.08) continue; // some never reported
        const versions = random() < 0.25 ? 2 : 1;
        for (let seq = 1; seq <= versions; seq++) {
          const text = pick(STATUS_TEXTS, random());
          const count = /\d|en\.|tjugotvå/.test(text) ? 1 + Math.floor(random() * 30) : null;
          yield [
            `ns-${(n++).toString(36).padStart(6, '0')}`,
            `${agreement}-a${a}`,
            year,
            tertial,
            text,
            count,
            `slack:U${m.code}SAM`,
            'slack',
            Math.min(REFERENCE_NOW - 3_600_000, at + seq * 86_400_000),
            seq,
            year === 2026 && tertial === 3 ? 0 : 1,
          ];
        }
      }
    }
  }
}

/** Drug-crime statistics for every kommun, ended tertial and category. */
export function* statisticRows(model: NationalModel): Generator<Cell[]> {
  const random = prng(3_000_003);
  for (const m of model.municipalities) {
    for (const [year, tertial] of STATUS_TERTIALS) {
      if (year === 2026 && tertial === 3) continue;
      const at = Date.parse(`${year}-${String(tertial * 4).padStart(2, '0')}-25T10:00:00Z`);
      for (const category of STATISTIC_CATEGORIES) {
        const count = Math.floor(random() * random() * 60);
        const youth = random() < 0.2 ? null : Math.floor(count * random() * 0.5);
        yield [m.code, year, tertial, category, count, youth, `slack:U${m.code}POL`, 'slack', at];
      }
    }
  }
}
