import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { parseCommand } from '../../src/bots/core/grammar/parse.ts';
import type { GrammarContext } from '../../src/bots/core/grammar/types.ts';
import { loadRegister } from '../../src/runtime/register.ts';
import { testDialects } from '../support/databases.ts';
import { type CoreFixture, coreFixture } from './fixtures.ts';

/**
 * A meeting series' words as a samordnare writes them (today is Saturday 21 November 2026): a summer break as a
 * range with a dash, "från … till …" or a month; a change with its day but without "från"; and every refused series
 * command answered with its own form, for the kommun typed.
 */

const ctx: GrammarContext = {
  register: loadRegister(),
  areas: [{ id: 'hoglandet', name: 'LPO Höglandet', municipalityCodes: ['0686', '0687'] }],
  bound: null,
  today: '2026-11-21',
  platform: 'console',
};

describe('uppehåll and ändra as people write them', () => {
  const pauses: readonly [string, string, string][] = [
    ['/samverkan Tranås uppehåll 15/6 15/8', '2027-06-15', '2027-08-15'],
    ['/samverkan Tranås uppehåll 15/6-15/8', '2027-06-15', '2027-08-15'],
    ['/samverkan Tranås uppehåll 15/6–15/8', '2027-06-15', '2027-08-15'],
    ['/samverkan Tranås uppehåll 15/6 - 15/8', '2027-06-15', '2027-08-15'],
    ['/samverkan Tranås uppehåll från 15/6 till 15/8', '2027-06-15', '2027-08-15'],
    ['/samverkan Tranås uppehåll fr.o.m. 15/6 t.o.m. 15/8', '2027-06-15', '2027-08-15'],
    ['/samverkan Tranås uppehåll juli', '2027-07-01', '2027-07-31'],
    ['/samverkan Tranås uppehåll i juli', '2027-07-01', '2027-07-31'],
    ['/samverkan Tranås uppehåll under juli 2027', '2027-07-01', '2027-07-31'],
    ['/samverkan Tranås uppehåll juni-augusti', '2027-06-01', '2027-08-31'],
    ['/samverkan Tranås uppehåll juni till augusti', '2027-06-01', '2027-08-31'],
    ['/samverkan Tranås uppehåll december', '2026-12-01', '2026-12-31'],
    ['/samverkan Tranås uppehåll februari', '2027-02-01', '2027-02-28'],
    // The month under way: from today, never a day gone by.
    ['/samverkan Tranås uppehåll november', '2026-11-21', '2026-11-30'],
    ['/meeting Tranås pause in July', '2027-07-01', '2027-07-31'],
    ['/meeting Tranås pause from 2027-06-15 to 2027-08-15', '2027-06-15', '2027-08-15'],
  ];
  it.each(pauses)('%s', (text, from, to) => {
    const parsed = parseCommand(text, ctx);
    expect(parsed.ok ? parsed.command : parsed.error).toMatchObject({
      kind: 'meeting',
      op: { type: 'pause', from, to },
    });
  });

  const changes: readonly [string, Record<string, unknown>][] = [
    ['/samverkan Tranås ändra 1/3 torsdag', { from: '2027-03-01', change: { weekday: 4 } }],
    ['/samverkan Tranås ändra 2027-03-01 10:00', { from: '2027-03-01', change: { time: '10:00' } }],
    ['/samverkan Tranås ändra från 1/3 torsdag', { from: '2027-03-01', change: { weekday: 4 } }],
  ];
  it.each(changes)('%s', (text, op) => {
    const parsed = parseCommand(text, ctx);
    expect(parsed.ok ? parsed.command : parsed.error).toMatchObject({
      kind: 'meeting',
      op: { type: 'change', ...op },
    });
  });
});

describe.each(testDialects())('a refused series command shows its own form [$name]', ({ name }) => {
  let f: CoreFixture;
  beforeEach(async () => {
    f = await coreFixture(name);
  });
  afterEach(async () => {
    expect(f.errors).toEqual([]);
    await f.dispose();
  });

  it('names what was wrong and gives the example of the same command for the kommun typed; nothing is stored', async () => {
    const before = await f.counts();
    const cases: [text: string, headline: string, example: string, lang?: 'en'][] = [
      [
        '/samverkan Eksjö uppehåll hela sommaren',
        'Skriv uppehållet som två datum: från och till.',
        'Exempel: /samverkan Eksjö uppehåll 15/6 15/8',
      ],
      [
        '/samverkan Eksjö uppehåll 15/6',
        'Skriv uppehållet som två datum: från och till.',
        'Exempel: /samverkan Eksjö uppehåll 15/6 15/8',
      ],
      [
        '/samverkan Eksjö ändra torsdag',
        'Från vilket datum? Skriv till exempel från 12/1.',
        'Exempel: /samverkan Eksjö ändra från 1/3 onsdag 10:00',
      ],
      [
        '/samverkan Eksjö ändra från 1/3',
        'Vad ska ändras? Skriv veckodag, tid, var <N>:e vecka eller plats.',
        'Exempel: /samverkan Eksjö ändra från 1/3 onsdag 10:00',
      ],
      [
        '/samverkan Eksjö ny tisdag 13:00 från 12/1',
        'Hur ofta? Skriv till exempel var 6:e vecka.',
        'Exempel: /samverkan Eksjö ny tisdag 13:00 var 6:e vecka från 12/1 plats Stadshuset',
      ],
      [
        '/samverkan Eksjö avsluta snart',
        'Vilket datum? Skriv till exempel 2027-02-23 eller 23/2.',
        'Exempel: /samverkan Eksjö avsluta 2027-12-31',
      ],
      [
        '/samverkan Eksjö återställ',
        'Vilket datum? Skriv till exempel 2027-02-23 eller 23/2.',
        'Exempel: /samverkan Eksjö återställ 23/2',
      ],
      [
        '/meeting Eksjö pause soon',
        'Type the break as two dates: from and to.',
        'Example: /meeting Eksjö pause 15/6 15/8',
        'en',
      ],
      [
        '/meeting Eksjö new tuesday every 6 weeks from 12/1',
        'What time? Type for example 13:00.',
        'Example: /meeting Eksjö new tuesday 13:00 every 6 weeks from 2027-01-12 at Town hall',
        'en',
      ],
    ];
    for (const [text, headline, example, lang] of cases) {
      const r = await f.say('admin', text, lang ? { lang } : {});
      expect(r.tone, text).toBe('error');
      expect(r.headline, text).toBe(headline);
      expect(r.fallback, text).toContain(example);
    }
    expect(await f.counts()).toEqual(before);
  });
});
