import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { commandNames } from '../../src/bots/core/commands.ts';
import { usageLines } from '../../src/bots/core/handlers/help.ts';
import type { Reply } from '../../src/bots/core/reply.ts';
import { textsFor } from '../../src/bots/core/texts/index.ts';
import { replyCard } from '../../src/bots/teams/render/reply-card.ts';
import { teamsTexts } from '../../src/bots/teams/render/texts.ts';
import { type CoreFixture, coreFixture } from '../core/fixtures.ts';
import { launchBrowser } from '../support/browser.ts';

/**
 * Every kind of reply card rendered in ONE Chromium page by Microsoft's `adaptivecards` renderer, with TextBlock
 * markdown processed by markdown-it (CommonMark, inline HTML passed through as Teams does, so an unescaped `<word>`
 * becomes a tag and vanishes — exactly the failure the issue reports from Teams). What a person would see must hold
 * each command syntax of the help in full — `<kommun>` included — and no text a user typed may become a link.
 */

const require = createRequire(import.meta.url);
const AC_SCRIPT = readFileSync(require.resolve('adaptivecards/dist/adaptivecards.min.js'), 'utf8');
const MARKDOWN_IT = readFileSync(require.resolve('markdown-it/browser'), 'utf8');

const MARKDOWN = `
const md = window.markdownit({ html: true, linkify: false });
AdaptiveCards.AdaptiveCard.onProcessMarkdown = (text, result) => {
  result.outputHtml = md.render(text);
  result.didProcess = true;
};
window.renderCard = (json) => {
  const card = new AdaptiveCards.AdaptiveCard();
  card.parse(json);
  const el = card.render();
  const box = document.createElement('section');
  box.appendChild(el);
  document.body.appendChild(box);
  return { text: box.innerText, links: [...box.querySelectorAll('a')].map((a) => a.textContent) };
};
`;

const USER_NOTE = 'se [här](http://evil.example) <b>fet</b> *stjärna* _under_ 3 < 5 > 2';

describe('reply cards as Microsoft renders them (adaptivecards in Chromium)', () => {
  let f: CoreFixture;
  let browser: Browser;
  beforeAll(async () => {
    f = await coreFixture('sqlite');
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
    await f?.dispose();
  });

  it('shows every help syntax in full (the overview to an admin, who may use them all) and never turns user text into a link', async () => {
    const replies: [string, Reply][] = [];
    for (const lang of ['sv', 'en'] as const) {
      replies.push([`hjalp ${lang}`, await f.say('admin', '/hjalp', { lang })]);
      for (const c of commandNames())
        replies.push([`hjalp ${c.name} ${lang}`, await f.say('per', `/hjalp ${c.name}`, { lang })]);
      replies.push([`status ${lang}`, await f.say('per', '/status Sävsjö', { lang })]);
      replies.push([`insats ${lang}`, await f.say('per', `/insats Sävsjö 2 ${USER_NOTE}`, { lang })]);
      replies.push([`typo ${lang}`, await f.say('per', '/insat Sävsjö', { lang })]);
      replies.push([`ask ${lang}`, await f.say('per', '/insats Sävsjö 3 ungdomar vid skolan', { lang })]);
      replies.push([`confirm ${lang}`, await f.say('per', '/insats Sävsjö 24/12', { lang })]);
      replies.push([`summary ${lang}`, await f.say('lena', '/sammanfattning Sävsjö', { lang })]);
    }
    const page = await browser.newPage();
    await page.setContent('<!doctype html><html><body></body></html>');
    await page.addScriptTag({ content: AC_SCRIPT });
    await page.addScriptTag({ content: MARKDOWN_IT });
    await page.addScriptTag({ content: MARKDOWN });
    const seen = new Map<string, { text: string; links: string[] }>();
    for (const [name, r] of replies) {
      const lang = name.endsWith(' en') ? 'en' : 'sv';
      const card = replyCard(r, { texts: teamsTexts(lang) });
      seen.set(
        name,
        await page.evaluate(
          (json) =>
            (
              globalThis as unknown as { renderCard: (j: unknown) => { text: string; links: string[] } }
            ).renderCard(json),
          card,
        ),
      );
    }
    await page.close();

    const problems: string[] = [];
    for (const lang of ['sv', 'en'] as const) {
      const help = seen.get(`hjalp ${lang}`)?.text ?? '';
      for (const c of commandNames()) {
        for (const usage of usageLines(textsFor(lang), c)) {
          if (!help.includes(usage)) problems.push(`${lang} help lacks "${usage}"`);
          const own = seen.get(`hjalp ${c.name} ${lang}`)?.text ?? '';
          if (!own.includes(usage)) problems.push(`${lang} /hjalp ${c.name} lacks "${usage}"`);
        }
      }
      const insats = seen.get(`insats ${lang}`);
      if (!insats?.text.includes(USER_NOTE))
        problems.push(`${lang} note not shown as typed: ${insats?.text}`);
      for (const [name, s] of seen)
        if (s.links.length > 0) problems.push(`${name}: links ${s.links.join(', ')}`);
      if (!seen.get(`typo ${lang}`)?.text.includes('/insats Sävsjö')) problems.push(`${lang} typo card`);
    }
    expect(problems).toEqual([]);
    // The state of a progress row is in the reader's language.
    expect(seen.get('status en')?.text).not.toMatch(/\b(i fas|efter|ej påbörjad|följs upp med text)\b/);
  });
});
