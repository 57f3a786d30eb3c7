import { describe, expect, it } from 'vitest';
import { digitValue, foldedText } from '../../src/domain/personal-data/normalize.ts';
import {
  containsPersonalNumber,
  findPersonalNumbers,
  isPersonalNumberDigits,
  luhnValid,
} from '../../src/domain/personnummer.ts';

/** Arabic-Indic (U+0660), Extended Arabic-Indic (U+06F0), Devanagari (U+0966), fullwidth (U+FF10) and Bengali digits. */
const inScript = (ascii: string, zero: number) =>
  [...ascii].map((c) => (/\d/.test(c) ? String.fromCodePoint(zero + Number(c)) : c)).join('');
const spaced = (s: string) => [...s].join(' ');

/** 811218-9876 (born 18 December 1981, valid Luhn) and 811278-9873 (its samordningsnummer, day + 60). */
const P = '8112189876';
const S = '8112789873';

/** At least thirty spellings, the list first; every one must be refused. */
const SPELLINGS: readonly string[] = [
  '８１１２１８－９８７６',
  '811218\u200b-9876',
  '811218 - 9876',
  '811218.9876',
  '811218/9876',
  '811218_9876',
  '81-12-18-9876',
  '1981-12-18-9876',
  '1981 12 18 9876',
  '811218-98 76',
  '8 1 1 2 1 8 - 9 8 7 6',
  inScript('811218-9876', 0x0660),
  inScript('811218-9876', 0x06f0),
  inScript('19811218-9876', 0x0966),
  inScript('811218-9876', 0x09e6),
  inScript('811218 9876', 0xff10),
  '811218-9876',
  '8112189876',
  '811218+9876',
  '19811218-9876',
  '198112189876',
  '811218\u00a09876',
  '811218\u20139876',
  '811218\u2014 9876',
  '811218\u2011 9876',
  '811218\u22129876',
  '811218\u202f9876',
  '811218 -- 9876',
  '81.12.18.9876',
  '81/12/18/9876',
  '1981.12.18.98.76',
  '19 81 12 18 98 76',
  '8\u200d1\u200c1\u20602\u00ad1\ufeff8-9876',
  '81\u030312189876',
  '811218\n9876',
  '811218 _ 9876',
  `${S.slice(0, 6)}-${S.slice(6)}`,
  `19${S}`,
  spaced(`19${S}`),
  inScript(`${S.slice(0, 6)}-${S.slice(6)}`, 0x0660),
  '20080312-2381',
  '080312 2381',
  '08-03-12-2381',
];

/** Legitimate text that must pass: dates, times, counts, addresses and phone numbers. */
const LEGITIMATE: readonly string[] = [
  '2026-11-20',
  '2026-09-01 – 2026-12-31',
  '2026-09-01–2026-12-31',
  '1.9.2026–31.12.2026',
  '2026/12/01',
  '1 december 2026',
  'den 2026-12-01 kl. 18.30–20.00',
  'kl 08.15–12.30 13.15–17.00',
  '18:30-20:00',
  'Genomfört 15 riktade insatser',
  '15 insatser 2026',
  'innehav 3, eget bruk 2 och överlåtelse 4',
  'Tertial 3 2026: 12 av 20',
  '/insats Sävsjö 2026-12-01 999',
  'Sävsjö 2026-12-01 15 riktade',
  'år 2025 och 2026, 4 tillfällen',
  '100 200 300 400',
  'Storgatan 5, 576 31 Sävsjö',
  'Box 123, 571 21 Nässjö',
  'Västra Storgatan 12 B lgh 1102',
  'tel 036-123 45 67',
  '036-10 50 00',
  '070-123 45 67',
  '070 123 45 67',
  '073-1234567',
  '+46 70 123 45 67',
  '+46 (0)70-123 45 67',
  '0046 70 123 45 67',
  '0380-123 45',
  '08-123 456 78',
  '08-401 00 00',
  'Polisen 114 14, nödnummer 112',
  'ärende 5000-K123456-26',
  'dnr 2026/1234',
  '18121212-1212',
  '121312-1212',
  '123456-7890',
  '12345678901234567890',
  `${P}1`,
  '',
];

/**
 * The check digit decides only without a sign: YYMMDD or YYYYMMDD that is a real birth date (or day + 60), a dash, _,
 * + or a space, four digits, is refused whatever the check digit; ten digits in a row must pass Luhn, so other numbers
 * pass (personnummer-shapes.test.ts has the full table).
 */
const CHECK_DIGIT: readonly [string, boolean][] = [
  ['19800101-1234', true],
  ['800101-1234', true],
  ['800101+1234', true],
  ['800101 – 1234', true],
  ['800101\u20111234', true],
  ['８００１０１－１２３４', true],
  ['800161-1234', true],
  ['20000229-1234', true],
  ['121212-1213', true],
  ['8001011234', false],
  ['198001011234', false],
  ['800132-1234', false],
  ['800230-1234', false],
  ['810229-1234', false],
  ['801301-1234', false],
  ['800192-1234', false],
  ['18000101-1234', false],
  ['800101-123', false],
  ['800101 1234', true],
  ['800101.1234', false],
];

describe('the personal-data screen', () => {
  it(`refuses all ${SPELLINGS.length} personnummer and samordningsnummer spellings`, () => {
    expect(SPELLINGS.length).toBeGreaterThanOrEqual(30);
    const missed = SPELLINGS.filter((s) => !containsPersonalNumber(`Omhändertog ${s}, 17 år.`));
    expect(missed).toEqual([]);
  });

  it('quotes every finding from the original text', () => {
    for (const s of SPELLINGS) expect(findPersonalNumbers(`x ${s} y`)).toEqual([s.trim()]);
    expect(findPersonalNumbers('a 121212-1212 b 850101-1236')).toEqual(['121212-1212', '850101-1236']);
  });

  it('refuses a signed birth date with any check digit, and ten digits in a row only with a valid one', () => {
    const wrong = CHECK_DIGIT.filter(
      ([text, refused]) => containsPersonalNumber(`Samtal med ${text}.`) !== refused,
    );
    expect(wrong).toEqual([]);
    for (const [text, refused] of CHECK_DIGIT)
      if (refused) expect(findPersonalNumbers(`x ${text} y`)).toEqual([text]);
  });

  it('lets every legitimate text through', () => {
    expect(LEGITIMATE.filter(containsPersonalNumber)).toEqual([]);
  });

  it('lets every date range of two years through, in ISO and Swedish spelling', () => {
    const refused: string[] = [];
    const day = (d: Date) => d.toISOString().slice(0, 10);
    for (let k = 0; k < 730; k++) {
      const a = new Date(Date.UTC(2025, 0, 1 + k));
      for (const b of [new Date(Date.UTC(2025, 0, 2 + k)), new Date(Date.UTC(2025, 1, 1 + k))]) {
        const swedish = (d: Date) => `${d.getUTCDate()}.${d.getUTCMonth() + 1}.${d.getUTCFullYear()}`;
        for (const text of [`${day(a)} – ${day(b)}`, `${day(a)}-${day(b)}`, `${swedish(a)}–${swedish(b)}`])
          if (containsPersonalNumber(text)) refused.push(text);
      }
    }
    expect(refused).toEqual([]);
  });

  it('maps every decimal digit of any script and drops format characters', () => {
    expect(foldedText(inScript('0123456789', 0x0660))).toBe('0123456789');
    expect(foldedText(inScript('0123456789', 0x0e50))).toBe('0123456789');
    expect(foldedText('１２\u200b３')).toBe('123');
    expect(digitValue('a')).toBeNull();
  });

  it('checks Luhn on ten digits and the century of twelve', () => {
    expect(luhnValid('1212121212')).toBe(true);
    expect(luhnValid('121212121')).toBe(false);
    expect(luhnValid('12121212ab')).toBe(false);
    expect(isPersonalNumberDigits(`19${P}`)).toBe(true);
    expect(isPersonalNumberDigits(`18${P}`)).toBe(false);
    expect(isPersonalNumberDigits(P.slice(1))).toBe(false);
  });
});
