import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadDemo } from '../../src/demo/load-demo.ts';
import { fixture, SVEN, startTeamsHarness, type TeamsHarness } from './harness.ts';

/**
 * A Teams person's language, as for Slack: their own choice (`/lofte språk`), else the language their Teams client
 * reports (the activity's `locale`), else LOFTESBOT_LANG — and the reported one is kept for the reminders sent to
 * them unasked. Before, every Teams person got Swedish until they typed `/lofte språk en`.
 */
describe('the language a Teams client reports [sqlite]', () => {
  let h: TeamsHarness;
  beforeAll(async () => {
    h = await startTeamsHarness('sqlite');
    const { store } = h.server.ctx;
    await loadDemo(store, h.clock, 'Europe/Stockholm');
    await store.grantRole(
      { person: SVEN, role: 'samordnare', scope: { type: 'kommun', id: '0684' } },
      h.clock.now(),
    );
  });
  afterAll(async () => {
    await h.close();
  });

  // In order: what each client reports, the reply's headline, and the language kept for reminders after it.
  const CASES: readonly [string | undefined, string, 'sv' | 'en' | null][] = [
    ['sv-SE', 'Läget i Sävsjö', 'sv'],
    ['en-US', 'Progress in Sävsjö', 'en'],
    ['en-GB', 'Progress in Sävsjö', 'en'],
    // A language the bot does not speak, or none: the default (sv), and what was kept stays.
    ['de-DE', 'Läget i Sävsjö', 'en'],
    [undefined, 'Läget i Sävsjö', 'en'],
    ['sv-FI', 'Läget i Sävsjö', 'sv'],
  ];
  it('answers in it and keeps it for reminders', async () => {
    for (const [i, [locale, headline, kept]] of CASES.entries()) {
      const before = h.connector.calls.length;
      const activity = fixture('message-personal', h.connector.url, { id: `locale-${i}` });
      if (locale === undefined) delete activity.locale;
      else activity.locale = locale;
      const res = await h.post(activity);
      expect(res.status).toBe(200);
      const call = await h.connector.waitFor((c) => h.connector.calls.indexOf(c) >= before);
      expect([locale, JSON.stringify(call.body)]).toEqual([locale, expect.stringContaining(headline)]);
      expect([locale, await h.server.ctx.store.personPlatformLang(SVEN)]).toEqual([locale, kept]);
    }
  });
});
