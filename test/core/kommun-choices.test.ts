import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Reply } from '../../src/bots/core/reply.ts';
import { testDialects } from '../support/databases.ts';
import { type CoreFixture, coreFixture } from './fixtures.ts';

/**
 * A command typed without a kommun outside a bound channel asks "Vilken kommun?" with a button per kommun the
 * person works in and that has an agreement this year; pressing one runs the command for it, as its asker.
 */

const button = (r: Reply, label: string) => {
  const b = r.buttons?.find((x) => x.label === label);
  if (!b) throw new Error(`no button ${label} in ${r.fallback}`);
  return b as { actionId: string; value: string };
};

describe.each(testDialects())('"Vilken kommun?" with buttons [$name]', ({ name }) => {
  let f: CoreFixture;
  beforeEach(async () => {
    f = await coreFixture(name);
  });
  afterEach(async () => {
    expect(f.errors).toEqual([]);
    await f.dispose();
  });

  it('offers the asker’s kommuner with an agreement; a press runs the command there', async () => {
    type Case = [string, string, 'sv' | 'en', readonly string[], string | null, string | null, string?];
    const cases: readonly Case[] = [
      // who, typed, language, the buttons, the one pressed, the headline once pressed, the example shown
      ['per', '/status', 'sv', ['Sävsjö', 'Tranås'], 'Sävsjö', 'Läget i Sävsjö'],
      [
        'per',
        '/insats 2 igår',
        'sv',
        ['Sävsjö', 'Tranås'],
        'Tranås',
        '2 riktade insatser registrerade i Tranås fredag 20 november',
      ],
      ['sven', '/status', 'sv', ['Sävsjö'], 'Sävsjö', 'Läget i Sävsjö'],
      ['per', '/status', 'en', ['Sävsjö', 'Tranås'], null, null],
      // The demo's admin is the area's: its kommuner with an agreement.
      ['admin', '/status', 'sv', ['Sävsjö', 'Tranås'], null, null],
      // Lena (chef) asks a summary of a kommun: /sammanfattning without one is the area's, so only a kommun command.
      ['lena', '/status T3', 'sv', ['Sävsjö', 'Tranås'], 'Tranås', 'Läget i Tranås'],
      // A chef's summary and history take the police area too: its button comes first.
      [
        'lena',
        '/sammanfattning',
        'sv',
        ['LPO Höglandet', 'Sävsjö', 'Tranås'],
        'LPO Höglandet',
        'Läget i LPO Höglandet',
        'Exempel: /sammanfattning Tranås',
      ],
      [
        'lena',
        '/lofte historik',
        'sv',
        ['LPO Höglandet', 'Sävsjö', 'Tranås'],
        'Sävsjö',
        'Senaste ändringarna i Sävsjö',
        'Exempel: /lofte historik Sävsjö',
      ],
      [
        'lena',
        '/lofte history',
        'en',
        ['LPO Höglandet', 'Sävsjö', 'Tranås'],
        null,
        null,
        'Example: /lofte history Sävsjö',
      ],
      // A two-word command: the kommun goes after both words, and the example is the subcommand's.
      [
        'sven',
        '/lofte avtal',
        'sv',
        ['Sävsjö'],
        'Sävsjö',
        'Medborgarlöftet i Sävsjö',
        'Exempel: /lofte avtal Tranås',
      ],
      [
        'per',
        '/lofte registreringar',
        'sv',
        ['Sävsjö', 'Tranås'],
        'Tranås',
        'registreringar',
        'Exempel: /lofte registreringar Sävsjö 1',
      ],
      ['sven', '/lofte mål', 'sv', [], null, null, 'Exempel: /lofte mål Tranås 3 30 per år'],
    ];
    for (const [who, text, lang, labels, pressed, done, example] of cases) {
      const before = await f.counts();
      const asked = await f.say(who, text, { lang });
      const label = `${who} ${text} ${lang}`;
      expect(asked.headline, label).toBe(
        lang === 'en'
          ? 'Which kommun? Type the kommun after the command.'
          : 'Vilken kommun? Skriv kommunen efter kommandot.',
      );
      expect(asked.buttons?.map((b) => b.label) ?? [], label).toEqual(labels);
      if (example) expect(asked.sections?.map((x) => x.text) ?? [], label).toContain(example);
      expect(await f.counts(), label).toEqual(before);
      if (pressed && done) {
        const reply = await f.press(who, button(asked, pressed));
        expect(reply.headline, label).toContain(done);
      }
    }
  });
});

describe.each(testDialects())('documents asked for a police area [$name]', ({ name }) => {
  let f: CoreFixture;
  beforeEach(async () => {
    f = await coreFixture(name);
  });
  afterEach(async () => {
    expect(f.errors).toEqual([]);
    await f.dispose();
  });

  it('offers a button per kommun of the area with an agreement; a press asks for that kommun’s documents', async () => {
    const cases: readonly [string, 'sv' | 'en', readonly string[], string][] = [
      // typed, language, the buttons, the first button's command
      [
        '/sammanfattning LPO Höglandet dokument',
        'sv',
        ['Sävsjö', 'Tranås'],
        'sammanfattning Sävsjö dokument',
      ],
      [
        '/sammanfattning Höglandet T2 dokument',
        'sv',
        ['Sävsjö', 'Tranås'],
        'sammanfattning Sävsjö T2 dokument',
      ],
      ['/summary LPO Höglandet documents', 'en', ['Sävsjö', 'Tranås'], 'Sävsjö documents'],
    ];
    for (const [text, lang, labels, first] of cases) {
      const asked = await f.say('lena', text, { lang });
      expect(asked.headline, text).toMatch(/LPO Höglandet/);
      expect(asked.buttons?.map((b) => b.label) ?? [], text).toEqual(labels);
      expect(asked.buttons?.[0]?.value, text).toContain(first);
    }
    const asked = await f.say('lena', '/sammanfattning LPO Höglandet dokument');
    const reply = await f.press('lena', button(asked, 'Tranås'));
    expect(reply.headline).toBe('Uppföljning av medborgarlöftet i Tranås, år 2026');
  });
});
