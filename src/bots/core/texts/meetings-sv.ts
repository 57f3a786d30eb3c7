import { clockTime } from '../../../domain/clock-time.ts';
import { WEEKDAYS_SHORT_SV } from '../../../domain/date-words.ts';

/** Swedish texts of the meeting series (`/samverkan <kommun> ny | ändra | uppehåll | avsluta | …`). */

const MONTHS = ['jan', 'feb', 'mar', 'apr', 'maj', 'jun', 'jul', 'aug', 'sep', 'okt', 'nov', 'dec'];
const WEEKDAYS = ['måndag', 'tisdag', 'onsdag', 'torsdag', 'fredag', 'lördag', 'söndag'];
const SHORT = WEEKDAYS_SHORT_SV;

const dm = (iso: string) => `${Number(iso.slice(8, 10))} ${MONTHS[Number(iso.slice(5, 7)) - 1]}`;
const dmy = (iso: string) => `${dm(iso)} ${iso.slice(0, 4)}`;
/** "A, B och C" */
const listSv = (items: readonly string[]) =>
  items.length <= 1 ? (items[0] ?? '') : `${items.slice(0, -1).join(', ')} och ${items.at(-1)}`;
/** The days, at most five named and then "…". */
const few = (days: readonly string[]) =>
  days.length > 6 ? `${days.slice(0, 5).map(dm).join(', ')} …` : listSv(days.map(dm));
const wd = (iso: string) => SHORT[(new Date(`${iso}T12:00:00Z`).getUTCDay() + 6) % 7] as string;

export const seriesSv = {
  weekday: (n: number) => WEEKDAYS[n - 1] as string,
  /** "tis 12 jan 2027" */
  longDay: (iso: string) => `${wd(iso)} ${dmy(iso)}`,
  shortDay: dm,
  every: (weeks: number) =>
    weeks === 1 ? 'Varje vecka' : weeks === 2 ? 'Varannan vecka' : `Var ${weeks}:e vecka`,
  /** "Var 6:e vecka, tisdagar 13.00, från tis 12 jan 2027, Stadshuset. Nästa tre: 12 jan, 23 feb, 6 apr." */
  echo: (weeks: number, weekday: number, time: string, first: string, place: string | null, next: string[]) =>
    `${seriesSv.every(weeks)}, ${WEEKDAYS[weekday - 1]}ar ${clockTime(time, 'sv')}, från ${wd(first)} ${dmy(first)}${place ? `, ${place}` : ''}.${
      next.length > 0
        ? ` Nästa${['', '', ' två', ' tre'][next.length] ?? ''}: ${next.map(dm).join(', ')}.`
        : ' Inga kommande möten.'
    }`,
  /** "Från 2 sep: var 4:e vecka." (a rhythm change after the listed meetings) */
  everyFrom: (day: string, weeks: number) =>
    `Från ${dm(day)}: ${seriesSv.every(weeks).toLocaleLowerCase('sv-SE')}.`,
  created: (kommun: string) => `✅ Mötesserie skapad för ${kommun}`,
  changed: (kommun: string, from: string) => `✅ Mötesserien i ${kommun} är ändrad från ${dmy(from)}`,
  keptBefore: (from: string) => `Möten före ${dmy(from)} är kvar som de var.`,
  dropped: (list: string) => `Flyttade eller inställda möten som inte längre gäller: ${list}.`,
  paused: (kommun: string, from: string, to: string) => `⏸️ Uppehåll i ${kommun} ${dmy(from)}–${dmy(to)}`,
  skipped: (list: string) => `Inställda möten: ${list}.`,
  /** The end date is the first day without meetings: "från och med" it, in both languages ("on or after"). */
  ended: (kommun: string, day: string) =>
    `🛑 Mötesserien i ${kommun} är avslutad: inga möten från och med ${dmy(day)}.`,
  confirmEnd: (kommun: string, day: string) =>
    `Avsluta mötesserien i ${kommun}? Inga möten från och med ${dmy(day)}.`,
  /** The meetings that go, their days in order (at most six named). */
  confirmEndText: (days: readonly string[]) =>
    days.length === 0
      ? 'Ingenting är ändrat än. Inga fler möten är planerade, så inga påminnelser tas bort.'
      : `Ingenting är ändrat än. ${days.length} kommande möte${days.length === 1 ? '' : 'n'} (${few(days)}) och deras påminnelser tas bort om du avslutar serien.`,
  yesEnd: 'Ja, avsluta',
  cancelEnd: 'Avbryt',
  endedRemoved: (n: number) =>
    n === 0
      ? 'Inga fler möten var planerade.'
      : `${n} kommande möte${n === 1 ? '' : 'n'} och deras påminnelser är borttagna.`,
  /** "7 dagar och 1 dag före, kl. 09.00" */
  reminderWhen: (days: readonly number[], time: string) =>
    `${listSv(days.map((d) => `${d} ${d === 1 ? 'dag' : 'dagar'}`))} före, kl. ${clockTime(time, 'sv')}`,
  /** The reminders go to the channel(s) bound to `where` (the kommun, or its police area). */
  reachChannels: (when: string, count: number, where: readonly string[]) =>
    `Påminnelserna (${when}) är planerade om och går till ${count === 1 ? 'kanalen' : 'kanalerna'} som är ${count === 1 ? 'kopplad' : 'kopplade'} till ${listSv(where)}.`,
  reachPersons: (when: string, scope: string, names: readonly string[]) =>
    `Ingen kanal är kopplad till ${scope}, så påminnelserna (${when}) går som direktmeddelande till ${names.length === 1 ? 'samordnaren' : 'samordnarna'} ${listSv(names)}. Koppla en kanal med /lofte admin koppla ${scope} så hamnar de där i stället.`,
  reachNobody: (when: string, scope: string) =>
    `Ingen kanal är kopplad till ${scope} och ingen har rollen samordnare där, så påminnelserna före mötena (${when}) når ingen än. Koppla en kanal med /lofte admin koppla ${scope} i Slack- eller Teams-kanalen, eller ge någon rollen: /lofte admin roll @namn samordnare ${scope}.`,
  weekdayMismatch: (day: string, weekday: string) => `${dmy(day)} är ingen ${weekday}.`,
  weekdayMismatchText: (proposed: string, weekday: string) =>
    `Nästa ${weekday} är ${wd(proposed)} ${dmy(proposed)}. Ingenting har sparats än — välj en knapp.`,
  startOn: (iso: string) => `Börja ${wd(iso)} ${dm(iso)}`,
  exists: (kommun: string) => `${kommun} har redan en mötesserie.`,
  existsText: (kommun: string) =>
    `Ändra den med /samverkan ${kommun} ändra från <datum> …, eller avsluta den med /samverkan ${kommun} avsluta.`,
  areaMeeting: (area: string) =>
    `Mötet hör till ${area}s mötesserie och gäller alla dess kommuner: det ändras av en samordnare eller administratör för ${area}.`,
  noOwnSeries: (kommun: string) => `${kommun} har ingen egen aktiv mötesserie.`,
  /** "Områdets serie (LPO Höglandet) avslutas med /samverkan LPO Höglandet avsluta." */
  areaSeriesBy: (area: string, action: 'end' | 'change' | 'pause', command: string) =>
    `Områdets serie (${area}) ${{ end: 'avslutas', change: 'ändras', pause: 'får uppehåll' }[action]} med ${command}.`,
  inThePast: (day: string) => `${dmy(day)} har redan varit — ett möte kan inte läggas i det förflutna.`,
  badRange: (from: string, to: string) => `Uppehållet slutar (${dmy(to)}) före det börjar (${dmy(from)}).`,
  noneInRange: (from: string, to: string) => `Det finns inga möten mellan ${dmy(from)} och ${dmy(to)}.`,
  invalid: (problems: string) => `Mötesserien går inte att spara: ${problems}`,
  problem: {
    weekday: 'Vilken veckodag?',
    time: 'Vilken tid? Skriv till exempel 13.00.',
    interval: 'Hur ofta? Skriv till exempel var 6:e vecka.',
    from: 'Från vilket datum? Skriv till exempel från 12/1.',
    to: 'Skriv uppehållet som två datum: från och till.',
    day: 'Vilket datum? Skriv till exempel 2027-02-23 eller 23/2.',
    place: 'Skriv platsen efter ordet plats.',
    words: 'Jag förstår inte',
    nothing: 'Vad ska ändras? Skriv veckodag, tid, var <N>:e vecka eller plats.',
  } as Record<string, string>,
  /** The series form's field errors: what to fill in the field, not the typed command's words. */
  formProblem: {
    weekday: 'En veckodag, t.ex. tisdag',
    time: 'En tid, t.ex. 13.00',
    every: 'Ett tal från 1 till 52, t.ex. 6',
    first: 'Ett datum, t.ex. 2027-01-12 eller 12/1',
  },
  exampleCreate: (kommun: string) =>
    `/samverkan ${kommun} ny tisdag 13:00 var 6:e vecka från 12/1 plats Stadshuset`,
  exampleChange: (kommun: string) => `/samverkan ${kommun} ändra från 1/3 onsdag 10:00`,
  examplePause: (kommun: string) => `/samverkan ${kommun} uppehåll 15/6 15/8`,
  exampleDay: (kommun: string) => `/samverkan ${kommun} återställ 23/2`,
  exampleEnd: (kommun: string) => `/samverkan ${kommun} avsluta 2027-12-31`,
  confirmCancel: (day: string) => `Ställa in samverkansmötet ${day}?`,
  confirmCancelText: 'Ingenting är ändrat än. Påminnelserna för mötet tas bort om du ställer in det.',
  yesCancel: 'Ja, ställ in',
  keep: 'Nej, behåll',
  kept: 'Mötet är kvar. Ingenting har ändrats.',
  restored: (day: string) => `↩️ Samverkansmötet ${day} är återställt.`,
  notCancelled: (d: string) => `Mötet ${d} är inte inställt.`,
  flagsTitle: 'Att se över',
  /** The holiday as Swedish writes it (swedish-holidays.ts): "juldagen", "Kristi himmelsfärdsdag". */
  flagHoliday: (day: string, holiday: string) => `${dm(day)} är ${holiday}`,
  flagChristmas: (day: string) => `${dm(day)} är i mellandagarna`,
  /** "31 jan är en söndag" */
  flagWeekend: (day: string) =>
    `${dm(day)} är en ${WEEKDAYS[(new Date(`${day}T12:00:00Z`).getUTCDay() + 6) % 7]}`,
  /** Why a meeting day is flagged (see domain/meeting-flags.ts). */
  flagReason: (
    reason: 'holiday' | 'christmas' | 'klamdag' | 'weekend',
    day: string,
    holiday: string | null,
  ): string =>
    reason === 'christmas'
      ? seriesSv.flagChristmas(day)
      : reason === 'weekend'
        ? seriesSv.flagWeekend(day)
        : reason === 'klamdag'
          ? `${dm(day)} är en klämdag`
          : seriesSv.flagHoliday(day, holiday ?? ''),
  flagMove: (what: string, alternatives: string[]) =>
    alternatives.length > 0 ? `${what} — flytta till ${alternatives.map(dm).join(' eller ')}?` : `${what}.`,
  moveTo: (from: string, to: string) => `${dm(from)} → ${dm(to)}`,
  formTitle: 'Ny mötesserie',
  formSubmit: 'Skapa',
  formWeekday: 'Veckodag',
  formTime: 'Tid (TT.MM)',
  formEvery: 'Var hur många veckor',
  formFirst: 'Första mötet (datum)',
  formFirstHint:
    'Skriv datumet som 2027-01-12, 12/1 eller 12 jan — idag eller senare, ett möte ligger aldrig bakåt i tiden.',
  formPlace: 'Plats',
  formHint: (kommun: string) =>
    `Eller skriv: /samverkan ${kommun} ny tisdag 13:00 var 6:e vecka från 12/1 plats Stadshuset`,
  createHelp: (kommun: string) => `Skapa en mötesserie för ${kommun} så här:`,
  listChangeHint: (kommun: string, day: string) =>
    `Ändra: /samverkan ${kommun} flytta ${day} <ny dag> · ställ in ${day} · genomfört · kalender`,
  listCalendarHint: (kommun: string) => `Alla möten i din kalender: /samverkan ${kommun} kalender`,
  calendarHeadline: (kommun: string) => `📆 Samverkansmötena i ${kommun} i din kalender`,
  calendarText:
    'Lägg till länken som prenumeration i Outlook (Lägg till kalender → Från internet) eller Google Kalender (Andra kalendrar → Från webbadress). Flyttade och inställda möten följer med.',
  calendarUnavailable: 'Kalenderlänkar fungerar bara när Löftesbot körs som server (npm start).',
  openCalendar: 'Kalenderlänk',
};

export type SeriesTexts = typeof seriesSv;
