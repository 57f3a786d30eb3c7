import { setTimeout as sleep } from 'node:timers/promises';
import { rssMB } from '../lib/processes.ts';
import type { Figure } from '../lib/report.ts';
import { round, summarize } from '../lib/stats.ts';
import { getJson, startFakes, startLoftesbot } from './chat-servers.ts';
import type { SectionContext } from './context.ts';
import { freshDemoDatabase } from './demo-db.ts';

/**
 * Section 5: `node bin/loftesbot.js start` (what `npm start` runs; Slack, Teams, web and the scheduler configured,
 * SQLite with the demo loaded) from spawn to the first 200 from /healthz, several times; then the RSS of an idle
 * server. (The RSS after the load is measured by the Slack/Teams section on its server.)
 */
export async function benchStartup(ctx: SectionContext): Promise<Figure[]> {
  const runs = ctx.options.quick ? 3 : 6;
  const fakes = await startFakes();
  try {
    const databaseUrl = await freshDemoDatabase('startup-demo');
    const times: number[] = [];
    let idle: number | null = null;
    let platforms: string[] = [];
    for (let i = 0; i < runs; i++) {
      const server = await startLoftesbot(`loftesbot-start-${i}`, databaseUrl, fakes.slackApiUrl, false);
      times.push(server.readyMs);
      ctx.log(`start-up ${i + 1}: ready in ${Math.round(server.readyMs)} ms`);
      if (i === runs - 1) {
        const health = (await getJson(`${server.url}/healthz`)) as { platforms?: Record<string, unknown> };
        platforms = Object.keys(health.platforms ?? {});
        await sleep(ctx.options.quick ? 2_000 : 5_000);
        idle = rssMB(server.child.pid);
      }
      await server.child.stop();
    }
    // The first start may compile TypeScript into tsx's cache; later ones are what a restart costs.
    const warm = summarize(times.length > 1 ? times.slice(1) : times);
    return [
      {
        id: 'startup.ready',
        section: 'Start-up',
        label: 'spawn to a ready /healthz, median',
        value: round(warm.p50, 0),
        unit: 'ms',
        target: { op: '<=', value: 1500 },
        details: { runs: times.map((t) => round(t, 0)), first: round(times[0] ?? Number.NaN, 0), platforms },
      },
      {
        id: 'memory.rss.idle',
        section: 'Memory',
        label: 'server RSS idle',
        value: idle === null ? null : round(idle, 1),
        unit: 'MB',
        target: { op: '<=', value: 150 },
        ...(idle === null ? { note: 'no /proc on this system' } : {}),
        details: { platforms },
      },
    ];
  } finally {
    await fakes.child.stop();
  }
}
