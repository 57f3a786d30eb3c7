import { describe, expect, it } from 'vitest';
import { parseCommand, tokenize } from '../../src/bots/core/grammar/parse.ts';
import type { GrammarContext } from '../../src/bots/core/grammar/types.ts';
import { commandText } from '../../src/bots/teams/parse/text.ts';
import type { Scope } from '../../src/domain/types.ts';
import { loadRegister } from '../../src/runtime/register.ts';

const HOGLANDET = {
  id: 'hoglandet',
  name: 'LPO Höglandet',
  municipalityCodes: ['0604', '0686', '0682', '0684', '0687', '0685'],
};
const SAVSJO = { code: '0684', name: 'Sävsjö' };
const TRANAS = { code: '0687', name: 'Tranås' };

function ctx(bound: Scope | null = null, platform: GrammarContext['platform'] = 'console'): GrammarContext {
  return { register: loadRegister(), areas: [HOGLANDET], bound, today: '2026-11-21', platform };
}

const inSavsjo: Scope = { type: 'kommun', id: '0684' };
const inArea: Scope = { type: 'area', id: 'hoglandet' };

type Case = readonly [text: string, expected: Record<string, unknown>, bound?: Scope | null];

/** [input, expected (a subset of the parsed command, or of the error)], good and bad, Swedish and English. */
const CASES: readonly Case[] = [
  // /insats — kommun, dates, counts, notes
  [
    '/insats Sävsjö',
    { kind: 'log', command: 'insats', kommun: SAVSJO, date: '2026-11-21', count: 1, note: null },
  ],
  ['insats Sävsjö', { kind: 'log', kommun: SAVSJO }],
  ['/INSATS SÄVSJÖ', { kind: 'log', kommun: SAVSJO }],
  ['/insats sävsjö', { kind: 'log', kommun: SAVSJO }],
  ['/insats Sävsjö kommun', { kind: 'log', kommun: SAVSJO, note: null }],
  ['/insats Sävsjö 2026-11-20', { kind: 'log', date: '2026-11-20' }],
  ['/insats Sävsjö 20/11', { kind: 'log', date: '2026-11-20' }],
  ['/insats Sävsjö 20/11/2026', { kind: 'log', date: '2026-11-20' }],
  ['/insats Sävsjö 20 nov', { kind: 'log', date: '2026-11-20' }],
  ['/insats Sävsjö 20 november 2026', { kind: 'log', date: '2026-11-20' }],
  ['/insats Sävsjö 3 mars', { kind: 'log', date: '2026-03-03' }],
  ['/insats Sävsjö 24/12', { kind: 'log', date: '2025-12-24' }],
  ['/insats Sävsjö idag', { kind: 'log', date: '2026-11-21' }],
  ['/insats Sävsjö i dag', { kind: 'log', date: '2026-11-21' }],
  ['/insats Sävsjö igår', { kind: 'log', date: '2026-11-20' }],
  ['/insats Sävsjö igar', { kind: 'log', date: '2026-11-20' }],
  ['/insats Sävsjö i går', { kind: 'log', date: '2026-11-20' }],
  ['/insats Sävsjö förrgår', { kind: 'log', date: '2026-11-19' }],
  ['/insats Sävsjö yesterday', { kind: 'log', date: '2026-11-20' }],
  ['/insats Sävsjö today', { kind: 'log', date: '2026-11-21' }],
  ['/insats Sävsjö Nov 19', { kind: 'log', date: '2026-11-19' }],
  // Short weekdays as the bot writes them ("tor 14 jan") and a weekday before a date (Saturday 21 Nov 2026).
  ...(
    [
      ['/insats Sävsjö fre', '2026-11-20', 1, null],
      ['/insats Sävsjö tors 3st', '2026-11-19', 3, null],
      ['/insats Sävsjö tor 3', '2026-11-19', 3, null],
      ['/insats Sävsjö ons. 2 vid skolan', '2026-11-18', 2, 'vid skolan'],
      ['/insats Sävsjö mån', '2026-11-16', 1, null],
      ['/insats Sävsjö tis', '2026-11-17', 1, null],
      ['/insats Sävsjö sön', '2026-11-15', 1, null],
      ['/insats Sävsjö lör', '2026-11-21', 1, null],
      ['/insats Sävsjö tor 19 nov 2', '2026-11-19', 2, null],
      ['/insats Sävsjö fredag 20/11', '2026-11-20', 1, null],
      ['/insats Sävsjö man greps', '2026-11-21', 1, 'man greps'],
      ['/insats Sävsjö son till', '2026-11-21', 1, 'son till'],
    ] as const
  ).map(([text, date, count, note]): Case => [text, { kind: 'log', date, count, note }]),
  ['/samverkan Tranås flytta fre', { kind: 'meeting', op: { type: 'move', from: null, to: '2026-11-27' } }],
  ['/insats Sävsjö 2', { kind: 'log', count: 2, date: '2026-11-21' }],
  ['/insats Sävsjö 999', { kind: 'log', count: 999 }],
  ['/insats Sävsjö 3st', { kind: 'log', count: 3 }],
  [
    '/insats Sävsjö 20/11 2 kväll vid torget',
    { kind: 'log', date: '2026-11-20', count: 2, note: 'kväll vid torget' },
  ],
  ['/insats Sävsjö 2 igår', { kind: 'log', date: '2026-11-20', count: 2 }],
  ['/insats Sävsjö igår "med hund"', { kind: 'log', note: 'med hund' }],
  ['/insats Sävsjö kontroll vid skolan', { kind: 'log', count: 1, note: 'kontroll vid skolan' }],
  ['/insats Upplands Väsby 20 nov', { kind: 'log', kommun: { code: '0114', name: 'Upplands Väsby' } }],
  ['/insats Sävsjö 20/11/2027', { error: 'future-date', day: '2027-11-20' }],
  ['/insats', { kind: 'log', kommun: SAVSJO, count: 1 }, inSavsjo],
  ['/insats 2', { kind: 'log', kommun: SAVSJO, count: 2 }, inSavsjo],
  ['/insats igår kväll', { kind: 'log', kommun: SAVSJO, date: '2026-11-20', note: 'kväll' }, inSavsjo],
  ['/insats Tranås', { kind: 'log', kommun: TRANAS }, inSavsjo],
  // /insats — errors
  [
    '/insats Savsjo',
    {
      error: 'suggest-kommun',
      query: 'Savsjo',
      suggestions: [{ name: 'Sävsjö', text: '/insats @2026-11-21 Sävsjö' }],
    },
  ],
  [
    '/insats Savsjo igår 2 kväll',
    {
      error: 'suggest-kommun',
      suggestions: [{ name: 'Sävsjö', text: '/insats @2026-11-21 Sävsjö igår 2 "kväll"' }],
    },
  ],
  ['/insats Sävsjo', { error: 'suggest-kommun' }],
  ['/insats Savsö', { error: 'suggest-kommun', suggestions: [{ name: 'Sävsjö' }] }],
  ['/insats Tranas', { error: 'suggest-kommun', suggestions: [{ name: 'Tranås' }] }, inSavsjo],
  // A second kommun where the note would begin: asked, never stored as a note.
  [
    '/insats igår Tranås vid torget',
    {
      error: 'suggest-kommun',
      query: 'Tranås',
      suggestions: [
        { name: 'Tranås', text: '/insats @2026-11-21 Tranås igår "vid torget"' },
        { name: 'Sävsjö', text: '/insats @2026-11-21 Sävsjö igår "vid torget"' },
      ],
    },
    inSavsjo,
  ],
  [
    '/insats Sävsjö Tranås',
    {
      error: 'suggest-kommun',
      suggestions: [
        { name: 'Tranås', text: '/insats @2026-11-21 Tranås' },
        { name: 'Sävsjö', text: '/insats @2026-11-21 Sävsjö' },
      ],
    },
  ],
  [
    '/logga trafikkontroll Sävsjö 2 Tranås',
    {
      error: 'suggest-kommun',
      query: 'Tranås',
      suggestions: [
        { name: 'Tranås', text: '/logga @2026-11-21 trafikkontroll Tranås 2' },
        { name: 'Sävsjö', text: '/logga @2026-11-21 trafikkontroll Sävsjö 2' },
      ],
    },
  ],
  // An activity's short name is written as its name in the button's line.
  [
    '/logga Savsjo föräldramöten igår',
    {
      error: 'suggest-kommun',
      suggestions: [{ name: 'Sävsjö', text: '/logga @2026-11-21 föräldramöten Sävsjö igår' }],
    },
  ],
  ['/insats Qwxyzzz', { error: 'unknown-kommun', query: 'Qwxyzzz' }],
  ['/insats', { error: 'missing-kommun' }],
  ['/insats 2', { error: 'missing-kommun' }],
  ['/insats', { error: 'area-not-kommun', name: 'LPO Höglandet' }, inArea],
  ['/insats LPO Höglandet', { error: 'area-not-kommun' }],
  ['/insats Sävsjö 2099-01-01', { error: 'future-date', day: '2099-01-01' }],
  ['/insats Sävsjö 2026-11-22', { error: 'future-date' }],
  ['/insats Sävsjö 2026-02-30', { error: 'bad-date', text: '2026-02-30' }],
  ['/insats Sävsjö 31/2', { error: 'bad-date' }],
  ['/insats Sävsjö 2026-13-01', { error: 'bad-date' }],
  ['/insats Sävsjö 40 nov', { error: 'bad-date' }],
  ['/insats Sävsjö 12345678901234567890', { error: 'bad-count', text: '12345678901234567890' }],
  ['/insats Sävsjö 0', { error: 'bad-count' }],
  ['/insats Sävsjö 1000', { error: 'bad-count' }],
  ['/insats Sävsjö -3', { error: 'bad-count' }],
  [`/insats Sävsjö ${'x'.repeat(501)}`, { error: 'note-too-long', length: 501 }],
  ['/insats Sävsjö gripen 850101-1236', { error: 'personal-number' }],
  ['/insats Sävsjö 19850101-1236', { error: 'personal-number' }],
  ['/insats Sävsjö 8501611233', { error: 'personal-number' }],
  ['/insats Sävsjö anteckning om 121212-1212', { error: 'personal-number' }],
  // /logga and /log
  [
    '/logga trafikkontroll Tranås',
    {
      kind: 'log',
      command: 'logga',
      activity: { type: 'kind', kind: { id: 'trafikkontroll' } },
      kommun: TRANAS,
    },
  ],
  ['/logga trafikkontroller Tranås igår 3', { kind: 'log', date: '2026-11-20', count: 3 }],
  ['/logga riktad insats Sävsjö', { kind: 'log', activity: { type: 'kind', kind: { id: 'insats' } } }],
  [
    '/logga trygghetsvandring Tranås 2026-11-20',
    { kind: 'log', activity: { kind: { id: 'trygghetsvandring' } } },
  ],
  ['/logga krogkontroller Tranås', { kind: 'log', activity: { kind: { id: 'krogkontroll' } } }],
  ['/logga samverkansmote Sävsjö', { kind: 'log', activity: { kind: { id: 'samverkansmöte' } } }],
  ['/logga samverkansmöte Sävsjö', { kind: 'log', activity: { kind: { id: 'samverkansmöte' } } }],
  ['/logga 3 Sävsjö', { kind: 'log', activity: { type: 'number', number: 3 }, kommun: SAVSJO }],
  ['/logga #5 Sävsjö', { kind: 'log', activity: { type: 'number', number: 5 } }],
  [
    '/logga Tranås trafikkontroll',
    { kind: 'log', kommun: TRANAS, activity: { kind: { id: 'trafikkontroll' } } },
  ],
  ['/logga trafikkontroll 2', { kind: 'log', kommun: SAVSJO, count: 2 }, inSavsjo],
  [
    '/log traffic Tranås yesterday 2',
    { kind: 'log', activity: { kind: { id: 'trafikkontroll' } }, date: '2026-11-20', count: 2 },
  ],
  ['/log 5 Sävsjö today', { kind: 'log', activity: { type: 'number', number: 5 } }],
  ['/logga', { error: 'missing-kind' }],
  // Not a kind: an activity's short name up to the kommun (the agreement says whether there is one), with the
  // kinds close to it for the refusal when there is none.
  [
    '/logga trafikontroll Tranås',
    {
      kind: 'log',
      kommun: TRANAS,
      activity: { type: 'name', name: 'trafikontroll', suggestions: ['trafikkontroll'] },
    },
  ],
  [
    '/logga fiskafänge Tranås',
    { kind: 'log', activity: { type: 'name', name: 'fiskafänge', suggestions: [] } },
  ],
  [
    '/logga Föräldramöten om droger Tranås igår 2',
    {
      kind: 'log',
      kommun: TRANAS,
      activity: { name: 'Föräldramöten om droger' },
      date: '2026-11-20',
      count: 2,
    },
  ],
  [
    '/logga föräldramöten 3',
    { kind: 'log', kommun: SAVSJO, activity: { name: 'föräldramöten' }, count: 3 },
    inSavsjo,
  ],
  ['/logga Tranås föräldramöten', { kind: 'log', kommun: TRANAS, activity: { name: 'föräldramöten' } }],
  ['/logga fiskafänge', { error: 'unknown-kind', word: 'fiskafänge' }],
  // A short name that starts with its kind's word is read up to the kommun, never as a note (nor, in a bound
  // channel, for the channel's kommun); a kind followed by a note without a kommun stays the kind.
  ...(
    [
      ['/logga trafikkontroller skolor Tranås idag 2', null, 'trafikkontroller skolor', TRANAS, 2, null],
      ['/logga trafikkontroller skolor Tranås idag 1', inSavsjo, 'trafikkontroller skolor', TRANAS, 1, null],
      [
        '/logga trafikkontroller vid skolorna Tranås 3 kväll',
        null,
        'trafikkontroller vid skolorna',
        TRANAS,
        3,
        'kväll',
      ],
      ['/logga trafikkontroller skolor Sävsjö', inSavsjo, 'trafikkontroller skolor', SAVSJO, 1, null],
    ] as const
  ).map(
    ([text, bound, name, kommun, count, note]): Case => [
      text,
      { kind: 'log', activity: { type: 'name', name }, kommun, count, note },
      bound,
    ],
  ),
  [
    '/logga trafikkontroll vid skolan',
    { kind: 'log', activity: { type: 'kind' }, kommun: SAVSJO, note: 'vid skolan' },
    inSavsjo,
  ],
  [
    '/logga trafikkontroll Tranas',
    {
      error: 'suggest-kommun',
      suggestions: [{ name: 'Tranås', text: '/logga @2026-11-21 trafikkontroll Tranås' }],
    },
  ],
  ['/log traffic Tranås 2099-12-31', { error: 'future-date' }],
  // /status
  ['/status Sävsjö', { kind: 'status', kommun: SAVSJO, window: null }],
  ['status Savsjo', { kind: 'status', kommun: SAVSJO }],
  ['/status Tranås T2', { kind: 'status', window: { kind: 'tertial', year: 2026, tertial: 2 } }],
  ['/status Tranås t1 2025', { kind: 'status', window: { kind: 'tertial', year: 2025, tertial: 1 } }],
  ['/status Tranås 2025 T3', { kind: 'status', window: { kind: 'tertial', year: 2025, tertial: 3 } }],
  ['/status Tranås 2025', { kind: 'status', window: { kind: 'year', year: 2025 } }],
  ['/status Tranås perioden', { kind: 'status', window: { kind: 'period' } }],
  ['/status Tranås tertial 2', { kind: 'status', window: { kind: 'tertial', tertial: 2 } }],
  ['/status', { kind: 'status', kommun: SAVSJO }, inSavsjo],
  ['/status T2', { kind: 'status', kommun: SAVSJO, window: { kind: 'tertial', tertial: 2 } }, inSavsjo],
  ['/status Tranås T7', { error: 'bad-window' }],
  ['/status Tranås snart', { error: 'bad-window', text: 'snart' }],
  ['/status', { error: 'missing-kommun' }],
  // /sammanfattning and /summary
  ['/sammanfattning Tranås', { kind: 'summary', target: { type: 'kommun', kommun: TRANAS } }],
  ['/sammanfattning LPO Höglandet', { kind: 'summary', target: { type: 'area', area: { id: 'hoglandet' } } }],
  [
    '/sammanfattning Höglandet T3',
    { kind: 'summary', target: { type: 'area' }, window: { kind: 'tertial', tertial: 3 } },
  ],
  [
    '/sammanfattning Jönköpings län 2025',
    { kind: 'summary', target: { type: 'county', code: '06' }, window: { kind: 'year', year: 2025 } },
  ],
  ['/summary Sävsjö period', { kind: 'summary', window: { kind: 'period' } }],
  ['/sammanfattning', { kind: 'summary', target: { type: 'area' } }, inArea],
  ['/sammanfattning Tranås igår', { error: 'bad-window' }],
  // /sammanfattning … länk | dokument
  ['/sammanfattning Höglandet länk', { kind: 'dashboard-link', area: { id: 'hoglandet' } }],
  ['/sammanfattning LPO Höglandet lank', { kind: 'dashboard-link', area: { id: 'hoglandet' } }],
  ['/summary Höglandet link', { kind: 'dashboard-link', area: { id: 'hoglandet' } }],
  ['/sammanfattning länk', { kind: 'dashboard-link', area: { id: 'hoglandet' } }, inArea],
  ['/sammanfattning Tranås länk', { error: 'link-needs-area', name: 'Tranås', area: 'LPO Höglandet' }],
  ['/sammanfattning länk', { error: 'link-needs-area', name: 'Sävsjö' }, inSavsjo],
  ['/sammanfattning Jönköpings län länk', { error: 'link-needs-area', area: null }],
  ['/sammanfattning Höglandet T3 länk', { error: 'bad-args', text: 'T3' }],
  ['/sammanfattning Höglandet dokument länk', { error: 'bad-args' }],
  [
    '/sammanfattning Hoglandt länk',
    {
      error: 'suggest-kommun',
      suggestions: [{ name: 'LPO Höglandet', text: '/sammanfattning LPO Höglandet länk' }],
    },
  ],
  [
    '/sammanfattning Tranås 2026 dokument',
    { kind: 'summary', target: { kommun: TRANAS }, window: { kind: 'year', year: 2026 }, documents: true },
  ],
  [
    '/summary Tranås T2 documents',
    { kind: 'summary', window: { kind: 'tertial', tertial: 2 }, documents: true },
  ],
  ['/sammanfattning dokument', { kind: 'summary', target: { kommun: SAVSJO }, documents: true }, inSavsjo],
  ['/sammanfattning Tranås', { kind: 'summary', documents: false }],
  ['/sammanfattning Höglandet dokument', { error: 'documents-need-kommun', name: 'LPO Höglandet' }],
  ['/sammanfattning Tranås dokument snart', { error: 'bad-window', text: 'snart' }],
  // /rapportera, /report, /statistik, /stats
  ['/rapportera Tranås', { kind: 'report', kommun: TRANAS, tertial: null }],
  ['/report Sävsjö T2', { kind: 'report', tertial: { year: 2026, tertial: 2 } }],
  ['/rapportera', { kind: 'report', kommun: SAVSJO }, inSavsjo],
  ['/rapportera Tranås perioden', { error: 'bad-window' }],
  // /rapportera … publicera | avpublicera
  ['/rapportera Tranås publicera', { kind: 'publish', kommun: TRANAS, tertial: null, publish: true }],
  [
    '/rapportera Sävsjö publicera T2 2026',
    { kind: 'publish', kommun: SAVSJO, tertial: { year: 2026, tertial: 2 }, publish: true },
  ],
  ['/rapportera Sävsjö T1 publicera', { kind: 'publish', tertial: { year: 2026, tertial: 1 } }],
  ['/rapportera Sävsjö publicera 2025', { kind: 'publish', tertial: { year: 2025, tertial: 3 } }],
  ['/rapportera Tranås avpublicera T3', { kind: 'publish', publish: false, tertial: { tertial: 3 } }],
  ['/report Tranås publish', { kind: 'publish', publish: true }],
  ['/report Tranås unpublish T1', { kind: 'publish', publish: false }],
  ['/rapportera publicera T2', { kind: 'publish', kommun: SAVSJO, tertial: { tertial: 2 } }, inSavsjo],
  [
    '/rapportera Tranas publicera T2',
    { error: 'suggest-kommun', suggestions: [{ name: 'Tranås', text: '/rapportera Tranås publicera T2' }] },
  ],
  ['/rapportera publicera', { error: 'missing-kommun' }],
  ['/rapportera Tranås publicera perioden', { error: 'bad-window' }],
  ['/rapportera Tranås publicera avpublicera', { error: 'bad-args' }],
  // A mistyped publish word asks, with the whole command to press, rather than "Jag förstår inte … Skriv T1 …".
  [
    '/rapportera sävsjö avpublisera t2',
    { error: 'unknown-command', word: 'avpublisera', suggestion: '/rapportera sävsjö avpublicera t2' },
  ],
  [
    '/rapportera Sävsjö publisera T2',
    { error: 'unknown-command', suggestion: '/rapportera Sävsjö publicera T2' },
  ],
  ['/rapportera Sävsjö publiceras', { error: 'unknown-command', suggestion: '/rapportera Sävsjö publicera' }],
  [
    '/rapportera Sävsjö avpubliceras',
    { error: 'unknown-command', suggestion: '/rapportera Sävsjö avpublicera' },
  ],
  ['/report Tranås unpublsh T1', { error: 'unknown-command', suggestion: '/rapportera Tranås unpublish T1' }],
  ['/rapportera Sävsjö T2 2026', { kind: 'report', kommun: SAVSJO, tertial: { year: 2026, tertial: 2 } }],
  ['/statistik Sävsjö publicera', { error: 'bad-window' }],
  ['/statistik Sävsjö', { kind: 'statistics', kommun: SAVSJO, tertial: null }],
  ['/stats Sävsjö T1 2026', { kind: 'statistics', tertial: { year: 2026, tertial: 1 } }],
  // /samverkan, /meeting
  ['/samverkan Tranås', { kind: 'meeting', op: { type: 'list' } }],
  ['/samverkan Tranås nästa', { kind: 'meeting', op: { type: 'list' } }],
  ['/meeting Tranås next', { kind: 'meeting', op: { type: 'list' } }],
  ['/samverkan Tranås genomfört', { kind: 'meeting', op: { type: 'held', day: null } }],
  ['/samverkan Tranås genomfört 2026-11-17', { kind: 'meeting', op: { type: 'held', day: '2026-11-17' } }],
  [
    '/samverkan Tranås flytta 2026-12-03',
    { kind: 'meeting', op: { type: 'move', from: null, to: '2026-12-03' } },
  ],
  [
    '/samverkan Tranås flytta 2026-12-01 till 2026-12-03',
    { kind: 'meeting', op: { type: 'move', from: '2026-12-01', to: '2026-12-03' } },
  ],
  ['/samverkan Tranås ställ in', { kind: 'meeting', op: { type: 'cancel', day: null } }],
  ['/meeting Tranås cancel 2026-12-01', { kind: 'meeting', op: { type: 'cancel', day: '2026-12-01' } }],
  ['/samverkan Tranas genomfört', { error: 'suggest-kommun' }],
  ['/samverkan Tranås flytta', { error: 'bad-args' }],
  // Issue 15: a meeting date is planned, so `imorgon` is understood; a move into the past is refused.
  [
    '/samverkan Tranås flytta imorgon',
    { kind: 'meeting', op: { type: 'move', from: null, to: '2026-11-22' } },
  ],
  [
    '/samverkan Tranås flytta 16 feb',
    { kind: 'meeting', op: { type: 'move', from: null, to: '2027-02-16' } },
  ],
  [
    '/samverkan Tranås flytta 9/2 16/2',
    { kind: 'meeting', op: { type: 'move', from: '2027-02-09', to: '2027-02-16' } },
  ],
  // The new day without a year is the one nearest the meeting moved, never a year away from it.
  ...(
    [
      ['/samverkan Tranås flytta 16/12/2027 24/12', '2027-12-16', '2027-12-24'],
      ['/samverkan Tranås flytta 2027-12-14 till 21 dec', '2027-12-14', '2027-12-21'],
      ['/meeting Tranås move 2027-12-14 to Dec 7', '2027-12-14', '2027-12-07'],
      ['/samverkan Tranås flytta 2027-01-12 28/12', '2027-01-12', '2026-12-28'],
      ['/samverkan Tranås flytta 2027-12-28 4/1', '2027-12-28', '2028-01-04'],
    ] as const
  ).map(([text, from, to]): Case => [text, { kind: 'meeting', op: { type: 'move', from, to } }]),
  ['/samverkan Tranås flytta 17 dec till 20 nov', { error: 'past-date', day: '2026-11-20' }],
  ['/samverkan Tranås flytta 2026-11-01', { error: 'past-date', day: '2026-11-01' }],
  ['/samverkan Tranås flytta i går', { error: 'past-date', day: '2026-11-20' }],
  ['/samverkan Tranås dansa', { error: 'bad-args' }],
  // /hjalp, /help
  ['/hjalp', { kind: 'help', topic: null }],
  ['/hjälp insats', { kind: 'help', topic: 'insats' }],
  ['/help', { kind: 'help' }],
  ['help log', { kind: 'help', topic: 'log' }],
  // /lofte
  ['/lofte admin koppla Tranås', { kind: 'bind', scopeText: 'Tranås' }],
  ['/löfte admin koppla LPO Höglandet', { kind: 'bind', scopeText: 'LPO Höglandet' }],
  [
    '/lofte admin roll @anna samordnare Tranås',
    { kind: 'grant', person: 'console:anna', role: 'samordnare', scopeText: 'Tranås' },
  ],
  ['/lofte admin roll slack:U024BE7LH polis Sävsjö', { kind: 'grant', person: 'slack:U024BE7LH' }],
  ['/lofte historik Sävsjö', { kind: 'history', kommun: SAVSJO }],
  ['/lofte språk en', { kind: 'lang', lang: 'en' }],
  ['/lofte sprak svenska', { kind: 'lang', lang: 'sv' }],
  ['/lofte language english', { kind: 'lang', lang: 'en' }],
  ['/lofte admin roller Tranås', { kind: 'roles', scopeText: 'Tranås' }],
  ['/lofte admin roles LPO Höglandet', { kind: 'roles', scopeText: 'LPO Höglandet' }],
  ['/lofte admin roller', { error: 'missing-kommun' }],
  [
    '/lofte admin ta bort roll @anna samordnare Tranås',
    { kind: 'revoke', person: 'console:anna', role: 'samordnare', scopeText: 'Tranås', confirmed: false },
  ],
  [
    '/lofte admin remove role @anna polis LPO Höglandet',
    { kind: 'revoke', person: 'console:anna', role: 'polis', scopeText: 'LPO Höglandet', confirmed: false },
  ],
  [
    '/lofte admin ta bort roll @anna samordnare Tranås ja',
    { kind: 'revoke', scopeText: 'Tranås', confirmed: true },
  ],
  ['/lofte admin ta bort roll anna samordnare Tranås', { error: 'bad-person', text: 'anna' }],
  ['/lofte admin ta bort roll @anna samordnare', { error: 'missing-kommun' }],
  ['/lofte admin ta bort @anna samordnare Tranås', { error: 'bad-args' }],
  ['/lofte admin koppla bort', { kind: 'unbind' }],
  ['/lofte admin unbind', { kind: 'unbind' }],
  ['/lofte admin koppla bort Tranås', { error: 'bad-args' }],
  ['/lofte admin koppla', { error: 'missing-kommun' }],
  ['/lofte admin roll anna samordnare Tranås', { error: 'bad-person', text: 'anna' }],
  ['/lofte admin roll @anna samordnare', { error: 'missing-kommun' }],
  ['/lofte språk fr', { error: 'bad-lang' }],
  ['/lofte dansa', { error: 'bad-args' }],
  ['/lofte rätta', { error: 'correct-needs-reason', id: null }],
  [
    '/lofte mål Sävsjö 2 tolv per tertial',
    { kind: 'agreement', op: { type: 'target', number: 2, target: { count: 12, per: 'tertial' } } },
  ],
  // A target as the agreement writes it, as the importer reads it: "20/år", "minst 4 ggr/tertial", "20 st".
  ...(
    [
      ['/lofte mål Sävsjö 2 20/år', 20, 'year'],
      ['/lofte mål Sävsjö 2 minst 4 ggr/tertial', 4, 'tertial'],
      ['/lofte mål Sävsjö 2 20 st under perioden', 20, 'period'],
      ['/lofte mål Sävsjö 2 tre gånger per år', 3, 'year'],
    ] as const
  ).map(
    ([text, count, per]) =>
      [text, { kind: 'agreement', op: { type: 'target', number: 2, target: { count, per } } }] as const,
  ),
  // unknown and empty
  ['/fika Tranås', { error: 'unknown-command', word: '/fika', suggestion: null }],
  ['hej', { error: 'unknown-command', word: 'hej', suggestion: null }],
  // Issue 15: a typo suggests the nearest command with the rest of the line.
  ['/insat Sävsjö', { error: 'unknown-command', word: '/insat', suggestion: '/insats Sävsjö' }],
  ['/sammanfatning Tranås', { error: 'unknown-command', suggestion: '/sammanfattning Tranås' }],
  ['/stauts Tranås T2', { error: 'unknown-command', suggestion: '/status Tranås T2' }],
  ['/summry Tranås', { error: 'unknown-command', suggestion: '/summary Tranås' }],
  // The start of a Swedish name is that command, not an English alias a letter away ("rapport" ≠ /report).
  ['rapport Sävsjö', { error: 'unknown-command', suggestion: '/rapportera Sävsjö' }],
  ['/samman Tranås', { error: 'unknown-command', suggestion: '/sammanfattning Tranås' }],
  ['/samver Tranås', { error: 'unknown-command', suggestion: '/samverkan Tranås' }],
  ['', { error: 'empty' }],
  ['   ', { error: 'empty' }],
  ['/', { error: 'empty' }],
];

/**
 * A tertial named without a year is the latest such tertial that has begun: in January 2027 "T3" is T3 2026, the
 * tertial whose status texts are due — never T3 2027, which begins in September.
 */
const BARE_TERTIALS: readonly [today: string, text: string, expected: Record<string, unknown>][] = [
  ['2027-01-04', '/status Sävsjö T3', { window: { kind: 'tertial', year: 2026, tertial: 3 } }],
  ['2027-01-04', '/status Sävsjö T2', { window: { kind: 'tertial', year: 2026, tertial: 2 } }],
  ['2027-01-04', '/status Sävsjö T1', { window: { kind: 'tertial', year: 2027, tertial: 1 } }],
  ['2027-01-04', '/status Sävsjö T3 2027', { window: { kind: 'tertial', year: 2027, tertial: 3 } }],
  ['2027-01-04', '/sammanfattning Sävsjö tertial 3', { window: { kind: 'tertial', year: 2026, tertial: 3 } }],
  ['2027-01-04', '/rapportera Sävsjö T3', { kind: 'report', tertial: { year: 2026, tertial: 3 } }],
  ['2027-01-04', '/report Sävsjö T3', { kind: 'report', tertial: { year: 2026, tertial: 3 } }],
  ['2027-01-04', '/rapportera Sävsjö publicera T3', { kind: 'publish', tertial: { year: 2026, tertial: 3 } }],
  ['2027-01-04', '/statistik Sävsjö T3', { tertial: { year: 2026, tertial: 3 } }],
  ['2027-05-03', '/rapportera Sävsjö T3', { kind: 'report', tertial: { year: 2026, tertial: 3 } }],
  ['2027-05-03', '/rapportera Sävsjö T2', { kind: 'report', tertial: { year: 2027, tertial: 2 } }],
  ['2027-05-03', '/rapportera Sävsjö T1', { kind: 'report', tertial: { year: 2027, tertial: 1 } }],
  ['2026-12-31', '/rapportera Sävsjö T3', { kind: 'report', tertial: { year: 2026, tertial: 3 } }],
  ['2026-09-01', '/status Sävsjö T3', { window: { kind: 'tertial', year: 2026, tertial: 3 } }],
  ['2026-08-31', '/status Sävsjö T3', { window: { kind: 'tertial', year: 2025, tertial: 3 } }],
];

describe('a tertial without a year', () => {
  it.each(BARE_TERTIALS)('%s: %s', (today, text, expected) => {
    const r = parseCommand(text, { ...ctx(), today });
    expect(r).toMatchObject({ ok: true, command: expected });
  });
});

describe('the command grammar', () => {
  it('has at least 80 cases', () => {
    expect(CASES.length).toBeGreaterThanOrEqual(80);
  });

  it.each(CASES.map((c, i) => [i + 1, ...c] as const))('%i: %s', (_i, text, expected, bound) => {
    const result = parseCommand(text, ctx(bound ?? null));
    if ('error' in expected) {
      expect(result.ok, JSON.stringify(result)).toBe(false);
      if (!result.ok) expect(result.error).toMatchObject(expected);
    } else {
      expect(result.ok, JSON.stringify(result)).toBe(true);
      if (result.ok) expect(result.command).toMatchObject(expected);
    }
  });

  it('reads a Slack mention as a Slack person', () => {
    const r = parseCommand('/lofte admin roll <@U024BE7LH|anna> polis Sävsjö', ctx(null, 'slack'));
    expect(r).toMatchObject({ ok: true, command: { person: 'slack:U024BE7LH' } });
  });

  it('does not take a plain @name as a person outside the console', () => {
    const r = parseCommand('/lofte admin roll @anna polis Sävsjö', ctx(null, 'teams'));
    expect(r).toMatchObject({ ok: false, error: { error: 'bad-person' } });
  });

  it('reads plain text only: Teams markup is removed by the Teams adapter, not here', () => {
    expect(parseCommand('<at>Löftesbot</at> insats Sävsjö', ctx())).toMatchObject({
      ok: false,
      error: { error: 'unknown-command' },
    });
    expect(commandText('<at>Löftesbot</at>&nbsp;insats Sävsjö', { id: 'bot', name: 'Löftesbot' }, [])).toBe(
      'insats Sävsjö',
    );
  });

  it('splits on any whitespace, including no-break spaces', () => {
    expect(tokenize('/insats\u00a0Sävsjö  \t igår')).toEqual(['/insats', 'Sävsjö', 'igår']);
  });

  it('names the command in every error but unknown ones', () => {
    const r = parseCommand('/insats Sävsjö 0', ctx());
    expect(r).toMatchObject({ ok: false, command: 'insats' });
  });
});
