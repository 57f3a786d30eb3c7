import { describe, expect, it } from 'vitest';
import {
  containsPersonalNumber,
  findPersonalNumbers,
  isPersonalNumberDigits,
} from '../../src/domain/personnummer.ts';

/**
 * Which shapes the personal-data screen refuses whatever the check digit, and which it lets through (README,
 * "Security and personal data"). A real birth date YYMMDD or YYYYMMDD (century 19 or 20, day + 60 for a
 * samordningsnummer) in one group, then a dash, `+`, `_` or whitespace, then exactly four digits, is refused: in a
 * police note or an imported text it is far more likely a mistyped personnummer than a date and a time. Only a
 * date followed by a time range ("061201 1900-2100") is read as what it is. Every input below has a wrong check
 * digit (or none), so the check digit decides nothing here.
 */
const SHAPES: readonly [text: string, refused: boolean][] = [
  // Refused: a birth date, a separator, four digits.
  ['850101 1234', true],
  ['19850101 1234', true],
  ['850101_1234', true],
  ['19850101_1234', true],
  ['850101 _ 1234', true],
  ['850101 - 1234', true],
  ['850101 + 1234', true],
  ['850101  1234', true],
  ['850101\t1234', true],
  ['850101\n1234', true],
  ['850101\u00a01234', true],
  ['850101\u202f1234', true],
  ['８５０１０１\u3000１２３４', true],
  ['850161 1234', true],
  ['19850161 1234', true],
  ['20000229 1234', true],
  ['000229 1234', true],
  ['061201 1900', true],
  ['850101 1234-5678', true],
  ['850101 1234 vid skolan', true],
  ['pojken, född 850101 1234, hämtades', true],
  // Let through: dates, times, ranges, case numbers, phone numbers, not-a-date digits.
  ['2026-12-03 1430', false],
  ['kl 12:34', false],
  ['20 st 2026', false],
  ['0800-1200', false],
  ['061201-061231', false],
  ['insats 061201 1900-2100', false],
  ['insats 061201 1900–2100', false],
  ['insats 061201 1900 - 2100', false],
  ['insats 061201 1800-20:00', false],
  ['insats 061201 kl. 1900-2100', false],
  ['2006-12-01 kl. 19.00', false],
  ['2026-12-01 kl. 19.00', false],
  ['insats 061201 1800-20.30', false],
  ['ärende 5000-K123456-26', false],
  ['dnr 2026/1234', false],
  ['2026-12-06 kl 14.30', false],
  ['6 december 2026 1430', false],
  ['1 december 2026, 1900-2100', false],
  ['850132 1234', false],
  ['851301 1234', false],
  ['850192 1234', false],
  ['850230 1234', false],
  ['18500101 1234', false],
  ['850101 123', false],
  ['850101 12345', false],
  ['850101.1234', false],
  ['850101/1234', false],
  ['123456 7890', false],
  ['556677 8899', false],
  ['212000 0555', false],
  ['070-123 45 67', false],
  ['+46 70 123 45 67', false],
  ['036-10 50 00', false],
  ['Box 123, 571 21 Nässjö', false],
  ['2026 1430', false],
];

const digitsOf = (text: string) => text.normalize('NFKC').replace(/\D/g, '');

describe('the shapes the personal-data screen refuses whatever the check digit', () => {
  it(`decides all ${SHAPES.length} inputs as the README says`, () => {
    expect(SHAPES.length).toBeGreaterThanOrEqual(30);
    // The check digit must decide nothing here: no input holds a valid ten-digit personnummer.
    const valid = SHAPES.filter(([t]) => isPersonalNumberDigits(digitsOf(t)));
    expect(valid).toEqual([]);
    const wrong = SHAPES.filter(
      ([text, refused]) => containsPersonalNumber(`Anteckning: ${text}.`) !== refused,
    );
    expect(wrong).toEqual([]);
  });

  it('quotes the refused number from the original text, date and four digits only', () => {
    const quoted = SHAPES.filter(([, refused]) => refused).map(
      ([t]) => findPersonalNumbers(`x ${t} y`)[0] ?? '',
    );
    expect(quoted.map(digitsOf).filter((d) => d.length !== 10 && d.length !== 12)).toEqual([]);
    expect(findPersonalNumbers('a 850101 1234 b 19850101_1234')).toEqual(['850101 1234', '19850101_1234']);
  });
});
