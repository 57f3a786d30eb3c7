import { rmSync } from 'node:fs';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { openAppContext } from '../../src/app/context.ts';
import { loadConfig } from '../../src/config.ts';
import { HOGLANDET, loadDemo } from '../../src/demo/load-demo.ts';
import { silentLogger } from '../../src/runtime/logger.ts';
import { CACHE_DIR } from '../lib/processes.ts';
import { BENCH_SLACK_USER, BENCH_TEAMS_AAD, SIGNING_SECRET } from '../load/requests.ts';

/**
 * A fresh SQLite database as `npx loftesbot demo` leaves it (LPO Höglandet, the seed agreements, a current agreement
 * for Tranås and Sävsjö), plus the polis role for LPO Höglandet for the bench's Slack and Teams people.
 * Returns its DATABASE_URL.
 */
export async function freshDemoDatabase(name: string): Promise<string> {
  const path = join(CACHE_DIR, `${name}.db`);
  for (const suffix of ['', '-wal', '-shm']) rmSync(`${path}${suffix}`, { force: true });
  const url = `sqlite:${path}`;
  const config = loadConfig({ DATABASE_URL: url, LOG_LEVEL: 'silent' });
  const ctx = await openAppContext(config, { logger: silentLogger });
  try {
    await loadDemo(ctx.store, ctx.clock, config.timezone);
    const now = ctx.clock.now();
    const scope = { type: 'area', id: HOGLANDET.id } as const;
    await ctx.store.grantRole({ person: `slack:${BENCH_SLACK_USER}`, role: 'polis', scope }, now);
    await ctx.store.grantRole({ person: `teams:${BENCH_TEAMS_AAD}`, role: 'polis', scope }, now);
  } finally {
    await ctx.close();
  }
  return url;
}

/** The environment of the real server under load: Slack over HTTP against the fake Slack, Teams in no-auth mode. */
export function serverEnv(databaseUrl: string, port: number, slackApiUrl: string): Record<string, string> {
  return {
    DATABASE_URL: databaseUrl,
    PORT: String(port),
    HOST: '127.0.0.1',
    SLACK_SIGNING_SECRET: SIGNING_SECRET,
    SLACK_BOT_TOKEN: 'xoxb-bench-token',
    SLACK_API_URL: slackApiUrl,
    TEAMS_ALLOW_UNAUTHENTICATED: 'true',
    LOFTESBOT_TIMEZONE: 'Europe/Stockholm',
    LOG_LEVEL: 'info',
  };
}

/** How many registrations the bench's server stored from `platform` (read from the SQLite file, read-only). */
export function storedRegistrations(databaseUrl: string, platform: 'slack' | 'teams'): number {
  const db = new Database(databaseUrl.replace(/^sqlite:/, ''), { readonly: true, fileMustExist: true });
  try {
    const row = db.prepare('select count(*) as n from registrations where platform = ?').get(platform) as {
      n: number;
    };
    return row.n;
  } finally {
    db.close();
  }
}
