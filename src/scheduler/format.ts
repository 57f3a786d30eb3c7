import { DateTime } from 'luxon';
import { WEEKDAYS_SHORT_SV } from '../domain/date-words.ts';
import { personName } from '../domain/names.ts';
import { periodSpan } from '../domain/target.ts';
import type { PlannedReminder, ReminderKind } from './types.ts';

/**
 * Text forms of a plan for `npx loftesbot schedule`: one JSON object per line (the format docs/formats.md fixes), or a
 * readable Swedish table.
 */

/** Display names of persons by person id (`slack:U123`), as the store knows them. */
export type PersonNames = ReadonlyMap<string, string>;

/**
 * Who a target is to a reader: a person as chat names them (their display name, a terminal person by the name they
 * chose, else their id), a channel's address as it is.
 */
export function targetName(target: string, names: PersonNames): string {
  if (!target.startsWith('person:')) return target;
  return personName(names, target.slice('person:'.length));
}

/**
 * `{"at": "2026-11-23T09:00:00+01:00", "kind": "…", "municipality": "Tranås", "target": "…", "targetName": "…",
 * "key": "…"}`
 */
export function scheduleJsonLine(r: PlannedReminder, zone: string, names: PersonNames = new Map()): string {
  const fields: [string, string][] = [
    ['at', isoAt(r.at, zone)],
    ['kind', r.kind],
    ['municipality', r.subject.name],
    ['target', r.target],
    ['targetName', targetName(r.target, names)],
    ['key', r.key],
  ];
  return `{${fields.map(([k, v]) => `${JSON.stringify(k)}: ${JSON.stringify(v)}`).join(', ')}}`;
}

/** The instant in `zone` with its offset, no milliseconds: 2026-11-23T09:00:00+01:00. */
export function isoAt(at: number, zone: string): string {
  return DateTime.fromMillis(at, { zone }).toISO({ suppressMilliseconds: true }) as string;
}

export const KIND_LABELS_SV: Readonly<Record<ReminderKind, string>> = {
  'meeting-reminder': 'Mötespåminnelse',
  'meeting-followup': 'Uppföljning av möte',
  'tertial-reminder': 'Tertialpåminnelse',
  'tertial-overdue': 'Försenad tertialrapport',
  'tertial-nudge': 'Påminnelse från chef',
  'agreement-renewal': 'Förnya medborgarlöftet',
  'prompt-snooze': 'Påminn mig senare',
};

/** What a reminder is about, in Swedish. */
export function aboutSv(r: PlannedReminder): string {
  const p = r.payload;
  switch (p.kind) {
    case 'meeting-reminder':
      return `möte ${p.meeting.date} ${p.meeting.time} (${p.daysBefore === 1 ? '1 dag' : `${p.daysBefore} dagar`} före)`;
    case 'meeting-followup':
      return `möte ${p.meeting.date} ${p.meeting.time}`;
    case 'tertial-reminder':
      return `T${p.tertial.tertial} ${p.tertial.year}: ${p.missing.length} utan status (${p.daysBefore} dagar före)`;
    case 'tertial-overdue':
    case 'tertial-nudge':
      return `T${p.tertial.tertial} ${p.tertial.year}: ${p.missing.length} saknas`;
    case 'prompt-snooze':
      if (p.snoozed === 'meeting-followup') return `uppföljning av möte ${p.meeting.date} igen`;
      return `T${p.tertial.tertial} ${p.tertial.year}: ${p.snoozed === 'status' ? 'lägestexter' : 'siffror'} igen`;
    case 'agreement-renewal':
      return `medborgarlöftet ${periodSpan(p.agreement.periodFrom, p.agreement.periodTo)} slutar ${p.agreement.lastDay} (${p.daysBefore} dagar före)`;
  }
}

/** "tor 2026-12-17 09:00": the weekday as chat writes it (luxon's Swedish would say "tors"). */
const when = (at: DateTime): string =>
  `${WEEKDAYS_SHORT_SV[at.weekday - 1]} ${at.toFormat('yyyy-MM-dd HH:mm')}`;

/** A Swedish table: Tid | Typ | Kommun | Mottagare | Avser, and a count. */
export function scheduleTable(
  planned: readonly PlannedReminder[],
  zone: string,
  names: PersonNames = new Map(),
): string {
  const header = ['Tid', 'Typ', 'Kommun', 'Mottagare', 'Avser'];
  const rows = planned.map((r) => [
    when(DateTime.fromMillis(r.at, { zone })),
    KIND_LABELS_SV[r.kind],
    r.subject.name,
    targetName(r.target, names),
    aboutSv(r),
  ]);
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((row) => (row[i] as string).length)));
  const line = (cells: string[]) =>
    cells
      .map((c, i) => (i === cells.length - 1 ? c : c.padEnd(widths[i] as number)))
      .join('  ')
      .trimEnd();
  return [line(header), line(widths.map((w) => '─'.repeat(w))), ...rows.map(line)].join('\n');
}
