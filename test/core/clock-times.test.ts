import { DateTime } from 'luxon';
import { describe, expect, it } from 'vitest';
import { textsFor } from '../../src/bots/core/texts/index.ts';
import { whenWords } from '../../src/bots/core/when-words.ts';
import { clockTime } from '../../src/domain/clock-time.ts';
import { swedishDateTime } from '../../src/web/layout.ts';

/**
 * Times of day are written one way per language on every surface: Swedish "10.00" (Språkrådet), English "10:00" —
 * chat (meeting lists, reminders, the series echo, snooze buttons, "idag 14.05"), the public pages and reports.
 */

const ZONE = 'Europe/Stockholm';
const at = (iso: string) => DateTime.fromISO(iso, { zone: ZONE }).toMillis();
const sv = textsFor('sv');
const en = textsFor('en');

describe('times of day', () => {
  const cases: readonly [surface: string, written: string, expected: string][] = [
    ['clockTime sv', clockTime('10:00', 'sv'), '10.00'],
    ['clockTime sv, one-digit hour', clockTime('9:30', 'sv'), '09.30'],
    ['clockTime en', clockTime('10.00', 'en'), '10:00'],
    [
      'meeting line sv',
      sv.meetingLine('tis 8 dec', '13:00', 'Stadshuset', false),
      'tis 8 dec kl. 13.00, Stadshuset',
    ],
    ['meeting line en', en.meetingLine('Tue 8 Dec', '13:00', null, false), 'Tue 8 Dec at 13:00'],
    [
      'meeting reminder sv',
      sv.meetingReminder('Sävsjö', 'tis 8 dec', '13:00', 1),
      'tis 8 dec kl. 13.00 (om 1 dag)',
    ],
    ['meeting reminder en', en.meetingReminder('Sävsjö', 'Tue 8 Dec', '13:00', 0), 'on Tue 8 Dec at 13:00'],
    ['reminder time sv', sv.series.reminderWhen([7, 1], '09:00'), '7 dagar och 1 dag före, kl. 09.00'],
    ['series echo sv', sv.series.echo(6, 2, '13:00', '2027-01-12', null, []), 'tisdagar 13.00, från'],
    ['snooze button sv', sv.snoozeNext('tis 8 dec'), '⏰ Påminn mig tis 8 dec kl. 09.00'],
    ['snooze button en', en.snoozeNext('Tue 8 Dec'), '⏰ Remind me on Tue 8 Dec at 09:00'],
    ['chat moment sv', whenWords(sv, at('2026-12-07T14:05'), at('2026-12-07T16:00'), ZONE), 'idag 14.05'],
    ['chat moment en', whenWords(en, at('2026-12-07T14:05'), at('2026-12-07T16:00'), ZONE), '14:05'],
    ['public page', swedishDateTime(at('2026-03-12T14:05'), ZONE), '12 mars 2026 kl. 14.05'],
  ];
  it.each(cases)('%s: %s', (_surface, written, expected) => {
    expect(written).toContain(expected);
    // Swedish never with a colon, English never with a full stop between hours and minutes.
    if (/ sv|page/.test(_surface)) expect(written).not.toMatch(/\b\d{2}:\d{2}\b/);
  });
});
