/**
 * A cadence written without a count ("samverkansmöten var sjätte vecka", "varannan månad", "varje termin",
 * "kvartalsvis") and how many times a year it comes to. It is no target by itself — the document names no number —
 * so the importer stores none and says what it would be (see parse-document.ts); with a count and no other basis
 * ("två trygghetsvandringar varannan månad") the count is scaled by it.
 */

export interface Cadence {
  /** The words as written, for the warning: "var sjätte vecka". */
  readonly phrase: string;
  /** Times a year: exact, or the two whole numbers it lies between (var sjätte vecka: 8 or 9). */
  readonly perYear: number | readonly [number, number];
  /** False for a rhythm that already counts the times ("vår och höst"): a count beside it is not multiplied. */
  readonly scales?: false;
}

const ORDINALS: Readonly<Record<string, number>> = {
  annan: 2,
  andra: 2,
  tredje: 3,
  fjärde: 4,
  femte: 5,
  sjätte: 6,
  sjunde: 7,
  åttonde: 8,
  nionde: 9,
  tionde: 10,
  elfte: 11,
  tolfte: 12,
  fjortonde: 14,
};

/**
 * Units a year has, by the unit's stem. "varje år" is a rhythm only where the text names no count; with one it is
 * the basis ("varje år genomföra minst 5 …", see targets.ts). A weekday or a weekend comes once a week.
 */
const PER_YEAR: Readonly<Record<string, number>> = {
  år: 1,
  helg: 52,
  måndag: 52,
  tisdag: 52,
  onsdag: 52,
  torsdag: 52,
  fredag: 52,
  lördag: 52,
  söndag: 52,
  dag: 365,
  dygn: 365,
  vecka: 52,
  månad: 12,
  kvartal: 4,
  termin: 2,
  halvår: 2,
  tertial: 3,
};

const EVERY = `(varje|varenda|var|en gång (?:i|per|varje|om)|varannan|vartannat|var (?:${Object.keys(ORDINALS).join('|')})|var (\\d{1,2}):?e)`;
const UNIT =
  '(dag|dygn|vecka|veckan|månad|månaden|kvartal|kvartalet|termin|terminen|halvår|halvåret|tertial|tertialet|år|året|helg|helgen|(?:mån|tis|ons|tors|fre|lör|sön)dag(?:en)?)';
const PHRASE = new RegExp(`(?<![\\p{L}\\d])${EVERY}\\s+${UNIT}(?![\\p{L}])`, 'iu');
const ADVERB =
  /(?<![\p{L}])(veckovis|veckligen|månatligen|månadsvis|kvartalsvis|terminsvis|halvårsvis|tertialvis|årligen|årsvis)(?![\p{L}])/iu;
/** "vår och höst", "våren och hösten", "höst och vår": twice a year. */
const SEASONS = /(?<![\p{L}])(?:vår(?:en)? och höst(?:en)?|höst(?:en)? och vår(?:en)?)(?![\p{L}])/iu;
const ADVERB_UNIT: Readonly<Record<string, string>> = {
  veckovis: 'vecka',
  veckligen: 'vecka',
  månatligen: 'månad',
  månadsvis: 'månad',
  kvartalsvis: 'kvartal',
  terminsvis: 'termin',
  halvårsvis: 'halvår',
  tertialvis: 'tertial',
  årligen: 'år',
  årsvis: 'år',
};

function stem(unit: string): string {
  if (PER_YEAR[unit] !== undefined) return unit;
  return (
    [unit.replace(/(en|et)$/, ''), unit.replace(/n$/, '')].find((u) => PER_YEAR[u] !== undefined) ?? unit
  );
}

function every(word: string, digits: string | undefined): number {
  if (digits) return Number(digits);
  if (/^(varannan|vartannat)$/.test(word)) return 2;
  const ordinal = /^var (\p{L}+)$/u.exec(word)?.[1];
  return ordinal ? (ORDINALS[ordinal] ?? 1) : 1;
}

function timesAYear(unitsAYear: number, interval: number): number | readonly [number, number] {
  // Whole weeks in days ("var 14:e dag"): count in weeks, as a year of 52 weeks does.
  const units = unitsAYear === 365 && interval % 7 === 0 ? 52 : unitsAYear;
  const step = units === 52 && unitsAYear === 365 ? interval / 7 : interval;
  const times = units / step;
  return Number.isInteger(times) ? times : [Math.floor(times), Math.ceil(times)];
}

/** The cadence a text names, or null. */
export function cadenceOf(text: string): Cadence | null {
  const m = PHRASE.exec(text);
  if (m) {
    const units = PER_YEAR[stem((m[3] ?? '').toLocaleLowerCase('sv-SE'))];
    const interval = every((m[1] ?? '').toLocaleLowerCase('sv-SE').replace(/\s+/g, ' '), m[2]);
    // "vartannat år" comes less than once a year: no rhythm to count per år.
    if (units !== undefined && interval > 0 && units / interval >= 1)
      return { phrase: m[0], perYear: timesAYear(units, interval) };
  }
  const seasons = SEASONS.exec(text);
  if (seasons) return { phrase: seasons[0], perYear: 2, scales: false };
  const adverb = ADVERB.exec(text);
  const unit = adverb ? ADVERB_UNIT[(adverb[1] ?? '').toLocaleLowerCase('sv-SE')] : undefined;
  const units = unit ? PER_YEAR[unit] : undefined;
  return adverb && units !== undefined ? { phrase: adverb[0], perYear: units } : null;
}
