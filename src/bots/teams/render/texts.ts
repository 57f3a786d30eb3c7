import type { Lang } from '../../core/reply.ts';

/** The few words the Teams adapter adds to the core's replies (footers, form errors), per language. */
export interface TeamsTexts {
  /** Footer of a card after someone's answer recorded something: who and when. */
  readonly answeredBy: (name: string, when: string) => string;
  /** Footer of a card after any other answer (an undo, a cancellation, a notice): who pressed and when. */
  readonly pressedBy: (name: string, when: string) => string;
  readonly formErrors: string;
  readonly required: string;
  readonly moreRows: (n: number) => string;
  readonly truncated: string;
  readonly unsupported: string;
}

const sv: TeamsTexts = {
  answeredBy: (name, when) => `✔ Registrerat av ${name}, ${when}`,
  pressedBy: (name, when) => `Besvarat av ${name}, ${when}`,
  formErrors: '⚠️ Något behöver rättas innan det kan sparas — se de markerade fälten.',
  required: 'Måste fyllas i.',
  moreRows: (n) =>
    `… och ${n} rader till. Hela tabellen finns i rapporten: sammanfattning <kommun> dokument.`,
  truncated: '… (förkortat)',
  unsupported: 'Det här kortet kan inte visas här. Skriv hjalp för att se vad Löftesbot kan.',
};

const en: TeamsTexts = {
  answeredBy: (name, when) => `✔ Recorded by ${name}, ${when}`,
  pressedBy: (name, when) => `Answered by ${name}, ${when}`,
  formErrors: '⚠️ Something needs correcting before it can be saved — see the marked fields.',
  required: 'Required.',
  moreRows: (n) => `… and ${n} more rows. The whole table is in the report: summary <kommun> document.`,
  truncated: '… (shortened)',
  unsupported: 'This card cannot be shown here. Type help to see what Löftesbot can do.',
};

export function teamsTexts(lang: Lang): TeamsTexts {
  return lang === 'en' ? en : sv;
}
