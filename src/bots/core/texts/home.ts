/** The personal home (Slack's App Home tab, any platform's overview): its frame, per language. */

export interface HomeTexts {
  readonly title: string;
  readonly noRoles: string;
  readonly noAgreement: (kommun: string) => string;
  readonly nextMeeting: (when: string, place: string | null) => string;
  readonly noMeeting: string;
  /** The kommuner with neither an agreement in force nor a meeting planned, named in one line. */
  readonly idle: (kommuner: readonly string[]) => string;
  readonly tertial: (label: string) => string;
  /** The tertial just ended, its status texts missing, and the command that opens it (home-ended.ts). */
  readonly endedMissing: (label: string, n: number, command: string) => string;
  readonly more: (n: number) => string;
  /** The line at the end: how to register (only to those who may), read and get help. No markdown: Teams escapes it. */
  readonly hint: (mayLog: boolean) => string;
}

const SV = new Intl.ListFormat('sv', { type: 'conjunction' });
const EN = new Intl.ListFormat('en-GB', { type: 'conjunction' });

export const homeSv: HomeTexts = {
  title: 'Löftesbot',
  noRoles:
    'Du har inga kommuner här än. Be den som sköter Löftesbot att ge dig en roll (loftesbot role add), eller skriv /hjalp.',
  noAgreement: (kommun) => `${kommun}: inget medborgarlöfte gäller i år.`,
  nextMeeting: (when, place) => `Nästa samverkansmöte: ${when}${place ? `, ${place}` : ''}`,
  noMeeting: 'Inget samverkansmöte planerat.',
  idle: (kommuner) =>
    `${SV.format(kommuner)}: inget medborgarlöfte gäller i år och inget samverkansmöte är planerat.`,
  tertial: (label) => `Läget ${label}`,
  endedMissing: (label, n, command) =>
    `${label} saknar lägestext för ${n} ${n === 1 ? 'aktivitet' : 'aktiviteter'}: ${command}`,
  more: (n) => `… och ${n} kommuner till. Skriv /status <kommun>.`,
  hint: (mayLog) =>
    mayLog
      ? 'Registrera med /insats <kommun>, se läget med /status <kommun>, hjälp med /hjalp.'
      : 'Se läget med /status <kommun> och /sammanfattning <kommun|område>, hjälp med /hjalp.',
};

export const homeEn: HomeTexts = {
  title: 'Löftesbot',
  noRoles:
    'You have no kommuner here yet. Ask whoever runs Löftesbot for a role (loftesbot role add), or type /help.',
  noAgreement: (kommun) => `${kommun}: no agreement in force this year.`,
  nextMeeting: (when, place) => `Next collaboration meeting: ${when}${place ? `, ${place}` : ''}`,
  noMeeting: 'No collaboration meeting planned.',
  idle: (kommuner) =>
    `${EN.format(kommuner)}: no agreement in force this year and no collaboration meeting planned.`,
  tertial: (label) => `Progress ${label}`,
  endedMissing: (label, n, command) =>
    `${label} lacks a status text for ${n} ${n === 1 ? 'activity' : 'activities'}: ${command}`,
  more: (n) => `… and ${n} more kommuner. Type /status <kommun>.`,
  hint: (mayLog) =>
    mayLog
      ? 'Log with /insats <kommun>, see progress with /status <kommun>, help with /help.'
      : 'See progress with /status <kommun> and /summary <kommun|area>, help with /help.',
};
