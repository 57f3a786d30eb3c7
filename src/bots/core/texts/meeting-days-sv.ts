import { clockTime } from '../../../domain/clock-time.ts';
/** Swedish texts of single samverkansmöten: the list, held, moved, cancelled, and why a change was refused. */
export const meetingDaysSv = {
  meetingsHeadline: (kommun: string) => `Samverkansmöten i ${kommun}`,
  noSeries: (kommun: string) => `${kommun} har ingen mötesserie för samverkansmöten i Löftesbot.`,
  meetingLine: (day: string, time: string, place: string | null, moved: boolean) =>
    `${day} kl. ${clockTime(time, 'sv')}${place ? `, ${place}` : ''}${moved ? ' (flyttat)' : ''}`,
  meetingEvery: (weeks: number) => `Var ${weeks === 1 ? '' : `${weeks}:e `}vecka.`,
  noUpcoming: 'Inga planerade möten.',
  /** `genomfört` on a day without a meeting: an extra meeting, logged as an activity (no future meeting was held). */
  heldOutsideSeries: 'Ett samverkansmöte som inte fanns i mötesserien registreras som aktivitet.',
  logExtraMeeting: (kommun: string, day: string) => `/logga samverkansmöte ${kommun} ${day}`,
  /** After "Det finns inget möte …": the meetings there are. */
  upcomingMeetings: (days: string) => `De närmaste mötena: ${days}.`,
  meetingHeld: (day: string) => `✅ Samverkansmötet ${day} är markerat som genomfört.`,
  meetingHeldLogged: (done: string) => `Registrerat som samverkansmöte — ${done}.`,
  /** A meeting held in a year no agreement covers yet (the first of a new year, before its import). */
  meetingNotCounted: (kommun: string, year: number, command: string) =>
    `Inget samverkansmöte registrerades: ${kommun} har inget medborgarlöfte för ${year} i Löftesbot. När det är importerat räknas mötet med ${command}.`,
  meetingMoved: (from: string, to: string) => `📅 Samverkansmötet ${from} är flyttat till ${to}.`,
  meetingCancelled: (day: string) => `🚫 Samverkansmötet ${day} är inställt.`,
  meetingError: {
    'not-found': (d: string) => `Det finns inget möte ${d}.`,
    'same-day': (d: string) => `Mötet är redan ${d}.`,
    cancelled: (d: string) => `Mötet ${d} är redan inställt.`,
    held: (d: string) => `Mötet ${d} är redan genomfört.`,
    'invalid-date': (d: string) => `Ogiltigt datum: ${d}.`,
    conflict: (d: string) => `Det finns redan ett möte ${d}.`,
    'in-the-future': (d: string) => `Mötet ${d} har inte hållits än.`,
    'in-the-past': (d: string) => `${d} har redan varit — ett möte kan inte flyttas bakåt i tiden.`,
  } as Record<string, (d: string) => string>,
};
