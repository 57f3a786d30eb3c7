import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseCommand } from '../../src/bots/core/grammar/parse.ts';
import type { GrammarContext } from '../../src/bots/core/grammar/types.ts';
import { loadRegister } from '../../src/runtime/register.ts';
import { testDialects } from '../support/databases.ts';
import { type CoreFixture, coreFixture } from './fixtures.ts';

/**
 * The words /sammanfattning and /status take after a kommun or area, one grammar (grammar/window.ts): the period
 * words a Swede types (`förra tertialen`, `förra året`, `i år`), `rapport` for `dokument`, the same in English —
 * and, for a word it does not take, a reply that lists the words and gives an example with what was typed.
 */

const HOGLANDET = {
  id: 'hoglandet',
  name: 'LPO Höglandet',
  municipalityCodes: ['0604', '0686', '0682', '0684', '0687', '0685'],
};

const ctx = (today: string): GrammarContext => ({
  register: loadRegister(),
  areas: [HOGLANDET],
  bound: null,
  today,
  platform: 'console',
});

const T2 = { kind: 'tertial', year: 2026, tertial: 2 };
const LAST_YEAR = { kind: 'year', year: 2025 };

const CASES: readonly [text: string, today: string, expected: Record<string, unknown>][] = [
  ['/sammanfattning Tranås rapport', '2026-11-21', { kind: 'summary', documents: true, window: null }],
  ['/sammanfattning Tranås rapporten T2', '2026-11-21', { kind: 'summary', documents: true, window: T2 }],
  ['/summary Tranås report', '2026-11-21', { kind: 'summary', documents: true }],
  ['/sammanfattning Tranås förra tertialen', '2026-11-21', { kind: 'summary', window: T2 }],
  ['/sammanfattning Tranås förra tertialet', '2026-11-21', { kind: 'summary', window: T2 }],
  ['/summary Tranås last tertial', '2026-11-21', { kind: 'summary', window: T2 }],
  ['/status Tranås förra tertialen', '2026-11-21', { kind: 'status', window: T2 }],
  [
    '/status Tranås förra tertialet',
    '2027-01-10',
    { kind: 'status', window: { kind: 'tertial', year: 2026, tertial: 3 } },
  ],
  ['/sammanfattning Tranås förra året', '2026-11-21', { kind: 'summary', window: LAST_YEAR }],
  ['/summary Tranås last year', '2026-11-21', { kind: 'summary', window: LAST_YEAR }],
  ['/status Sävsjö i fjol', '2026-11-21', { kind: 'status', window: LAST_YEAR }],
  ['/sammanfattning Tranås i år', '2026-11-21', { kind: 'summary', window: { kind: 'year', year: 2026 } }],
  ['/sammanfattning Tranås året', '2026-11-21', { kind: 'summary', window: { kind: 'year', year: 2026 } }],
  [
    '/sammanfattning Tranås förra tertialen rapport',
    '2026-11-21',
    { kind: 'summary', documents: true, window: T2 },
  ],
  [
    '/rapportera Tranås förra tertialen',
    '2026-11-21',
    { kind: 'report', tertial: { year: 2026, tertial: 2 } },
  ],
  ['/sammanfattning LPO Höglandet rapport', '2026-11-21', { error: 'documents-need-kommun' }],
  ['/sammanfattning Höglandet förra tertialen', '2026-11-21', { kind: 'summary', window: T2 }],
  [
    '/sammanfattning Höglandet blaha',
    '2026-11-21',
    { error: 'bad-window', text: 'blaha', place: 'LPO Höglandet', words: 'area', tertial: 3 },
  ],
  [
    '/sammanfattning Tranås blaha',
    '2026-11-21',
    { error: 'bad-window', place: 'Tranås', words: 'kommun', tertial: 3 },
  ],
  [
    '/status Sävsjö blaha',
    '2027-02-01',
    { error: 'bad-window', place: 'Sävsjö', words: 'status', tertial: 1 },
  ],
  [
    '/summary LPO Höglandet blah',
    '2026-11-21',
    { error: 'bad-window', place: 'LPO Höglandet', words: 'area' },
  ],
];

describe('the period and output words after a kommun or area', () => {
  it.each(CASES)('%s (%s)', (text, today, expected) => {
    const result = parseCommand(text, ctx(today));
    if ('error' in expected) {
      expect(result.ok, JSON.stringify(result)).toBe(false);
      if (!result.ok) expect(result.error).toMatchObject(expected);
    } else {
      expect(result.ok, JSON.stringify(result)).toBe(true);
      if (result.ok) expect(result.command).toMatchObject(expected);
    }
  });
});

/** [command, language, what the reply says]: the example names what was typed, the words are listed. */
const REPLIES: readonly [text: string, lang: 'sv' | 'en', says: readonly string[]][] = [
  ['/sammanfattning Höglandet rapport', 'sv', ['Dokumenten är en kommuns uppföljning']],
  [
    '/sammanfattning Höglandet blaha',
    'sv',
    [
      'Jag förstår inte ”blaha”.',
      'Exempel: /sammanfattning LPO Höglandet T3',
      'T1, T2 eller T3',
      'förra tertialen',
      'förra året',
      'perioden',
      'dokument',
      'länk',
    ],
  ],
  ['/status Sävsjö blaha', 'sv', ['Exempel: /status Sävsjö T3', 'förra tertialen', 'perioden']],
  [
    '/summary LPO Höglandet blah',
    'en',
    [
      "I don't understand “blah”.",
      'Example: /summary LPO Höglandet T3',
      'last tertial',
      'last year',
      'document',
      'link',
    ],
  ],
];

describe.each(testDialects())('the reply to a word /sammanfattning does not take [$name]', ({ name }) => {
  let f: CoreFixture;
  beforeAll(async () => {
    f = await coreFixture(name);
  });
  afterAll(async () => {
    await f.dispose();
  });

  it.each(REPLIES)('%s (%s)', async (text, lang, says) => {
    const r = await f.say('lena', text, { lang });
    for (const s of says) expect(r.fallback).toContain(s);
    if (!text.includes('rapport')) expect(r.fallback).not.toContain('Tranås');
  });
});
