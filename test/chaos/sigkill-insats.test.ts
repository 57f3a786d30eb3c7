import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { systemClock } from '../../src/runtime/system.ts';
import { openDatabase } from '../../src/store/open.ts';
import { freshPostgresUrl, testDialects } from '../support/databases.ts';
import { type FakeSlack, startFakeSlack } from '../support/fake-slack.ts';
import { POLICE_USER, SLACK_CHANNELS, seedDemo } from './support/seed.ts';
import { type ServerProcess, startServerProcess, waitHealthy } from './support/server-process.ts';
import {
  BOT_TOKEN,
  post,
  type RawResponse,
  SIGNING_SECRET,
  signedHeaders,
  slashBody,
} from './support/slack-requests.ts';

/**
 * Chaos a: 500 concurrent signed `/insats Sävsjö` against the real server process (SQLite with synchronous=FULL and
 * group commit; PostgreSQL),
 * SIGKILL in the middle, restart. Every request the officer saw confirmed — the ack carried "✅ … registrerad", or
 * the confirmation came through response_url — is stored exactly once; nothing that was not sent is stored.
 * Then every request is sent again (a person retrying after the outage): all 500 stored, each exactly once.
 */

const TOTAL = 500;
/** SIGKILL once this many registrations have been confirmed. */
const KILL_AFTER = 120;

type Outcome = { kind: 'answered'; res: RawResponse } | { kind: 'dropped'; error: string };

const confirmed = (text: string) => /registrerad/.test(text);

describe.each(testDialects().map((d) => d.name))(
  'chaos a: 500 concurrent /insats, SIGKILL, restart (%s)',
  (dialect) => {
    const dir = mkdtempSync(join(tmpdir(), 'loftesbot-chaos-a-'));
    let dbUrl = `sqlite:${join(dir, 'loftesbot.db')}`;
    let dropDatabase = async () => {};
    const run = randomBytes(3).toString('hex');
    const trigger = (i: number) => `chaos.${i}.${run}`;
    let fake: FakeSlack;
    let server: ServerProcess | null = null;
    const env = () => ({
      DATABASE_URL: dbUrl,
      SLACK_SIGNING_SECRET: SIGNING_SECRET,
      SLACK_BOT_TOKEN: BOT_TOKEN,
      SLACK_API_URL: fake.apiUrl,
      LOFTESBOT_SCHEDULER: 'false',
      LOG_LEVEL: 'warn',
    });

    beforeAll(async () => {
      if (dialect === 'postgres') ({ url: dbUrl, drop: dropDatabase } = await freshPostgresUrl());
      fake = await startFakeSlack();
      await seedDemo(dbUrl, systemClock);
    });
    afterAll(async () => {
      server?.kill('SIGKILL');
      await server?.exited;
      await fake.close();
      rmSync(dir, { recursive: true, force: true });
      await dropDatabase();
    });

    const send = (url: string, i: number): Promise<Outcome> => {
      const body = slashBody({
        command: '/insats',
        text: 'Sävsjö',
        userId: POLICE_USER,
        channelId: SLACK_CHANNELS.savsjo.id,
        triggerId: trigger(i),
        responseUrl: fake.responseUrl(trigger(i)),
      });
      return post(`${url}/slack/events`, body, signedHeaders(SIGNING_SECRET, body)).then(
        (res): Outcome => ({ kind: 'answered', res }),
        (e: unknown): Outcome => ({ kind: 'dropped', error: (e as { code?: string }).code ?? String(e) }),
      );
    };

    /** Trigger ids with their number of stored registrations. */
    const storedCounts = async (): Promise<Map<string, number>> => {
      const handle = openDatabase(dbUrl);
      try {
        const rows = await handle.db.selectFrom('registrations').select('idempotency_key').execute();
        const counts = new Map<string, number>();
        for (const r of rows) {
          const m = /cmd:(chaos\.\d+\.[0-9a-f]+)$/.exec(r.idempotency_key ?? '');
          if (m?.[1]) counts.set(m[1], (counts.get(m[1]) ?? 0) + 1);
        }
        return counts;
      } finally {
        await handle.close();
      }
    };

    const laterConfirmation = (i: number) =>
      fake.responsesOf(trigger(i)).some((r) => confirmed(JSON.stringify(r.body)));

    it('stores every confirmed registration exactly once, and nothing that was not sent', async () => {
      server = await startServerProcess(env());
      await waitHealthy(server.url);
      const victim = server;
      // Killed once KILL_AFTER registrations were confirmed to their officers, in the ack or through response_url
      // (on a busy PostgreSQL most replies miss Slack's ack window and come through response_url).
      let ackedConfirmed = 0;
      const confirmedSoFar = () =>
        ackedConfirmed + Array.from({ length: TOTAL }, (_, i) => i).filter(laterConfirmation).length;
      const watcher = setInterval(() => {
        if (confirmedSoFar() >= KILL_AFTER) victim.kill('SIGKILL');
      }, 20);
      const outcomes = await Promise.all(
        Array.from({ length: TOTAL }, (_, i) =>
          send(victim.url, i).then((o) => {
            if (o.kind === 'answered' && confirmed(o.res.body) && ++ackedConfirmed >= KILL_AFTER) {
              victim.kill('SIGKILL');
            }
            return o;
          }),
        ),
      );
      const exit = await victim.exited;
      clearInterval(watcher);
      expect(exit.signal).toBe('SIGKILL');
      // What the server could still post through response_url before it died has arrived by now.
      await new Promise((r) => setTimeout(r, 200));

      server = await startServerProcess(env());
      await waitHealthy(server.url);
      const stored = await storedCounts();

      const ackConfirmed = new Set<number>();
      const ackedEmpty = new Set<number>();
      const refused = new Set<number>();
      const dropped = new Set<number>();
      outcomes.forEach((o, i) => {
        if (o.kind === 'dropped') dropped.add(i);
        else if (o.res.status !== 200) refused.add(i);
        else if (confirmed(o.res.body)) ackConfirmed.add(i);
        else ackedEmpty.add(i);
      });
      const lateConfirmed = new Set([...ackedEmpty].filter(laterConfirmation));
      const seen = new Set([...ackConfirmed, ...lateConfirmed]);
      const lost = [...seen].filter((i) => stored.get(trigger(i)) !== 1);
      const duplicates = [...stored.values()].filter((n) => n > 1).length;
      const sent = new Set(Array.from({ length: TOTAL }, (_, i) => trigger(i)));
      const phantoms = [...stored.keys()].filter((k) => !sent.has(k));
      const storedUnconfirmed = [...stored.keys()].filter((k) => !seen.has(Number(k.split('.')[1]))).length;
      const storedRefused = [...refused].filter((i) => stored.has(trigger(i)));

      console.log(
        `chaos a ${dialect} (SIGKILL after ${KILL_AFTER} confirmations): sent ${TOTAL}, acked with confirmation ${ackConfirmed.size}, ` +
          `acked empty ${ackedEmpty.size} (of which confirmed later via response_url ${lateConfirmed.size}), ` +
          `refused ${refused.size} (${[...refused]
            .map((i) => {
              const o = outcomes[i];
              return o?.kind === 'answered' ? `${o.res.status} ${o.res.body.slice(0, 80)}` : '';
            })
            .slice(0, 3)
            .join(' | ')}), dropped by the kill ${dropped.size}; stored ${stored.size} ` +
          `(committed but unconfirmed when killed ${storedUnconfirmed}); lost = ${lost.length}, duplicates = ${duplicates}`,
      );
      // The kill cut requests off: dropped, or acked but never confirmed.
      expect(dropped.size + ackedEmpty.size - lateConfirmed.size).toBeGreaterThan(0);
      expect(seen.size).toBeGreaterThanOrEqual(KILL_AFTER);
      expect(lost).toEqual([]);
      expect(duplicates).toBe(0);
      expect(phantoms).toEqual([]);
      expect(storedRefused).toEqual([]);
      // A row nobody saw confirmed can only be one whose reply was cut off by the kill.
      expect(storedUnconfirmed).toBeLessThanOrEqual(ackedEmpty.size - lateConfirmed.size + dropped.size);
    }, 150_000);

    it('after the restart, sending every request again stores each exactly once', async () => {
      const running = server;
      if (!running) throw new Error('no server');
      const again = await Promise.all(Array.from({ length: TOTAL }, (_, i) => send(running.url, i)));
      const notOk = again.filter((o) => o.kind !== 'answered' || o.res.status !== 200);
      expect(notOk).toEqual([]);
      // Replies that missed the ack budget come through response_url.
      const until = Date.now() + 60_000;
      const unconfirmed = () =>
        again.flatMap((o, i) =>
          o.kind === 'answered' && (confirmed(o.res.body) || laterConfirmation(i)) ? [] : [i],
        );
      while (unconfirmed().length > 0 && Date.now() < until) await new Promise((r) => setTimeout(r, 100));
      const stored = await storedCounts();
      const duplicates = [...stored.values()].filter((n) => n > 1).length;
      console.log(
        `chaos a ${dialect} (resend after restart): sent ${TOTAL}, acked ${again.length - notOk.length}, ` +
          `confirmed ${TOTAL - unconfirmed().length}, stored ${stored.size}, ` +
          `lost = ${TOTAL - stored.size}, duplicates = ${duplicates}`,
      );
      expect(unconfirmed()).toEqual([]);
      expect(stored.size).toBe(TOTAL);
      expect(duplicates).toBe(0);
    }, 120_000);
  },
);
