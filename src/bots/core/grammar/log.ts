import { activityKind } from '../../../domain/activity-kinds.ts';
import { parseDateAt } from './dates.ts';
import { readActivity } from './kind.ts';
import { boundArea, boundKommun, type PlaceRead, readPlace } from './place.ts';
import {
  type ActivityRef,
  type GrammarContext,
  type GrammarError,
  type KommunRef,
  MAX_COUNT,
  MAX_NOTE_LENGTH,
  type ParsedCommand,
  type Suggestion,
} from './types.ts';

/**
 * `/insats [kommun] [datum] [antal] [anteckning]` and `/logga <aktivitet> [kommun] [datum] [antal] [anteckning]`
 * (the activity may also come after the kommun). Date and count may come in either order; the rest is the note.
 * A kommun matched only without its accents ("Savsjo") or only by a typo is never taken: the result is a
 * `suggest-kommun` error whose suggestions carry the full corrected command.
 */

type LogResult = { ok: true; command: ParsedCommand } | { ok: false; error: GrammarError };

const COUNT = /^(?:x)?(-?\d+)(?:st|x)?$/i;

export function parseLog(
  command: 'insats' | 'logga',
  tokens: readonly string[],
  ctx: GrammarContext,
): LogResult {
  let i = 0;
  let activity: ActivityRef | null = null;
  let place: PlaceRead | null = null;
  let placeStart = 0;
  if (command === 'insats') {
    activity = { type: 'kind', kind: activityKind('insats') as NonNullable<ReturnType<typeof activityKind>> };
  } else {
    const read = readActivity(tokens, 0);
    if (read === null) return { ok: false, error: { error: 'missing-kind' } };
    if (read.ok) {
      activity = read.activity;
      i = read.consumed;
    } else {
      const first = readPlace(tokens, 0, ctx);
      if (first.type !== 'kommun' && first.type !== 'area') {
        return {
          ok: false,
          error: { error: 'unknown-kind', word: read.word, suggestions: read.suggestions },
        };
      }
      const second = readActivity(tokens, first.consumed);
      if (second === null) return { ok: false, error: { error: 'missing-kind' } };
      if (!second.ok) {
        return {
          ok: false,
          error: { error: 'unknown-kind', word: second.word, suggestions: second.suggestions },
        };
      }
      activity = second.activity;
      place = first;
      i = first.consumed + second.consumed;
    }
  }

  let kommun: KommunRef | null = null;
  let pending: { query: string; names: readonly string[] } | null = null;
  if (place === null) {
    placeStart = i;
    place = readPlace(tokens, i, ctx);
    if (place.type !== 'none' && place.type !== 'unknown') i += place.consumed;
  }
  switch (place.type) {
    case 'kommun':
      kommun = place.kommun;
      if (!place.exact) {
        pending = {
          query: tokens.slice(placeStart, placeStart + place.consumed).join(' '),
          names: [place.kommun.name],
        };
      }
      break;
    case 'area':
    case 'county':
      return {
        ok: false,
        error: { error: 'area-not-kommun', name: place.type === 'area' ? place.area.name : place.name },
      };
    case 'unknown': {
      const bound = boundKommun(ctx);
      if (place.suggestions.length > 0) {
        pending = { query: place.query, names: place.suggestions };
        i += 1;
      } else if (bound) kommun = bound;
      else return { ok: false, error: { error: 'unknown-kommun', query: place.query } };
      break;
    }
    case 'none': {
      const bound = boundKommun(ctx);
      if (bound) kommun = bound;
      else {
        const area = boundArea(ctx);
        return {
          ok: false,
          error: area ? { error: 'area-not-kommun', name: area.name } : { error: 'missing-kommun' },
        };
      }
    }
  }

  let date: string | null = null;
  let count: number | null = null;
  while (i < tokens.length) {
    const token = tokens[i] as string;
    if (date === null) {
      const d = parseDateAt(tokens, i, ctx.today);
      if (d) {
        if (!d.ok) {
          return {
            ok: false,
            error:
              d.error === 'bad-date'
                ? { error: 'bad-date', text: d.text }
                : { error: 'future-date', day: d.day },
          };
        }
        date = d.day;
        i += d.consumed;
        continue;
      }
    }
    const c = COUNT.exec(token);
    if (c && count === null) {
      const n = Number(c[1]);
      if (!Number.isSafeInteger(n) || n < 1 || n > MAX_COUNT)
        return { ok: false, error: { error: 'bad-count', text: token } };
      count = n;
      i++;
      continue;
    }
    break;
  }
  const note = noteOf(tokens.slice(i));
  if (note !== null && note.length > MAX_NOTE_LENGTH) {
    return { ok: false, error: { error: 'note-too-long', length: note.length } };
  }
  const day = date ?? ctx.today;
  const n = count ?? 1;
  if (pending) {
    const suggestions: Suggestion[] = pending.names.map((name) => ({
      name,
      text: canonical(command, activity as ActivityRef, name, day, n, note),
    }));
    return { ok: false, error: { error: 'suggest-kommun', query: pending.query, suggestions } };
  }
  return {
    ok: true,
    command: {
      kind: 'log',
      command,
      kommun: kommun as KommunRef,
      activity: activity as ActivityRef,
      date: day,
      count: n,
      note,
    },
  };
}

/** The note: the remaining words, single-spaced, without surrounding quotes; null when empty. */
export function noteOf(tokens: readonly string[]): string | null {
  const text = tokens
    .join(' ')
    .trim()
    .replace(/^["“”'](.*)["“”']$/s, '$1')
    .trim();
  return text === '' ? null : text;
}

/** The full command text that performs a log with these values (resolved date, explicit count). */
export function canonical(
  command: 'insats' | 'logga',
  activity: ActivityRef,
  kommun: string,
  day: string,
  count: number,
  note: string | null,
): string {
  const what =
    command === 'insats' ? [] : [activity.type === 'number' ? String(activity.number) : activity.kind.id];
  return [`/${command}`, ...what, kommun, day, String(count), ...(note ? [note] : [])].join(' ');
}
