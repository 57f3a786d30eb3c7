import { describe, expect, it } from 'vitest';
import { OPEN_TO_ALL, type Reply } from '../../src/bots/core/reply.ts';
import { renderReply } from '../../src/bots/slack/render/blocks.ts';
import { replyCard } from '../../src/bots/teams/render/reply-card.ts';
import { teamsTexts } from '../../src/bots/teams/render/texts.ts';

/**
 * A person's own text (a note, a status text, a meeting place) shows as typed in Slack and Teams: never bold,
 * italic, struck, code, a quote, a link or a list — whichever part of a reply carries it.
 */

const TYPED: readonly string[] = [
  '_viktigt_ möte',
  '~inställt~ flyttat',
  '*akut* insats',
  '`kod` i texten',
  'se <https://example.se|länken> & <!channel>',
  '> citerat från mejlet',
  'snake_case_namn och 2 * 3',
  '**fet** och [länk](https://example.se)',
  '- punkt ett',
  '1. första',
];

/** Every part of a reply a person's text can stand in. */
const replyWith = (text: string): Reply => ({
  headline: 'Sparat',
  sections: [
    { title: 'Anteckning', text },
    { fields: [{ label: 'Plats', value: text }] },
    { table: { columns: ['Aktivitet', 'T3'], rows: [['1. Möten', text]] } },
  ],
  buttons: [{ actionId: 'x', requires: OPEN_TO_ALL, label: 'OK', value: 'v' }],
  context: text,
  fallback: text,
  visibility: 'channel',
});

/** The mrkdwn texts of the Slack blocks of a reply holding `text`. */
function slackTexts(text: string): string[] {
  const out: string[] = [];
  const walk = (v: unknown) => {
    if (Array.isArray(v)) for (const x of v) walk(x);
    else if (v && typeof v === 'object') {
      const o = v as Record<string, unknown>;
      if (o.type === 'mrkdwn' && typeof o.text === 'string') out.push(o.text);
      else for (const x of Object.values(o)) walk(x);
    }
  };
  walk(renderReply(replyWith(text)).map((m) => m.blocks));
  return out;
}

/** What Slack shows of a mrkdwn text holding no markup: entities read, look-alikes and soft hyphens as seen. */
const slackShows = (mrkdwn: string) =>
  mrkdwn
    .replace(/\u00ad/g, '')
    .replace(/∗/g, '*')
    .replace(/ˍ/g, '_')
    .replace(/∼/g, '~')
    .replace(/ˋ/g, '`')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&amp;/g, '&');

describe('a person’s text in Slack mrkdwn shows as typed', () => {
  it.each(TYPED)('%s', (typed) => {
    const texts = slackTexts(typed).filter((t) => slackShows(t).includes(typed.slice(2, 8)));
    expect(texts.length).toBeGreaterThanOrEqual(4);
    for (const t of texts) {
      // Whatever else the block holds (a bold first cell, a column name), the typed text is in it as typed …
      expect(slackShows(t)).toContain(typed);
      // … with nothing Slack reads as markup: no link or broadcast, no emphasis marker, no quote at a line start.
      const own = t.replace(/^\*[^*\n]+\*\n/, '').replace(/^\s*T3: /, '');
      expect(own, t).not.toMatch(/[<>*_~`]|^\s*&gt;/m);
    }
  });
});

describe('a person’s text in a Teams card shows as typed', () => {
  it.each(TYPED)('%s', (typed) => {
    const card = JSON.stringify(replyCard(replyWith(typed), { texts: teamsTexts('sv') }));
    const blocks = [...card.matchAll(/"(?:text|value)":"((?:[^"\\]|\\.)*)"/g)]
      .map((m) => JSON.parse(`"${m[1]}"`) as string)
      .filter((t) => t.replace(/\\(.)/g, '$1').includes(typed));
    expect(blocks.length).toBeGreaterThanOrEqual(3);
    for (const t of blocks) {
      // Every markdown character is backslash-escaped, and no line opens a list.
      expect(t.replace(/\\./g, ''), t).not.toMatch(/[<>[\]_*`~]|^\s*(-|\d+\.) /m);
    }
  });
});
