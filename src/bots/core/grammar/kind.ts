import { ACTIVITY_KINDS, type ActivityKind, kindFromWord } from '../../../domain/activity-kinds.ts';
import { closest, nameKey } from '../../../domain/names.ts';
import type { ActivityRef } from './types.ts';

/**
 * Reads which activity a /logga command means: a kind word or phrase ("trafikkontroller", "riktad insats",
 * "samverkansmote"), or the activity's number as shown by /status ("3", "#3", "nr 3").
 */

export type ActivityRead =
  | { readonly ok: true; readonly activity: ActivityRef; readonly consumed: number }
  | { readonly ok: false; readonly word: string; readonly suggestions: readonly string[] };

const WORDS: { key: string; kind: ActivityKind }[] = ACTIVITY_KINDS.flatMap((kind) =>
  [kind.id, kind.singular, kind.plural, ...kind.synonyms, kind.singularEn, kind.pluralEn].map((w) => ({
    key: nameKey(w),
    kind,
  })),
);

/** Reads an activity at `tokens[i]`; null when there is no word there. */
export function readActivity(tokens: readonly string[], i: number): ActivityRead | null {
  const first = tokens[i];
  if (first === undefined) return null;
  const number = /^(?:#|nr\.?)?(\d{1,3})$/i.exec(first);
  if (number) return { ok: true, activity: { type: 'number', number: Number(number[1]) }, consumed: 1 };
  if (/^nr\.?$/i.test(first) && /^\d{1,3}$/.test(tokens[i + 1] ?? '')) {
    return { ok: true, activity: { type: 'number', number: Number(tokens[i + 1]) }, consumed: 2 };
  }
  // Up to three words: "riktad insats", "licensed premises inspection".
  for (let n = Math.min(3, tokens.length - i); n >= 1; n--) {
    const kind = kindFromWord(tokens.slice(i, i + n).join(' '));
    if (kind) return { ok: true, activity: { type: 'kind', kind }, consumed: n };
  }
  return { ok: false, word: first, suggestions: suggestKinds(first) };
}

/** Kind names close to a mistyped word ("trafikontroll" → trafikkontroll). */
export function suggestKinds(word: string): string[] {
  const found = closest(nameKey(word), WORDS, (w) => w.key, 6);
  return [...new Set(found.map((w) => w.kind.singular))].slice(0, 3);
}

/** Every kind's name in the reader's words (`name`: the text table's), for help texts. */
export function kindNames(name: (kind: ActivityKind) => string): string[] {
  return ACTIVITY_KINDS.map(name);
}
