import { foldForScreen } from './normalize.ts';
import { findPersonalNumbers } from './personnummer.ts';

/**
 * What is checked in a text before it reaches a public page, as one table of rules. Each rule has an action:
 *  - `block`: the tertial cannot be published until the text is edited ("Redigera") — personnummer, phone numbers,
 *    e-mail addresses, Swedish registration numbers ("ABC 123", "ABC 12A"), and capitalised names next to words like "misstänkt", "anhållen", "omhändertogs";
 *  - `mask`: small counts (1–4) next to offences, interventions or ages are replaced by "färre än 5" in the
 *    published text, automatically;
 *  - `confirm`: ages and street addresses are shown to the samordnare, who chooses "Publicera ändå" or "Redigera".
 * The rules read the text folded like the personnummer screen (NFKC, no format characters, every script's digits),
 * so fullwidth or zero-width spellings do not slip through.
 */

export type PublishRuleId =
  | 'personnummer'
  | 'phone'
  | 'email'
  | 'plate'
  | 'named-person'
  | 'small-count'
  | 'age'
  | 'street-address';

export type PublishCheckAction = 'block' | 'mask' | 'confirm';

export interface PublishRule {
  readonly id: PublishRuleId;
  readonly action: PublishCheckAction;
  /** Every match in the folded text, as [start, end) offsets into it. */
  readonly find: (folded: string) => readonly (readonly [number, number])[];
}

/** One place in a text where a rule matched. */
export interface PublishFinding {
  readonly rule: PublishRuleId;
  readonly action: PublishCheckAction;
}

/** Numbers 1–4 as digits or Swedish words. */
const SMALL = '(?:[1-4]|en|ett|två|tre|fyra)';
/** Words that count offences, suspicions, interventions or people (after a figure: "3 omhändertogs"). */
const COUNTED =
  'framställning|överlåtelser?|innehav|eget bruk|ringa narkotikabrott|narkotikabrott|brott|dopningslagen|' +
  'dopning|misstankar|misstanke|misstänkta|misstänkt|personer|person|ungdomar|ungdom|unga|ingripanden|ingripande|' +
  'omhändertaganden|omhändertagande|omhändertagna|omhändertagen|omhändertogs|omhändertog|gripna|greps|anhållna|anhölls|' +
  'häktade|häktades|lagfördes|anmälningar|anmäldes|avvisningar|\\d{1,2}-åringar|\\d{1,2}-åring|\\d{1,2} år och yngre|' +
  'pojkar|flickor|män|kvinnor';
/** Words that count interventions on their own ("3 LOB", "2 PL 13", "4 PL-ärenden"). */
const INTERVENTIONS = 'LOB|PL(?:\\s*13)?';
/**
 * Heads of closed compounds that still count offences, suspicions, interventions, reports or people
 * ("narkotikamisstankar", "polisingripanden", "orosanmälningar", "tonåringar"). Compounds of other words
 * ("trygghetsvandringar", "kontaktpersoner", "tunga") are left alone.
 */
const COMPOUND_HEADS =
  'brott|misstankar|misstanke|misstänkta|ingripanden|ingripande|omhändertaganden|omhändertagande|anmälningar|' +
  'innehav|överlåtelser?|ungdomar|åringar|åring';
/** Closed compounds of those heads that count no offence ("avbrott", "genombrott"). */
const NOT_COUNTED = '(?:av|upp|genom|ut)brott';
/** Hyphenated prefixes of a compound: "LOB/PL-", "LOB-", "16-". */
const PREFIX = '(?:[\\p{L}\\p{N}]+(?:/[\\p{L}\\p{N}]+)*[-\u2010\u2011])*';
/**
 * A counted word as written: bare, after hyphenated prefixes ("LOB/PL-ingripanden", "LOB-omhändertaganden"), or a
 * closed compound of a head above ("narkotikamisstankar").
 */
const COUNTED_WORD =
  `${PREFIX}(?:${COUNTED}|${INTERVENTIONS}|` +
  `(?!${NOT_COUNTED}(?![\\p{L}]))\\p{L}+(?:${COMPOUND_HEADS}))(?![\\p{L}])`;
/** Offence words a figure may follow ("innehav 3", "eget bruk: 2", "LOB/PL-ingripanden: 2", "PL 1"). */
const OFFENCE_BEFORE =
  'framställning|överlåtelse|innehav|eget bruk|dopning|dopningslagen|LOB|PL 13|PL|omhändertaganden|ingripanden|' +
  '\\p{L}+(?:innehav|överlåtelse|omhändertaganden|ingripanden)';
/** Words after which a capitalised word is taken for a person's name. */
const TRIGGERS =
  'misstänkt|misstänkta|misstänks|misstänktes|anhållen|anhållna|anhölls|omhändertogs|omhändertagen|' +
  'omhändertagna|omhändertog|gripen|gripna|greps|häktad|häktades|åtalad|åtalades|dömd|dömdes|polisanmäld|anmäld|' +
  'förhördes|avvisades';
/** Words after which a first and last name are a contact person ("kontakt Kalle Svensson", "ring Eva Ek"). */
const CONTACT = '[Kk]ontakt(?:a|as|person|personer|personen)?|[Rr]ing|[Rr]inga|[Mm]ejla|[Mm]aila';
/** Roles a first and last name may follow ("med kommunpolis Anders Berg", "fältsamordnare Lisa Ek"). */
const ROLES = (
  'polis samordnare ordförande chef direktör handläggare strateg sekreterare kommunalråd kommissarie inspektör ' +
  'koordinator assistent fältare kurator rektor'
)
  .split(' ')
  .map((w) => `[${w[0]}${w[0]?.toUpperCase()}]${w.slice(1)}`)
  .join('|');
/** Capitalised words that are not names (sentence openers, months, institutions). */
const NOT_NAMES = new Set(
  (
    'Under I Vid På Efter Sedan Totalt Polisen Kommunen Region Länsstyrelsen Socialtjänsten Skolan Det Den De ' +
    'Där Här Två Tre Fyra Fem En Ett Alla Flera Några Ingen Inga Januari Februari Mars April Maj Juni Juli ' +
    'Augusti September Oktober November December Måndag Tisdag Onsdag Torsdag Fredag Lördag Söndag Tertial ' +
    'Enligt Och Som Men Samt Av För Med Till Från Lokalpolisområde Räddningstjänsten Regionen'
  ).split(' '),
);

const NAME = '\\p{Lu}\\p{Ll}+(?:-\\p{Lu}\\p{Ll}+)?';
/** A letter of a Swedish registration number (Transportstyrelsen uses neither I, Q, V nor Å, Ä, Ö). */
const PLATE_LETTER = '[A-HJ-PR-UW-Z]';
/** An age written after a name: "15 år", "15-årig", "(15)". */
const AGE_AFTER = '(?:\\(\\d{1,2}\\)|\\d{1,2}\\s?(?:år|-?årig\\p{L}*|-?åring\\p{L}*))(?![\\p{L}\\p{N}])';
/** A time HHMM. */
const HHMM = '(?:[01]\\d|2[0-3])[0-5]\\d';
/**
 * Time ranges read as a phone number by its digits: "0800-1200", and a date before a time range ("061201 1900-2100").
 */
const TIME_RANGE = new RegExp(`^${HHMM}\\s?[-–]\\s?${HHMM}$`, 'u');
const DATE_BEFORE_RANGE = new RegExp(`^\\d{6}\\s+${HHMM}$`, 'u');
const RANGE_END = new RegExp(`^\\s?[-–]\\s?${HHMM}(?![\\p{N}])`, 'u');

/** False for a phone-number match that is a time range, or a date before one. */
function notTimeRange(m: RegExpMatchArray): boolean {
  const end = (m.index ?? 0) + m[0].length;
  if (TIME_RANGE.test(m[0])) return false;
  return !(DATE_BEFORE_RANGE.test(m[0]) && RANGE_END.test((m.input ?? '').slice(end)));
}

function matches(re: RegExp, folded: string, keep?: (m: RegExpMatchArray) => boolean): [number, number][] {
  const out: [number, number][] = [];
  for (const m of folded.matchAll(re)) {
    if (m.index === undefined || (keep && !keep(m))) continue;
    out.push([m.index, m.index + m[0].length]);
  }
  return out;
}

const re = (source: string) => new RegExp(source, 'giu');
const reCase = (source: string) => new RegExp(source, 'gu');

const SMALL_BEFORE = re(`(?<![\\p{L}\\p{N},.])${SMALL}(?=\\s+(?:st\\.?\\s+|stycken\\s+)?${COUNTED_WORD})`);
const SMALL_AFTER = re(`(?<=(?:^|[^\\p{L}])(?:${OFFENCE_BEFORE})\\s*:?\\s*)[1-4](?![\\p{N}\\p{L}]|[.,]\\d)`);

/** The rules, in the order they are reported. */
export const PUBLISH_RULES: readonly PublishRule[] = [
  {
    id: 'personnummer',
    action: 'block',
    find: (folded) =>
      findPersonalNumbers(folded).map((s) => [folded.indexOf(s), folded.indexOf(s) + s.length]),
  },
  {
    id: 'phone',
    action: 'block',
    find: (folded) =>
      matches(
        re('(?<![\\p{N}+])(?:\\+46|0046|0)[ -]?(?:\\(0\\)[ -]?)?[1-9](?:[ -]?[0-9]){5,9}(?![\\p{N}])'),
        folded,
        notTimeRange,
      ),
  },
  {
    id: 'email',
    action: 'block',
    find: (folded) =>
      matches(re('[\\p{L}\\p{N}._%+-]+@[\\p{L}\\p{N}-]+(?:\\.[\\p{L}\\p{N}-]+)*\\.\\p{L}{2,}'), folded),
  },
  {
    // A Swedish registration number: three letters (not I, Q, V, Å, Ä, Ö) and three characters, the last a digit or
    // a letter ("ABC 123", "ABC12A"). Upper case, as plates are written; a four-digit year ("SOU 2023") is no plate.
    id: 'plate',
    action: 'block',
    find: (folded) =>
      matches(
        reCase(`(?<![\\p{L}\\p{N}])${PLATE_LETTER}{3} ?\\d{2}(?:\\d|${PLATE_LETTER})(?![\\p{L}\\p{N}])`),
        folded,
      ),
  },
  {
    id: 'named-person',
    action: 'block',
    find: (folded) => [
      ...matches(
        reCase(
          `(?<![\\p{L}])(?:${TRIGGERS})(?![\\p{L}])[:,]?\\s+(?:(?:var|är|blev|som)\\s+)?(${NAME})(?:\\s+(${NAME}))?`,
        ),
        folded,
        (m) => !NOT_NAMES.has(m[1] ?? ''),
      ),
      ...matches(
        reCase(`(?<![\\p{L}])(${NAME})\\s+(${NAME})\\s+(?:${TRIGGERS})(?![\\p{L}])`),
        folded,
        (m) => !NOT_NAMES.has(m[1] ?? '') && !NOT_NAMES.has(m[2] ?? ''),
      ),
      ...matches(
        reCase(`(?<![\\p{L}])(?:${CONTACT})(?![\\p{L}])[:,]?\\s+(?:med\\s+|till\\s+)?(${NAME})\\s+(${NAME})`),
        folded,
        (m) => !NOT_NAMES.has(m[1] ?? '') && !NOT_NAMES.has(m[2] ?? ''),
      ),
      ...matches(
        reCase(`(?<![\\p{L}])\\p{L}*?(?:${ROLES})\\s+(${NAME})\\s+(${NAME})(?![\\p{L}])`),
        folded,
        (m) => !NOT_NAMES.has(m[1] ?? '') && !NOT_NAMES.has(m[2] ?? ''),
      ),
      ...matches(
        reCase(`(?<![\\p{L}])(${NAME})\\s+(${NAME}),?\\s+${AGE_AFTER}`),
        folded,
        (m) => !NOT_NAMES.has(m[1] ?? '') && !NOT_NAMES.has(m[2] ?? ''),
      ),
    ],
  },
  {
    id: 'small-count',
    action: 'mask',
    find: (folded) => [...matches(SMALL_BEFORE, folded), ...matches(SMALL_AFTER, folded)],
  },
  {
    id: 'age',
    action: 'confirm',
    find: (folded) =>
      matches(
        re(
          '(?<![\\p{N}])\\d{1,2}\\s?[-–]?\\s?(?:årig[ae]?|åring(?:en|ar|arna)?|år gammal|år gamla)(?![\\p{L}])',
        ),
        folded,
      ),
  },
  {
    id: 'street-address',
    action: 'confirm',
    find: (folded) =>
      matches(
        reCase(
          '(?<![\\p{L}])\\p{Lu}\\p{L}*(?:gatan|vägen|gränd|gränden|torget|stigen|backen|allén|platsen|gata|väg)\\s+\\d{1,4}\\s?[A-Za-z]?(?![\\p{L}\\p{N}])',
        ),
        folded,
      ),
  },
];

/** The text folded for the rules, with the original offset of each folded UTF-16 unit (and one past the end). */
function fold(text: string): { folded: string; origin: number[] } {
  let folded = '';
  const origin: number[] = [];
  for (const c of foldForScreen(text)) {
    folded += c.ch;
    for (let k = 0; k < c.ch.length; k++) origin.push(c.start);
  }
  origin.push(text.length);
  return { folded, origin };
}

/** Every finding of every rule in `text` (each rule at most once). */
export function checkPublishText(text: string): PublishFinding[] {
  const { folded } = fold(text);
  return PUBLISH_RULES.filter((r) => r.find(folded).length > 0).map((r) => ({
    rule: r.id,
    action: r.action,
  }));
}

/**
 * The text as it may be published: every match of a `mask` rule replaced by "färre än 5" ("Färre än 5" where the
 * figure was capitalised). "3 omhändertogs enligt LOB" → "färre än 5 omhändertogs enligt LOB".
 */
export function maskForPublishing(text: string, threshold = 5): string {
  const { folded, origin } = fold(text);
  const spans = PUBLISH_RULES.filter((r) => r.action === 'mask')
    .flatMap((r) => r.find(folded))
    .map(([s, e]) => [origin[s] ?? 0, origin[e] ?? text.length] as const)
    .sort((a, b) => b[0] - a[0]);
  let out = text;
  let last = Number.POSITIVE_INFINITY;
  for (const [s, e] of spans) {
    if (e > last) continue;
    const figure = out.slice(s, e);
    const words = `färre än ${threshold}`;
    const first = figure[0] ?? '';
    out =
      out.slice(0, s) + (first !== first.toLowerCase() ? `F${words.slice(1)}` : words) + plural(out.slice(e));
    last = s;
  }
  return out;
}

/**
 * Singular heads of counted words and their plurals: "färre än 5" is followed by the plural. The statistics'
 * category names stay as the follow-ups print them ("6 överlåtelse", "färre än 5 överlåtelse").
 */
const PLURALS: Readonly<Record<string, string>> = {
  ingripande: 'ingripanden',
  omhändertagande: 'omhändertaganden',
  person: 'personer',
  åring: 'åringar',
  ungdom: 'ungdomar',
  misstanke: 'misstankar',
};
const SINGULAR_NEXT = new RegExp(
  `^(\\s+(?:st\\.?\\s+|stycken\\s+)?${PREFIX}\\p{L}*?)(${Object.keys(PLURALS).join('|')})(?![\\p{L}])`,
  'iu',
);

/** `rest` (the text after a masked figure) with its counted word in the plural: " LOB/PL-ingripande" → "…ingripanden". */
function plural(rest: string): string {
  return rest.replace(SINGULAR_NEXT, (_m, before: string, word: string) => {
    const many = PLURALS[word.toLowerCase()] ?? word;
    return before + (word[0] !== word[0]?.toLowerCase() ? many[0]?.toUpperCase() + many.slice(1) : many);
  });
}
