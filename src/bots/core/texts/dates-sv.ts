import { SWEDISH_MONTHS as MONTHS, WEEKDAYS_SHORT_SV } from '../../../domain/date-words.ts';

/**
 * The Swedish texts of dates, counts and the confirmation rule: `t.dates` in the catalogue; dates-en.ts has the
 * same keys in English.
 */

const WEEKDAYS = ['måndag', 'tisdag', 'onsdag', 'torsdag', 'fredag', 'lördag', 'söndag'];
const WEEKDAYS_SHORT = WEEKDAYS_SHORT_SV;
const MONTHS_SHORT = ['jan', 'feb', 'mar', 'apr', 'maj', 'jun', 'jul', 'aug', 'sep', 'okt', 'nov', 'dec'];

/** A sentence that starts with a day starts with a capital: "Söndag 1 november 2026 har redan varit …". */
function capital(text: string): string {
  return text.charAt(0).toLocaleUpperCase('sv-SE') + text.slice(1);
}

function weekdayIndex(iso: string): number {
  // 0 = Monday; computed in UTC from the calendar day alone.
  return (new Date(`${iso}T00:00:00Z`).getUTCDay() + 6) % 7;
}

const plural = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;

export const datesSv = {
  /** "söndag 7 december 2025": every reply that stores a date names it so. */
  full: (iso: string) =>
    `${WEEKDAYS[weekdayIndex(iso)]} ${Number(iso.slice(8, 10))} ${MONTHS[Number(iso.slice(5, 7)) - 1]} ${iso.slice(0, 4)}`,
  /** "mån 30 nov": a weekday button. */
  short: (iso: string) =>
    `${WEEKDAYS_SHORT[weekdayIndex(iso)]} ${Number(iso.slice(8, 10))} ${MONTHS_SHORT[Number(iso.slice(5, 7)) - 1]}`,
  // The confirmation rule
  confirmHeadline: (day: string) => `Menar du ${day}?`,
  confirmFarBack: (days: number) => `Det är ${plural(days, 'dag', 'dagar')} sedan.`,
  confirmPublished: 'Det tertialet är redan publicerat.',
  confirmOverLimit: (count: number, limit: number) =>
    `${count} är fler än aktivitetens rimlighetsgräns på ${limit} per registrering.`,
  confirmNothingStored: 'Ingenting har sparats än. Tryck Ja för att spara, eller skriv om kommandot.',
  confirmYes: (what: string) => `Ja, ${what}`,
  // förra veckan
  whichDayHeadline: 'Vilken dag förra veckan?',
  whichDayText: 'Ingenting har sparats än. Tryck på dagen.',
  // Counts and notes
  ambiguousHeadline: (count: number, many: string, noun: string) =>
    `Menar du ${count} ${many}, eller ${count} ${noun} i anteckningen?`,
  ambiguousText: 'Ingenting har sparats än. Välj hur raden ska läsas.',
  asCount: (count: number, label: string) => `${count} ${label}`,
  /**
   * A short name whose gender and number cannot be told, apart from the count and with no participle to agree with
   * it: "✅ Registrerat: 1 × Föräldramöten i …"
   */
  loggedApart: (name: string, kommun: string, day: string, count: number) =>
    `✅ Registrerat: ${count} × ${name} i ${kommun} ${day}`,
  asNote: (label: string, count: number, noun: string) => `1 ${label}, ${count} ${noun} i anteckningen`,
  /** "Läst som: 3 riktade insatser · söndag 6 december 2026 (idag) · anteckning: vid skolan" */
  readAs: (parts: readonly string[]) => `Läst som: ${parts.join(' · ')}`,
  readToday: 'idag',
  /** The day before today, in lists: "igår 09:30". */
  yesterday: 'igår',
  /** A line without a date, run by a button on a later day: the day it was written. */
  readNoDate: 'inget datum angivet',
  readDefaultCount: 'inget antal angivet',
  /** "1 ungdom": the count is 1 and the number stays in the note. */
  readCountInNote: (quoted: string) => `${quoted}, står kvar i anteckningen`,
  readNote: (note: string) => `anteckning: ${note}`,
  readNoNote: 'ingen anteckning',
  /** /logga whose words match no activity: what was understood, and the form. */
  readKommun: (kommun: string) => `kommun ${kommun}`,
  readActivityWords: (words: string) => `aktivitet ”${words}”`,
  logForm: 'Skriv: /logga <aktivitet|kortnamn|nr> <kommun> [datum] [antal] [anteckning]',
  /** /logga whose words may mean one or more activities: a button for each. */
  pressActivity: 'Ingenting har sparats än. Tryck på aktiviteten du menade så registrerar jag den.',
  // Meetings
  pastMeeting: (day: string) =>
    `${capital(day)} har redan varit — ett möte kan inte flyttas eller planeras bakåt i tiden.`,
  futureHeld: (day: string) =>
    `${capital(day)} har inte hänt än — ett möte kan markeras genomfört först när det har hållits.`,
};
