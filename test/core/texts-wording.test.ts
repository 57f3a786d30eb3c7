import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { en } from '../../src/bots/core/texts/en.ts';
import { sv } from '../../src/bots/core/texts/sv.ts';
import { type AreaSummary, areaHeadline } from '../../src/domain/area-summary.ts';
import { type CoreFixture, coreFixture, NOW } from './fixtures.ts';

/**
 * The wording of the two catalogues: quotation marks by language (Swedish ”…”, English “…”, straight quotes only in
 * command syntax a person types, `ny "LPO Höglandet"`), and English phrases the trial found wrong.
 */

const SAMPLE = 'Xyzzy';

/** Every text of a catalogue: strings as they are, functions called with the sample for each argument. */
function texts(value: unknown, path: string, out: [string, string][] = []): [string, string][] {
  if (typeof value === 'string') out.push([path, value]);
  else if (typeof value === 'function') {
    try {
      const text: unknown = value(...Array(6).fill(SAMPLE));
      if (typeof text === 'string') out.push([`${path}()`, text]);
    } catch {
      // A text of lists or numbers only: the sample does not fit it, and it quotes nothing typed.
    }
  } else if (Array.isArray(value)) {
    for (const [i, v] of value.entries()) texts(v, `${path}[${i}]`, out);
  } else if (value !== null && typeof value === 'object')
    for (const [k, v] of Object.entries(value)) texts(v, `${path}.${k}`, out);
  return out;
}

/** Straight quotes a person types as command syntax: `/lofte admin område ny "LPO Höglandet" …` (`area new "…"`). */
const withoutCommandSyntax = (text: string) => text.replace(/(ny|new) "[^"]*"/g, '$1 …');
const count = (text: string, mark: string) => text.split(mark).length - 1;

/** What is wrong with the quotation marks of a text in its language, or null. */
function quoteProblem(lang: 'sv' | 'en', text: string): string | null {
  const prose = withoutCommandSyntax(text);
  if (prose.includes('"')) return 'straight quotes';
  if (lang === 'sv') return prose.includes('“') ? 'English quotes in Swedish' : null;
  if (count(prose, '“') !== count(prose, '”')) return 'Swedish quotes in English';
  return null;
}

describe('quotation marks by language', () => {
  for (const [lang, catalogue] of [
    ['sv', sv],
    ['en', en],
  ] as const) {
    it(`${lang}: every text quotes in ${lang === 'sv' ? '”…”' : '“…”'}`, () => {
      const all = texts(catalogue, lang);
      expect(all.length).toBeGreaterThan(300);
      const wrong = all
        .map(([path, text]) => [path, text, quoteProblem(lang, text)] as const)
        .filter(([, , problem]) => problem !== null);
      expect(wrong).toEqual([]);
    });
  }

  it('quotes what was typed in the reader’s marks', () => {
    const cases: readonly [string, string, string][] = [
      [sv.badCount('0'), 'sv', 'Antalet ”0” går inte. Skriv ett heltal från 1 till 999.'],
      [en.badCount('0'), 'en', "The count “0” won't do. Type a whole number from 1 to 999."],
      [
        sv.unknownCommandShort('Pågår'),
        'sv',
        'Jag känner inte till ”Pågår”. Skriv /hjalp för att se kommandona.',
      ],
      [en.unknownCommandShort('Pågår'), 'en', "I don't know “Pågår”. Type /help to see the commands."],
      [en.dates.readCountInNote('“1”'), 'en', '“1”, kept in the note'],
    ];
    expect(cases.map(([text]) => text)).toEqual(cases.map(([, , want]) => want));
  });
});

/** A Swedish command word in a text for an English reader: English replies name the English alias. */
const SWEDISH_COMMAND =
  /\/(?:logga|samverkan|sammanfattning|rapportera|statistik|hjalp)\b|\/lofte (?:rätta|registreringar|språk|avtal|mål|historik|hem|admin (?:roll|koppla|område|ta bort))\b/u;

describe('English texts name the English commands', () => {
  it('no text of the English catalogue names a Swedish command word', () => {
    const wrong = texts(en, 'en').filter(([, text]) => SWEDISH_COMMAND.test(text));
    expect(wrong).toEqual([]);
  });
});

describe('English phrases', () => {
  const area = (behind: number, withAgreement: number): AreaSummary =>
    ({
      scope: { name: 'LPO Höglandet' },
      tally: { kommuner: 6, withAgreement, behind },
    }) as unknown as AreaSummary;
  const day = en.dates.full('2026-12-06');
  const cases: readonly [string, string][] = [
    [
      en.logged('Targeted operation', 'Sävsjö', day, 1),
      '✅ Targeted operation logged in Sävsjö on Sunday 6 December 2026',
    ],
    [
      en.undone('targeted operation', 'Sävsjö', '6 Dec 2026'),
      '↩️ Undone: targeted operation in Sävsjö on 6 Dec 2026. The registration is struck out but kept in the history.',
    ],
    [
      en.meetingHeld('Tuesday 12 January 2027'),
      '✅ The collaboration meeting on Tuesday 12 January 2027 is marked as held.',
    ],
    [
      en.meetingCancelled('Tuesday 12 January 2027'),
      '🚫 The collaboration meeting on Tuesday 12 January 2027 is cancelled.',
    ],
    [
      en.meetingMoved('12 Jan 2027', '19 Jan 2027'),
      '📅 The collaboration meeting on 12 Jan 2027 is moved to 19 Jan 2027.',
    ],
    [
      en.meetingReminder('Tranås', '12 Jan 2027', '13:00', 7),
      '📅 Collaboration meeting in Tranås on 12 Jan 2027 at 13:00 (in 7 days)',
    ],
    [en.statusAnswered('Sven', 'Mon 21 Dec', 'Pågår'), '✅ Answered by Sven on Mon 21 Dec: Pågår'],
    [
      en.followup.questionAnswered('Per', 'Sun 6 Dec', 'Sävsjö'),
      'Already answered by Per on Sun 6 Dec: Sävsjö',
    ],
    [en.snoozeNext('Mon 7 Dec'), '⏰ Remind me on Mon 7 Dec at 09:00'],
    [areaHeadline(area(1, 6), 'en'), 'LPO Höglandet: 1 of 6 municipalities has activities behind.'],
    [
      areaHeadline(area(2, 5), 'en'),
      'LPO Höglandet: 2 of 6 municipalities have activities behind. 1 has no agreement in force.',
    ],
    [
      areaHeadline(area(0, 2), 'en'),
      'LPO Höglandet: 0 of 6 municipalities have activities behind. 4 have no agreement in force.',
    ],
    [
      areaHeadline(area(1, 2), 'sv'),
      'LPO Höglandet: 1 av 6 kommuner har aktiviteter efter. 4 saknar gällande medborgarlöfte.',
    ],
    // No Swedish word or format in an English text: a date and time, a number word, a day.
    [en.corrected('9b006114', 1, '2026-10-30'), 'Registration 9b006114 is voided (count 1, 30 Oct 2026)'],
    [en.agreement.badTarget['target-count'], 'The target is a count from 1 to 9,999 (such as 12), or none.'],
    [
      en.agreement.targetSet(5, 'insatser narkotika', null, { count: 15, per: 'year' }),
      '✅ 5. insatser narkotika now has no target (was at least 15 per year).',
    ],
    [
      en.agreement.limitSet(5, 'insatser narkotika', 50, 80, true),
      '✅ The sanity limit of 5. insatser narkotika is now the default, 50 (was 80): I will ask before storing more than 50 at once.',
    ],
    // "Förrän dess" is no Swedish ("förrän" follows a negation: "inte förrän").
    [
      sv.agreementNotBegunText('Vaggeryd'),
      'Till dess finns inget att registrera eller följa upp; /lofte avtal Vaggeryd visar det.',
    ],
  ];
  it.each(cases.map((c, i) => [i, ...c] as const))('%i: %s', (_i, text, want) => {
    expect(text).toBe(want);
  });
});

describe('replies in chat quote in the reader’s marks [sqlite]', () => {
  let f: CoreFixture;
  beforeAll(async () => {
    f = await coreFixture('sqlite');
    const insats = (await f.db.store.agreementForYear('0684', 2026))?.activities.find(
      (a) => a.kind === 'insats',
    );
    if (!insats) throw new Error('no insats');
    await f.db.store.insertStatus({
      id: 'status-t3',
      activityId: insats.id,
      year: 2026,
      tertial: 3,
      text: 'Pågår enligt plan',
      count: null,
      actor: 'console:sven',
      platform: 'console',
      createdAt: NOW - 1000,
      published: false,
    });
  });
  afterAll(async () => {
    expect(f.errors).toEqual([]);
    await f.dispose();
  });

  /** A command, its language, and a piece of the reply. */
  const CHAT: readonly [string, 'sv' | 'en', string][] = [
    [
      '/insats Sävsjö igår 2',
      'en',
      'Read as: 2 targeted operations (“2”) · Friday 20 November 2026 (“igår”) · no note',
    ],
    ['/insats Sävsjö 1 ungdom', 'en', 'Read as: 1 targeted operation (“1”, kept in the note)'],
    ['/insats Sävsjö', 'en', '✅ Targeted operation logged in Sävsjö on Saturday 21 November 2026'],
    ['/insats Sävsjö 0', 'sv', 'Antalet ”0” går inte.'],
    ['Pågår', 'sv', 'Jag känner inte till ”Pågår”.'],
    ['Pågår', 'en', "I don't know “Pågår”."],
    ['/status Sävsjö', 'en', '“Pågår enligt plan”'],
    ['/status Sävsjö', 'sv', '”Pågår enligt plan”'],
    ['/sammanfattning Sävsjö', 'en', '“Polisen ska öppna ett poliskontor”'],
    ['/sammanfattning Sävsjö', 'sv', '”Polisen ska öppna ett poliskontor”'],
    ['/sammanfattning LPO Höglandet', 'en', 'municipalities'],
    ['/samverkan Tranås ny tisdag 13:00 var 6:e vecka från 12/1 hos oss', 'en', "I don't understand “hos”."],
    // Help examples in the reader's words: no "igår" in English, no "yesterday" in Swedish.
    ['/hjalp logga', 'sv', '/logga 3 Sävsjö igår'],
    ['/help insats', 'en', '/insats Sävsjö yesterday 2'],
    ['/help logga', 'en', '/log 3 Sävsjö yesterday'],
  ];
  it.each(CHAT.map((c, i) => [i, ...c] as const))('%i: %s (%s)', async (_i, text, lang, want) => {
    const r = await f.say(text.startsWith('/sammanfattning LPO') ? 'lena' : 'sven', text, { lang });
    expect(r.fallback).toContain(want);
    expect([r.fallback, quoteProblem(lang, r.fallback)]).toEqual([r.fallback, null]);
  });

  /** A mistake in English, and the example its reply shows: the English alias and words. */
  const EXAMPLES: readonly [string, string][] = [
    ['/insats Sävsjö 0', 'Example: /insats Sävsjö'],
    ['/meeting Sävsjö held 2 Dec', 'Example: /log samverkansmöte Sävsjö 2/12/2025'],
    ['/summary Sävsjö T4', 'Example: /summary Sävsjö'],
    ['/status', 'Example: /status Sävsjö'],
  ];
  it.each(EXAMPLES.map((c, i) => [i, ...c] as const))('%i: %s shows %s', async (_i, text, want) => {
    const r = await f.say('sven', text, { lang: 'en' });
    expect(r.fallback).toContain(want);
    expect(r.fallback).not.toMatch(SWEDISH_COMMAND);
  });
});

describe('number agreement in the status prompt', () => {
  const FIGURES: readonly [number, string, string][] = [
    [0, '0 registrerade under T3 2026', '0 logged in T3 2026'],
    [1, '1 registrerad under T3 2026', '1 logged in T3 2026'],
    [4, '4 registrerade under T3 2026', '4 logged in T3 2026'],
  ];
  it.each(FIGURES)('%i', (n, swedish, english) => {
    expect(sv.statusFigures(n, null, 'T3 2026')).toBe(swedish);
    expect(en.statusFigures(n, null, 'T3 2026')).toBe(english);
  });
});

describe('no markdown in the catalogues', () => {
  // Teams escapes it and the terminal prints it: a `/status <kommun>` in backticks reaches a phone with its backticks.
  it('no text carries backticks', () => {
    for (const [lang, catalogue] of [
      ['sv', sv],
      ['en', en],
    ] as const) {
      const marked = texts(catalogue, lang).filter(([, text]) => text.includes('`'));
      expect(marked).toEqual([]);
    }
  });
});
