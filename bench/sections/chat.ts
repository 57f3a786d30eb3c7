import { rssMB } from '../lib/processes.ts';
import type { Figure } from '../lib/report.ts';
import { round } from '../lib/stats.ts';
import { type LoadTarget, type RequestFactory, runOpenLoop } from '../load/generator.ts';
import { SIGNING_SECRET, slackInsats, teamsInsats } from '../load/requests.ts';
import { describeRun, findSustainedRate } from '../load/sustained.ts';
import { type PathRun, pathFigures, SLACK_TARGETS, TEAMS_TARGETS } from './chat-figures.ts';
import { type FixedMedian, fixedRuns, withBusyCore } from './chat-runs.ts';
import { type Fakes, getJson, startBare, startFakes, startLoftesbot } from './chat-servers.ts';
import type { SectionContext } from './context.ts';
import { freshDemoDatabase, storedRegistrations } from './demo-db.ts';

interface Durations {
  readonly warmMs: number;
  readonly fixedRate: number;
  readonly fixedMs: number;
  /** Fixed-rate runs per path (each fixed-rate figure is their median) and noisy-neighbour runs. */
  readonly fixedTimes: number;
  readonly probeMs: number;
  readonly stepMs: number;
  readonly maxSteps: number;
  readonly finalMs: number;
}

const FULL: Durations = {
  // 15 s: V8 keeps compiling the path's hot functions (on background threads, counted in the process's CPU) for
  // about 20 s at 200 req/s; a 5 s warm-up left that in the first timed run (docs/performance.md, "How it measures").
  warmMs: 15_000,
  fixedRate: 200,
  fixedMs: 10_000,
  fixedTimes: 3,
  probeMs: 2_000,
  stepMs: 3_000,
  maxSteps: 6,
  finalMs: 10_000,
};
const QUICK: Durations = {
  warmMs: 2_000,
  fixedRate: 200,
  fixedMs: 3_000,
  fixedTimes: 3,
  probeMs: 1_000,
  stepMs: 1_500,
  maxSteps: 3,
  finalMs: 0,
};

/** Warm-up, the fixed-rate runs (and with a busy neighbour), then the search for the highest sustained rate. */
async function measurePath(
  ctx: SectionContext,
  name: string,
  target: LoadTarget,
  make: RequestFactory,
  d: Durations,
  pid: number,
  noisy: boolean,
): Promise<PathRun> {
  ctx.log(`${name}: warm-up`);
  // Warm-up at the fixed rate, so the JIT has seen the path before anything is timed.
  await runOpenLoop(target, make, { rate: d.fixedRate, durationMs: d.warmMs });
  const options = { rate: d.fixedRate, durationMs: d.fixedMs, times: d.fixedTimes, pid };
  const fixed = await fixedRuns(target, make, options);
  for (const r of fixed.runs) {
    ctx.log(
      `${name}: fixed ${describeRun(r.result)}, server CPU ${r.cpuPerRequest?.toFixed(2) ?? '?'} ms/request`,
    );
  }
  let busy: FixedMedian | null = null;
  if (noisy) {
    busy = await withBusyCore(() => fixedRuns(target, make, options));
    for (const r of busy.runs) ctx.log(`${name}: with a busy core, fixed ${describeRun(r.result)}`);
  }
  ctx.log(`${name}: searching for the highest sustained rate`);
  const search = await findSustainedRate(target, make, { ...d, log: ctx.log });
  return { fixed, noisy: busy, search };
}

/**
 * Every answered request of a path's measurement must have stored a registration: a request the server answers
 * from its idempotency record (a trigger or activity id it has seen) does no write, and a bench of those would
 * measure the wrong path. Throws when the fixed-rate runs alone answered more than were stored.
 */
function checkStored(ctx: SectionContext, name: string, stored: number, run: PathRun): void {
  const answered = [...run.fixed.runs, ...(run.noisy?.runs ?? [])].reduce((n, r) => n + r.result.ok, 0);
  ctx.log(
    `${name}: ${stored} registrations stored during the measurement (${answered} in the fixed-rate runs)`,
  );
  if (stored < answered) {
    throw new Error(`${name}: ${answered} requests answered but only ${stored} registrations stored`);
  }
}

/** SQLite's group commit so far, from the server's /metrics. */
async function commitStats(metricsUrl: string): Promise<{ commits: number; transactions: number }> {
  const text = await (await fetch(`${metricsUrl}/metrics`)).text();
  const value = (name: string) => Number(new RegExp(`^${name} (\\S+)$`, 'm').exec(text)?.[1] ?? Number.NaN);
  return {
    commits: value('loftesbot_sqlite_commits'),
    transactions: value('loftesbot_sqlite_committed_transactions'),
  };
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
        const before = storedRegistrations(databaseUrl, 'slack');
        const commitsBefore = await commitStats(server.metricsUrl);
        real = await measurePath(ctx, 'Slack /insats', target, make, d, server.child.pid, true);
        checkStored(ctx, 'Slack', storedRegistrations(databaseUrl, 'slack') - before, real);
        const commitsAfter = await commitStats(server.metricsUrl);
        const commits = commitsAfter.commits - commitsBefore.commits;
        const held = commitsAfter.transactions - commitsBefore.transactions;
        ctx.log(
          `Slack: ${held} transactions in ${commits} commits (${(held / Math.max(1, commits)).toFixed(2)} a commit)`,
        );
        const floor = await startBare('bare-bolt', fakes.slackApiUrl);
        try {
          const makeBare = slackInsats({
            secret: SIGNING_SECRET,
            responseBase: fakes.slackUrl,
            run: `${run}b`,
          });
          bare = await measurePath(ctx, 'bare Bolt', { url: floor.url }, makeBare, d, floor.child.pid, false);
        } finally {
          await floor.child.stop();
        }
      }
      figures.push(...pathFigures('Slack', '/insats', 'bare Bolt', real, bare, SLACK_TARGETS, why));
    }

    if (which.teams) {
      let real: PathRun | null = null;
      let bare: PathRun | null = null;
      let why: string | undefined;
      if (!platforms.includes('teams')) why = 'the server did not mount Teams (not in PLUGIN_FACTORIES yet?)';
      else {
        const make = teamsInsats({ serviceUrl: fakes.connectorUrl, run: `${run}t` });
        const before = await fakes.stats();
        const storedBefore = storedRegistrations(databaseUrl, 'teams');
        real = await measurePath(
          ctx,
          'Teams /api/messages',
          { url: server.url },
          make,
          d,
          server.child.pid,
          false,
        );
        checkStored(ctx, 'Teams', storedRegistrations(databaseUrl, 'teams') - storedBefore, real);
        const after = await fakes.stats();
        ctx.log(
          `Teams: ${after.connector - before.connector} replies reached the fake connector (${after.connectorFailed - before.connectorFailed} refused)`,
        );
        const floor = await startBare('bare-botbuilder', fakes.slackApiUrl);
        try {
          const makeBare = teamsInsats({ serviceUrl: fakes.connectorUrl, run: `${run}u` });
          bare = await measurePath(
            ctx,
            'bare botbuilder',
            { url: floor.url },
            makeBare,
            d,
            floor.child.pid,
            false,
          );
        } finally {
          await floor.child.stop();
        }
      }
      figures.push(
        ...pathFigures('Teams', '/api/messages', 'bare botbuilder', real, bare, TEAMS_TARGETS, why),
      );
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
