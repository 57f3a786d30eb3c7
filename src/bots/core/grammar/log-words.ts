import { parseDateAt } from './dates.ts';
import type { ActivityRef, GrammarContext, ParsedCommand } from './types.ts';

/**
 * A log line written again: the command a button runs for a line a person typed, in their own words with the
 * question answered and the day they wrote it (`@2026-12-06`), so that it reads the same when pressed — on that day
 * or a later one — and "Läst som" quotes what they typed (grammar/log.ts reads it).
 */

/** A log line's words after the kommun, as read: `canonical` writes them so that they read the same again. */
export interface LineWords {
  /** The day the words were written on: relative dates (`igår`, `förra veckan, onsdag`) and no date mean that day. */
  readonly asOf: string;
  readonly dateText: string | null;
  readonly countText: string | null;
  readonly note: string | null;
  /** The note unquoted, so its start is read again: a count still to ask about, or the 1 of "1 ungdom". */
  readonly open?: boolean;
}

const AS_OF = /^@(\d{4}-\d{2}-\d{2})$/;

/**
 * `@2026-12-06` first: the line was written that day, so its words are read as of then (never after today). The
 * commands that buttons run start so; a person may type it too, which allows nothing a typed date does not.
 */
export function asOf(
  args: readonly string[],
  ctx: GrammarContext,
): { tokens: readonly string[]; ctx: GrammarContext } {
  const pinned = AS_OF.exec(args[0] ?? '')?.[1];
  // A real calendar day: read as of itself, it is that very day.
  if (pinned === undefined || parseDateAt([pinned], 0, pinned, 'registration')?.type !== 'date')
    return { tokens: args, ctx };
  const day = pinned < ctx.today ? pinned : ctx.today;
  return { tokens: args.slice(1), ctx: { ...ctx, today: day } };
}

/**
 * The full command text of a log line in the person's own words, written on `words.asOf`:
 * `/insats @2026-12-06 Sävsjö förra veckan, onsdag 3 "vid skolan"`. The note is quoted (settled) unless `open`.
 */
export function canonical(
  command: 'insats' | 'logga',
  activity: ActivityRef,
  kommun: string,
  words: LineWords,
): string {
  const what = command === 'insats' ? [] : [activityWords(activity)];
  const { dateText, countText, note } = words;
  return [
    `/${command}`,
    `@${words.asOf}`,
    ...what,
    kommun,
    ...(dateText ? [dateText] : []),
    ...(countText ? [countText] : []),
    ...(note ? [words.open ? note : `"${note}"`] : []),
  ].join(' ');
}

/** How the line names its activity: its number, its short name as typed, or its kind. */
function activityWords(activity: ActivityRef): string {
  if (activity.type === 'number') return String(activity.number);
  if (activity.type === 'name') return activity.name;
  return activity.kind.id;
}

/** The words that write a log command again: as it was read, or for one built from a form, its values. */
export function wordsOf(cmd: Extract<ParsedCommand, { kind: 'log' }>, today: string): LineWords {
  const read = cmd.read;
  if (!read) return { asOf: today, dateText: cmd.date, countText: String(cmd.count), note: cmd.note };
  const open = read.countInNote === true;
  return {
    asOf: read.asOf,
    dateText: read.dateText,
    countText: open ? null : read.countText,
    note: cmd.note,
    open,
  };
}
