/** The words of dates (months, weekdays, relative days) in Swedish and English, as keys of nameKey. */

/** The Swedish month names, January first, as they are written in running text. */
export const SWEDISH_MONTHS: readonly string[] = [
  'januari',
  'februari',
  'mars',
  'april',
  'maj',
  'juni',
  'juli',
  'augusti',
  'september',
  'oktober',
  'november',
  'december',
];

export const MONTHS: Readonly<Record<string, number>> = (() => {
  const names: [string[], number][] = [
    [['jan', 'januari', 'january'], 1],
    [['feb', 'febr', 'februari', 'february'], 2],
    [['mar', 'mars', 'march'], 3],
    [['apr', 'april'], 4],
    [['maj', 'may'], 5],
    [['jun', 'juni', 'june'], 6],
    [['jul', 'juli', 'july'], 7],
    [['aug', 'augusti', 'august'], 8],
    [['sep', 'sept', 'september'], 9],
    [['okt', 'oktober', 'oct', 'october'], 10],
    [['nov', 'november'], 11],
    [['dec', 'december'], 12],
  ];
  const out: Record<string, number> = {};
  for (const [words, n] of names) for (const w of words) out[w] = n;
  return out;
})();

/** Weekday words → ISO weekday (1 = Monday). */
export const WEEKDAYS: Readonly<Record<string, number>> = {
  mandag: 1,
  tisdag: 2,
  onsdag: 3,
  torsdag: 4,
  fredag: 5,
  lordag: 6,
  sondag: 7,
  monday: 1,
  tuesday: 2,
  wednesday: 3,
  thursday: 4,
  friday: 5,
  saturday: 6,
  sunday: 7,
};

/**
 * Short weekdays as the bot itself writes them ("tor 14 jan", "Tue 12 Jan") and people type them ("fre", "tors",
 * "tue", "thurs"), lower case as typed: `mån`, `lör` and `sön` only with their å and ö, since "man", "lor" and "son"
 * are other words.
 */
export const WEEKDAY_ABBREVIATIONS: Readonly<Record<string, number>> = {
  mån: 1,
  tis: 2,
  ons: 3,
  tor: 4,
  tors: 4,
  fre: 5,
  lör: 6,
  sön: 7,
  mon: 1,
  tue: 2,
  tues: 2,
  wed: 3,
  thu: 4,
  thur: 4,
  thurs: 4,
  fri: 5,
  sat: 6,
  sun: 7,
};

/** The weekdays' names as written in running text, Monday first. */
export const WEEKDAY_NAMES = {
  sv: ['måndag', 'tisdag', 'onsdag', 'torsdag', 'fredag', 'lördag', 'söndag'],
  en: ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday'],
} as const;

/** "i måndags" … "i söndags": the weekday's genitive form. */
export const LAST_WEEKDAYS: Readonly<Record<string, number>> = {
  mandags: 1,
  tisdags: 2,
  onsdags: 3,
  torsdags: 4,
  fredags: 5,
  lordags: 6,
  sondags: 7,
};

/** The short weekday names every Swedish text uses ("tor 17 dec"), Monday first; never luxon's "tors". */
export const WEEKDAYS_SHORT_SV: readonly string[] = ['mån', 'tis', 'ons', 'tor', 'fre', 'lör', 'sön'];

/** Relative single words (after an optional "i"): days from today. */
export const RELATIVE_ONE: Readonly<Record<string, number>> = {
  idag: 0,
  today: 0,
  igar: -1,
  yesterday: -1,
  forrgar: -2,
  iforrgar: -2,
  imorgon: 1,
  tomorrow: 1,
  iovermorgon: 2,
};

/** Relative words written after "i": "i dag", "i går", "i förrgår", "i morgon", "i övermorgon". */
export const RELATIVE_AFTER_I: Readonly<Record<string, number>> = {
  dag: 0,
  gar: -1,
  forrgar: -2,
  morgon: 1,
  overmorgon: 2,
};
