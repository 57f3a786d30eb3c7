import { DateTime } from 'luxon';
import { describe, expect, it } from 'vitest';
import { fixedClock } from '../../src/runtime/system.ts';
import { openDatabase } from '../../src/store/open.ts';
import { freshPostgresUrl, freshSqliteUrl, testDialects } from '../support/databases.ts';
import { type FakeSlack, startFakeSlack } from '../support/fake-slack.ts';
import { seedBusyMonth, ZONE } from './support/seed.ts';
import { type ServerProcess, startServerProcess, waitHealthy } from './support/server-process.ts';
import { SIGNING_SECRET } from './support/slack-requests.ts';
import { type SteppedClock, steppedClock, waitForTick } from './support/stepped-clock.ts';

/**
 * Chaos b: two real server processes (`node bin/loftesbot.js start`) on one database with the scheduler on, over a
 * simulated month, sending to one fake Slack. Both read "now" from one file (LOFTESBOT_TEST_CLOCK) that the test
 * moves forward — every 3 hours and to each reminder's due time and just after — once both have ticked at the
 * previous instant, so the two compete for every reminder at the same moment. Each reminder due in the month
 * reaches Slack exactly once: the chat.postMessage calls and the rows marked sent correspond one to one, and every
 * Slack reminder due in the month is sent. On PostgreSQL (required under CI) and on one shared SQLite file.
 */

const HOUR = 3_600_000;
const DAY = 24 * HOUR;
const START = DateTime.fromISO('2026-04-06T00:00', { zone: ZONE }).toMillis();
const END = START + 30 * DAY;

interface Post {
  readonly channel: string;
  readonly ts: string;
  readonly token: string | null;
}

interface Row {
  readonly key: string;
  readonly status: string;
  readonly due_at: number;
  readonly message_id: string | null;
  readonly attempts: number;
}

async function slackRows(dbUrl: string): Promise<Row[]> {
  const handle = openDatabase(dbUrl);
  try {
    const rows = await handle.db
      .selectFrom('reminders')
      .select(['key', 'status', 'due_at', 'message_id', 'attempts'])
      .where('target', 'like', '%:slack:%')
      .execute();
    return rows.map((r) => ({ ...r, due_at: Number(r.due_at), attempts: Number(r.attempts) }));
  } finally {
    await handle.close();
  }
}

describe('chaos b: two instances, one database, a simulated month', () => {
  it.concurrent.each(testDialects())(
    'delivers every reminder of the month exactly once to Slack [$name]',
    async ({ name }) => {
      const fake = await startFakeSlack();
      const db = name === 'sqlite' ? freshSqliteUrl() : await freshPostgresUrl();
      const clock = steppedClock(START);
      const servers: ServerProcess[] = [];
      try {
        await seedBusyMonth(db.url, fixedClock(START));
        await runMonth(name, fake, db.url, clock, servers);
      } finally {
        for (const s of servers) s.kill('SIGKILL');
        await Promise.all(servers.map((s) => s.exited));
        await fake.close();
        await db.drop();
        clock.dispose();
      }
    },
    150_000,
  );
});

async function runMonth(
  name: string,
  fake: FakeSlack,
  dbUrl: string,
  clock: SteppedClock,
  servers: ServerProcess[],
): Promise<void> {
  const posts: Post[] = [];
  let seq = 0;
  // Each post is recorded with the token of the process that made it.
  fake.on('chat.postMessage', (args) => {
    const ts = `${Math.floor(START / 1000)}.${String(++seq).padStart(6, '0')}`;
    const channel = String(args.channel ?? '');
    posts.push({ channel, ts, token: fake.calls.at(-1)?.token ?? null });
    return { channel, ts, message: { ts, text: args.text } };
  });
  const env = (token: string) => ({
    DATABASE_URL: dbUrl,
    SLACK_SIGNING_SECRET: SIGNING_SECRET,
    SLACK_BOT_TOKEN: token,
    SLACK_API_URL: fake.apiUrl,
    LOFTESBOT_SCHEDULER: 'true',
    LOFTESBOT_TEST_CLOCK: clock.env,
    LOG_LEVEL: 'warn',
  });
  servers.push(
    ...(await Promise.all([
      startServerProcess(env('xoxb-chaos-a')),
      startServerProcess(env('xoxb-chaos-b')),
    ])),
  );
  const tickedAt = (t: number) => Promise.all(servers.map((s) => waitForTick(s.metricsUrl, t)));
  await Promise.all(servers.map((s) => waitHealthy(s.url)));
  await tickedAt(START);

  // Every 3 hours, and each planned reminder's time and a minute after (the first plan covers 35 days).
  const steps = new Set<number>();
  for (let t = START + 3 * HOUR; t <= END + DAY / 2; t += 3 * HOUR) steps.add(t);
  for (const r of await slackRows(dbUrl)) {
    if (r.due_at > START && r.due_at <= END) for (const d of [0, 60_000]) steps.add(r.due_at + d);
  }
  for (const t of [...steps].sort((a, b) => a - b)) {
    clock.set(t);
    await tickedAt(t);
  }
  for (const s of servers) s.kill('SIGTERM');
  const exits = await Promise.all(servers.map((s) => s.exited));

  const rows = await slackRows(dbUrl);
  const tsOf = (messageId: string | null) => messageId?.split('/')[1] ?? '';
  const due = rows.filter((r) => r.due_at < END);
  const sent = rows.filter((r) => r.status === 'sent');
  const sentTs = new Set(sent.map((r) => tsOf(r.message_id)));
  const postedTs = new Set(posts.map((p) => p.ts));
  // A post that no sent row names is a second delivery; a sent row that names no post never reached Slack.
  const duplicates = posts.filter((p) => !sentTs.has(p.ts));
  const unposted = sent.filter((r) => !postedTs.has(tsOf(r.message_id)));
  const lost = due.filter((r) => r.status !== 'sent');
  const byA = posts.filter((p) => p.token === 'xoxb-chaos-a').length;
  console.log(
    `chaos b [${name}] (30 simulated days in ${steps.size} steps, 2 processes): reminders due ${due.length}, ` +
      `delivered ${sent.length} (process a ${byA}, process b ${posts.length - byA}), ` +
      `lost = ${lost.length}, duplicates = ${duplicates.length}; exit codes after SIGTERM ${exits.map((e) => e.code).join(', ')}`,
  );
  expect(due.length).toBeGreaterThan(50);
  expect(lost.map((r) => `${r.key} ${r.status}`)).toEqual([]);
  expect(duplicates).toEqual([]);
  expect(unposted.map((r) => r.key)).toEqual([]);
  expect(posts.length).toBe(sent.length);
  expect(byA).toBeGreaterThan(0);
  expect(posts.length - byA).toBeGreaterThan(0);
  expect(exits.map((e) => e.code)).toEqual([0, 0]);
}
