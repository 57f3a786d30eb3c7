import { editDistance } from '../domain/names.ts';
import type { Target, TargetBasis } from '../domain/types.ts';
import { type Cadence, cadenceOf } from './cadence.ts';
import { type NumberMention, numberMentions } from './mentions.ts';
import type { TargetNote } from './notes.ts';
import { parseNumberWord, SIMPLE_NUMBER_WORDS } from './numbers.ts';
import { rangeOf, type TargetRange } from './ranges.ts';
import { readsLikeOutcome } from './sections.ts';
import { singleOccurrence } from './single-occurrence.ts';
import type { Token } from './tokens.ts';
import { wordRegex } from './word-regex.ts';

/**
 * The numeric target of an activity ("minst femton (15) riktade insatser", "minst 30 … per år",
 * "vid minst fyra tillfällen", "två trygghetsvandringar", "minsta fyra") and what it counts against.
 * Never a number that is an age, a year, a date, a percentage or a law reference (see mentions.ts).
 */

export interface TargetReading {
  readonly target: Target | null;
  /** Where the count was read, to find the kind named right after it. */
  readonly after: string | null;
  /** Swedish notes on what was guessed or could not be read (without a line prefix). */
  readonly notes: readonly TargetNote[];
  /** False when the text names no basis ("per år", "under perioden"…) and the target was read per år. */
  readonly basisStated?: boolean;
  /** A cadence that made no target ("samverkansmöten var sjätte vecka"): what it comes to, for the warning. */
  readonly cadence?: Cadence & { readonly factor: number };
  /** An approximate number that made no target ("ett tjugotal … under perioden"): its words and value. */
  readonly approximate?: { readonly words: string; readonly count: number; readonly per: TargetBasis };
  /** A range ("6–8", "mellan 4 och 6"): the target is its lower bound, and the warning names the range. */
  readonly range?: TargetRange;
}

/** "ett tiotal", "ett tjugotal": about ten, about twenty — no exact count to follow up against. */
const APPROXIMATE = wordRegex(
  '(ett |något )?(tio|femton|tjugo|trettio|fyrtio|femtio|sextio|sjuttio|åttio|nittio|hundra)tal(et)?',
);

const QUANTIFIER =
  /^(minst|minsta|minimum|åtminstone|lägst|totalt|sammanlagt|ca|cirka|ungefär|drygt|ytterligare)$/;
const TIMES = /^(gång|gånger|tillfälle|tillfällen|träff|träffar)$/;
const NOT_A_NOUN =
  /^(och|eller|av|till|som|per|i|på|för|med|om|mest|minst|största|främsta|vanligaste|procent)$/;

interface Scale {
  readonly re: RegExp;
  readonly per: TargetBasis;
  readonly factor: number;
}

const SCALES: readonly Scale[] = [
  {
    re: wordRegex(
      '(per|varje|i varje|under varje|varje|en gång per|en gång varje) tertial|tertialvis|per tertial',
    ),
    per: 'tertial',
    factor: 1,
  },
  {
    re: wordRegex('(per|varje|i|en gång i|en gång per) månad(en)?|månatligen|månadsvis'),
    per: 'year',
    factor: 12,
  },
  { re: wordRegex('(per|varje|i) vecka(n)?|veckovis|veckligen'), per: 'year', factor: 52 },
  { re: wordRegex('(per|varje|i) kvartal(et)?|kvartalsvis'), per: 'year', factor: 4 },
  { re: wordRegex('(per|varje|i) (termin(en)?|halvår(et)?)|terminsvis'), per: 'year', factor: 2 },
  {
    re: wordRegex(
      '(per|varje|om|i|under ett|på ett|under varje) (kalender|verksamhets|läs)?år(et)?|årligen|årsvis|under året|under innevarande år|under (19|20)\\d{2}(?!\\s*[-–/]\\s*\\d)',
    ),
    per: 'year',
    factor: 1,
  },
  {
    re: wordRegex(
      'under (hela )?(perioden|avtalsperioden|löftesperioden|löftestiden|giltighetstiden|löptiden)|' +
        'under (hela )?(medborgarlöftets|löftets|avtalets|överenskommelsens) (giltighetstid|period|löptid|tid)|' +
        'per period|totalt under|under (åren )?(19|20)\\d{2}\\s*[-–/]\\s*(19|20)?\\d{2}',
    ),
    per: 'period',
    factor: 1,
  },
];

function isQuantifier(tokens: readonly Token[], i: number): boolean {
  const token = tokens[i];
  if (token?.type !== 'word') return false;
  const before = tokens[i - 1]?.lower;
  if (token.lower === 'minst' && (before === 'inte' || before === 'allra')) return false;
  if (QUANTIFIER.test(token.lower)) return true;
  return token.lower.length >= 4 && token.lower.length <= 6 && editDistance(token.lower, 'minst') <= 1;
}

function quantified(tokens: readonly Token[], m: NumberMention): boolean {
  const p1 = tokens[m.first - 1];
  const p2 = tokens[m.first - 2];
  if (isQuantifier(tokens, m.first - 1)) return true;
  if (p1?.lower === 'än' && (p2?.lower === 'mindre' || p2?.lower === 'fler')) return true;
  return p1?.lower === 'till' && p2?.lower === 'upp';
}

function nounFollows(tokens: readonly Token[], m: NumberMention): boolean {
  const next = tokens[m.last];
  // "två av kommunens ungdomskvällar", "tre av de planerade vandringarna" — but not "tre av tio".
  if (next?.lower === 'av') {
    const owner = tokens[m.last + 1];
    const noun = tokens[m.last + 2];
    return (
      owner?.type === 'word' &&
      /^(de|dessa|våra|[\p{L}]+s)$/u.test(owner.lower) &&
      noun?.type === 'word' &&
      !NOT_A_NOUN.test(noun.lower)
    );
  }
  return next?.type === 'word' && !NOT_A_NOUN.test(next.lower);
}

const BASIS_WORD =
  /^(år|året|läsår|tertial|tertialet|månad|månaden|vecka|veckan|kvartal|kvartalet|termin|terminen)$/;

/** A number right before "per år", "per tertial" ("trafikkontroller vid skolorna 4 per tertial", "4/tertial"). */
function basisFollows(tokens: readonly Token[], m: NumberMention): boolean {
  return tokens[m.last]?.lower === 'per' && BASIS_WORD.test(tokens[m.last + 1]?.lower ?? '');
}

/** A misspelt number word right after a quantifier ("minst femtom"), as a value, or null. */
function typoAfterQuantifier(tokens: readonly Token[]): { value: number; word: string; at: number } | null {
  for (let i = 1; i < tokens.length; i++) {
    const t = tokens[i] as Token;
    if (!isQuantifier(tokens, i - 1) || t.type !== 'word' || t.lower.length < 4) continue;
    if (parseNumberWord(t.lower) !== null) continue;
    const close = SIMPLE_NUMBER_WORDS.filter((w) => w.length >= 3 && editDistance(w, t.lower) === 1);
    const value = close.length === 1 ? parseNumberWord(close[0] as string) : null;
    if (value !== null) return { value, word: t.text, at: t.end };
  }
  return null;
}

function basisOf(text: string, countEnd: number): { per: TargetBasis; factor: number } | null {
  let best: { per: TargetBasis; factor: number; distance: number } | null = null;
  for (const scale of SCALES) {
    const re = new RegExp(scale.re.source, `${scale.re.flags.replace('g', '')}g`);
    for (const m of text.matchAll(re)) {
      const at = m.index ?? 0;
      const distance = at >= countEnd ? at - countEnd : (countEnd - at) * 2;
      if (!best || distance < best.distance) best = { per: scale.per, factor: scale.factor, distance };
    }
  }
  return best ? { per: best.per, factor: best.factor } : null;
}

/**
 * Reads the target of an activity text. `column` is true for the text of a "Mål"/"Antal" table cell, where a
 * bare number is the target even without "minst".
 */
export function readTarget(written: string, column = false): TargetReading {
  const text = promisingPart(written)
    .replace(/\s*\/\s*(år|läsår|tertial|månad|vecka|kvartal|termin)(?![\p{L}])/giu, ' per $1')
    .replace(/(?<![\p{L}])ggr(?![\p{L}])/giu, 'gånger');
  const { mentions, tokens } = numberMentions(text);
  const notes: TargetNote[] = [];
  const approx = mentions.some((m) => !m.article) ? null : APPROXIMATE.exec(text);
  if (approx) {
    const count = parseNumberWord(approx[2] ?? '') ?? 0;
    const end = (approx.index ?? 0) + approx[0].length;
    const per = basisOf(text.toLocaleLowerCase('sv-SE'), end)?.per ?? 'year';
    return { target: null, after: null, notes, approximate: { words: approx[0], count, per } };
  }
  const withQuantifier = mentions.filter((m) => quantified(tokens, m));
  const countable = mentions.filter(
    (m) =>
      (!m.article && (column || nounFollows(tokens, m) || basisFollows(tokens, m))) ||
      (m.article && TIMES.test(tokens[m.last]?.lower ?? '')) ||
      (column && mentions.length === 1),
  );
  let chosen: NumberMention | null = withQuantifier[0] ?? countable[0] ?? null;
  let value = chosen?.value ?? null;
  let end = chosen?.end ?? 0;
  if (chosen === null && !column) {
    for (const m of mentions) {
      const single = singleOccurrence(text, tokens, m);
      if (single?.kind === 'uncertain') {
        notes.push({ kind: 'unsure-target', sentence: sentence(written) });
        return { target: null, after: null, notes };
      }
      if (single?.kind === 'count') {
        chosen = m;
        value = single.value;
        end = single.end;
        break;
      }
    }
  }
  if (chosen === null) {
    const typo = typoAfterQuantifier(tokens);
    if (typo) {
      value = typo.value;
      end = typo.at;
      notes.push({ kind: 'typo', word: typo.word, value: typo.value });
    } else if (
      tokens.some((t, i) => isQuantifier(tokens, i) && t.lower !== 'totalt' && t.lower !== 'sammanlagt')
    ) {
      notes.push({ kind: 'target-unreadable', excerpt: excerpt(text) });
    }
  }
  const range = chosen ? rangeOf(text, tokens, chosen) : null;
  if (range) value = range.low;
  if (chosen?.conflict) {
    notes.push({
      kind: 'different-numbers',
      excerpt: excerpt(text),
      word: chosen.conflict.word,
      digits: chosen.conflict.digits,
    });
  }
  const pool = withQuantifier.length > 0 ? withQuantifier : [];
  const distinct = new Set(pool.map((m) => m.value));
  if (distinct.size > 1 && chosen) {
    notes.push({ kind: 'several-targets', excerpt: excerpt(text), value: chosen.value });
  }
  const cadence = column ? null : cadenceOf(text);
  if (value === null) {
    // "samverkansmöten varannan vecka": a cadence but no count — said, not stored (see parse-document.ts).
    return cadence
      ? { target: null, after: null, notes, cadence: { ...cadence, factor: 1 } }
      : { target: null, after: null, notes };
  }
  if (value === 0) return { target: null, after: null, notes };
  const stated = basisOf(text.toLocaleLowerCase('sv-SE'), end);
  // "två trygghetsvandringar varannan månad": the count times the cadence, when that is a whole number.
  if (!stated && cadence && cadence.scales !== false) {
    if (typeof cadence.perYear !== 'number') {
      return { target: null, after: null, notes, cadence: { ...cadence, factor: value } };
    }
    const count = value * cadence.perYear;
    return { target: { count, per: 'year' }, after: text.slice(end, end + 60), notes, basisStated: true };
  }
  // A number whose text states no basis counts per år (the parse says so in a warning, see parse-document.ts).
  const basis = stated ?? { per: 'year', factor: 1, unstated: true };
  return {
    target: { count: value * basis.factor, per: basis.per },
    after: text.slice(end, end + 60),
    notes,
    basisStated: !('unstated' in basis),
    ...(range ? { range } : {}),
  };
}

/**
 * The text without its sentences that report what was done ("Nio riktade insatser har genomförts."): a number
 * there is an outcome, never a target. A text that is nothing but such sentences is kept whole.
 */
function promisingPart(text: string): string {
  const sentences = text.split(/(?<=[.!?])\s+(?=\p{Lu}|\d)/u);
  const kept = sentences.filter((s) => !readsLikeOutcome(s));
  return kept.length === 0 || kept.length === sentences.length ? text : kept.join(' ');
}

/** A whole sentence for a warning that quotes it (cut only past 200 characters). */
function sentence(text: string): string {
  const t = text.replace(/\s+/g, ' ').trim();
  return t.length <= 200 ? t : `${t.slice(0, 197).trimEnd()}…`;
}

/** The first ~60 characters of a text, for warnings. */
export function excerpt(text: string): string {
  const t = text.replace(/\s+/g, ' ').trim();
  return t.length <= 60 ? t : `${t.slice(0, 57).trimEnd()}…`;
}
