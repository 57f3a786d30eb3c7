import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { testDialects } from '../support/databases.ts';
import { COORDINATOR_USER, SIGNING_SECRET, type SlackHarness, startSlackHarness } from './support/harness.ts';
import { payloadBody, postToSlackEndpoint } from './support/slack-requests.ts';

/**
 * A button whose reply is a form (the App Home's "📝 Sävsjö", the same button in `/lofte hem`) when Slack will not
 * open the modal — most often because the click's trigger_id lived only 3 seconds. Before, a press on the App Home
 * (or in a modal) was met with silence, and a press in a message was told to "send the command again".
 */
describe.each(testDialects())('a form that Slack will not open from a button [$name]', ({ name }) => {
  let h: SlackHarness;
  let n = 0;

  beforeAll(async () => {
    h = await startSlackHarness(name);
  });
  afterAll(async () => h?.close());
  beforeEach(() => h.fake.reset());

  const SOURCES = {
    home: { view: { id: 'VHOME1', type: 'home' }, container: { type: 'view', view_id: 'VHOME1' } },
    message: {
      container: {
        type: 'message',
        message_ts: '1796000000.000100',
        channel_id: 'D0SAMORD1',
        is_ephemeral: true,
      },
      channel: { id: 'D0SAMORD1' },
    },
  } as const;

  const press = async (source: keyof typeof SOURCES, responseId: string) => {
    const res = await postToSlackEndpoint(
      h.url,
      payloadBody({
        type: 'block_actions',
        user: { id: COORDINATOR_USER, team_id: 'T0TEST' },
        team: { id: 'T0TEST' },
        trigger_id: `${++n}.2.expired`,
        ...SOURCES[source],
        response_url: h.fake.responseUrl(responseId),
        actions: [{ action_id: 'report:open/0', value: '0684', type: 'button', action_ts: `${n}.9` }],
      }),
      { secret: SIGNING_SECRET },
    );
    expect(res.status).toBe(200);
  };

  const EXPIRED = 'Formuläret hann inte öppnas (Slack väntar bara 3 sekunder). Tryck på knappen igen.';
  const FAILED = 'Formuläret kunde inte öppnas. Ingenting har sparats.';
  const CASES = [
    ['home', 'expired_trigger_id', EXPIRED],
    ['home', 'internal_error', FAILED],
    ['message', 'expired_trigger_id', EXPIRED],
    ['message', 'internal_error', FAILED],
  ] as const;

  it.each(CASES)(
    'pressed on the %s, %s: the person is told, in Swedish, what to do',
    async (source, error, text) => {
      h.fake.failNext('views.open', { error });
      const responseId = `form-${source}-${error}`;
      await press(source, responseId);
      if (source === 'home') {
        // No response_url to answer on the App Home: a direct message.
        const [dm] = await h.fake.waitFor('chat.postMessage');
        expect(dm?.args.channel).toBe(COORDINATOR_USER);
        expect(dm?.args.text).toBe(text);
      } else {
        const [reply] = await h.fake.waitForResponse(responseId);
        expect(reply?.body).toMatchObject({ response_type: 'ephemeral', text });
      }
    },
  );
});
