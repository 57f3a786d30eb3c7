import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { renderText } from '../../src/bots/core/render-text.ts';
import type { Reply } from '../../src/bots/core/reply.ts';
import { homeView } from '../../src/bots/slack/render/home.ts';
import { replyCard } from '../../src/bots/teams/render/reply-card.ts';
import { teamsTexts } from '../../src/bots/teams/render/texts.ts';
import { type CoreFixture, coreFixture } from './fixtures.ts';

/**
 * One rule for emphasis: what stands out is a section's title, which every platform shows bold in its own way (Slack
 * mrkdwn `*…*`, a Teams TextBlock of weight Bolder, a terminal's bold or nothing when piped); a section's text is
 * plain and shows exactly as written — no asterisks the core meant as bold, no formatting user text did not have.
 */

const ESC = String.fromCharCode(27);

/** A rendered message as runs of text, each bold or not, as a reader sees them. */
type Run = { readonly text: string; readonly bold: boolean };

const slackRuns = (reply: Reply): Run[] =>
  homeView(reply)
    .blocks.flatMap((b) => {
      const text = (b as { text?: { text?: string } }).text?.text;
      return text ? text.split('\n') : [];
    })
    .map((line) => {
      // A whole line in mrkdwn *…* is a bold title; *…* at word boundaries inside a line is bold too (Slack's rule).
      if (/^\*[^*]+\*$/.test(line)) return { text: line.slice(1, -1), bold: true };
      const bold = /(^|[\s(])\*[^*\s][^*]*\*(?=$|[\s).,:;!?])/.test(line);
      // Look-alikes are how `*`, `_`, `~` and a backtick are shown as typed: mrkdwn has no escape for them.
      const typed = line.replace(/∗/g, '*').replace(/ˍ/g, '_').replace(/∼/g, '~').replace(/ˋ/g, '`');
      return { text: typed, bold };
    });

const teamsRuns = (reply: Reply): Run[] => {
  const out: Run[] = [];
  const walk = (x: unknown): void => {
    if (Array.isArray(x)) {
      for (const item of x) walk(item);
      return;
    }
    if (!x || typeof x !== 'object') return;
    const o = x as Record<string, unknown>;
    if (o.type === 'TextBlock' && typeof o.text === 'string') {
      // TextBlock markdown: a backslash shows the next character as typed; ** makes bold.
      const shown = o.text.replace(/\*\*([^*]+)\*\*/g, '$1').replace(/\\(.)/g, '$1');
      out.push({ text: shown, bold: o.weight === 'Bolder' || /\*\*[^*]+\*\*/.test(o.text) });
    }
    for (const v of Object.values(o)) walk(v);
  };
  walk(replyCard(reply, { texts: teamsTexts(reply.lang === 'en' ? 'en' : 'sv') }).body);
  return out;
};

const terminalRuns =
  (titles: 'ansi' | 'plain') =>
  (reply: Reply): Run[] =>
    renderText(reply, { titles })
      .split('\n')
      .map((line) => {
        const bold = line.startsWith(`${ESC}[1m`) && line.endsWith(`${ESC}[22m`);
        return { text: bold ? line.slice(4, -5) : line, bold };
      });

const RENDERERS: readonly [string, (reply: Reply) => Run[], boolean][] = [
  // platform, renderer, whether it shows bold at all
  ['Slack', slackRuns, true],
  ['Teams', teamsRuns, true],
  ['terminal (tty)', terminalRuns('ansi'), true],
  ['terminal (piped)', terminalRuns('plain'), false],
];

describe('emphasis renders the same way on every platform', () => {
  let f: CoreFixture;
  beforeEach(async () => {
    f = await coreFixture('sqlite');
  });
  afterEach(async () => {
    expect(f.errors).toEqual([]);
    await f.dispose();
  });

  it.each(RENDERERS)(
    "%s: the admin's setup list sets each kommun apart without showing asterisks",
    async (_, runs, bolds) => {
      for (const [command, lang, title] of [
        ['/lofte hem', 'sv', 'Aneby · Att ställa in härnäst'],
        ['/lofte home', 'en', 'Aneby · To set up next'],
      ] as const) {
        const home = await f.say('admin', command, { lang });
        const shown = runs(home);
        const heading = shown.find((r) => r.text === title);
        expect(heading, `${lang}: ${title}`).toBeDefined();
        expect(heading?.bold).toBe(bolds);
        expect(shown.filter((r) => r.text.includes('*')).map((r) => r.text)).toEqual([]);
      }
    },
  );

  it.each(RENDERERS)('%s: text a person wrote never gains formatting', (_, runs) => {
    const typed = ['*viktigt* möte', 'Vi ses **i morgon**', '_snart_ och ~inte~ `kod`'];
    const reply: Reply = {
      headline: 'Kommentarer',
      sections: typed.map((text) => ({ text })),
      fallback: typed.join('\n'),
      visibility: 'ephemeral',
    };
    const shown = runs(reply);
    for (const text of typed) expect(shown, text).toContainEqual({ text, bold: false });
  });
});
