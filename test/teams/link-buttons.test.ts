import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { OPEN_TO_ALL, type Reply } from '../../src/bots/core/reply.ts';
import { replyActivity } from '../../src/bots/teams/render/activity.ts';
import { replyCard } from '../../src/bots/teams/render/reply-card.ts';
import { teamsTexts } from '../../src/bots/teams/render/texts.ts';
import { hmacSigner } from '../../src/web/hmac.ts';
import { type CoreFixture, coreFixture, NOW } from '../core/fixtures.ts';
import { cardActions, cardProblems } from './card-validator.ts';

/** The "download card" of `/sammanfattning <kommun> dokument` and other link buttons as Action.OpenUrl. */

const texts = teamsTexts('sv');
const links = {
  sign: hmacSigner(Buffer.from('teams-links')),
  clock: { now: () => NOW },
  baseUrl: 'https://bot.example.se',
};

describe('Teams link buttons', () => {
  let f: CoreFixture;
  const replies: Record<string, Reply> = {};
  beforeAll(async () => {
    f = await coreFixture('sqlite', { links });
    replies.documents = await f.say('per', 'sammanfattning Tranås 2026 dokument');
    replies.dashboard = await f.say('lena', 'sammanfattning Höglandet länk');
    replies.published = await f.say('sven', 'rapportera Sävsjö publicera T2');
  });
  afterAll(() => f.dispose());

  it.each(['documents', 'dashboard', 'published'])(
    'the %s card passes the adaptivecards validator',
    (kind) => {
      const reply = replies[kind] as Reply;
      const card = replyCard(reply, { texts });
      expect(cardProblems(card)).toEqual([]);
      const open = cardActions(card).filter((a) => a.type === 'Action.OpenUrl');
      expect(open).toEqual(
        (reply.buttons ?? []).map((b) => ({ type: 'Action.OpenUrl', title: b.label, url: b.url })),
      );
      expect(open.length).toBeGreaterThan(0);
    },
  );

  it('the download card offers HTML, Markdown and Excel (not CSV: Swedish Excel reads it as one column), and is sent as a card', () => {
    const card = replyCard(replies.documents as Reply, { texts });
    expect(cardActions(card).map((a) => a.title)).toEqual([
      'Ladda ner HTML',
      'Ladda ner Markdown',
      'Ladda ner Excel',
    ]);
    expect(
      cardActions(card).every((a) =>
        /^https:\/\/bot\.example\.se\/r\/0687\/2026-t3\.\w+\?t=/.test(String(a.url)),
      ),
    ).toBe(true);
    const activity = replyActivity(replies.documents as Reply, { texts });
    expect(activity.attachments?.[0]?.contentType).toBe('application/vnd.microsoft.card.adaptive');
  });

  it('submit buttons and link buttons mix in one card', () => {
    const reply: Reply = {
      ...(replies.published as Reply),
      buttons: [
        { actionId: 'undo', requires: OPEN_TO_ALL, label: 'Ångra', value: 'r1', style: 'danger' },
        ...((replies.published as Reply).buttons ?? []),
      ],
    };
    const card = replyCard(reply, { texts });
    expect(cardProblems(card)).toEqual([]);
    expect(cardActions(card).map((a) => a.type)).toEqual(['Action.Submit', 'Action.OpenUrl']);
  });
});
