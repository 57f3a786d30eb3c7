import type { datesSv } from './dates-sv.ts';

/** The English texts of dates, counts and the confirmation rule (same keys as dates-sv.ts). */

const WEEKDAYS = ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday'];
const WEEKDAYS_SHORT = ['Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat', 'Sun'];
const MONTHS = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
];
const MONTHS_SHORT = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

function weekdayIndex(iso: string): number {
  return (new Date(`${iso}T00:00:00Z`).getUTCDay() + 6) % 7;
}

const plural = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;

export const datesEn: typeof datesSv = {
  full: (iso) =>
    `${WEEKDAYS[weekdayIndex(iso)]} ${Number(iso.slice(8, 10))} ${MONTHS[Number(iso.slice(5, 7)) - 1]} ${iso.slice(0, 4)}`,
  short: (iso) =>
    `${WEEKDAYS_SHORT[weekdayIndex(iso)]} ${Number(iso.slice(8, 10))} ${MONTHS_SHORT[Number(iso.slice(5, 7)) - 1]}`,
  confirmHeadline: (day) => `Do you mean ${day}?`,
  confirmFarBack: (days) => `That is ${plural(days, 'day', 'days')} ago.`,
  confirmPublished: 'That tertial has already been published.',
  confirmOverLimit: (count, limit) =>
    `${count} is more than the activity's sanity limit of ${limit} per registration.`,
  confirmNothingStored: 'Nothing has been stored yet. Press Yes to store it, or type the command again.',
  confirmYes: (what) => `Yes, ${what}`,
  whichDayHeadline: 'Which day last week?',
  whichDayText: 'Nothing has been stored yet. Press the day.',
  ambiguousHeadline: (count, many, noun) => `Do you mean ${count} ${many}, or ${count} ${noun} in the note?`,
  ambiguousText: 'Nothing has been stored yet. Choose how to read the line.',
  asCount: (count, label) => `${count} ${label}`,
  loggedApart: (name: string, kommun: string, day: string, count: number) =>
    `✅ ${name}: ${count} logged in ${kommun} on ${day}`,
  asNote: (label, count, noun) => `1 ${label}, ${count} ${noun} in the note`,
  readAs: (parts) => `Read as: ${parts.join(' · ')}`,
  readToday: 'today',
  yesterday: 'yesterday',
  readNoDate: 'no date given',
  readDefaultCount: 'no count given',
  readCountInNote: (quoted) => `${quoted}, kept in the note`,
  readNote: (note) => `note: ${note}`,
  readNoNote: 'no note',
  readKommun: (kommun) => `kommun ${kommun}`,
  readActivityWords: (words) => `activity “${words}”`,
  logForm: 'Write: /log <activity|short name|no> <kommun> [date] [count] [note]',
  pressActivity: 'Nothing is saved yet. Press the activity you meant and I will log it.',
  pastMeeting: (day) => `${day} has already passed — a meeting cannot be moved or planned into the past.`,
  futureHeld: (day) => `${day} has not happened yet — a meeting can be marked held once it has taken place.`,
};
