import { setTimeout as sleep } from 'node:timers/promises';
import { rssMB } from '../lib/processes.ts';
import type { Figure } from '../lib/report.ts';
import { round, summarize } from '../lib/stats.ts';
import { buildBundle } from './bundle.ts';
import { median } from './chat-runs.ts';
import { type Fakes, getJson, startFakes, startLoftesbot } from './chat-servers.ts';
import type { SectionContext } from './context.ts';
import { freshDemoDatabase } from './demo-db.ts';

interface Starts {
  /** Spawn to ready, ms, in order (the first may fill tsx's compile cache). */
  readonly times: readonly number[];
  readonly idleMB: number | null;
  readonly platforms: readonly string[];
}

/** Starts `script start` `runs` times; the last one idles a while and has its RSS read. */
async function starts(
  ctx: SectionContext,
  script: string,
  runs: number,
  databaseUrl: string,
  fakes: Fakes,
): Promise<Starts> {
  const times: number[] = [];
  const idle: number[] = [];
  let platforms: string[] = [];
  for (let i = 0; i < runs; i++) {
    const server = await startLoftesbot(`start-${i}`, databaseUrl, fakes.slackApiUrl, false, script);
    times.push(server.readyMs);
    ctx.log(`start-up (${script}) ${i + 1}: ready in ${Math.round(server.readyMs)} ms`);
    // Signal handlers are installed just after the server listens: give it a moment before stopping it.
    await sleep(300);
    // The last three idle a while and have their RSS read: the figure is the median of three.
    if (i >= runs - 3) {
      const health = (await getJson(`${server.metricsUrl}/healthz`)) as {
        platforms?: Record<string, unknown>;
      };
      platforms = Object.keys(health.platforms ?? {});
      await sleep(ctx.options.quick ? 2_000 : 5_000);
      const rss = rssMB(server.child.pid);
      if (rss !== null) idle.push(rss);
    }
    await server.child.stop();
  }
  return { times, idleMB: idle.length > 0 ? median(idle) : null, platforms };
}

const warmMedian = (times: readonly number[]) => summarize(times.length > 1 ? times.slice(1) : times).p50;

/**
 * Section 5: `node bin/loftesbot.js start` (what `npm start` runs; Slack, Teams, web and the scheduler configured,
 * SQLite with the demo loaded) from spawn to the first 200 from /healthz, several times; then the RSS of an idle
 * server. For comparison, the same with the libraries left external (the third round's build). The RSS after the load is
 * measured by the Slack/Teams section on its server.
 */
export async function benchStartup(ctx: SectionContext): Promise<Figure[]> {
  const runs = ctx.options.quick ? 3 : 6;
  const fakes = await startFakes();
  try {
    const databaseUrl = await freshDemoDatabase('startup-demo');
    const shipped = await starts(ctx, 'bin/loftesbot.js', runs, databaseUrl, fakes);
    const bundle = await buildBundle();
    const bundled = 'script' in bundle ? await starts(ctx, bundle.script, runs, databaseUrl, fakes) : null;
    const why = 'error' in bundle ? { note: bundle.error } : {};
    return [
      {
        id: 'startup.ready',
        section: 'Start-up',
        label: 'spawn to a ready /healthz, median',
        value: round(warmMedian(shipped.times), 0),
        unit: 'ms',
        target: { op: '<=', value: 800 },
        details: { runs: shipped.times.map((t) => round(t, 0)), platforms: shipped.platforms },
        // The target is for a server with both platforms' SDKs loaded.
        ...(['slack', 'teams'].every((p) => shipped.platforms.includes(p))
          ? {}
          : { note: `not both Slack and Teams configured (${shipped.platforms.join(', ')})` }),
      },
      {
        id: 'memory.rss.idle',
        section: 'Memory',
        label: 'server RSS idle (median of three starts)',
        value: shipped.idleMB === null ? null : round(shipped.idleMB, 1),
        unit: 'MB',
        target: { op: '<=', value: 110 },
        ...(shipped.idleMB === null ? { note: 'no /proc on this system' } : {}),
      },
      {
        id: 'startup.ready.bundled',
        section: 'Start-up',
        label: "the same, libraries left external (the third round's build; comparison)",
        value: bundled ? round(warmMedian(bundled.times), 0) : null,
        unit: 'ms',
        ...why,
        ...(bundled ? { details: { runs: bundled.times.map((t) => round(t, 0)) } } : {}),
      },
      {
        id: 'memory.rss.idle.bundled',
        section: 'Memory',
        label: 'server RSS idle, libraries left external (comparison)',
        value: bundled?.idleMB != null ? round(bundled.idleMB, 1) : null,
        unit: 'MB',
        ...why,
      },
    ];
  } finally {
    await fakes.child.stop();
  }
}
