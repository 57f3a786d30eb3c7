/**
 * Name matching shared by every register: case- and accent-insensitive keys and a small edit distance
 * for typo suggestions ("Vaxsjo" → Växjö).
 */

/** A comparison key: lower case, no diacritics, letters and digits only. "Sävsjö kommun" → "savsjokommun". */
export function nameKey(text: string): string {
  if (PLAIN_KEY.test(text)) return text;
  return remembered(NAME_KEYS, text, foldName);
}

function foldName(text: string): string {
  return text
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^a-z0-9]/g, '');
}

/** Text that already is its own key. */
const PLAIN_KEY = /^[a-z0-9]*$/;
const NAME_KEYS = new Map<string, string>();

/** A key that keeps å ä ö, for telling "Savsjo" (folded) apart from "sävsjö" (exact but for case). */
export function exactKey(text: string): string {
  return remembered(EXACT_KEYS, text, lowerName);
}

function lowerName(text: string): string {
  return text
    .normalize('NFC')
    .toLocaleLowerCase('sv-SE')
    .replace(/[\s\-–.]+/g, '');
}

const EXACT_KEYS = new Map<string, string>();

/**
 * The grammar and every /insats ask for the keys of the same few words over and over (command names, kommuner,
 * weekdays), and normalising and locale-aware lower-casing are the slow part: the keys of short words are
 * remembered, a bounded number of them.
 */
function remembered(keys: Map<string, string>, text: string, compute: (text: string) => string): string {
  let key = keys.get(text);
  if (key === undefined) {
    key = compute(text);
    if (text.length <= 40) {
      if (keys.size >= 4096) keys.clear();
      keys.set(text, key);
    }
  }
  return key;
}

/** Optimal string alignment distance (Levenshtein plus adjacent transpositions). */
export function editDistance(a: string, b: string): number {
  if (a === b) return 0;
  const rows = a.length + 1;
  const cols = b.length + 1;
  const d: number[][] = Array.from({ length: rows }, (_, i) => {
    const row = new Array<number>(cols).fill(0);
    row[0] = i;
    return row;
  });
  const at = (i: number, j: number): number => d[i]?.[j] ?? 0;
  for (let j = 0; j < cols; j++) (d[0] as number[])[j] = j;
  for (let i = 1; i < rows; i++) {
    const row = d[i] as number[];
    for (let j = 1; j < cols; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let v = Math.min(at(i - 1, j) + 1, at(i, j - 1) + 1, at(i - 1, j - 1) + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1])
        v = Math.min(v, at(i - 2, j - 2) + 1);
      row[j] = v;
    }
  }
  return at(a.length, b.length);
}

/** How many edits a name of this length may be away and still be suggested. */
export function typoAllowance(key: string): number {
  return key.length <= 3 ? 0 : key.length <= 6 ? 1 : key.length <= 10 ? 2 : 3;
}

/**
 * The closest candidates to `query` (already a `nameKey`), best first; `keyOf` gives each candidate's key.
 * Prefix matches count as close too ("Upplands" → Upplands Väsby, Upplands-Bro).
 */
export function closest<T>(query: string, candidates: readonly T[], keyOf: (c: T) => string, max = 3): T[] {
  if (query.length === 0) return [];
  const allowance = typoAllowance(query);
  const scored: { c: T; score: number }[] = [];
  for (const c of candidates) {
    const key = keyOf(c);
    const dist = editDistance(query, key);
    if (dist <= allowance) scored.push({ c, score: dist });
    else if (query.length >= 4 && key.startsWith(query)) scored.push({ c, score: allowance + 0.5 });
  }
  scored.sort((x, y) => x.score - y.score);
  return scored.slice(0, max).map((s) => s.c);
}

const SWEDISH = new Intl.Collator('sv');

/**
 * Swedish alphabetical order (å ä ö after z, case aside), then by code point so that no two texts tie. Lists the
 * store returns sorted are sorted with it rather than by SQL's ORDER BY, whose order is the database's collation:
 * SQLite's is by code point (Ä before Å, every lower case after Z), PostgreSQL's whatever the server was set up with.
 */
export function swedishOrder(a: string, b: string): number {
  return SWEDISH.compare(a, b) || (a < b ? -1 : a > b ? 1 : 0);
}

/**
 * A person as people know them, the same in chat and on the command line: the name their platform shows (`names`,
 * by person id), else a terminal person by the name they chose (`console:anna` → anna), else their id.
 */
export function personName(names: ReadonlyMap<string, string>, person: string): string {
  return names.get(person) ?? (person.startsWith('console:') ? person.slice('console:'.length) : person);
}
