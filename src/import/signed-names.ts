import type { Block } from './blocks.ts';
import { wordRegex } from './word-regex.ts';

/**
 * A signatory or contact person: a line that is a person's name with a title or a party ("Kommunchef Olle
 * Nilsson", "Anna Lindqvist, kommunstyrelsens ordförande", "Maria Johansson (M)", "Kontaktperson: samordnare Eva
 * Ek"). An agreement's texts are shown on the public pages, so such a line is never a promise or an activity: the
 * import leaves it out and says so (without repeating the name).
 */

const NAME = '\\p{Lu}\\p{Ll}+(?:-\\p{Lu}\\p{Ll}+)?';
/** Two or three capitalised words in a row: a first and a last name. */
const FULL_NAME = new RegExp(`(?<![\\p{L}])${NAME}\\s+${NAME}(?:\\s+${NAME})?(?![\\p{L}])`, 'u');
/** Capitalised words that open a name-like pair without being a name. */
const NOT_NAMES =
  /^(Polisen|Polis|Kommunen|Kommun|Region|Regionen|Lokalpolisområde|Lpo|LPO|Medborgarlöfte|Medborgarlöften|Löfte|Aktivitet)$/u;
/** A title or a role ("ordförande", "kommunchef", "lokalpolisområdeschef", "samordnare") or a party "(M)". */
const TITLE = new RegExp(
  `${wordRegex('\\p{L}*(ordförande|chef|direktör|samordnare|handläggare|strateg|sekreterare|kommunalråd|kommissarie|inspektör|koordinator|ledamot|kommunpolis|utvecklare)').source}|\\((M|S|C|V|L|KD|MP|SD)\\)`,
  'iu',
);
/** A word that makes a line a sentence about doing something, not a name and a title. */
const VERB = wordRegex(
  'ska|skall|lovar|genomför|genomföra|håller|hålla|arbetar|arbeta|ansvarar|deltar|anordnar|erbjuder|per|minst',
);
const LABEL =
  /^(kontakt(person(er)?)?|underskrift(er)?|undertecknat av|undertecknad(e)?|för polisen|för kommunen)\s*:\s*/iu;

/** True for a line that is a person's name with a title or a party, and nothing else. */
export function isSignatoryLine(text: string): boolean {
  const t = text.replace(LABEL, '').replace(/\s+/g, ' ').trim();
  if (t.length === 0 || t.length > 90 || /\d/.test(t) || VERB.test(t)) return false;
  if (!TITLE.test(t)) return false;
  const words = t.split(/[\s,]+/).filter((w) => w !== '');
  if (words.length > 8) return false;
  for (let i = 0; i < words.length; i++) {
    const pair = `${words[i]} ${words[i + 1] ?? ''}`;
    const name = (w: string) => !NOT_NAMES.test(w) && !TITLE.test(w);
    if (FULL_NAME.test(pair) && name(words[i] ?? '') && name(words[i + 1] ?? '')) return true;
  }
  return false;
}

/** Two or three capitalised words and nothing else ("Eva Ek", "Karin Holm-Berg"): a bare name. */
export function isBareName(text: string): boolean {
  const words = text.replace(/\s+/g, ' ').trim().split(' ');
  const name = new RegExp(`^${NAME}$`, 'u');
  return (
    words.length >= 2 &&
    words.length <= 3 &&
    words.every((w) => name.test(w) && !NOT_NAMES.test(w) && !TITLE.test(w))
  );
}

/**
 * What a contact line holds besides its number and address: a name with or without a title ("Eva Ek",
 * "Olle Nilsson, kommunchef"), a role alone ("trygghetssamordnare"), or the kommun or the police
 * ("Sävsjö kommun", "Polisen") — a few words, no digits and no verb.
 */
export function isContactPerson(text: string): boolean {
  const t = text.replace(/\s+/g, ' ').trim();
  if (isSignatoryLine(t) || isBareName(t)) return true;
  if (/\d/.test(t) || VERB.test(t) || t.split(' ').length > 5) return false;
  return (
    TITLE.test(t) || wordRegex('kommun|kommunen|polisen|polismyndigheten|region|lokalpolisområde').test(t)
  );
}

/** The blocks that are signatories' or contact persons' lines. */
export function signatoryBlocks(blocks: readonly Block[]): Block[] {
  return blocks.filter((b) => (b.type === 'paragraph' || b.type === 'item') && isSignatoryLine(b.text));
}
