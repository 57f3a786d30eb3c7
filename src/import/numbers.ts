/**
 * Swedish numbers as people write them in agreements: words ("femton", "tjugotvå", "etthundra"),
 * digits ("30") and both ("femton (15)"). Pure functions; no context rules here (see mentions.ts).
 */

const UNITS: Readonly<Record<string, number>> = {
  noll: 0,
  en: 1,
  ett: 1,
  två: 2,
  tre: 3,
  fyra: 4,
  fem: 5,
  sex: 6,
  sju: 7,
  åtta: 8,
  nio: 9,
};

const TEENS: Readonly<Record<string, number>> = {
  tio: 10,
  elva: 11,
  tolv: 12,
  tretton: 13,
  fjorton: 14,
  femton: 15,
  sexton: 16,
  sjutton: 17,
  arton: 18,
  aderton: 18,
  nitton: 19,
};

const TENS: Readonly<Record<string, number>> = {
  tjugo: 20,
  tjugu: 20,
  trettio: 30,
  tretti: 30,
  fyrtio: 40,
  förtio: 40,
  fyrti: 40,
  förti: 40,
  femtio: 50,
  femti: 50,
  sextio: 60,
  sexti: 60,
  sjuttio: 70,
  sjutti: 70,
  åttio: 80,
  åtti: 80,
  nittio: 90,
  nitti: 90,
};

const TENS_LIST = Object.entries(TENS);

/** Every simple number word (no compounds), for typo suggestions. */
export const SIMPLE_NUMBER_WORDS: readonly string[] = [
  ...Object.keys(UNITS),
  ...Object.keys(TEENS),
  ...Object.keys(TENS),
  'hundra',
];

/** Folds the diacritics people sometimes lose ("tva", "atta") back into the spelling we know. */
function fold(word: string): string {
  return word
    .toLowerCase() // = toLocaleLowerCase('sv-SE'), far cheaper (see tokens.ts)
    .replace(/[-\s\u00ad]+/g, '')
    .replace(/^tva/, 'två')
    .replace(/tva$/, 'två')
    .replace(/^atta/, 'åtta')
    .replace(/^atti/, 'åtti')
    .replace(/(?<=\p{L})atta$/u, 'åtta')
    .replace(/^fortio/, 'förtio');
}

/** 0–99 from a folded word, or null. */
function belowHundred(w: string): number | null {
  if (w === '') return null;
  const unit = UNITS[w];
  if (unit !== undefined) return unit;
  const teen = TEENS[w];
  if (teen !== undefined) return teen;
  for (const [tens, value] of TENS_LIST) {
    if (w === tens) return value;
    if (w.startsWith(tens)) {
      const rest = UNITS[w.slice(tens.length)];
      if (rest !== undefined && rest > 0) return value + rest;
    }
  }
  return null;
}

/** 0–999 from a folded word, or null. */
function belowThousand(w: string): number | null {
  const at = w.indexOf('hundra');
  if (at < 0) return belowHundred(w);
  const head = w.slice(0, at);
  const tail = w.slice(at + 'hundra'.length);
  const hundreds = head === '' ? 1 : belowHundred(head);
  if (hundreds === null || hundreds < 1 || hundreds > 9) return null;
  const rest = tail === '' ? 0 : belowHundred(tail);
  if (rest === null) return null;
  return hundreds * 100 + rest;
}

/**
 * The value of one Swedish number word, or null: "femton" → 15, "tjugotvå" → 22, "tjugo-två" → 22,
 * "etthundra" → 100, "tvåhundrafemtio" → 250, "tusen" → 1000. Case-insensitive; "tva" is read as "två".
 */
export function parseNumberWord(word: string): number | null {
  const w = fold(word.trim());
  if (w === '') return null;
  if (w === 'tusen' || w === 'etttusen') return 1000;
  const at = w.indexOf('tusen');
  if (at > 0) {
    const thousands = belowThousand(w.slice(0, at));
    const rest = w.slice(at + 'tusen'.length);
    const tail = rest === '' ? 0 : belowThousand(rest);
    if (thousands === null || thousands < 1 || tail === null) return null;
    return thousands * 1000 + tail;
  }
  return belowThousand(w);
}

/** True for a word that is a tens word ("tjugo", "trettio") that may be followed by a separate unit word. */
export function isTensWord(word: string): boolean {
  return TENS[fold(word)] !== undefined;
}

/** The value of a written number: digits ("15"), a word ("femton"), or null. Digits must be a plain integer. */
export function parseSwedishNumber(text: string): number | null {
  const t = text.trim();
  if (/^\d{1,6}$/.test(t)) return Number(t);
  return parseNumberWord(t);
}
