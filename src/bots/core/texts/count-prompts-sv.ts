import { clockTime } from '../../../domain/clock-time.ts';
import { SNOOZE_TIME } from '../../../domain/snooze.ts';

/** The snooze hour as Swedish writes it: "09.00". */
const NINE = clockTime(SNOOZE_TIME, 'sv');

/**
 * The Swedish texts of count prompts (to those who do the work), comments to the samordnare, the log form opened
 * from a prompt and "Påminn mig senare" (spread into prompts-sv.ts; count-prompts-en.ts has the same keys).
 */
export const countSv = {
  countRegistered: 'Registrerat',
  countFigures: (what: string, kommun: string, signed: string) => `${what} i ${kommun}: ${signed}`,
  countIntro: (t: string) =>
    `Dina siffror hittills för ${t}. Logga det som saknas, eller skriv en kommentar till samordnaren — den syns när uppföljningen skrivs.`,
  logButton: '➕ Logga insats',
  commentButton: '💬 Kommentar till samordnaren',
  commentChange: '💬 Ändra kommentaren',
  yourComment: (text: string) => `💬 Din kommentar: ${text}`,
  commentLine: (who: string, text: string) => `💬 ${who}: ${text}`,
  commentsTitle: (t: string) => `Kommentarer till samordnaren, ${t}`,
  commentFormTitle: 'Kommentar',
  commentHint: (n: number) =>
    `Högst ${n} tecken. Samordnaren ser den; den blir aldrig publik. En ny kommentar ersätter din förra.`,
  commentSaved: (activity: string, t: string, text: string) =>
    `✅ Kommentaren till samordnaren är sparad (${activity}, ${t}): ${text}`,
  commentReplaced: 'Den ersatte din förra kommentar.',
  commentEmpty: 'Skriv några ord, eller stäng formuläret.',
  logFormTitle: 'Logga insats',
  logCount: 'Antal',
  logDate: 'Datum (tomt = i dag)',
  logNote: 'Anteckning (valfri)',
  logBadCount: 'Skriv ett heltal från 1, t.ex. 3.',
  logBadDate: 'Skriv ett datum som i dag, igår, 5 dec eller 2026-12-05 (inte i framtiden).',
  /** The date field of an activity whose agreement has ended (a T3 prompt pressed in January): no "tomt = i dag". */
  logDateUntil: (year: number) => `Datum (senast 31 dec ${year})`,
  logAfterAgreement: (year: number, period: string) =>
    `Skriv dagen arbetet gjordes, senast 31 dec ${year} (medborgarlöftet ${period}).`,
  logBeforeAgreement: (year: number, period: string) =>
    `Skriv dagen arbetet gjordes, tidigast 1 jan ${year} (medborgarlöftet ${period}).`,
  snoozeNext: (day: string) => `⏰ Påminn mig ${day} kl. ${NINE}`,
  snoozeChoose: '📅 Påminn mig en annan dag…',
  snoozeFormTitle: 'Påminn mig senare',
  snoozeDay: (lastDay: string) => `Vilken dag? (senast ${lastDay})`,
  snoozeDayHint: `T.ex. fredag, 14 dec eller 2026-12-14. Påminnelsen kommer kl. ${NINE}.`,
  snoozeSet: (when: string) => `⏰ Jag påminner dig ${when} kl. ${NINE}.`,
  snoozeAlready: (when: string) => `Du har redan en påminnelse ${when} kl. ${NINE}.`,
  snoozeBadDate: 'Skriv en dag som fredag, 14 dec eller 2026-12-14.',
  snoozeNotAfterToday: 'Välj en dag efter i dag.',
  snoozeAfterDeadline: (lastDay: string) => `Välj en dag senast ${lastDay}, tertialets sista dag.`,
  snoozeBeforeOverdue: (lastDay: string) =>
    `Välj en dag senast ${lastDay}, innan chefen får veta vilka lägestexter som saknas.`,
  /** `ended`: back after the tertial's last day (T3's prompt snoozed into January). */
  snoozeHeadline: (name: string, t: string, lastDay: string, ended = false) =>
    `⏰ Du bad om en påminnelse: uppföljningen ${t} i ${name} — ${ended ? 'tertialet slutade' : 'sista dag'} ${lastDay}`,
  countAnswerHeadline: (typed: string) => `”${typed}” – vilken aktivitet gäller det?`,
  countAnswerPress:
    'Ingenting har sparats än. Tryck på aktiviteten så registrerar jag det — svaret visar dag och antal, med Ångra.',
  countAnswerNoChoice: 'Ett antal behöver en aktivitet och en kommun. Ingenting har sparats.',
  countAnswerButton: (count: number, what: string) => `➕ ${count} × ${what}`,
};
