import { stems } from './similarity.ts';

/**
 * Links the activities of a document that lists them apart from its promises ("Polisen och kommunen lovar att
 * gemensamt arbeta för: …" then "Det ska vi åstadkomma genom följande aktiviteter: …") to the promise whose words
 * they repeat. Such a document does not say which promise an activity serves, so the link is read from the words
 * alone, and only when one promise is clearly meant: the activity shares more of the words that belong to a single
 * promise (not the kommun's name or a word two promises share) with it than with any other. "… en säker
 * trafikmiljö, genomföra minst trettio (30) trafikkontroller" → "arbeta långsiktigt med en säker trafikmiljö";
 * "krogkontroller" repeats no promise and stays without one. Words in parentheses ("EST (effektiv samverkan för
 * trygghet)"), the kommun's name and verbs any promise or activity may use ("genomföra", "öka", "vara") do not
 * count.
 */

const GENERIC = stems('genomföra arbeta öka minska förbättra stärka skapa bidra fortsätta aktivt fler vara');

/** Per activity, the index of the promise it repeats, or null. `kommun`: its name is no promise's own word. */
export function linkByWording(
  promises: readonly string[],
  activities: readonly string[],
  kommun: string | null,
): (number | null)[] {
  const ignored = new Set([...GENERIC, ...stems(kommun ?? '')]);
  const meaningful = (text: string): Set<string> => {
    const out = stems(text.replace(/\([^)]*\)/g, ' '));
    for (const g of ignored) out.delete(g);
    return out;
  };
  const own = promises.map(meaningful);
  const seen = new Map<string, number>();
  for (const set of own) for (const s of set) seen.set(s, (seen.get(s) ?? 0) + 1);
  const distinctive = own.map((set) => new Set([...set].filter((s) => seen.get(s) === 1)));
  return activities.map((text) => {
    const words = meaningful(text);
    const shared = distinctive.map((set) => [...set].filter((s) => words.has(s)).length);
    const best = Math.max(0, ...shared);
    if (best === 0 || shared.filter((n) => n === best).length > 1) return null;
    return shared.indexOf(best);
  });
}
