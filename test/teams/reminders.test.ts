import { DateTime } from 'luxon';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { OPEN_MODE_NO_PROACTIVE } from '../../src/bots/teams/notifier.ts';
import { loadDemo } from '../../src/demo/load-demo.ts';
import { testDialects } from '../support/databases.ts';
import { cardProblems } from './card-validator.ts';
import { fixture, OPEN_MODE, startTeamsHarness, TEAM_ID, type TeamsHarness } from './harness.ts';

const TRANAS = '0687';

describe.each(testDialects())('Scheduler reminders through Teams [$name]', ({ name }) => {
  let h: TeamsHarness;
  beforeEach(async () => {
    h = await startTeamsHarness(name, undefined, { scheduler: true });
    const { store } = h.server.ctx;
    await loadDemo(store, h.clock, 'Europe/Stockholm');
    await store.saveBinding(
      { platform: 'teams', conversationId: TEAM_ID, scope: { type: 'kommun', id: TRANAS } },
      h.clock.now(),
    );
    await h.post(fixture('conversation-update-team-added', h.connector.url));
    h.connector.reset();
  });
  afterEach(async () => {
    await h.close();
  });

  /** Ticks the scheduler at 09:05 Stockholm on each following day until `until` holds or `days` run out. */
  async function tickDays(days: number, until: () => boolean = () => false): Promise<void> {
    const start = DateTime.fromMillis(h.clock.now(), { zone: 'Europe/Stockholm' }).startOf('day');
    for (let d = 1; d <= days && !until(); d++) {
      const at = start.plus({ days: d }).set({ hour: 9, minute: 5 }).toMillis();
      h.clock.set(at);
      await h.server.scheduler?.tickOnce(at);
    }
  }

  const toTeam = () => h.connector.calls.filter((c) => c.conversationId === TEAM_ID);

  it('a samverkansmöte reminder reaches the bound Teams channel; after a 403 the channel is dead and never retried', async () => {
    expect(h.server.scheduler).not.toBeNull();
    await tickDays(120, () => toTeam().length > 0);
    const [first] = toTeam();
    expect(first).toMatchObject({ method: 'POST', kind: 'send', status: 201 });
    // Proactive, so outside any turn: the bot's own bearer token from the (local) Bot Framework identity.
    expect(h.identity?.botTokenClaims(first?.authorization)).toMatchObject({ aud: h.identity?.scope });
    expect(first?.body.attachments[0].content.type).toBe('AdaptiveCard');
    expect(cardProblems(first?.body.attachments[0].content)).toEqual([]);

    h.connector.failConversation(TEAM_ID, { status: 403, code: 'BotNotInConversationRoster' });
    await tickDays(120, () => toTeam().some((c) => c.status === 403));
    expect(toTeam().filter((c) => c.status === 403)).toHaveLength(1);
    expect(await h.server.ctx.store.conversationRef('teams', TEAM_ID)).toMatchObject({ dead: true });

    const calls = toTeam().length;
    await tickDays(120);
    expect(toTeam()).toHaveLength(calls);
  });
});

describe('Scheduler reminders to Teams in open mode', () => {
  let h: TeamsHarness;
  beforeEach(async () => {
    h = await startTeamsHarness('sqlite', OPEN_MODE, { scheduler: true });
    await loadDemo(h.server.ctx.store, h.clock, 'Europe/Stockholm');
    await h.server.ctx.store.saveBinding(
      { platform: 'teams', conversationId: TEAM_ID, scope: { type: 'kommun', id: TRANAS } },
      h.clock.now(),
    );
    expect((await h.post(fixture('conversation-update-team-added', h.connector.url))).status).toBe(200);
  });
  afterEach(async () => {
    await h.close();
  });

  it('the bound channel’s reminder fails at its first attempt, permanently, with the reason; nothing is posted', async () => {
    const { db } = h.server.ctx.handle;
    const toTeam = () =>
      db.selectFrom('reminders').selectAll().where('target', '=', `channel:teams:${TEAM_ID}`).execute();
    const start = DateTime.fromMillis(h.clock.now(), { zone: 'Europe/Stockholm' }).startOf('day');
    let failed: Awaited<ReturnType<typeof toTeam>> = [];
    for (let d = 1; d <= 120 && failed.length === 0; d++) {
      const at = start.plus({ days: d }).set({ hour: 9, minute: 5 }).toMillis();
      h.clock.set(at);
      await h.server.scheduler?.tickOnce(at);
      failed = (await toTeam()).filter((r) => r.status === 'failed');
    }
    expect(failed[0]).toMatchObject({ attempts: 1, last_error: OPEN_MODE_NO_PROACTIVE });
    expect((await toTeam()).every((r) => r.status !== 'sent')).toBe(true);
    expect(await db.selectFrom('conversation_refs').selectAll().execute()).toEqual([]);
    expect(h.connector.calls.filter((c) => c.kind === 'send')).toEqual([]);
  });
});
