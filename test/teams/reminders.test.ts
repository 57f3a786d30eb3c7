import { DateTime } from 'luxon';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { loadDemo } from '../../src/demo/load-demo.ts';
import { testDialects } from '../support/databases.ts';
import { cardProblems } from './card-validator.ts';
import { fixture, startTeamsHarness, TEAM_ID, type TeamsHarness } from './harness.ts';

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
