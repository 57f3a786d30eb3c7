import { clockTime } from '../../../domain/clock-time.ts';
import type { SeriesTexts } from './meetings-sv.ts';

/** English texts of the meeting series (same keys as meetings-sv.ts). */

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
const WEEKDAYS = ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday'];
const SHORT = ['Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat', 'Sun'];

const dm = (iso: string) => `${Number(iso.slice(8, 10))} ${MONTHS[Number(iso.slice(5, 7)) - 1]}`;
const dmy = (iso: string) => `${dm(iso)} ${iso.slice(0, 4)}`;
const wd = (iso: string) => SHORT[(new Date(`${iso}T12:00:00Z`).getUTCDay() + 6) % 7] as string;
/** "A, B and C" */
const listEn = (items: readonly string[]) =>
  items.length <= 1 ? (items[0] ?? '') : `${items.slice(0, -1).join(', ')} and ${items.at(-1)}`;
/** The days, at most five named and then "…". */
const few = (days: readonly string[]) =>
  days.length > 6 ? `${days.slice(0, 5).map(dm).join(', ')} …` : listEn(days.map(dm));
const every = (weeks: number) =>
  weeks === 1 ? 'Every week' : weeks === 2 ? 'Every other week' : `Every ${weeks} weeks`;

export const seriesEn: SeriesTexts = {
  weekday: (n) => WEEKDAYS[n - 1] as string,
  longDay: (iso) => `${wd(iso)} ${dmy(iso)}`,
  shortDay: dm,
  every,
  echo: (weeks, weekday, time, first, place, next) =>
    `${every(weeks)}, ${WEEKDAYS[weekday - 1]}s ${clockTime(time, 'en')}, from ${wd(first)} ${dmy(first)}${place ? `, ${place}` : ''}.${
      next.length > 0
        ? ` Next${['', '', ' two', ' three'][next.length] ?? ''}: ${next.map(dm).join(', ')}.`
        : ' No meetings to come.'
    }`,
  everyFrom: (day, weeks) => `From ${dm(day)}: ${every(weeks).toLowerCase()}.`,
  created: (kommun) => `✅ Meeting series created for ${kommun}`,
  changed: (kommun, from) => `✅ The meeting series of ${kommun} is changed from ${dmy(from)}`,
  keptBefore: (from) => `Meetings before ${dmy(from)} stay as they were.`,
  dropped: (list) => `Moved or cancelled meetings that no longer apply: ${list}.`,
  paused: (kommun, from, to) => `⏸️ Break in ${kommun} ${dmy(from)}–${dmy(to)}`,
  skipped: (list) => `Cancelled meetings: ${list}.`,
  ended: (kommun, day) =>
    `🛑 The meeting series of ${kommun} has ended: no meetings on or after ${dmy(day)}.`,
  confirmEnd: (kommun, day) => `End the meeting series of ${kommun}? No meetings on or after ${dmy(day)}.`,
  confirmEndText: (days) =>
    days.length === 0
      ? 'Nothing has changed yet. No more meetings are planned, so no reminders are removed.'
      : `Nothing has changed yet. ${days.length} coming meeting${days.length === 1 ? '' : 's'} (${few(days)}) and their reminders are removed if you end the series.`,
  yesEnd: 'Yes, end it',
  cancelEnd: 'Cancel',
  endedRemoved: (n) =>
    n === 0
      ? 'No more meetings were planned.'
      : `${n} coming meeting${n === 1 ? '' : 's'} and their reminders are removed.`,
  reminderWhen: (days, time) =>
    `${listEn(days.map((d) => `${d} ${d === 1 ? 'day' : 'days'}`))} before, at ${clockTime(time, 'en')}`,
  reachChannels: (when, count, where) =>
    `The reminders (${when}) are re-planned and go to the ${count === 1 ? 'channel' : 'channels'} bound to ${listEn(where)}.`,
  reachPersons: (when, scope, names) =>
    `No channel is bound to ${scope}, so the reminders (${when}) go as a direct message to the samordnare ${listEn(names)}. Bind a channel with /lofte admin bind ${scope} to have them posted there instead.`,
  reachNobody: (when, scope) =>
    `No channel is bound to ${scope} and no one holds the samordnare role there, so the meeting reminders (${when}) reach no one yet. Bind a channel with /lofte admin bind ${scope} in the Slack or Teams channel, or give someone the role: /lofte admin role @name samordnare ${scope}.`,
  weekdayMismatch: (day, weekday) => `${dmy(day)} is not a ${weekday}.`,
  weekdayMismatchText: (proposed, weekday) =>
    `The next ${weekday} is ${wd(proposed)} ${dmy(proposed)}. Nothing is saved yet — pick a button.`,
  startOn: (iso) => `Start ${wd(iso)} ${dm(iso)}`,
  exists: (kommun) => `${kommun} already has a meeting series.`,
  existsText: (kommun) =>
    `Change it with /meeting ${kommun} change from <date> …, or end it with /meeting ${kommun} end.`,
  areaMeeting: (area) =>
    `The meeting belongs to the series of ${area} and is shared by all its kommuner: a samordnare or admin of ${area} changes it.`,
  noOwnSeries: (kommun) => `${kommun} has no running meeting series of its own.`,
  areaSeriesBy: (area, action, command) =>
    `The police area's series (${area}) is ${{ end: 'ended', change: 'changed', pause: 'paused' }[action]} with ${command}.`,
  inThePast: (day) => `${dmy(day)} has already passed — a meeting cannot be put in the past.`,
  badRange: (from, to) => `The break ends (${dmy(to)}) before it begins (${dmy(from)}).`,
  noneInRange: (from, to) => `There are no meetings between ${dmy(from)} and ${dmy(to)}.`,
  invalid: (problems) => `The meeting series cannot be saved: ${problems}`,
  problem: {
    weekday: 'Which weekday?',
    time: 'What time? Type for example 13:00.',
    interval: 'How often? Type for example every 6 weeks.',
    from: 'From which date? Type for example from 2027-01-12.',
    to: 'Type the break as two dates: from and to.',
    day: 'Which date? Type for example 2027-02-23 or 23/2.',
    place: 'Type the place after the word at.',
    words: "I don't understand",
    nothing: 'What should change? Type a weekday, a time, every <N> weeks or a place.',
  },
  formProblem: {
    weekday: 'A weekday, e.g. Tuesday',
    time: 'A time, e.g. 13:00',
    every: 'A number from 1 to 52, e.g. 6',
    first: 'A date, e.g. 2027-01-12 or 12/1',
  },
  exampleCreate: (kommun) =>
    `/meeting ${kommun} new tuesday 13:00 every 6 weeks from 2027-01-12 at Town hall`,
  exampleChange: (kommun) => `/meeting ${kommun} change from 1/3 wednesday 10:00`,
  examplePause: (kommun) => `/meeting ${kommun} pause 15/6 15/8`,
  exampleDay: (kommun) => `/meeting ${kommun} restore 23/2`,
  exampleEnd: (kommun) => `/meeting ${kommun} end 2027-12-31`,
  confirmCancel: (day) => `Cancel the meeting on ${day}?`,
  confirmCancelText: 'Nothing has changed yet. Its reminders are removed if you cancel it.',
  yesCancel: 'Yes, cancel',
  keep: 'No, keep it',
  kept: 'The meeting stays. Nothing has changed.',
  restored: (day) => `↩️ The meeting on ${day} is restored.`,
  notCancelled: (d) => `The meeting on ${d} is not cancelled.`,
  flagsTitle: 'Worth a look',
  flagHoliday: (day, holiday) => `${dm(day)} is a public holiday (${holiday})`,
  flagChristmas: (day) => `${dm(day)} is in the Christmas week`,
  flagWeekend: (day) => `${dm(day)} is a ${WEEKDAYS[(new Date(`${day}T12:00:00Z`).getUTCDay() + 6) % 7]}`,
  flagReason: (reason, day, holiday) =>
    reason === 'christmas'
      ? seriesEn.flagChristmas(day)
      : reason === 'weekend'
        ? seriesEn.flagWeekend(day)
        : reason === 'klamdag'
          ? `${dm(day)} is a bridge day between a holiday and the weekend (klämdag)`
          : seriesEn.flagHoliday(day, holiday ?? ''),
  flagMove: (what, alternatives) =>
    alternatives.length > 0 ? `${what} — move it to ${alternatives.map(dm).join(' or ')}?` : `${what}.`,
  moveTo: (from, to) => `${dm(from)} → ${dm(to)}`,
  formTitle: 'New meeting series',
  formSubmit: 'Create',
  formWeekday: 'Weekday',
  formTime: 'Time (HH:MM)',
  formEvery: 'Every how many weeks',
  formFirst: 'First meeting (date)',
  formFirstHint:
    'Write the date as 2027-01-12, 12/1 or 12 Jan — today or later, a meeting is never in the past.',
  formPlace: 'Place',
  formHint: (kommun) =>
    `Or type: /meeting ${kommun} new tuesday 13:00 every 6 weeks from 2027-01-12 at Town hall`,
  createHelp: (kommun) => `Create a meeting series for ${kommun} like this:`,
  listChangeHint: (kommun, day) =>
    `Change: /meeting ${kommun} move ${day} <new day> · cancel ${day} · held · calendar`,
  listCalendarHint: (kommun) => `Every meeting in your calendar: /meeting ${kommun} calendar`,
  calendarHeadline: (kommun) => `📆 The meetings of ${kommun} in your calendar`,
  calendarText:
    'Add the link as a subscription in Outlook (Add calendar → From internet) or Google Calendar (Other calendars → From URL). Moved and cancelled meetings follow.',
  calendarUnavailable: 'Calendar links work only when Löftesbot runs as a server (npm start).',
  openCalendar: 'Calendar link',
};
