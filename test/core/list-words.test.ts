import { DateTime } from 'luxon';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { renderText } from '../../src/bots/core/render-text.ts';
import { textsFor } from '../../src/bots/core/texts/index.ts';
import { whenWords } from '../../src/bots/core/when-words.ts';
import { testDialects } from '../support/databases.ts';
import { type CoreFixture, coreFixture, NOW, ZONE } from './fixtures.ts';

/**
 * `/lofte registreringar` and `/lofte historik` read on a phone: days and times in words as the rest of the product
 * writes them ("idag 14:05", "igår", "tis 1 dec 09:30"), never ISO; the registrations newest day first, one or two
 * lines each, with a total and a "Visa fler" button for older ones.
 */
const local = (iso: string) => DateTime.fromISO(iso, { zone: ZONE }).toMillis();
const utc = (iso: string) => DateTime.fromISO(iso, { zone: 'utc' }).toMillis();

const WHEN: readonly [lang: 'sv' | 'en', at: number, now: number, shown: string][] = [
  ['sv', local('2026-12-06T14:05'), local('2026-12-06T20:00'), 'idag 14.05'],
  ['en', local('2026-12-06T14:05'), local('2026-12-06T20:00'), 'today 14:05'],
  ['sv', local('2026-12-05T23:59'), local('2026-12-06T00:10'), 'igår 23.59'],
  ['en', local('2026-12-05T08:00'), local('2026-12-06T20:00'), 'yesterday 08:00'],
  ['sv', local('2026-12-01T09:30'), local('2026-12-06T20:00'), 'tis 1 dec 09.30'],
  ['en', local('2026-12-03T09:30'), local('2026-12-06T20:00'), 'Thu 3 Dec 09:30'],
  ['sv', local('2025-12-31T10:00'), local('2026-12-06T20:00'), 'ons 31 dec 2025 10.00'],
  // The night summer time ends (25 Oct 2026): 00:30 UTC is 02:30 CEST, 01:30 UTC is 02:30 CET.
  ['sv', utc('2026-10-25T00:30'), local('2026-12-06T20:00'), 'sön 25 okt 02.30'],
  ['sv', utc('2026-10-25T01:30'), local('2026-12-06T20:00'), 'sön 25 okt 02.30'],
  ['sv', utc('2026-10-25T22:30'), utc('2026-10-26T06:00'), 'igår 23.30'],
  // The night summer time starts (29 Mar 2026): 01:30 UTC is 03:30 CEST.
  ['en', utc('2026-03-29T01:30'), local('2026-12-06T20:00'), 'Sun 29 Mar 03:30'],
  ['sv', utc('2026-03-28T23:30'), utc('2026-03-29T09:00'), 'idag 00.30'],
];

describe('when, in words', () => {
  it.each(WHEN)('%s %d → %s', (lang, at, now, shown) => {
    expect(whenWords(textsFor(lang), at, now, ZONE)).toBe(shown);
  });
});

const ISO_DAY = /\b\d{4}-\d{2}-\d{2}\b/;

describe.each(testDialects())('lists read on a phone [$name]', ({ name }) => {
  let f: CoreFixture;
  beforeEach(async () => {
    f = await coreFixture(name);
  });
  afterEach(async () => {
    expect(f.errors).toEqual([]);
    await f.dispose();
  });

  it.each([
    [
      'sv',
      '/lofte registreringar Sävsjö',
      'Visa fler',
      /Visar 1–10 av (\d+) registreringar/,
      /idag|igår|mån|tis|ons|tor|fre|lör|sön/,
    ],
    [
      'en',
      '/lofte registrations Sävsjö',
      'Show more',
      /Showing 1–10 of (\d+) registrations/,
      /today|yesterday|Mon|Tue|Wed|Thu|Fri|Sat|Sun/,
    ],
  ] as const)(
    '%s: registrations newest day first, in words, short, with a total and more',
    async (lang, command, more, total, day) => {
      // Logged out of order: the list goes by the day they were for, not the order they were typed.
      for (const [date, note] of [
        ['2026-11-02', 'vid skolan'],
        [
          '2026-11-18',
          'en mycket lång anteckning om var och hur insatsen gjordes, med mer text än en telefon vill visa på en rad',
        ],
        ['2026-11-10', null],
      ] as const)
        expect((await f.say('sven', `/insats Sävsjö ${date} 2${note ? ` ${note}` : ''}`)).tone).toBe(
          'success',
        );
      await f.db.store.setPersonLang('console:sven', lang, NOW);
      const reply = await f.say('sven', command, { lang });
      const text = renderText(reply);
      expect(text).not.toMatch(ISO_DAY);
      expect(text).not.toMatch(/Day:|Dag:/);
      const lines = reply.sections.flatMap((s) => (s.text ?? '').split('\n')).filter((l) => l.trim() !== '');
      const entries = lines.filter((l) => / × /.test(l));
      expect(entries).toHaveLength(10);
      // One or two lines each: the entry, and its note when it has one.
      expect(lines.length).toBeLessThanOrEqual(20);
      expect(entries[0]).toMatch(day);
      expect(entries[0]).toMatch(lang === 'sv' ? /ons 18 nov · 2 × / : /Wed 18 Nov · 2 × /);
      const at = (day: RegExp) => entries.findIndex((e) => day.test(e));
      const [tenth, second] = lang === 'sv' ? [/^tis 10 nov/, /^mån 2 nov/] : [/^Tue 10 Nov/, /^Mon 2 Nov/];
      expect(at(tenth)).toBeGreaterThan(0);
      expect(at(second) === -1 || at(second) > at(tenth), entries.join('\n')).toBe(true);
      for (const e of entries) expect(e).toMatch(/\b[0-9a-f]{8}\b/);
      expect(
        lines.every((l) => l.length <= 120),
        lines.join('\n'),
      ).toBe(true);
      expect(text).toContain('…');
      const n = Number(text.match(total)?.[1]);
      expect(n).toBeGreaterThan(10);
      const button = reply.buttons?.find((b) => b.label.startsWith(more));
      expect(button, text).toBeDefined();
      const next = await f.press('sven', button as { actionId: string; value: string });
      const nextText = renderText(next);
      expect(nextText).toMatch(lang === 'sv' ? /Visar 11–/ : /Showing 11–/);
      expect(nextText).not.toMatch(ISO_DAY);
      expect(nextText).not.toContain(entries[0]?.match(/\b[0-9a-f]{8}\b/)?.[0] ?? '?');
    },
  );

  it('registreringar: a later page by its documented form, and a friendly reply past the end', async () => {
    const page2 = renderText(await f.say('sven', '/lofte registreringar Sävsjö sida 2'));
    expect(page2).toMatch(/Visar 11–/);
    const far = await f.say('sven', '/lofte registreringar Sävsjö sida 99');
    expect(renderText(far)).toMatch(/sida 1/);
  });

  it.each([
    ['sv', '/lofte historik Sävsjö', /idag \d\d\.\d\d/],
    ['en', '/lofte history Sävsjö', /today \d\d:\d\d/],
  ] as const)('%s: historik says when in words', async (lang, command, when) => {
    await f.say('sven', '/insats Sävsjö 2026-11-20 2');
    const text = renderText(await f.say('sven', command, { lang }));
    expect(text).toMatch(when);
    expect(text.replace(/\(\d+ \w+ \d{4}\)/g, '')).not.toMatch(ISO_DAY);
  });
});
