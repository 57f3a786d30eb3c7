import { DateTime } from 'luxon';

/**
 * A time of day as each language writes it, the one formatting of times every surface uses (chat on Slack, Teams and
 * the terminal, the public pages, reports, reminders): Swedish "10.00" with a full stop (Språkrådet), English "10:00".
 * Hours keep two digits ("09.00"), as the stored `HH:mm` has them.
 */
export function clockTime(hhmm: string, lang: 'sv' | 'en'): string {
  const m = /^(\d{1,2})[:.](\d{2})$/.exec(hhmm.trim());
  if (!m) return hhmm;
  const hours = (m[1] as string).padStart(2, '0');
  return `${hours}${lang === 'sv' ? '.' : ':'}${m[2]}`;
}

/** The local time of day of `instant` in `zone`, written as clockTime does. */
export function clockTimeAt(instant: number, zone: string, lang: 'sv' | 'en'): string {
  return clockTime(DateTime.fromMillis(instant, { zone }).toFormat('HH:mm'), lang);
}
