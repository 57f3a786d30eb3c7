import { connect } from 'node:net';
import { DateTime } from 'luxon';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fixedClock } from '../../src/runtime/system.ts';
import { openDatabase } from '../../src/store/open.ts';
import { type FlakySlack, startFlakySlack } from '../chaos/support/flaky-slack.ts';
import { POLICE_USER, seedDemo, ZONE } from '../chaos/support/seed.ts';
import { startServerProcess, waitHealthy } from '../chaos/support/server-process.ts';
import { BOT_TOKEN, SIGNING_SECRET, signedHeaders, slashBody } from '../chaos/support/slack-requests.ts';
import { type SteppedClock, steppedClock } from '../chaos/support/stepped-clock.ts';
import { freshSqliteUrl } from '../support/databases.ts';
import { type FakeSlack, startFakeSlack } from '../support/fake-slack.ts';

/**
 * Issue 9, item 6 (shutdown): the real `node bin/loftesbot.js start` stops gracefully on SIGTERM and SIGINT —
 * it stops accepting connections, lets a request that is still arriving and a reminder that is being sent finish,
 * stops the ticker, closes the database and exits 0 (within its 10-second limit, or it would exit 1).
 */

/** Tuesday 14 April 2026, 09:05: the Tranås meeting reminder of 09:00 is due. */
const NOW = DateTime.fromISO('2026-04-14T09:05', { zone: ZONE }).toMillis();

/** Sends a request's headers and the first half of its body, and returns a function that sends the rest. */
function halfSent(url: string, body: string, headers: Record<string, string>) {
  const { hostname, port } = new URL(url);
  const socket = connect(Number(port), hostname);
  const response = new Promise<string>((resolve, reject) => {
    let text = '';
    socket.on('data', (d: Buffer) => {
      text += d.toString('utf8');
    });
    socket.on('end', () => resolve(text));
    socket.on('close', () => resolve(text));
    socket.on('error', reject);
  });
  const head = [
    'POST /slack/events HTTP/1.1',
    `Host: ${hostname}:${port}`,
    ...Object.entries(headers).map(([k, v]) => `${k}: ${v}`),
    `Content-Length: ${Buffer.byteLength(body)}`,
    'Connection: close',
    '',
    '',
  ].join('\r\n');
  const half = Math.floor(body.length / 2);
  socket.write(head + body.slice(0, half));
  return {
    finish: () => {
      socket.write(body.slice(half));
      return response;
    },
  };
}

/** loftesbot_http_requests_in_flight on the public port, as GET /metrics on the operations listener reports it. */
async function inFlightRequests(url: string): Promise<number> {
  const text = await (await fetch(`${url}/metrics`)).text();
  const line = text.split('\n').find((l) => l.startsWith('loftesbot_http_requests_in_flight '));
  return Number(line?.split(' ')[1] ?? 0);
}

/** True when a new TCP connection to `url` is refused. */
function refused(url: string): Promise<boolean> {
  const { hostname, port } = new URL(url);
  return new Promise((resolve) => {
    const socket = connect(Number(port), hostname);
    socket.once('connect', () => {
      socket.destroy();
      resolve(false);
    });
    socket.once('error', () => resolve(true));
  });
}

describe('graceful shutdown of the real process', () => {
  let fake: FakeSlack;
  let slow: FlakySlack;
  let clock: SteppedClock;
  let db: { url: string; drop: () => Promise<void> };
  let posting: () => void = () => {};
  const postArrived = new Promise<void>((resolve) => {
    posting = resolve;
  });

  beforeAll(async () => {
    fake = await startFakeSlack();
    slow = await startFlakySlack(fake.url, {
      failureRate: 0,
      seed: 1,
      holdMs: 0,
      delayMs: 1_500,
      onPost: () => posting(),
    });
    db = freshSqliteUrl();
    clock = steppedClock(NOW);
    await seedDemo(db.url, fixedClock(NOW));
  });
  afterAll(async () => {
    await slow.close();
    await fake.close();
    await db.drop();
    clock.dispose();
  });

  const env = (scheduler: boolean) => ({
    DATABASE_URL: db.url,
    SLACK_SIGNING_SECRET: SIGNING_SECRET,
    SLACK_BOT_TOKEN: BOT_TOKEN,
    SLACK_API_URL: slow.apiUrl,
    LOFTESBOT_SCHEDULER: String(scheduler),
    LOFTESBOT_TEST_CLOCK: clock.env,
    LOG_LEVEL: 'info',
  });

  it('SIGTERM: stops accepting, finishes the request in flight and the reminder being sent, exits 0', async () => {
    const server = await startServerProcess(env(true));
    try {
      await waitHealthy(server.url);
      const body = slashBody({
        command: '/hjalp',
        text: '',
        userId: POLICE_USER,
        channelId: 'C0SAVSJO',
        triggerId: 'shutdown.1',
        responseUrl: fake.responseUrl('shutdown'),
      });
      const inFlight = halfSent(server.url, body, signedHeaders(SIGNING_SECRET, body));
      // The half-sent request is being handled once the server counts it (the scrape, on the operations
      // listener, is not counted).
      while ((await inFlightRequests(server.metricsUrl)) < 1) await new Promise((r) => setTimeout(r, 20));
      await postArrived; // the scheduler is now sending the Tranås reminder to a Slack that takes 1.5 s
      const signalledAt = Date.now();
      server.kill('SIGTERM');
      // The listening socket closes as soon as the process handles the signal.
      let closed = false;
      for (let i = 0; i < 100 && !closed; i++) {
        await new Promise((r) => setTimeout(r, 50));
        closed = await refused(server.url);
      }
      expect(closed).toBe(true);
      const response = await inFlight.finish();
      expect(response).toMatch(/^HTTP\/1\.1 200 /);
      const exit = await server.exited;
      const seconds = (Date.now() - signalledAt) / 1000;
      console.log(`graceful shutdown (SIGTERM): exit code ${exit.code} after ${seconds.toFixed(1)} s`);
      expect(exit.code).toBe(0);
      expect(server.output()).toContain('Löftesbot har stängts.');
      expect(server.logs.some((l) => l.msg === 'scheduler stopped')).toBe(true);
      expect(server.logs.some((l) => l.msg === 'Löftesbot stopped')).toBe(true);

      // The reminder that was being sent is delivered and recorded as sent, once.
      const handle = openDatabase(db.url);
      try {
        const rows = await handle.db
          .selectFrom('reminders')
          .select(['key', 'status'])
          .where('target', '=', 'channel:slack:C0TRANAS')
          .where('status', '=', 'sent')
          .execute();
        expect(rows.length).toBeGreaterThan(0);
        expect(fake.callsOf('chat.postMessage')).toHaveLength(rows.length);
      } finally {
        await handle.close();
      }
    } finally {
      server.kill('SIGKILL');
    }
  }, 60_000);

  it('npm start: a SIGTERM to npm (a container stopping) stops the bot too; before, it ran on alone', async () => {
    const server = await startServerProcess(env(false), 60_000, 'npm');
    try {
      await waitHealthy(server.url);
      server.kill('SIGTERM');
      // The bot looks for its npm parent every 500 ms; on a loaded machine stopping may take seconds more.
      let closed = false;
      for (let i = 0; i < 400 && !closed; i++) {
        await new Promise((r) => setTimeout(r, 50));
        closed = await refused(server.url);
      }
      expect(closed).toBe(true);
      await server.exited;
      expect(server.output()).toContain('npm avslutades: stänger ned…');
      expect(server.output()).toContain('Löftesbot har stängts.');
    } finally {
      server.kill('SIGKILL');
    }
  }, 60_000);

  it('SIGINT (Ctrl-C) stops it the same way, exit 0', async () => {
    const server = await startServerProcess(env(false));
    try {
      await waitHealthy(server.url);
      // The start line names what serves people: Slack here, not Teams (mounted only to refuse, unconfigured).
      const platforms = server.logs.find((l) => l.msg === 'Löftesbot is listening')?.platforms;
      expect(platforms).toContain('slack');
      expect(platforms).not.toContain('teams');
      server.kill('SIGINT');
      const exit = await server.exited;
      expect(exit.code).toBe(0);
      expect(server.output()).toContain('SIGINT: stänger ned…');
    } finally {
      server.kill('SIGKILL');
    }
  }, 60_000);
});
