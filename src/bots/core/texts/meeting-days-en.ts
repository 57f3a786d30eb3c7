import { clockTime } from '../../../domain/clock-time.ts';
import type { meetingDaysSv } from './meeting-days-sv.ts';

/** English texts of single samverkansmöten (meeting-days-sv.ts has the same keys). */
export const meetingDaysEn: typeof meetingDaysSv = {
  meetingsHeadline: (kommun) => `Collaboration meetings in ${kommun}`,
  noSeries: (kommun) => `${kommun} has no collaboration meeting series in Löftesbot.`,
  meetingLine: (day, time, place, moved) =>
    `${day} at ${clockTime(time, 'en')}${place ? `, ${place}` : ''}${moved ? ' (moved)' : ''}`,
  meetingEvery: (weeks) => `Every ${weeks === 1 ? '' : `${weeks} `}week${weeks === 1 ? '' : 's'}.`,
  noUpcoming: 'No meetings planned.',
  heldOutsideSeries: 'A collaboration meeting outside the series is logged as an activity.',
  logExtraMeeting: (kommun, day) => `/log samverkansmöte ${kommun} ${day}`,
  upcomingMeetings: (days) => `The next meetings: ${days}.`,
  meetingHeld: (day) => `✅ The collaboration meeting on ${day} is marked as held.`,
  meetingHeldLogged: (done) => `Logged as a collaboration meeting — ${done}.`,
  meetingNotCounted: (kommun, year, command) =>
    `No collaboration meeting was logged: ${kommun} has no agreement for ${year} in Löftesbot. Once it is imported, count the meeting with ${command}.`,
  meetingMoved: (from, to) => `📅 The collaboration meeting on ${from} is moved to ${to}.`,
  meetingCancelled: (day) => `🚫 The collaboration meeting on ${day} is cancelled.`,
  meetingError: {
    'not-found': (d) => `There is no meeting on ${d}.`,
    'same-day': (d) => `The meeting already is on ${d}.`,
    cancelled: (d) => `The meeting on ${d} is already cancelled.`,
    held: (d) => `The meeting on ${d} is already held.`,
    'invalid-date': (d) => `Invalid date: ${d}.`,
    conflict: (d) => `There is already a meeting on ${d}.`,
    'in-the-future': (d) => `The meeting on ${d} has not taken place yet.`,
    'in-the-past': (d) => `${d} has already passed — a meeting cannot be moved into the past.`,
  },
};
