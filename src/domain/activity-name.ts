import { type ActivityKind, activityKind, kindFromWord, kindLabel } from './activity-kinds.ts';
import { nameKey } from './names.ts';
import { cutAtWord } from './shorten.ts';
import type { Activity } from './types.ts';

/**
 * How an activity is called. In chat (status lines, replies, /lofte registreringar, forms) by its short name when
 * it has one (`/lofte avtal <kommun> <nr> namn …`), else by its signed text; documents and public pages publish the
 * signed text. Either way a text embedded in a sentence loses its closing period ("Målet för 3. … per år är nu …",
 * never "… per år. är nu …") and is clipped at `max` characters with "…".
 */

type Named = Pick<Activity, 'text'> & { readonly shortName?: string | null };

/** The activity's name in chat: its short name, else its signed text; clipped at `max` (0: not clipped). */
export function activityName(activity: Named, max = 0): string {
  const short = activity.shortName?.trim();
  return short ? clipText(short, max) : signedText(activity, max);
}

/**
 * The short label a list read on a phone uses (the home, reminders, /sammanfattning): the short name when it has one,
 * else its kind in the plural ("trafikkontroller"), else the start of its signed text, quoted in the reader's marks.
 */
export function shortLabel(
  activity: Named & { readonly kind?: string | null },
  lang: 'sv' | 'en' = 'sv',
): string {
  const short = activity.shortName?.trim();
  if (short) return short;
  const kind = activity.kind ? activityKind(activity.kind) : null;
  if (kind) return kindLabel(kind, 2, lang);
  const text = activity.text.trim().replace(/[.:;,\s]+$/, '');
  const quote = (words: string) => (lang === 'en' ? `“${words}”` : `”${words}”`);
  return quote(cutAtWord(text, 41));
}

/** "5. riktade insatser": the activity's number in its agreement (as /status numbers them) and its short label. */
export function numberedLabel(
  number: number,
  activity: Named & { readonly kind?: string | null },
  lang: 'sv' | 'en' = 'sv',
): string {
  return `${number}. ${shortLabel(activity, lang)}`;
}

/** The signed text as it is embedded in a sentence or a list: no closing period, clipped at `max` (0: not). */
export function signedText(activity: Pick<Activity, 'text'>, max = 0): string {
  return clipText(activity.text, max);
}

/** A text without its closing punctuation, on one line, clipped at `max` characters (0: not clipped). */
export function clipText(text: string, max = 0): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  const bare = /(\.\.\.|…)$/.test(flat) ? flat : flat.replace(/[.:;,\s]+$/, '');
  if (max <= 0 || bare.length <= max) return bare;
  return cutAtWord(bare, max);
}

/** The activity whose short name is `words` (case- and accent-insensitive), or null. */
export function activityByName<A extends Named>(activities: readonly A[], words: string): A | null {
  const key = nameKey(words);
  if (key === '') return null;
  return activities.find((a) => a.shortName && nameKey(a.shortName) === key) ?? null;
}

/** Small words that say nothing about which activity is meant ("trafikkontroll vid skolan"). */
const FILLER = new Set([
  'vid',
  'i',
  'pa',
  'for',
  'och',
  'med',
  'om',
  'av',
  'till',
  'en',
  'ett',
  'den',
  'det',
  'de',
]);

/** The words of a text that tell activities apart, as keys: "Trafikkontroller vid skolor" → trafikkontroller, skolor. */
function contentWords(text: string): string[] {
  return text
    .split(/[\s,.;:()/–-]+/)
    .map(nameKey)
    .filter((w) => w.length > 1 && !FILLER.has(w));
}

/** The same word in another form: "skolan" and "skolor", "trafikkontroll" and "trafikkontroller". */
function sameStem(a: string, b: string): boolean {
  if (a === b) return true;
  let common = 0;
  while (common < a.length && common < b.length && a[common] === b[common]) common++;
  return common >= 4 && common >= Math.max(a.length, b.length) - 3;
}

/**
 * The activities that words typed for an activity point to, by their short name or signed text, each word in any
 * form ("trafikkontroll vid skolan" → "Trafikkontroller vid skolor"). `sure`: the only activity that has every
 * word typed (at least two); `near`: those that have at least half of them, best first (at most three).
 */
export function activitiesByWords<A extends Named>(
  activities: readonly A[],
  words: string,
): { sure: A | null; near: A[] } {
  const typed = contentWords(words);
  if (typed.length === 0) return { sure: null, near: [] };
  const scored = activities
    .map((a) => {
      const own = contentWords(`${a.shortName ?? ''} ${a.text}`);
      const found = typed.filter((w) => own.some((o) => sameStem(w, o))).length;
      return { a, share: found / typed.length };
    })
    .filter((x) => x.share >= 0.5)
    .sort((x, y) => y.share - x.share);
  const whole = scored.filter((x) => x.share === 1);
  const sure = typed.length >= 2 && whole.length === 1 ? (whole[0]?.a ?? null) : null;
  return { sure, near: scored.slice(0, 3).map((x) => x.a) };
}

/**
 * Why a short name cannot be given to `activity`: it starts with another kind's word ("trafikkontroller") or a
 * number, which /logga would read as that, or it is another activity's short name. Null: the name is free.
 */
export function shortNameClash(
  activities: readonly (Named & Pick<Activity, 'id'>)[],
  activity: Pick<Activity, 'id' | 'kind'>,
  name: string,
):
  | { readonly type: 'number' }
  | { readonly type: 'kind'; readonly word: string }
  | { readonly type: 'activity'; readonly number: number }
  | null {
  const first = name.trim().split(/\s+/)[0] ?? '';
  if (/^(?:#|nr\.?)?\d+$/i.test(first)) return { type: 'number' };
  const words = name.trim().split(/\s+/);
  for (let n = Math.min(2, words.length); n >= 1; n--) {
    const kind = kindFromWord(words.slice(0, n).join(' '));
    // The activity's own kind is no clash: /logga <that word> logs this very activity.
    if (kind && kind.id !== activity.kind) return { type: 'kind', word: kind.singular };
    if (kind) break;
  }
  const key = nameKey(name);
  const other = activities.findIndex(
    (a) => a.id !== activity.id && a.shortName && nameKey(a.shortName) === key,
  );
  return other >= 0 ? { type: 'activity', number: other + 1 } : null;
}

/**
 * A short name that starts with its kind's word, in the number of `count`: "riktade insatser centrum" for 1 is
 * "riktad insats centrum", "trygghetsvandring torget" for 3 is "trygghetsvandringar torget". Null when the name
 * does not start with the kind's word ("Föräldramöten"): its number cannot be told, so a reply sets it apart from
 * the count ("Registrerat: 1 × Föräldramöten").
 */
export function countedName(name: string, kind: ActivityKind | null, count: number): string | null {
  if (!kind) return null;
  const last = (s: string) => s.split(' ').pop() ?? s;
  const pairs: [string, string][] = [
    [kind.singular, kind.plural],
    [last(kind.singular), last(kind.plural)],
  ];
  const lower = name.toLocaleLowerCase('sv-SE');
  for (const [one, many] of pairs) {
    // The longer form first: "insatser …" also starts with "insats".
    const found = [many, one].find((w) => lower === w || lower.startsWith(`${w} `));
    if (!found) continue;
    const word = count === 1 ? one : many;
    const named = `${word}${name.slice(found.length)}`;
    return /^\p{Lu}/u.test(name) ? named.charAt(0).toLocaleUpperCase('sv-SE') + named.slice(1) : named;
  }
  return null;
}
