import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Reply } from '../../src/bots/core/reply.ts';
import { buttonPress } from '../../src/bots/slack/listeners/actions/button-press.ts';
import type { SlackApi } from '../../src/bots/slack/listeners/deliver.ts';
import type { ListenerDeps } from '../../src/bots/slack/listeners/deps.ts';
import { type Block, renderReply } from '../../src/bots/slack/render/blocks.ts';
import { blockKitProblems, LIMITS } from '../../src/bots/slack/render/limits.ts';
import { silentLogger } from '../../src/runtime/logger.ts';
import { hmacSigner } from '../../src/web/hmac.ts';
import { type CoreFixture, coreFixture, NOW } from '../core/fixtures.ts';
import { fixtureJson } from './support/slack-requests.ts';

/** Link buttons (report downloads, the dashboard, the public page) as Slack link buttons, within Block Kit's limits. */

const links = {
  sign: hmacSigner(Buffer.from('slack-links')),
  clock: { now: () => NOW },
  baseUrl: 'https://bot.example.se',
};

type Element = { type: string; action_id?: string; url?: string; value?: string; text?: { text: string } };
const elementsOf = (blocks: readonly Block[]): Element[] =>
  blocks.flatMap((b) => (b.type === 'actions' ? (b.elements as unknown as Element[]) : []));

describe('Slack link buttons', () => {
  let f: CoreFixture;
  const replies: Record<string, Reply> = {};
  beforeAll(async () => {
    f = await coreFixture('sqlite', { links });
    replies.documents = await f.say('per', '/sammanfattning Tranås 2026 dokument');
    replies.dashboard = await f.say('lena', '/sammanfattning Höglandet länk');
    replies.published = await f.say('sven', '/rapportera Sävsjö publicera T2');
  });
  afterAll(() => f.dispose());

  it.each(['documents', 'dashboard', 'published'])(
    'renders the %s reply within the limits, with url buttons',
    (kind) => {
      const reply = replies[kind] as Reply;
      const messages = renderReply(reply);
      for (const m of messages) expect(blockKitProblems(m.blocks)).toEqual([]);
      const buttons = elementsOf(messages.flatMap((m) => m.blocks));
      expect(buttons.length).toBe(reply.buttons?.length);
      for (const [i, b] of buttons.entries()) {
        expect(b).toMatchObject({ type: 'button', url: reply.buttons?.[i]?.url });
        expect(b.url).toMatch(/^https:\/\/bot\.example\.se\//);
        expect(b.action_id?.split('/')[0]).toBe('link');
      }
    },
  );

  it('the documents reply has one link button per format', () => {
    const buttons = elementsOf(renderReply(replies.documents as Reply).flatMap((m) => m.blocks));
    expect(buttons.map((b) => b.text?.text)).toEqual([
      'Ladda ner HTML',
      'Ladda ner Markdown',
      'Ladda ner Excel',
    ]);
    expect(buttons.map((b) => b.url?.match(/\/r\/0687\/2026-t3\.(\w+)\?/)?.[1])).toEqual([
      'html',
      'md',
      'xlsx',
    ]);
  });

  it('the limits checker catches a url that is too long or not http(s)', () => {
    const blocks = [
      {
        type: 'actions',
        elements: [
          {
            type: 'button',
            action_id: 'link/0',
            text: { type: 'plain_text', text: 'A' },
            url: `https://x/${'a'.repeat(LIMITS.buttonUrl)}`,
          },
          {
            type: 'button',
            action_id: 'link/1',
            text: { type: 'plain_text', text: 'B' },
            url: 'javascript:alert(1)',
          },
        ],
      },
    ];
    expect(blockKitProblems(blocks)).toEqual([
      `blocks[0].elements[0].url: ${LIMITS.buttonUrl + 10} > ${LIMITS.buttonUrl}`,
      'blocks[0].elements[1].url: not an http(s) address',
    ]);
  });

  it('a click on a link button is acknowledged and goes no further', async () => {
    const handled: string[] = [];
    const deps = {
      core: {
        handleAction: async (r: { actionId: string }) => {
          handled.push(r.actionId);
          return replies.dashboard;
        },
      },
      logger: silentLogger,
      defaultLang: 'sv',
      resolveLang: async () => 'sv',
    } as unknown as ListenerDeps;
    const base = fixtureJson<Record<string, unknown> & { actions: Record<string, unknown>[] }>(
      'block-actions.json',
    );
    const body = (actionId: string) =>
      ({
        ...base,
        actions: [{ ...base.actions[0], action_id: actionId, url: 'https://bot.example.se/d/x' }],
      }) as never;
    const acks: string[] = [];
    const respond = async () => {
      throw new Error('nothing should be posted');
    };
    const client = {} as SlackApi;
    for (const id of ['link', 'link/2']) {
      await buttonPress(deps)({ body: body(id), ack: async () => void acks.push(id), respond, client });
    }
    expect(acks).toEqual(['link', 'link/2']);
    expect(handled).toEqual([]);
  });
});
