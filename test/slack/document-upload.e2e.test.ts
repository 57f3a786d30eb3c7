import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { testDialects } from '../support/databases.ts';
import { POLICE_USER, SIGNING_SECRET, type SlackHarness, startSlackHarness } from './support/harness.ts';
import { blockText, jsonOf, postToSlackEndpoint, slashCommandBody } from './support/slack-requests.ts';

/**
 * `/sammanfattning Sävsjö dokument` typed where Löftesbot cannot upload: a private channel it was not invited to,
 * a direct message between two colleagues. The summary itself comes back (Slack posts a command's answer anywhere)
 * with its download buttons; the upload is refused. Before, the person read Slack's error code in a Swedish
 * sentence ("… laddas upp här (channel_not_found). Är Löftesbot medlem i kanalen?").
 */
describe.each(testDialects())('report documents Slack refuses to take [$name]', ({ name }) => {
  let h: SlackHarness;
  beforeAll(async () => {
    h = await startSlackHarness(name);
  });
  afterAll(async () => h?.close());
  beforeEach(() => h.fake.reset());

  const NOT_HERE =
    'Rapportdokumenten kunde inte laddas upp här: Löftesbot är inte med i den här kanalen. Ladda ner dem med knapparna ovan, eller bjud in Löftesbot (/invite @loftesbot) och skriv kommandot igen.';
  const LATER = 'Rapportdokumenten kunde inte laddas upp just nu. Ladda ner dem med knapparna ovan.';
  const CASES = [
    ['a private channel without the bot', 'G0PRIVATE', 'not_in_channel', NOT_HERE],
    ['a direct message between two people', 'D0TWOPEOPLE', 'channel_not_found', NOT_HERE],
    ['a channel, Slack failing', 'C0SAVSJO1', 'internal_error', LATER],
  ] as const;

  it.each(CASES)(
    '%s (%s): the summary with its download buttons, and what to do',
    async (_what, channel, error, text) => {
      h.fake.failNext('files.getUploadURLExternal', { error }, 3);
      const responseId = `doc-${channel}`;
      const res = await postToSlackEndpoint(
        h.url,
        slashCommandBody({
          command: '/sammanfattning',
          text: 'Sävsjö dokument',
          userId: POLICE_USER,
          channelId: channel,
          responseUrl: h.fake.responseUrl(responseId),
        }),
        { secret: SIGNING_SECRET },
      );
      expect(res.status).toBe(200);
      expect(blockText((await jsonOf(res))?.blocks)).toContain('Ladda ner HTML');
      const [told] = await h.fake.waitForResponse(responseId);
      expect(told?.body).toMatchObject({ response_type: 'ephemeral', text });
    },
  );
});
