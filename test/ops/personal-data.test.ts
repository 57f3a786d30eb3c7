import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { FORM } from '../../src/bots/core/reply.ts';
import { MAX_NOTE_LENGTH } from '../../src/domain/log-activity.ts';
import { containsPersonalNumber, findPersonalNumbers, luhnValid } from '../../src/domain/personnummer.ts';
import { testDialects } from '../support/databases.ts';
import { type ChatHarness, chatHarness, PEOPLE } from './support/chat.ts';

/**
 * Issue 9, item 1: a note, status text or prompt answer holding something that looks like a personnummer or
 * samordningsnummer is refused with a Swedish explanation, and nothing at all is stored; notes are limited to
 * 500 characters, with a message saying so.
 */

/** Completes nine digits YYMMDDNNN with their Luhn check digit. */
function withCheck(nine: string): string {
  for (let c = 0; c <= 9; c++) if (luhnValid(`${nine}${c}`)) return `${nine}${c}`;
  throw new Error('unreachable');
}

const PNR = withCheck('811218987'); // 811218-987C, born 18 December 1981
const SAMORDNING = withCheck('811278987'); // day 18 + 60
const split = (ten: string, sep: string) => `${ten.slice(0, 6)}${sep}${ten.slice(6)}`;
/** The same number with a typo in its check digit: written with its sign it still names a person. */
const TYPO = PNR.slice(0, 9) + ((Number(PNR[9]) + 1) % 10);

/** Every written form the issue names, and the typographic variants people type on phones. */
const FORMS: readonly [string, string][] = [
  ['YYMMDD-XXXX', split(PNR, '-')],
  ['YYMMDD+XXXX (over 100)', split(PNR, '+')],
  ['YYMMDDXXXX', PNR],
  ['YYYYMMDD-XXXX', `19${split(PNR, '-')}`],
  ['YYYYMMDDXXXX', `19${PNR}`],
  ['YYMMDD XXXX', split(PNR, ' ')],
  ['YYMMDD–XXXX (en dash)', split(PNR, '\u2013')],
  ['YYMMDD‑XXXX (no-break hyphen)', split(PNR, '\u2011')],
  ['YYMMDD\u00a0XXXX (no-break space)', split(PNR, '\u00a0')],
  ['samordningsnummer YYMMDD-XXXX', split(SAMORDNING, '-')],
  ['samordningsnummer YYYYMMDDXXXX', `19${SAMORDNING}`],
  ['samordningsnummer 20YYMMDD-XXXX', `20${split(withCheck('080368123'), '-')}`],
  ['fullwidth digits and dash (issue 18)', '８１１２１８－９８７６'],
  ['a zero-width space before the dash (issue 18)', '811218\u200b-9876'],
  ['digit by digit (issue 18)', '8 1 1 2 1 8 - 9 8 7 6'],
  ['Arabic-Indic digits (issue 18)', '٨١١٢١٨-٩٨٧٦'],
  ['a wrong check digit, YYMMDD-XXXX', split(TYPO, '-')],
  ['a wrong check digit, YYYYMMDD-XXXX', '19800101-1234'],
  ['a wrong check digit, YYMMDD+XXXX', '800101+1234'],
  ['a wrong check digit, samordningsnummer', '800161-1234'],
  ['a wrong check digit, YYMMDD XXXX (space)', '850101 1234'],
  ['a wrong check digit, YYYYMMDD_XXXX', '19850101_1234'],
];

/** Two spellings of issue 18 that the earlier guard let through, for every entry point. */
const EVASIVE: readonly [string, string][] = [
  ['fullwidth', '８１１２１８－９８７６'],
  ['grouped 1981 12 18 9876', '1981 12 18 9876'],
];

describe('the personnummer guard recognises every form of issue 9', () => {
  it.each(FORMS)('%s', (_name, number) => {
    expect(containsPersonalNumber(`Omhändertog ${number}, 17 år.`)).toBe(true);
    expect(findPersonalNumbers(`x ${number} y`)).toEqual([number]);
  });

  it.each([
    ['a wrong check digit without a sign (ten digits in a row)', TYPO],
    ['8001011234 (ten digits, wrong check digit)', '8001011234'],
    ['month 13', split(withCheck('811318987'), '-')],
    ['day 32', split(withCheck('811232987'), '-')],
    ['day 92 (samordningsnummer past 31)', split(withCheck('811292987'), '-')],
    ['century 18', `18${split(PNR, '-')}`],
    ['a date', '2026-11-20'],
    ['a phone number', '036-10 50 00'],
    ['a count and a year', '15 insatser 2026'],
    ['eleven digits', `${PNR}1`],
  ])('lets %s through', (_name, text) => {
    expect(containsPersonalNumber(text)).toBe(false);
  });
});

describe.each(testDialects())('personal data is never stored [$name]', ({ name }) => {
  let h: ChatHarness;
  beforeAll(async () => {
    h = await chatHarness(name);
  });
  afterAll(async () => {
    await h.dispose();
  });

  it.each(FORMS)(
    'a note with %s is refused with a Swedish explanation; nothing is stored',
    async (_f, number) => {
      const before = await h.counts();
      const reply = await h.say(PEOPLE.police, `/insats Sävsjö idag 1 hämtade ${number} vid skolan`);
      expect(reply.tone).toBe('error');
      expect(reply.fallback).toContain('personnummer eller samordningsnummer');
      expect(reply.fallback).toContain('Ingenting har sparats.');
      expect(reply.fallback).not.toContain(number);
      // Says what it found by its shape, and shows a note written without personal data.
      expect(reply.fallback).toContain('ett födelsedatum och fyra siffror (”ÅÅMMDD-NNNN”');
      expect(reply.fallback).toContain('/insats Sävsjö 20/11 1 kvällsinsats vid stationen');
      expect(await h.counts()).toEqual(before);
    },
  );

  it.each([['YYMMDD-XXXX', split(PNR, '-')], ['a wrong check digit', '800101-1234'], ...EVASIVE])(
    'a status text with a personnummer (%s) is refused for that field; no status text of the form is stored',
    async (_f, number) => {
      const opened = await h.say(PEOPLE.coordinator, '/rapportera Sävsjö');
      const form = opened.form;
      if (!form) throw new Error(`no form: ${opened.fallback}`);
      const [first, second] = form.fields;
      if (!first || !second) throw new Error('the agreement has too few activities');
      const before = await h.counts();
      const result = await h.submit(PEOPLE.coordinator, form, {
        [first.id]: 'Genomfört tre trygghetsvandringar',
        [second.id]: `Samtal med ${number} och vårdnadshavare`,
      });
      expect(result.ok).toBe(false);
      if (result.ok) return;
      expect(Object.keys(result.errors)).toEqual([second.id]);
      expect(result.errors[second.id]).toContain('personnummer');
      expect(await h.counts()).toEqual(before);
    },
  );

  it.each([['samordningsnummer', split(SAMORDNING, '-')], ...EVASIVE])(
    'a prompt answer with a %s is refused; the prompt stays open and nothing is stored',
    async (_f, number) => {
      const { prompt } = await h.core.ask({
        kind: 'follow-up',
        municipalityCode: '0684',
        activityId: null,
        year: 2026,
        tertial: 3,
        question: 'Hur går arbetet med trygghetsvandringarna?',
        audience: 'samordnare',
      });
      const before = await h.counts();
      const result = await h.submit(
        PEOPLE.coordinator,
        { formId: FORM.promptAnswer, state: prompt.id },
        { answer: `Vi träffade ${number} i centrum` },
      );
      expect(result).toEqual({
        ok: false,
        errors: { answer: expect.stringContaining('samordningsnummer') },
        lang: 'sv',
      });
      expect(await h.counts()).toEqual(before);
      expect((await h.db.store.prompt(prompt.id))?.status).toBe('open');
    },
  );

  it.each(EVASIVE)(
    'an agreement edit (/lofte avtal … ny aktivitet) with a personnummer (%s) is refused; nothing stored',
    async (_f, number) => {
      const activities = async () => (await h.db.store.agreementForYear('0684', 2026))?.activities.length;
      const [before, rows] = [await activities(), await h.counts()];
      const reply = await h.say(PEOPLE.admin, `/lofte avtal Sävsjö ny aktivitet Samtal med ${number} kommun`);
      expect(reply.tone).toBe('error');
      expect(reply.fallback).toContain('personnummer eller samordningsnummer');
      expect(await activities()).toBe(before);
      expect(await h.counts()).toEqual(rows);
    },
  );

  /** Every command that takes free text, with a personnummer typed with a space and a wrong check digit. */
  const PATHS: readonly [what: string, person: string, line: string][] = [
    ['an /insats note', PEOPLE.police, '/insats Sävsjö idag 1 samtal med 850101 1234'],
    ['a /logga note', PEOPLE.police, '/logga 1 Sävsjö idag 1 samtal med 19850101 1234'],
    [
      'a meeting place',
      PEOPLE.coordinator,
      '/samverkan Sävsjö ny tisdag 13:00 var 6:e vecka från 12/1 plats 850101_1234',
    ],
    ['a correction reason', PEOPLE.coordinator, '/lofte rätta 3f2a9c1e gällde 850101 1234'],
    ['a new activity', PEOPLE.admin, '/lofte avtal Sävsjö ny aktivitet Samtal med 850101 1234'],
    ['a promise text', PEOPLE.admin, '/lofte avtal Sävsjö löfte 1 Samtal med 850101 1234'],
    ['an agreement title', PEOPLE.admin, '/lofte avtal Sävsjö titel Löfte 850101 1234'],
    ['a pasted import', PEOPLE.admin, '/lofte import Medborgarlöfte Sävsjö 2026\nSamtal med 850101 1234'],
  ];

  it('every command with free text refuses a personnummer written with a space or _; nothing is stored', async () => {
    const let_through: string[] = [];
    for (const [what, person, line] of PATHS) {
      const before = await h.counts();
      const reply = await h.say(person, line);
      if (
        reply.tone !== 'error' ||
        !reply.fallback.includes('personnummer') ||
        reply.fallback.includes('1234')
      )
        let_through.push(`${what}: ${reply.fallback.slice(0, 120)}`);
      if (JSON.stringify(await h.counts()) !== JSON.stringify(before)) let_through.push(`${what}: stored`);
    }
    expect(let_through).toEqual([]);
  });

  it(`a note of ${MAX_NOTE_LENGTH} characters is stored; one of ${MAX_NOTE_LENGTH + 1} is refused, saying how long it may be`, async () => {
    const before = await h.counts();
    const long = await h.say(PEOPLE.police, `/insats Sävsjö idag 1 ${'a'.repeat(MAX_NOTE_LENGTH + 1)}`);
    expect(long.tone).toBe('error');
    expect(long.fallback).toContain(`Anteckningen är ${MAX_NOTE_LENGTH + 1} tecken lång; högst 500 går.`);
    expect(long.fallback).toContain('Ingenting har sparats.');
    expect(await h.counts()).toEqual(before);
    const ok = await h.say(PEOPLE.police, `/insats Sävsjö idag 1 ${'a'.repeat(MAX_NOTE_LENGTH)}`);
    expect(ok.tone).toBe('success');
    expect((await h.counts()).registrations).toBe((before.registrations ?? 0) + 1);
  });
});
