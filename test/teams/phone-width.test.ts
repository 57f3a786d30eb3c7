import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { reply } from '../../src/bots/core/build.ts';
import { ACTION, OPEN_TO_ALL, type Reply, type ReplyButton } from '../../src/bots/core/reply.ts';
import { replyCard } from '../../src/bots/teams/render/reply-card.ts';
import { teamsTexts } from '../../src/bots/teams/render/texts.ts';
import { type CoreFixture, coreFixture } from '../core/fixtures.ts';
import { launchBrowser } from '../support/browser.ts';

/**
 * Reply cards on a phone: Microsoft's `adaptivecards` renderer (markdown processed, as Teams does) in Chromium, the
 * card 344 px wide (a 360 px screen less its margins). Every button must be inside the card — a row of buttons does
 * not wrap, so one past the right edge cannot be pressed — no word may be wider than its column (a narrow Table
 * column breaks words in the middle: "Geno|mfört"), and lines the reply keeps apart stay apart.
 */

const require = createRequire(import.meta.url);
const AC_SCRIPT = readFileSync(require.resolve('adaptivecards/dist/adaptivecards.min.js'), 'utf8');
const MARKDOWN_IT = readFileSync(require.resolve('markdown-it/browser'), 'utf8');

const RENDER = `
const md = window.markdownit({ html: true, linkify: false });
AdaptiveCards.AdaptiveCard.onProcessMarkdown = (text, result) => {
  result.outputHtml = md.render(text);
  result.didProcess = true;
};
window.phoneCheck = (json) => {
  document.body.innerHTML = '';
  const card = new AdaptiveCards.AdaptiveCard();
  card.parse(json);
  const box = document.createElement('section');
  box.style.width = '344px';
  box.appendChild(card.render());
  document.body.appendChild(box);
  // Words are not broken here, so a word wider than its column shows as overflow (the renderer would break it).
  for (const el of box.querySelectorAll('*')) {
    el.style.setProperty('overflow-wrap', 'normal', 'important');
    el.style.setProperty('word-break', 'normal', 'important');
  }
  const right = box.getBoundingClientRect().right;
  const problems = [];
  for (const b of box.querySelectorAll('button')) {
    if (b.getBoundingClientRect().right > right + 0.5) problems.push('button past the edge: ' + b.textContent);
  }
  for (const el of box.querySelectorAll('p')) {
    if (el.scrollWidth > el.clientWidth + 1) problems.push('word wider than its column: ' + el.textContent);
  }
  return { problems, text: box.innerText };
};
`;

const button = (label: string, i: number, url?: string): ReplyButton => ({
  actionId: url ? ACTION.link : `${ACTION.run}/${i}`,
  requires: OPEN_TO_ALL,
  label,
  value: '',
  ...(url ? { url } : {}),
});

/** The status prompt's shape: per activity the proposal and three answers, then the two snooze buttons. */
const STATUS_PROMPT: Reply = reply({
  headline: '📝 Dags för uppföljning T3 2026 i Sävsjö — sista dag 31 dec 2026 (om 14 dagar)',
  sections: [
    {
      title: '5. Polisen ska genomföra minst femton riktade insatser',
      text: '4 registrerade under T3 2026',
      buttons: [
        '✅ Genomfört 4 riktade insatser under tertialet.',
        'Pågår',
        'Ej genomfört',
        '✍️ Skriv själv',
      ].map((l, i) => button(l, i)),
    },
  ],
  buttons: ['⏰ Påminn mig fre 18 dec kl. 09.00', '📅 Påminn mig en annan dag…'].map((l, i) => button(l, i)),
});

const DOWNLOADS: Reply = reply({
  headline: 'Uppföljning av medborgarlöftet i Sävsjö, år 2026',
  sections: [
    { title: 'Dokument', text: 'Uppföljningen T3 2026 som HTML (för utskrift), Markdown eller CSV.' },
  ],
  buttons: ['Ladda ner HTML', 'Ladda ner Markdown', 'Ladda ner CSV'].map((l, i) =>
    button(l, i, `https://loftesbot.example.se/r/${i}`),
  ),
});

describe('reply cards on a phone (adaptivecards in Chromium, 360 px)', () => {
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

  it('keeps every button on the card, every word in its column and every help line on its own', async () => {
    const summary = await f.say('lena', '/sammanfattning Sävsjö');
    const tableButton = summary.buttons?.find((b) => b.actionId === ACTION.summaryTable);
    if (!tableButton) throw new Error('no Visa tabellen button');
    const replies: [string, Reply][] = [
      ['status prompt', STATUS_PROMPT],
      ['downloads', DOWNLOADS],
      ['which day', await f.say('per', '/insats Sävsjö förra veckan')],
      ['which count', await f.say('per', '/insats Sävsjö 3 ungdomar vid skolan')],
      ['summary table', await f.press('lena', tableButton)],
      ['help', await f.say('per', '/hjalp')],
      ['help en', await f.say('per', '/hjalp', { lang: 'en' })],
    ];
    const page = await browser.newPage({ viewport: { width: 360, height: 800 } });
    await page.setContent('<!doctype html><html><body style="margin:8px;font-family:Arial"></body></html>');
    await page.addScriptTag({ content: AC_SCRIPT });
    await page.addScriptTag({ content: MARKDOWN_IT });
    await page.addScriptTag({ content: `${RENDER}` });
    const problems: string[] = [];
    const texts = new Map<string, string>();
    for (const [name, r] of replies) {
      const card = replyCard(r, { texts: teamsTexts(name.endsWith(' en') ? 'en' : 'sv') });
      const seen = await page.evaluate(
        (json) =>
          (
            globalThis as unknown as { phoneCheck: (j: unknown) => { problems: string[]; text: string } }
          ).phoneCheck(json),
        card,
      );
      problems.push(...seen.problems.map((p) => `${name}: ${p}`));
      texts.set(name, seen.text);
    }
    await page.close();
    expect(problems).toEqual([]);
    // The help keeps each syntax and its example on a line of its own (a FactSet value would run them together).
    const lines = (texts.get('help') ?? '').split('\n').map((l) => l.trim());
    for (const line of [
      '/status <kommun> [T1|T2|T3] [år]',
      'Exempel: /status Sävsjö',
      '/samverkan <kommun> kalender',
    ])
      expect(lines).toContain(line);
    expect((texts.get('help en') ?? '').split('\n').map((l) => l.trim())).toContain(
      'Example: /status Sävsjö',
    );
  });
});
