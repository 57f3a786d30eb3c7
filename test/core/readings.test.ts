import { describe, expect, it } from 'vitest';
import { parseCommand } from '../../src/bots/core/grammar/parse.ts';
import type { GrammarContext } from '../../src/bots/core/grammar/types.ts';
import { loadRegister } from '../../src/runtime/register.ts';

/**
 * How a log line is read: count, date and note — the point-2 readings and officer-style lines, on Sunday
 * 6 December 2026. `ask` means the bot asks which reading is meant (ambiguity is never guessed); `ask-day` means it
 * asks which day; an error names why nothing is stored.
 */

const ctx: GrammarContext = {
  register: loadRegister(),
  areas: [],
  bound: null,
  today: '2026-12-06',
  platform: 'console',
};

type Want =
  | { count: number; date?: string; note?: string | null }
  | { ask: 'count'; count: number; noun: string }
  | { ask: 'day' }
  | { error: string; day?: string };

const T = '2026-12-06';
const CASES: readonly [string, Want][] = [
  // The readings (point 2)
  ['/insats Sävsjö 3', { count: 3, date: T, note: null }],
  ['/insats Sävsjö tre', { count: 3, note: null }],
  ['/insats Sävsjö 2 st', { count: 2, note: null }],
  ['/insats Sävsjö 3 insatser vid skolan', { count: 3, note: 'vid skolan' }],
  ['/insats Sävsjö igår 2 kväll vid torget', { count: 2, date: '2026-12-05', note: 'kväll vid torget' }],
  ['/insats Sävsjö 21.00 vid stationen', { count: 1, date: T, note: '21.00 vid stationen' }],
  ['/insats Sävsjö kontroll Storgatan 5', { count: 1, note: 'kontroll Storgatan 5' }],
  ['/insats Sävsjö 15-åring omhändertagen', { count: 1, note: '15-åring omhändertagen' }],
  ['/insats Sävsjö 3 ungdomar omhändertagna vid skolan', { ask: 'count', count: 3, noun: 'ungdomar' }],
  ['/insats Sävsjö 2 personer anträffade med narkotika', { ask: 'count', count: 2, noun: 'personer' }],
  // The README's example
  ['/insats Sävsjö 20/11 2 kväll', { count: 2, date: '2026-11-20', note: 'kväll' }],
  // Dates by what they are for
  ['/insats Sävsjö i fredags', { count: 1, date: '2026-12-04', note: null }],
  ['/insats Sävsjö i söndags', { count: 1, date: '2026-11-29' }],
  ['/insats Sävsjö fredag', { count: 1, date: '2026-12-04' }],
  ['/insats Sävsjö söndag', { count: 1, date: T }],
  ['/insats Sävsjö i förrgår 4', { count: 4, date: '2026-12-04' }],
  ['/insats Sävsjö förra veckan', { ask: 'day' }],
  ['/insats Sävsjö imorgon', { error: 'future-date', day: '2026-12-07' }],
  ['/insats Sävsjö i morgon 2', { error: 'future-date', day: '2026-12-07' }],
  ['/insats Sävsjö 7/12', { count: 1, date: '2025-12-07' }],
  ['/insats Sävsjö 24/12', { count: 1, date: '2025-12-24' }],
  ['/insats Sävsjö 6/12', { count: 1, date: T }],
  ['/insats Sävsjö 1 dec', { count: 1, date: '2026-12-01' }],
  // Officer-style lines
  ['/insats Sävsjö idag 2 narkotikasök centrum', { count: 2, date: T, note: 'narkotikasök centrum' }],
  ['/insats Sävsjö igår kväll 3', { count: 1, date: '2026-12-05', note: 'kväll 3' }],
  ['/insats Sävsjö 4st igår', { count: 4, date: '2026-12-05', note: null }],
  ['/insats Sävsjö x2 busstationen', { count: 2, note: 'busstationen' }],
  ['/insats Sävsjö två st skolgården', { count: 2, note: 'skolgården' }],
  ['/insats Sävsjö fem riktade insatser helgen', { count: 5, note: 'helgen' }],
  ['/insats Sävsjö 2 riktade insatser', { count: 2, note: null }],
  ['/insats Sävsjö 1 insats kl.22 torget', { count: 1, note: 'kl.22 torget' }],
  ['/insats Sävsjö 22:30 parkeringen vid Coop', { count: 1, note: '22:30 parkeringen vid Coop' }],
  ['/insats Sävsjö 3 vid skolan', { count: 3, note: 'vid skolan' }],
  ['/insats Sävsjö 2 under kvällen', { count: 2, note: 'under kvällen' }],
  ['/insats Sävsjö 2 efter skolan', { count: 2, note: 'efter skolan' }],
  ['/insats Sävsjö 1 med hund', { count: 1, note: 'med hund' }],
  ['/insats Sävsjö 2 bilar stoppade', { ask: 'count', count: 2, noun: 'bilar' }],
  ['/insats Sävsjö 5 gram cannabis beslag', { ask: 'count', count: 5, noun: 'gram' }],
  ['/insats Sävsjö 3 elever samtal', { ask: 'count', count: 3, noun: 'elever' }],
  ['/insats Sävsjö tre ungdomar', { ask: 'count', count: 3, noun: 'ungdomar' }],
  ['/insats Sävsjö igår 4 killar på torget', { ask: 'count', count: 4, noun: 'killar' }],
  ['/insats Sävsjö 2 17-åringar', { ask: 'count', count: 2, noun: '17-åringar' }],
  ['/insats Sävsjö 2 gånger', { count: 2, note: null }],
  // A count of 1 before a counted noun: both readings store 1, so nothing is asked; the number stays in the note.
  ['/insats Sävsjö 1 ungdom', { count: 1, date: T, note: '1 ungdom' }],
  ['/insats Sävsjö 1 person anträffad vid torget', { count: 1, note: '1 person anträffad vid torget' }],
  ['/insats Sävsjö igår 1 bil stoppad', { count: 1, date: '2026-12-05', note: '1 bil stoppad' }],
  ['/insats Sävsjö 1 ungdom igår', { count: 1, date: T, note: '1 ungdom igår' }],
  ['/logga trafikkontroll Tranås 1 förare blåste', { count: 1, note: '1 förare blåste' }],
  ['/insats Sävsjö i fredags 2 st stationen', { count: 2, date: '2026-12-04', note: 'stationen' }],
  ['/insats Sävsjö fredag kväll centrum', { count: 1, date: '2026-12-04', note: 'kväll centrum' }],
  ['/insats Sävsjö 2026-12-01 2', { count: 2, date: '2026-12-01' }],
  ['/insats Sävsjö 1/12 2 st', { count: 2, date: '2026-12-01' }],
  ['/insats Sävsjö 30 nov 3 insatser', { count: 3, date: '2026-11-30', note: null }],
  ['/insats Sävsjö ungdomsgård besök', { count: 1, note: 'ungdomsgård besök' }],
  ['/insats Sävsjö "3 ungdomar"', { count: 1, note: '3 ungdomar' }],
  ['/insats Sävsjö 0', { error: 'bad-count' }],
  ['/insats Sävsjö 24.12', { error: 'bad-date' }],
  ['/insats Sävsjö 31/11', { error: 'bad-date' }],
  ['/logga trafikkontroll Tranås 3 trafikkontroller E4', { count: 3, note: 'E4' }],
  ['/logga trafikkontroll Tranås 12 förare blåste', { ask: 'count', count: 12, noun: 'förare' }],
  ['/logga trafikkontroll Tranås igår 2 st', { count: 2, date: '2026-12-05', note: null }],
  // In English: short weekdays, ordinal days and number words, as an English-speaking officer types them
  ['/insats Sävsjö tue', { count: 1, date: '2026-12-01', note: null }],
  ['/insats Sävsjö wed 2x', { count: 2, date: '2026-12-02', note: null }],
  ['/insats Sävsjö Thurs three', { count: 3, date: '2026-12-03', note: null }],
  [
    '/insats Sävsjö fri evening at the square',
    { count: 1, date: '2026-12-04', note: 'evening at the square' },
  ],
  ['/insats Sävsjö sun', { count: 1, date: T, note: null }],
  ['/insats Sävsjö last tue', { count: 1, date: '2026-12-01' }],
  ['/insats Sävsjö last week wed 2', { count: 2, date: '2026-11-25' }],
  ['/insats Sävsjö 3rd Dec', { count: 1, date: '2026-12-03', note: null }],
  ['/insats Sävsjö 21st November two', { count: 2, date: '2026-11-21', note: null }],
  ['/insats Sävsjö three', { count: 3, note: null }],
  ['/insats Sävsjö yesterday two at the station', { count: 2, date: '2026-12-05', note: 'at the station' }],
  ['/insats Sävsjö twelve times', { count: 12, note: null }],
  ['/insats Sävsjö Four', { count: 4, note: null }],
  ['/insats Sävsjö three people arrested', { ask: 'count', count: 3, noun: 'people' }],
  ['/log 5 Sävsjö yesterday seven', { count: 7, date: '2026-12-05', note: null }],
];

describe('how a log line is read (counts, dates, notes)', () => {
  it.each(CASES.map((c, i) => [i, ...c] as const))('%i: %s', (_i, text, want) => {
    const result = parseCommand(text, ctx);
    if ('count' in want && !('ask' in want)) {
      expect(result.ok, JSON.stringify(result)).toBe(true);
      if (!result.ok || result.command.kind !== 'log') return;
      const cmd = result.command;
      expect(cmd.count).toBe(want.count);
      if (want.date !== undefined) expect(cmd.date).toBe(want.date);
      if (want.note !== undefined) expect(cmd.note).toBe(want.note);
      return;
    }
    expect(result.ok, JSON.stringify(result)).toBe(false);
    if (result.ok) return;
    if ('ask' in want && want.ask === 'count') {
      expect(result.error).toMatchObject({ error: 'ambiguous-count', count: want.count, noun: want.noun });
    } else if ('ask' in want) {
      expect(result.error).toMatchObject({ error: 'ask-which-day' });
    } else {
      expect(result.error).toMatchObject(want);
    }
  });

  it('has the issue readings and at least 30 more officer-style lines', () => {
    expect(CASES.length).toBeGreaterThanOrEqual(10 + 30);
  });

  it('offers both readings of an ambiguous number as full commands that read back without asking', () => {
    const r = parseCommand('/insats Sävsjö 3 ungdomar omhändertagna vid skolan', ctx);
    if (r.ok || r.error.error !== 'ambiguous-count') throw new Error('expected a question');
    const asCount = parseCommand(r.error.asCount, ctx);
    const asNote = parseCommand(r.error.asNote, ctx);
    expect(asCount).toMatchObject({
      ok: true,
      command: { count: 3, note: 'ungdomar omhändertagna vid skolan' },
    });
    expect(asNote).toMatchObject({
      ok: true,
      command: { count: 1, note: '3 ungdomar omhändertagna vid skolan' },
    });
  });

  it('förra veckan offers Monday–Friday of last week, each a full command in the words typed', () => {
    const r = parseCommand('/insats Sävsjö förra veckan 2 torget', ctx);
    if (r.ok || r.error.error !== 'ask-which-day') throw new Error('expected a question');
    expect(r.error.suggestions.map((s) => s.text)).toEqual(
      ['måndag', 'tisdag', 'onsdag', 'torsdag', 'fredag'].map(
        (day) => `/insats @2026-12-06 Sävsjö förra veckan, ${day} 2 "torget"`,
      ),
    );
  });
});

type Read = {
  date: string;
  count: number;
  note: string | null;
  dateText: string | null;
  countText: string | null;
};

/** The command a question's button runs, by the button's index (suggestions, or count before note). */
function suggestion(text: string, at: GrammarContext, button: number): string {
  const r = parseCommand(text, at);
  if (r.ok) throw new Error(`expected a question: ${text}`);
  const e = r.error;
  if (e.error === 'ambiguous-count') return button === 0 ? e.asCount : e.asNote;
  if (e.error === 'suggest-kommun' || e.error === 'ask-which-day') return e.suggestions[button]?.text ?? '';
  throw new Error(`expected a question: ${JSON.stringify(e)}`);
}

/**
 * A button's command reads back as the line the person typed, with the question answered: the same day, count and
 * note, and the words they typed as the date and the count — also when pressed on a later day.
 */
const PRESSES: readonly [string, number[], Read][] = [
  ['/insats Savsjo', [0], { date: T, count: 1, note: null, dateText: null, countText: null }],
  [
    '/insats Savsjo igår 2 kväll vid torget',
    [0],
    { date: '2026-12-05', count: 2, note: 'kväll vid torget', dateText: 'igår', countText: '2' },
  ],
  [
    '/insats Savsjo tre insatser "igår var lugnt"',
    [0],
    { date: T, count: 3, note: 'igår var lugnt', dateText: null, countText: 'tre insatser' },
  ],
  [
    '/insats Sävsjö förra veckan',
    [2],
    { date: '2026-11-25', count: 1, note: null, dateText: 'förra veckan, onsdag', countText: null },
  ],
  [
    '/insats Sävsjö last week 2 st',
    [4],
    { date: '2026-11-27', count: 2, note: null, dateText: 'last week, Friday', countText: '2 st' },
  ],
  [
    '/insats Sävsjö i fredags 3 ungdomar omhändertagna',
    [0],
    { date: '2026-12-04', count: 3, note: 'ungdomar omhändertagna', dateText: 'i fredags', countText: '3' },
  ],
  [
    '/insats Sävsjö 3 ungdomar omhändertagna',
    [1],
    { date: T, count: 1, note: '3 ungdomar omhändertagna', dateText: null, countText: null },
  ],
  [
    '/logga trafikkontroll Tranas 20/11 fem trafikkontroller E4',
    [0],
    { date: '2026-11-20', count: 5, note: 'E4', dateText: '20/11', countText: 'fem trafikkontroller' },
  ],
  [
    '/insats Savsjo igår 1 ungdom',
    [0],
    { date: '2026-12-05', count: 1, note: '1 ungdom', dateText: 'igår', countText: '1' },
  ],
  // Questions in a row: the kommun, then the day, then the count; each button keeps the words of the rest.
  [
    '/insats Savsjo förra veckan 4 killar på torget',
    [0, 1, 0],
    {
      date: '2026-11-24',
      count: 4,
      note: 'killar på torget',
      dateText: 'förra veckan, tisdag',
      countText: '4',
    },
  ],
];

describe('what a button runs reads back as the words typed', () => {
  for (const later of [0, 1, 30]) {
    const pressedOn = `2026-12-${String(6 + later).padStart(2, '0')}`;
    it.each(PRESSES.map((c, i) => [i, ...c] as const))(
      `%i: %s (pressed on ${pressedOn})`,
      (_i, text, buttons, want) => {
        let command = text;
        let at = ctx;
        for (const button of buttons) {
          command = suggestion(command, at, button);
          at = { ...ctx, today: pressedOn };
        }
        const r = parseCommand(command, at);
        if (!r.ok || r.command.kind !== 'log') throw new Error(`${command}: ${JSON.stringify(r)}`);
        const { date, count, note, read } = r.command;
        expect({ date, count, note, dateText: read?.dateText, countText: read?.countText }).toEqual(want);
      },
    );
  }
});
