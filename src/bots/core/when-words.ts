import { clockTimeAt } from '../../domain/clock-time.ts';
import { localDay } from '../../domain/tertial.ts';
import { plusDays } from '../../domain/working-days.ts';
import type { Texts } from './texts/index.ts';

/**
 * Days and times in words, as a list read on a phone wants them: "idag", "igår", "tis 1 dec" (the year only when it
 * is not this year's: "ons 31 dec 2025"), and a moment in Swedish time: "idag 14.05", "tis 1 dec 09.30". Used by
 * `/lofte registreringar` and `/lofte historik`.
 */

/** The day `iso` (YYYY-MM-DD) as seen on `today` (YYYY-MM-DD). */
export function dayWords(t: Texts, iso: string, today: string): string {
  if (iso === today) return t.dates.readToday;
  if (iso === plusDays(today, -1)) return t.dates.yesterday;
  const short = t.dates.short(iso);
  return iso.slice(0, 4) === today.slice(0, 4) ? short : `${short} ${iso.slice(0, 4)}`;
}

/** The moment `at` (ms) in the zone's local time, as seen at `now` (ms): "idag 14.05", "tis 1 dec 09.30" (English "today 14:05"). */
export function whenWords(t: Texts, at: number, now: number, zone: string): string {
  return `${dayWords(t, localDay(at, zone), localDay(now, zone))} ${clockTimeAt(at, zone, t.lang)}`;
}
