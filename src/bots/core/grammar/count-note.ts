import type { ActivityKind } from '../../../domain/activity-kinds.ts';
import { kindFromWord } from '../../../domain/activity-kinds.ts';
import { nameKey } from '../../../domain/names.ts';
import { parseNumberWord } from '../../../import/numbers.ts';

/**
 * Counts versus notes in a log line, after the kommun and date: how many of the activity, and which words are the
 * note. A number followed by a word that counts people or things other than the activity ("3 ungdomar",
 * "2 personer") is ambiguous — the caller asks (unless the number is 1: both readings store 1), it never guesses.
 * A time ("21.00"), a quoted text or any other word ends the count and starts the note.
 */

export type CountRead =
  /** `count` read from `consumed` tokens: `3`, `3st`, `2 st`, `tre`, `3 insatser`. */
  | { readonly type: 'count'; readonly count: number; readonly consumed: number; readonly text: string }
  /** `3 ungdomar …`: the number may count the activity or the people/things named after it. */
  | { readonly type: 'ambiguous'; readonly count: number; readonly noun: string }
  /** Digits that are no valid count (0, negative, too big). */
  | { readonly type: 'bad'; readonly text: string };

const DIGITS = /^(?:x)?(-?\d+)(?:st|x|st\.)?$/i;
const PIECES = new Set(['st', 'stycken', 'styck', 'ggr', 'gånger', 'ganger', 'times', 'pcs']);

/**
 * Words that, after a number, count something other than the activity: people and things an officer may note.
 * Compared by nameKey (no accents, lower case).
 */
const COUNTED_NOUNS = new Set(
  [
    'ungdom',
    'ungdomar',
    'unga',
    'person',
    'personer',
    'pers',
    'individ',
    'individer',
    'vuxna',
    'barn',
    'elev',
    'elever',
    'man',
    'män',
    'kvinnor',
    'kvinna',
    'killar',
    'kille',
    'tjejer',
    'tjej',
    'pojkar',
    'pojke',
    'flickor',
    'flicka',
    'förare',
    'gärningsmän',
    'misstänkta',
    'gripna',
    'anhållna',
    'omhändertagna',
    'omhändertagen',
    'anträffade',
    'rapporterade',
    'bilar',
    'bil',
    'fordon',
    'mopeder',
    'moped',
    'cyklar',
    'knivar',
    'kniv',
    'vapen',
    'gram',
    'g',
    'kg',
    'påsar',
    'tabletter',
    'beslag',
    'brott',
    'anmälningar',
    'böter',
    'ordningsböter',
    'lagföringar',
    'samtal',
    'besök',
    'people',
    'persons',
    'youths',
    'cars',
    'arrests',
  ].map(nameKey),
);

/** Words after a number that end with a plural ending but count nothing (prepositions, adverbs). */
const NOT_NOUNS = new Set(
  [
    'efter',
    'under',
    'över',
    'kvar',
    'fler',
    'senare',
    'tidigare',
    'enligt',
    'hemma',
    'ute',
    'borta',
    'mellan',
  ].map(nameKey),
);

/** Number words are a count when they are the last word or followed by a unit, a date-free noun or nothing. */
const NUMBER_WORD_MIN = 2;

/** True when `word` after a number names what the activity itself counts ("insatser", "trafikkontroller"). */
function namesActivity(word: string, kind: ActivityKind | null): boolean {
  const k = kindFromWord(word);
  if (k !== null && (kind === null || k.id === kind.id)) return true;
  const key = nameKey(word);
  return key === 'riktade' || key === 'riktad';
}

/** True when a word opens a quoted text: the note, taken as it stands (no count or date is read in it). */
export function startsQuote(word: string): boolean {
  return /^["“”]/.test(word);
}

/** True when `word` after a number counts people or things (so the number is ambiguous). */
function countsSomethingElse(word: string, kind: ActivityKind | null): boolean {
  if (namesActivity(word, kind)) return false;
  const key = nameKey(word);
  if (key === '' || NOT_NOUNS.has(key)) return false;
  if (COUNTED_NOUNS.has(key)) return true;
  // Other plural nouns ("timmar", "kvällar", "15-åringar") and ages ("17-åringar"): ask rather than guess.
  return /^\p{L}{3,}(ar|er|or|na)$/u.test(word.toLocaleLowerCase('sv-SE')) || /^\d+-?åring(ar)?$/i.test(word);
}

/** English number words an officer types as a count ("three", "twelve"); "one" is the default count anyway. */
const ENGLISH_NUMBERS: Readonly<Record<string, number>> = Object.fromEntries(
  [
    'two',
    'three',
    'four',
    'five',
    'six',
    'seven',
    'eight',
    'nine',
    'ten',
    'eleven',
    'twelve',
    'thirteen',
    'fourteen',
    'fifteen',
    'sixteen',
    'seventeen',
    'eighteen',
    'nineteen',
    'twenty',
  ].map((w, i) => [w, i + 2]),
);

function numberAt(token: string): { value: number; digits: boolean } | null {
  const d = DIGITS.exec(token);
  if (d) return { value: Number(d[1]), digits: true };
  const key = token.toLocaleLowerCase('sv-SE');
  // "en"/"ett" are articles far more often than counts ("en kontroll"); the default count is 1 anyway.
  if (key === 'en' || key === 'ett') return null;
  const english = ENGLISH_NUMBERS[key];
  if (english !== undefined) return { value: english, digits: false };
  const w = parseNumberWord(token);
  return w !== null && w >= NUMBER_WORD_MIN ? { value: w, digits: false } : null;
}

/** Reads a count at `tokens[i]`, or null when the word there is no number. */
export function readCount(
  tokens: readonly string[],
  i: number,
  kind: ActivityKind | null,
  maxCount: number,
): CountRead | null {
  const token = tokens[i];
  if (token === undefined) return null;
  const n = numberAt(token);
  if (n === null) return null;
  const text = token;
  if (!Number.isSafeInteger(n.value) || n.value < 1 || n.value > maxCount) return { type: 'bad', text };
  const next = tokens[i + 1];
  // A quoted text after the number is the note as it stands ("3 \"ungdomar omhändertagna\"").
  if (next === undefined || startsQuote(next)) return { type: 'count', count: n.value, consumed: 1, text };
  const nextKey = nameKey(next);
  if (PIECES.has(nextKey) || PIECES.has(next.toLocaleLowerCase('sv-SE'))) {
    return { type: 'count', count: n.value, consumed: 2, text: `${token} ${next}` };
  }
  if (namesActivity(next, kind)) {
    // "3 riktade insatser": the adjective and the noun both belong to the count.
    const after = tokens[i + 2];
    const two = after !== undefined && nameKey(next).startsWith('riktad') && namesActivity(after, kind);
    const consumed = two ? 3 : 2;
    return { type: 'count', count: n.value, consumed, text: tokens.slice(i, i + consumed).join(' ') };
  }
  if (countsSomethingElse(next, kind)) return { type: 'ambiguous', count: n.value, noun: next };
  // A number word in running text ("tre kvart") is only a count when digits would be; keep it simple: digits
  // always count, a number word counts when the next word names no other thing (checked above).
  return { type: 'count', count: n.value, consumed: 1, text };
}
