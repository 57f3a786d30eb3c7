import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { numberMentions } from '../../src/import/mentions.ts';
import { parseNumberWord, parseSwedishNumber } from '../../src/import/numbers.ts';
import { readTarget } from '../../src/import/targets.ts';

/** An independent reference: how Swedish writes 0–100 (with the spelling variants people use). */
const ONES = ['noll', 'ett', 'två', 'tre', 'fyra', 'fem', 'sex', 'sju', 'åtta', 'nio'];
const TEENS = ['tio', 'elva', 'tolv', 'tretton', 'fjorton', 'femton', 'sexton', 'sjutton', 'arton', 'nitton'];
const TENS = ['', '', 'tjugo', 'trettio', 'fyrtio', 'femtio', 'sextio', 'sjuttio', 'åttio', 'nittio'];

function swedish(n: number, joiner: '' | '-' | ' ' = ''): string {
  if (n === 100) return joiner === ' ' ? 'hundra' : 'etthundra';
  if (n < 10) return ONES[n] as string;
  if (n < 20) return TEENS[n - 10] as string;
  const tens = TENS[Math.floor(n / 10)] as string;
  const unit = n % 10;
  return unit === 0 ? tens : `${tens}${joiner}${ONES[unit]}`;
}

describe('Swedish number words', () => {
  it('reads every number 0–100 written in words, in any case, joined, hyphenated or spaced', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 100 }),
        fc.constantFrom('', '-' as const),
        fc.boolean(),
        (n, joiner, upper) => {
          const word = swedish(n, joiner);
          expect(parseNumberWord(upper ? word.toLocaleUpperCase('sv-SE') : word)).toBe(n);
        },
      ),
    );
  });

  it('reads every number 0–100 in digits', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 100 }), (n) => {
        expect(parseSwedishNumber(String(n))).toBe(n);
      }),
    );
  });

  it('finds every target 1–100 in a sentence, in words, in digits, spaced, and as "word (digits)"', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 100 }),
        fc.constantFrom('words', 'spaced', 'digits', 'both'),
        fc.constantFrom('trafikkontroller', 'riktade insatser', 'trygghetsvandringar'),
        (n, style, noun) => {
          const written =
            style === 'digits'
              ? String(n)
              : style === 'both'
                ? `${swedish(n)} (${n})`
                : style === 'spaced'
                  ? swedish(n, ' ')
                  : swedish(n);
          const reading = readTarget(`Polisen ska genomföra minst ${written} ${noun} per år.`);
          expect(reading.target).toEqual({ count: n, per: 'year' });
          expect(reading.notes).toEqual([]);
        },
      ),
    );
  });

  it('knows the variants: en/ett, arton/aderton, tjugu, ascii "tva", hundreds and thousands', () => {
    expect(parseNumberWord('en')).toBe(1);
    expect(parseNumberWord('aderton')).toBe(18);
    expect(parseNumberWord('tjugutvå')).toBe(22);
    expect(parseNumberWord('tva')).toBe(2);
    expect(parseNumberWord('tjugotva')).toBe(22);
    expect(parseNumberWord('tvåhundrafemtio')).toBe(250);
    expect(parseNumberWord('hundra')).toBe(100);
    expect(parseNumberWord('tusen')).toBe(1000);
    expect(parseNumberWord('tvåtusen')).toBe(2000);
  });

  it('is not fooled by words that merely start like numbers', () => {
    for (const word of [
      'fempunkt',
      'sexig',
      'tretal',
      'trettioen-två',
      'femtonde',
      'tredje',
      'andra',
      'samverkan',
      'noll-tolerans',
      '',
    ]) {
      expect(parseNumberWord(word)).toBeNull();
    }
  });
});

describe('count-like numbers in a text', () => {
  const values = (text: string) => numberMentions(text).mentions.map((m) => m.value);

  it('leaves out ages, years, dates, times, weeks, percentages, money and law references', () => {
    expect(values('unga i åldern 21 år och yngre')).toEqual([]);
    expect(values('under 2023-2024 och 2022/2023')).toEqual([]);
    expect(values('Uppstartsmöte 9/3, möte den 15 mars och 2023-01-15')).toEqual([]);
    expect(values('Tisdagar 12.00-14.00 från vecka 15')).toEqual([]);
    expect(values('ökningen med 20 procent och 15 % och 300 kronor')).toEqual([]);
    expect(values('enligt 14 kap 1 § socialtjänstlagen')).toEqual([]);
    expect(values('15-20-åringar och 3:e tertialet')).toEqual([]);
  });

  it('keeps counts in words and digits, and reads "femton (15)" once', () => {
    expect(values('minst femton (15) riktade insatser och 30 kontroller')).toEqual([15, 30]);
    expect(values('tjugo två möten')).toEqual([22]);
  });

  it('notes a word and a figure that disagree', () => {
    const { mentions } = numberMentions('minst femton (16) insatser');
    expect(mentions[0]?.value).toBe(16);
    expect(mentions[0]?.conflict).toEqual({ word: 15, digits: 16 });
  });
});
