import { setTimeout as sleep } from 'node:timers/promises';
import { cpuMs, rssMB } from '../lib/processes.ts';
import type { Figure } from '../lib/report.ts';
import { round } from '../lib/stats.ts';
import { type LoadResult, type LoadTarget, type RequestFactory, runOpenLoop } from '../load/generator.ts';
import { SIGNING_SECRET, slackInsats, teamsInsats } from '../load/requests.ts';
import { describeRun, findSustainedRate, type SearchResult, SUSTAINED_P99_MS } from '../load/sustained.ts';
import { type Fakes, getJson, startBare, startFakes, startLoftesbot } from './chat-servers.ts';
import type { SectionContext } from './context.ts';
import { freshDemoDatabase } from './demo-db.ts';

interface Durations {
  readonly warmMs: number;
  readonly fixedRate: number;
  readonly fixedMs: number;
  readonly probeMs: number;
  readonly stepMs: number;
  readonly maxSteps: number;
  readonly finalMs: number;
}

const FULL: Durations = {
  warmMs: 5_000,
  fixedRate: 200,
  fixedMs: 10_000,
  probeMs: 2_000,
  stepMs: 3_000,
  maxSteps: 6,
  finalMs: 10_000,
};
const QUICK: Durations = {
  warmMs: 2_000,
  fixedRate: 200,
  fixedMs: 3_000,
  probeMs: 1_000,
  stepMs: 1_500,
  maxSteps: 3,
  finalMs: 0,
};

interface PathRun {
  readonly fixed: LoadResult;
  /** Server CPU time (user + system) per request during the fixed-rate run, ms. */
  readonly cpuPerRequest: number | null;
  readonly search: SearchResult;
}

/** Warm-up, the fixed-rate run, then the search for the highest sustained rate. */
async function measurePath(
  ctx: SectionContext,
  name: string,
  target: LoadTarget,
  make: RequestFactory,
  d: Durations,
  pid: number,
): Promise<PathRun> {
  ctx.log(`${name}: warm-up`);
  // Warm-up at the fixed rate, so the JIT has seen the path before anything is timed.
  await runOpenLoop(target, make, { rate: d.fixedRate, durationMs: d.warmMs });
  await sleep(300);
  const cpuBefore = cpuMs(pid);
  const fixed = await runOpenLoop(target, make, { rate: d.fixedRate, durationMs: d.fixedMs });
  const cpuAfter = cpuMs(pid);
  const cpuPerRequest =
    cpuBefore === null || cpuAfter === null ? null : (cpuAfter - cpuBefore) / Math.max(1, fixed.sent);
  ctx.log(`${name}: fixed ${describeRun(fixed)}, server CPU ${cpuPerRequest?.toFixed(2) ?? '?'} ms/request`);
  ctx.log(`${name}: searching for the highest sustained rate`);
  const search = await findSustainedRate(target, make, { ...d, log: ctx.log });
  return { fixed, cpuPerRequest, search };
}

function runDetails(r: LoadResult): Record<string, unknown> {
  return {
    offeredRate: r.offeredRate,
    durationMs: r.plannedMs,
    sent: r.sent,
    ok: r.ok,
    errors: r.errors,
    outcomes: r.outcomes,
    throughput: round(r.throughput, 1),
    p50: round(r.p50),
    p90: round(r.p90),
    p99: round(r.p99),
    max: round(r.max),
  };
}

/** Figures of one path and its floor: fixed-rate latency, sustained rate, and the ratio to the floor. */
function pathFigures(
  section: 'Slack' | 'Teams',
  what: string,
  floor: string,
  real: PathRun | null,
  bare: PathRun | null,
  p99Target: number | null,
  why: string | undefined,
): Figure[] {
  const key = section.toLowerCase();
  const note = why ? { note: why } : {};
  const sustainedNote = (r: PathRun | null) =>
    r && !r.search.sustained
      ? { note: `no rate sustained (p99 ≤ ${SUSTAINED_P99_MS} ms, ≥ 95 % delivered)` }
      : {};
  const figs: Figure[] = [];
  for (const [who, run, label] of [
    ['real', real, what],
    ['bare', bare, floor],
  ] as const) {
    const d = run ? runDetails(run.fixed) : undefined;
    figs.push(
      {
        id: `${key}.${who}.fixed.p50`,
        section,
        label: `${label} p50 at 200 req/s`,
        value: run ? round(run.fixed.p50) : null,
        unit: 'ms',
        ...(run ? {} : note),
        ...(d ? { details: d } : {}),
      },
      {
        id: `${key}.${who}.fixed.p99`,
        section,
        label: `${label} p99 at 200 req/s`,
        value: run ? round(run.fixed.p99) : null,
        unit: 'ms',
        ...(who === 'real' && p99Target !== null ? { target: { op: '<=', value: p99Target } as const } : {}),
        ...(run ? {} : note),
      },
      {
        id: `${key}.${who}.fixed.throughput`,
        section,
        label: `${label} throughput at 200 req/s`,
        value: run ? round(run.fixed.throughput, 1) : null,
        unit: 'req/s',
        ...(run ? {} : note),
      },
      {
        id: `${key}.${who}.fixed.cpu`,
        section,
        label: `${label} server CPU per request`,
        value: run?.cpuPerRequest != null ? round(run.cpuPerRequest, 3) : null,
        unit: 'ms',
        ...(run ? (run.cpuPerRequest == null ? { note: 'no /proc on this system' } : {}) : note),
      },
      {
        id: `${key}.${who}.sustained.rate`,
        section,
        label: `${label} highest sustained throughput`,
        value: run ? round(run.search.final.throughput, 0) : null,
        unit: 'req/s',
        ...(run ? sustainedNote(run) : note),
        ...(run
          ? {
              details: {
                final: runDetails(run.search.final),
                probe: runDetails(run.search.probe),
                trials: run.search.trials.map(runDetails),
              },
            }
          : {}),
      },
      {
        id: `${key}.${who}.sustained.p50`,
        section,
        label: `${label} p50 at that rate`,
        value: run ? round(run.search.final.p50) : null,
        unit: 'ms',
        ...(run ? {} : note),
      },
      {
        id: `${key}.${who}.sustained.p99`,
        section,
        label: `${label} p99 at that rate`,
        value: run ? round(run.search.final.p99) : null,
        unit: 'ms',
        ...(run ? {} : note),
      },
    );
  }
  const ratio =
    real && bare
      ? round((100 * real.search.final.throughput) / Math.max(1, bare.search.final.throughput), 1)
      : null;
  figs.push({
    id: `${key}.ratio`,
    section,
    label: `${what} sustained throughput vs ${floor}`,
    value: ratio,
    unit: '%',
    target: { op: '>=', value: 80 },
    ...(ratio === null ? note : {}),
  });
  return figs;
}

/** Sections 1 and 2: the Slack and Teams paths against the real server and their bare floors; RSS after the load. */
export async function benchChat(
  ctx: SectionContext,
  which: { slack: boolean; teams: boolean },
): Promise<Figure[]> {
  const d = ctx.options.quick ? QUICK : FULL;
  const figures: Figure[] = [];
  const fakes: Fakes = await startFakes();
  const databaseUrl = await freshDemoDatabase('chat-demo');
  const server = await startLoftesbot('loftesbot-load', databaseUrl, fakes.slackApiUrl, ctx.options.profile);
  const run = `b${Date.now().toString(36)}`;
  try {
    const health = (await getJson(`${server.metricsUrl}/healthz`)) as { platforms?: Record<string, unknown> };
    const platforms = Object.keys(health.platforms ?? {});
    ctx.log(`server ready in ${Math.round(server.readyMs)} ms; platforms: ${platforms.join(', ') || 'none'}`);

    if (which.slack) {
      let real: PathRun | null = null;
      let bare: PathRun | null = null;
      let why: string | undefined;
      if (!platforms.includes('slack')) why = 'the server did not mount Slack';
      else {
        const make = slackInsats({ secret: SIGNING_SECRET, responseBase: fakes.slackUrl, run: `${run}s` });
        const target: LoadTarget = { url: server.url, accept: (_s, body) => body.includes('registrerad') };
        real = await measurePath(ctx, 'Slack /insats', target, make, d, server.child.pid);
        const floor = await startBare('bare-bolt', fakes.slackApiUrl);
        try {
          const makeBare = slackInsats({
            secret: SIGNING_SECRET,
            responseBase: fakes.slackUrl,
            run: `${run}b`,
          });
          bare = await measurePath(ctx, 'bare Bolt', { url: floor.url }, makeBare, d, floor.child.pid);
        } finally {
          await floor.child.stop();
        }
      }
      figures.push(...pathFigures('Slack', '/insats', 'bare Bolt', real, bare, 25, why));
    }

    if (which.teams) {
      let real: PathRun | null = null;
      let bare: PathRun | null = null;
      let why: string | undefined;
      if (!platforms.includes('teams')) why = 'the server did not mount Teams (not in PLUGIN_FACTORIES yet?)';
      else {
        const make = teamsInsats({ serviceUrl: fakes.connectorUrl, run: `${run}t` });
        const before = await fakes.stats();
        real = await measurePath(ctx, 'Teams /api/messages', { url: server.url }, make, d, server.child.pid);
        const after = await fakes.stats();
        ctx.log(
          `Teams: ${after.connector - before.connector} replies reached the fake connector (${after.connectorFailed - before.connectorFailed} refused)`,
        );
        const floor = await startBare('bare-botbuilder', fakes.slackApiUrl);
        try {
          const makeBare = teamsInsats({ serviceUrl: fakes.connectorUrl, run: `${run}u` });
          bare = await measurePath(ctx, 'bare botbuilder', { url: floor.url }, makeBare, d, floor.child.pid);
        } finally {
          await floor.child.stop();
        }
      }
      figures.push(...pathFigures('Teams', '/api/messages', 'bare botbuilder', real, bare, null, why));
    }

    const rss = rssMB(server.child.pid);
    figures.push({
      id: 'memory.rss.after-load',
      section: 'Memory',
      label: 'server RSS after the load',
      value: rss === null ? null : round(rss, 1),
      unit: 'MB',
      ...(rss === null ? { note: 'no /proc on this system' } : {}),
    });
  } finally {
    await server.child.stop();
    await fakes.child.stop();
  }
  return figures;
}
