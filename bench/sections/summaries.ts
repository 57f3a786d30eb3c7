import { summarizeArea } from '../../src/domain/area-summary.ts';
import type { DomainDeps } from '../../src/domain/deps.ts';
import { type SummaryWindow, summarizeKommun } from '../../src/domain/summary.ts';
import { loadRegister } from '../../src/runtime/register.ts';
import { fixedClock, uuid } from '../../src/runtime/system.ts';
import { createStore } from '../../src/store/kysely-store.ts';
import { openDatabase } from '../../src/store/open.ts';
import type { DatasetInfo } from '../data/dataset.ts';
import { nationalModel, REFERENCE_NOW, ZONE } from '../data/national.ts';
import { nationalPostgres, postgresReachable } from '../data/postgres.ts';
import { nationalSqlite } from '../data/sqlite.ts';
import type { Figure } from '../lib/report.ts';
import { round, type Timing, timeRepeated } from '../lib/stats.ts';
import type { SectionContext } from './context.ts';

const YEAR: SummaryWindow = { kind: 'year', year: 2026 };
const PERIOD: SummaryWindow = { kind: 'period' };

interface Measured {
  readonly kommun: Timing;
  readonly kommunPeriod: Timing;
  readonly area: Timing;
  readonly national: Timing;
  readonly areaName: string;
  readonly areaSize: number;
}

function timingDetails(t: Timing): Record<string, number> {
  return { runs: t.runs, p50: round(t.p50), p95: round(t.p95), min: round(t.min), max: round(t.max) };
}

/** Times the three summaries on one opened database; checks that they found what the data set holds. */
async function measure(url: string, quick: boolean): Promise<Measured> {
  const handle = openDatabase(url);
  try {
    const register = loadRegister();
    const deps: DomainDeps = {
      store: createStore(handle.db),
      register,
      clock: fixedClock(REFERENCE_NOW),
      ids: uuid,
      zone: ZONE,
    };
    const model = nationalModel(register.all);
    const codes = model.municipalities.map((m) => m.code);
    const sample = codes.filter((_, i) => i % 14 === 0);
    const area = model.areas.find((a) => a.municipalityCodes.includes('0684')) ?? model.areas[0];
    if (!area) throw new Error('no police areas in the data set');
    const check = await summarizeKommun(deps, '0684', YEAR);
    if (!check.ok || check.summary.activities.length !== 8)
      throw new Error('the kommun summary did not find the agreement');
    const national = await summarizeArea(
      deps,
      { kind: 'county', name: 'Hela landet', municipalityCodes: codes },
      YEAR,
    );
    if (national.tally.withAgreement !== codes.length)
      throw new Error(`national summary: ${national.tally.withAgreement} agreements`);
    const budget = quick ? 1_000 : 3_000;
    const kommunOf = (i: number) => sample[i % sample.length] as string;
    return {
      kommun: await timeRepeated((i) => summarizeKommun(deps, kommunOf(i), YEAR), {
        warmup: 3,
        minRuns: 20,
        budgetMs: budget,
      }),
      kommunPeriod: await timeRepeated((i) => summarizeKommun(deps, kommunOf(i), PERIOD), {
        warmup: 3,
        minRuns: 20,
        budgetMs: budget,
      }),
      area: await timeRepeated(
        () =>
          summarizeArea(
            deps,
            { kind: 'area', name: area.name, municipalityCodes: area.municipalityCodes },
            YEAR,
          ),
        { warmup: 2, minRuns: 10, budgetMs: budget },
      ),
      national: await timeRepeated(
        () => summarizeArea(deps, { kind: 'county', name: 'Hela landet', municipalityCodes: codes }, YEAR),
        { warmup: 1, minRuns: quick ? 3 : 5, maxRuns: 20, budgetMs: budget * 2 },
      ),
      areaName: area.name,
      areaSize: area.municipalityCodes.length,
    };
  } finally {
    await handle.close();
  }
}

function figuresOf(
  dialect: 'SQLite' | 'PostgreSQL',
  m: Measured,
  info: DatasetInfo,
  withTargets: boolean,
): Figure[] {
  const size = `${(info.registrations / 1e6).toLocaleString('en-US', { maximumFractionDigits: 2 })} M reg.`;
  const key = dialect === 'SQLite' ? 'sqlite' : 'postgres';
  const section = 'Summaries';
  const data = { dataset: info };
  return [
    {
      id: `summaries.${key}.kommun`,
      section,
      label: `kommun summary, year (${dialect}, ${size})`,
      value: round(m.kommun.p50),
      unit: 'ms',
      ...(withTargets ? { target: { op: '<=', value: 20 } as const } : {}),
      details: { ...timingDetails(m.kommun), ...data },
    },
    {
      id: `summaries.${key}.kommun-period`,
      section,
      label: `kommun summary, whole period (${dialect})`,
      value: round(m.kommunPeriod.p50),
      unit: 'ms',
      details: timingDetails(m.kommunPeriod),
    },
    {
      id: `summaries.${key}.area`,
      section,
      label: `police-area summary, ${m.areaSize} kommuner (${dialect})`,
      value: round(m.area.p50),
      unit: 'ms',
      details: { ...timingDetails(m.area), area: m.areaName },
    },
    {
      id: `summaries.${key}.national`,
      section,
      label: `national summary, 290 kommuner (${dialect})`,
      value: round(m.national.p50),
      unit: 'ms',
      ...(withTargets ? { target: { op: '<=', value: 1000 } as const } : {}),
      details: timingDetails(m.national),
    },
  ];
}

/** Section 3: kommun, police-area and national summaries over the generated national data set. */
export async function benchSummaries(ctx: SectionContext): Promise<Figure[]> {
  const { registrations, fresh, quick, postgresUrl } = ctx.options;
  if (registrations < 1_000_000)
    ctx.note(
      `summaries ran on ${registrations.toLocaleString('en-US')} registrations, not 1,000,000 (targets are for 1 M)`,
    );
  const sqlite = await nationalSqlite(registrations, { fresh, log: ctx.log });
  if (sqlite.cached) ctx.log(`using the cached SQLite data set ${sqlite.path}`);
  const figures = figuresOf(
    'SQLite',
    await measure(`sqlite:${sqlite.path}`, quick),
    sqlite.info,
    registrations >= 1_000_000,
  );
  ctx.log(`SQLite: kommun ${figures[0]?.value} ms, national ${figures[3]?.value} ms`);
  const pgNote = (why: string): Figure => ({
    id: 'summaries.postgres',
    section: 'Summaries',
    label: 'PostgreSQL',
    value: null,
    unit: 'ms',
    note: why,
  });
  if (!postgresUrl) {
    figures.push(pgNote('skipped: set BENCH_DATABASE_URL or TEST_DATABASE_URL to a PostgreSQL server'));
    return figures;
  }
  const unreachable = await postgresReachable(postgresUrl);
  if (unreachable) {
    figures.push(pgNote(`skipped: PostgreSQL not reachable (${unreachable})`));
    return figures;
  }
  const postgres = await nationalPostgres(postgresUrl, registrations, {
    fresh,
    log: ctx.log,
    note: ctx.note,
  });
  if (postgres.cached) ctx.log('using the cached PostgreSQL data set');
  figures.push(...figuresOf('PostgreSQL', await measure(postgres.url, quick), postgres.info, false));
  return figures;
}
