/**
 * A promise written wholly in capitals ("VI SKA MINSKA BROTTSLIGHETEN I CENTRUM") is stored as a sentence ("Vi ska
 * minska brottsligheten i centrum"): the public page and the report show it among promises written as sentences.
 * Kept in capitals or with their capital: the acronyms agreements use (BRÅ, LPO, SSPF, EU…), Sweden's kommuner
 * ("SÄVSJÖS" → "Sävsjös"), and every word the document itself writes with a capital inside a sentence or in
 * capitals inside mixed text ("Vrigstad", "Lokalpolisområde Höglandet", "NTF"). A text with any small letter is
 * left as written.
 */

const ACRONYMS =
  'BRÅ LPO SSPF EU EPA LOB ANDT ANDTS NTF LVU LSS BUP HVB SFI MSB SKR SKL FN LUPP PL RPS NOA SMS';
const WORD = /[\p{L}\p{N}]+(?:[-:][\p{L}\p{N}]+)*/gu;

/** True when the text has at least one word of letters and no small letter. */
function isWhollyCaps(text: string): boolean {
  const letters = text.replace(/[^\p{L}]/gu, '');
  return letters.length >= 4 && /\p{L}{4}/u.test(text) && letters === letters.toLocaleUpperCase('sv-SE');
}

/**
 * The words a document writes with a capital where it need not — inside a sentence, or in capitals among small
 * letters — keyed by their capitals: "VRIGSTAD" → "Vrigstad", "NTF" → "NTF".
 */
export function namesIn(text: string, kommuner: readonly string[]): Map<string, string> {
  const names = new Map<string, string>();
  const add = (word: string) => {
    names.set(word.toLocaleUpperCase('sv-SE'), word);
    // The genitive: "Vrigstads" (an acronym's, "BRÅ:s", is read as the acronym and ":s").
    if (/\p{Ll}/u.test(word) && !/[sx]$/i.test(word))
      names.set(`${word}s`.toLocaleUpperCase('sv-SE'), `${word}s`);
  };
  for (const a of ACRONYMS.split(' ')) add(a);
  for (const k of kommuner) for (const w of k.match(WORD) ?? []) add(w);
  for (const line of text.split('\n')) {
    if (!/\p{Ll}/u.test(line)) continue;
    const words = [...line.matchAll(WORD)];
    const caps = (w: string | undefined) => w !== undefined && !/\p{Ll}/u.test(w) && /\p{Lu}/u.test(w);
    words.forEach((m, i) => {
      const word = m[0];
      const before = line.slice(0, m.index).trimEnd();
      const opens = before === '' || /[.!?:•·\-–*#>)]$/u.test(before);
      if (/^\p{Lu}/u.test(word) && /\p{Ll}/u.test(word) && !opens) add(word);
      // A word in capitals among words in small letters: "enligt BRÅ och", "LPO Höglandet" — not a run of capitals.
      else if (/\p{Lu}{2}/u.test(word) && caps(word) && !caps(words[i - 1]?.[0]) && !caps(words[i + 1]?.[0]))
        add(word.replace(/:s$/iu, ''));
    });
  }
  return names;
}

/** The text as a sentence when it is wholly in capitals, else null. */
export function sentenceCase(text: string, names: ReadonlyMap<string, string>): string | null {
  if (!isWhollyCaps(text)) return null;
  let start = true;
  return text.replace(/[\p{L}\p{N}]+(?:[-:][\p{L}\p{N}]+)*|[.!?]/gu, (word) => {
    if (/^[.!?]$/.test(word)) {
      start = true;
      return word;
    }
    // Each part of a compound on its own: "EU-PROJEKTET" → "EU-projektet", "SÄVSJÖ-TRAKTEN" → "Sävsjö-trakten".
    const out = word
      .split('-')
      .map((part, i) => {
        if (/\p{N}/u.test(part)) return part;
        const genitive = /^(.+):S$/u.exec(part);
        const known = genitive ? names.get(genitive[1] as string)?.concat(':s') : names.get(part);
        const lower = part.toLocaleLowerCase('sv-SE');
        const first = start && i === 0;
        return known ?? (first ? `${lower.charAt(0).toLocaleUpperCase('sv-SE')}${lower.slice(1)}` : lower);
      })
      .join('-');
    start = false;
    return out;
  });
}
