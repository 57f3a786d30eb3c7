import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { renderText } from '../../src/bots/core/render-text.ts';
import { renderReply } from '../../src/bots/slack/render/blocks.ts';
import { replyActivity } from '../../src/bots/teams/render/activity.ts';
import { teamsTexts } from '../../src/bots/teams/render/texts.ts';
import { testDialects } from '../support/databases.ts';
import { type CoreFixture, coreFixture } from './fixtures.ts';

const times = (text: string, part: string) => text.split(part).length - 1;

/**
 * A registration's confirmation states its figures once in the body (beside the bar), and the notification (a
 * push, Slack's `text`, Teams' summary) — which shows only its first line — carries them after the headline.
 */
describe.each(testDialects())('the confirmation states its figures once [$name]', ({ name }) => {
  let f: CoreFixture;
  beforeEach(async () => {
    f = await coreFixture(name);
  });
  afterEach(async () => {
    expect(f.errors).toEqual([]);
    await f.dispose();
  });

  const CASES = [
    {
      text: '/insats Sävsjö',
      lang: 'sv',
      head: /^✅ Riktad insats registrerad i Sävsjö lördag 21 november 2026$/,
    },
    {
      text: '/insats Sävsjö igår 2 kväll vid torget',
      lang: 'en',
      head: /^✅ 2 targeted operations logged in Sävsjö on Friday 20 November 2026$/,
    },
    {
      text: '/logga 5 Sävsjö',
      lang: 'sv',
      head: /^✅ Riktad insats registrerad i Sävsjö lördag 21 november 2026$/,
    },
  ] as const;

  it.each(CASES)('$text ($lang)', async ({ text, lang, head }) => {
    const reply = await f.say('per', text, { lang });
    const bar = reply.sections.flatMap((s) => s.progress ?? [])[0];
    const amount = bar?.amount ?? '';
    expect(amount).toMatch(/\d+ (av minst|of at least) 15/);
    expect(reply.headline).toMatch(head);
    expect(reply.notification).toMatch(new RegExp(`^${reply.headline} — ${amount}`));
    expect(reply.fallback.split('\n')[0]).toBe(reply.notification);

    // The body: once, on the bar's line — on the terminal, in a Teams card and in Slack's blocks.
    expect(times(renderText(reply), amount)).toBe(1);
    const activity = replyActivity(reply, { texts: teamsTexts(lang) });
    const card = activity.attachments?.[0]?.content as { body: unknown; actions?: unknown };
    expect(times(JSON.stringify(card.body), amount)).toBe(1);
    const [message] = renderReply(reply);
    expect(times(JSON.stringify(message?.blocks), amount)).toBe(1);

    // The notification: the headline with the figures.
    expect(activity.summary).toBe(reply.notification);
    expect(message?.text.split('\n')[0]).toBe(reply.notification);
  });
});
