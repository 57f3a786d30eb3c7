import { get } from 'node:http';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import {
  CACHE_DIR,
  type Child,
  freePort,
  logTail,
  spawnNode,
  waitForHttp200,
  waitForMessage,
} from '../lib/processes.ts';
import { SIGNING_SECRET } from '../load/requests.ts';
import { serverEnv } from './demo-db.ts';

export interface Fakes {
  readonly child: Child;
  readonly slackApiUrl: string;
  readonly slackUrl: string;
  readonly connectorUrl: string;
  /** Calls the fakes have answered so far (Slack Web API + response_url, Bot Connector). */
  stats(): Promise<{ slack: number; connector: number; connectorFailed: number }>;
}

/** The fake Slack and fake Bot Connector in a child process of their own. */
export async function startFakes(): Promise<Fakes> {
  const child = spawnNode('fakes', 'bench/servers/fakes.ts', [], { ipc: true });
  const ready = await waitForMessage<{
    type: string;
    slackApiUrl: string;
    slackUrl: string;
    connectorUrl: string;
  }>(child);
  return {
    child,
    slackApiUrl: ready.slackApiUrl,
    slackUrl: ready.slackUrl,
    connectorUrl: ready.connectorUrl,
    stats: () =>
      new Promise((resolve) => {
        child.process.once('message', (m) =>
          resolve(m as { slack: number; connector: number; connectorFailed: number }),
        );
        child.process.send({ type: 'stats' });
      }),
  };
}

export interface Server {
  readonly child: Child;
  readonly url: string;
  /** The operations listener (/metrics, the detailed /healthz). */
  readonly metricsUrl: string;
  /** Milliseconds from spawn to the first 200 from /healthz. */
  readonly readyMs: number;
}

/**
 * The real server: `node bin/loftesbot.js start` (what `npm start` runs, or another entry `script`) with Slack over HTTP against the fake Slack
 * and Teams in no-auth mode, on a free port; resolves once /healthz answers 200.
 */
export async function startLoftesbot(
  name: string,
  databaseUrl: string,
  slackApiUrl: string,
  profile: boolean,
  script = 'bin/loftesbot.js',
): Promise<Server> {
  const port = await freePort();
  const metricsPort = await freePort();
  const since = performance.now();
  const child = spawnNode(name, script, ['start'], {
    env: { ...serverEnv(databaseUrl, port, slackApiUrl), METRICS_PORT: String(metricsPort) },
    nodeFlags: profile ? ['--cpu-prof', `--cpu-prof-dir=${join(CACHE_DIR, 'profiles')}`] : [],
  });
  const url = `http://127.0.0.1:${port}`;
  try {
    const readyMs = await waitForHttp200(`${url}/healthz`, child, since);
    return { child, url, metricsUrl: `http://127.0.0.1:${metricsPort}`, readyMs };
  } catch (e) {
    await child.stop();
    throw new Error(`${(e as Error).message}\n${logTail(child)}`);
  }
}

/** A bare floor server (bench/servers/*.ts) on a free port. */
export async function startBare(
  name: 'bare-bolt' | 'bare-botbuilder',
  slackApiUrl: string,
): Promise<{ child: Child; url: string }> {
  const port = await freePort();
  const child = spawnNode(name, `bench/servers/${name}.ts`, [], {
    ipc: true,
    env: { PORT: String(port), SLACK_SIGNING_SECRET: SIGNING_SECRET, SLACK_API_URL: slackApiUrl },
  });
  try {
    await waitForMessage(child);
  } catch (e) {
    await child.stop();
    throw new Error(`${(e as Error).message}\n${logTail(child)}`);
  }
  return { child, url: `http://127.0.0.1:${port}` };
}

/** GET a JSON document (e.g. /healthz). */
export function getJson(url: string): Promise<unknown> {
  return new Promise((resolve, reject) => {
    get(url, { agent: false }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (c: Buffer) => chunks.push(c));
      res.on('end', () => {
        try {
          resolve(JSON.parse(Buffer.concat(chunks).toString('utf8')));
        } catch (e) {
          reject(e);
        }
      });
    }).on('error', reject);
  });
}
