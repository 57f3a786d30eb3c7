import type { ParsedCommand } from '../grammar/types.ts';
import type { Session } from '../session.ts';

type LogCommand = Extract<ParsedCommand, { kind: 'log' }>;

/**
 * "Läst som: 3 riktade insatser (”3 insatser”) · söndag 6 december 2026 (idag) · anteckning: vid skolan": the
 * person's own words, also when a button ran the line (its words are theirs, grammar/log-words.ts).
 */
export function readAs(
  { t, today }: Session,
  cmd: LogCommand,
  count: number,
  label: string,
  day: string,
  note: string | null,
): string {
  const d = t.dates;
  const read = cmd.read;
  const counted = read?.countText
    ? `${count} ${label} (${read.countInNote ? d.readCountInNote(t.quote(read.countText)) : t.quote(read.countText)})`
    : `${count} ${label} (${d.readDefaultCount})`;
  const dated = read?.dateText
    ? `${d.full(day)} (${t.quote(read.dateText)})`
    : `${d.full(day)} (${day === today ? d.readToday : d.readNoDate})`;
  return d.readAs([counted, dated, note ? d.readNote(note) : d.readNoNote]);
}
