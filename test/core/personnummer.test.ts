import { describe, expect, it } from 'vitest';
import { containsPersonalNumber, findPersonalNumbers, luhnValid } from '../../src/domain/personnummer.ts';

describe('the personnummer guard', () => {
  it.each([
    ['121212-1212', true],
    ['1212121212', true],
    ['121212+1212', true],
    ['19121212-1212', true],
    ['191212121212', true],
    ['20121212-1212', true],
    ['121212 1212', true],
    ['Gripen: 850101-1236, släppt', true],
    ['samordningsnummer 850161-1233', true],
    ['121212-1213', false],
    ['18121212-1212', false],
    ['121312-1212', false],
    ['123456-7890', false],
    ['2026-11-20', false],
    ['Genomfört 15 riktade insatser', false],
    ['tel 036-123 45 67', false],
    ['12345678901234567890', false],
    ['', false],
  ])('%s → %s', (text, expected) => {
    expect(containsPersonalNumber(text)).toBe(expected);
  });

  it('finds every occurrence', () => {
    expect(findPersonalNumbers('a 121212-1212 b 850101-1236')).toEqual(['121212-1212', '850101-1236']);
  });

  it('checks Luhn on ten digits only', () => {
    expect(luhnValid('1212121212')).toBe(true);
    expect(luhnValid('121212121')).toBe(false);
    expect(luhnValid('12121212ab')).toBe(false);
  });
});
