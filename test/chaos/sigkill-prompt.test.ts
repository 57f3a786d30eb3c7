import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fixedClock } from '../../src/runtime/system.ts';
import { openDatabase } from '../../src/store/open.ts';
import { type FakeSlack, startFakeSlack } from '../support/fake-slack.ts';
import { COORDINATOR_USER, seedDemo } from './support/seed.ts';
import { type ServerProcess, startServerProcess, waitHealthy } from './support/server-process.ts';
import { BOT_TOKEN, post, SIGNING_SECRET, signedHeaders } from './support/slack-requests.ts';

/**
 * An unanswered status prompt survives a SIGKILL: the real server process (SQLite, the scheduler on a file-driven
 * test clock) sends the Tranås samordnare the T3 status prompt 14 days before 31 December and is killed before
 * anyone answers. After a restart nothing is sent twice, and a press of the old message's button is answered by
 * the new process: the status is stored and the message updated in place. Then "Påminn mig" on the same message
 * writes a snooze row and the process is killed again; the next one sends the snoozed prompt exactly once, on the
 * next working day at 09:00.
 */

const AT = Date.parse('2026-12-17T08:00:30Z'); // 09:00:30 in Stockholm
type Element = { action_id?: string; value?: string; text?: { text?: string } };

describe('an unanswered prompt survives SIGKILL', () => {
  const dir = mkdtempSync(join(tmpdir(), 'loftesbot-prompt-kill-'));
  const dbUrl = `sqlite:${join(dir, 'loftesbot.db')}`;
  const clockFile = join(dir, 'clock');
  const dm = `D${COORDINATOR_USER.slice(1)}`;
  let fake: FakeSlack;
  let server: ServerProcess | null = null;
  /** The buttons of the status prompt the first process sent. */
  let buttons: Element[] = [];
  const env = () => ({
    DATABASE_URL: dbUrl,
    SLACK_SIGNING_SECRET: SIGNING_SECRET,
    SLACK_BOT_TOKEN: BOT_TOKEN,
    SLACK_API_URL: fake.apiUrl,
    LOFTESBOT_SCHEDULER: 'true',
    LOFTESBOT_TEST_CLOCK: `file=${clockFile};tick=50`,
    LOG_LEVEL: 'warn',
  });

  beforeAll(async () => {
    fake = await startFakeSlack();
    writeFileSync(clockFile, String(AT));
    await seedDemo(dbUrl, fixedClock(AT - 60 * 60_000));
  });
  afterAll(async () => {
    server?.kill('SIGKILL');
    await server?.exited;
    await fake.close();
    rmSync(dir, { recursive: true, force: true });
  });

  /** The tertial status prompts sent to the coordinator (the agreement's renewal may arrive too). */
  const promptsTo = () =>
    fake
      .callsOf('chat.postMessage')
      .filter(
        (c) => c.args.channel === COORDINATOR_USER && JSON.stringify(c.args.blocks).includes('T3 2026'),
      );
  /** The tertial reminder row of the coordinator, read from the database file. */
  const reminderRow = async () => {
    const handle = openDatabase(dbUrl);
    try {
      return await handle.db
        .selectFrom('reminders')
        .select(['message_id', 'status'])
        .where('target', '=', `person:slack:${COORDINATOR_USER}`)
        .where('kind', '=', 'tertial-reminder')
        .executeTakeFirst();
    } finally {
      await handle.close();
    }
  };
  const until = async (what: () => boolean, ms = 30_000) => {
    const end = Date.now() + ms;
    while (!what()) {
      if (Date.now() > end) throw new Error('timed out');
      await new Promise((r) => setTimeout(r, 50));
    }
  };

  /** A signed press of `button` on the coordinator's message `ts`, answered at the fake's response URL `id`. */
  const press = (button: Element | undefined, ts: string | undefined, id: string) => {
    const payload = {
      type: 'block_actions',
      team: { id: 'T0CHAOS' },
      user: { id: COORDINATOR_USER, username: 'sam', name: 'sam', team_id: 'T0CHAOS' },
      api_app_id: 'A0CHAOS',
      token: 'legacy',
      trigger_id: `trigger.${id}`,
      container: { type: 'message', message_ts: ts, channel_id: dm, is_ephemeral: false },
      channel: { id: dm, name: 'directmessage' },
      message: { type: 'message', ts, text: '' },
      response_url: fake.responseUrl(id),
      actions: [
        {
          action_id: button?.action_id,
          block_id: 'p',
          type: 'button',
          value: button?.value,
          action_ts: '1.2',
        },
      ],
    };
    const body = `payload=${encodeURIComponent(JSON.stringify(payload))}`;
    return post(`${server?.url}/slack/events`, body, signedHeaders(SIGNING_SECRET, body));
  };

  it('is answered after the restart, sent once, and updated in place', async () => {
    server = await startServerProcess(env());
    await waitHealthy(server.url);
    await until(() => promptsTo().length > 0);
    // The ask is complete once the scheduler has recorded the message as sent (with its Slack message id).
    for (let i = 0; i < 200 && (await reminderRow())?.status !== 'sent'; i++) {
      await new Promise((r) => setTimeout(r, 50));
    }
    const [sent] = promptsTo();
    buttons = ((sent?.args.blocks ?? []) as { elements?: Element[] }[]).flatMap((b) => b.elements ?? []);
    const pagar = buttons.find((b) => b.text?.text === 'Pågår');
    expect(pagar?.action_id).toMatch(/^prompt:answer\//);
    server.kill('SIGKILL');
    expect((await server.exited).signal).toBe('SIGKILL');

    server = await startServerProcess(env());
    await waitHealthy(server.url);
    // A few scheduler ticks later (same simulated minute): the prompt is not sent again.
    await new Promise((r) => setTimeout(r, 500));
    expect(promptsTo()).toHaveLength(1);

    const row = await reminderRow();
    expect(row?.status).toBe('sent');
    const ts = String(row?.message_id).split('/')[1];
    const res = await press(pagar, ts, 'kill-press');
    expect(res.status).toBe(200);
    await until(() => fake.callsOf('chat.update').some((c) => c.args.channel === dm));
    const update = fake.callsOf('chat.update').find((c) => c.args.channel === dm);
    expect(JSON.stringify(update?.args.blocks)).toContain(`Besvarat av slack:${COORDINATOR_USER}`);
    const check = openDatabase(dbUrl);
    const prompt = await check.db
      .selectFrom('prompts')
      .select(['status', 'answer'])
      .where('id', '=', String(pagar?.value).split('|')[0] ?? '')
      .executeTakeFirst();
    await check.close();
    expect(prompt).toEqual({ status: 'answered', answer: 'Pågår' });
  });

  it('a snooze survives a SIGKILL and comes back exactly once after the restart', async () => {
    // Thursday 17 December: "Påminn mig fre 18 dec kl. 09.00", pressed on the message the first process sent.
    const snooze = buttons.find((b) => b.action_id === 'prompt:snooze');
    expect(snooze?.text?.text).toBe('⏰ Påminn mig fre 18 dec kl. 09.00');
    const res = await press(snooze, '1.1', 'kill-snooze');
    expect(res.status).toBe(200);
    const [told] = await fake.waitForResponse('kill-snooze');
    expect(JSON.stringify(told?.body)).toContain('Jag påminner dig fre 18 dec kl. 09.00.');
    server?.kill('SIGKILL');
    expect((await server?.exited)?.signal).toBe('SIGKILL');

    // Friday 09:00:30: the restarted process sends the snoozed prompt once, with only what is still unanswered.
    writeFileSync(clockFile, String(Date.parse('2026-12-18T08:00:30Z')));
    server = await startServerProcess(env());
    await waitHealthy(server.url);
    const snoozed = () =>
      fake
        .callsOf('chat.postMessage')
        .filter(
          (c) =>
            c.args.channel === COORDINATOR_USER && /Du bad om en påminnelse/.test(JSON.stringify(c.args)),
        );
    await until(() => snoozed().length > 0);
    await new Promise((r) => setTimeout(r, 500));
    expect(snoozed()).toHaveLength(1);
    expect(JSON.stringify(snoozed()[0]?.args.blocks)).not.toContain('Besvarat av');
    const check = openDatabase(dbUrl);
    const rows = await check.db
      .selectFrom('reminders')
      .select(['status', 'target'])
      .where('kind', '=', 'prompt-snooze')
      .execute();
    await check.close();
    expect(rows).toEqual([{ status: 'sent', target: `person:slack:${COORDINATOR_USER}` }]);
  });
});
