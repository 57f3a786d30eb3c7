/** The help's frame (`t.help`), per language: the command list, one command in detail, and usage in error replies. */

export interface HelpTexts {
  readonly headline: string;
  readonly intro: string;
  /** "Så här:" and the usage lines: beside a single line, above several (one per subcommand). */
  readonly usage: (lines: readonly string[]) => string;
  readonly footer: string;
  /** The footer when the overview left out lines the reader's roles do not allow. */
  readonly forYourRoles: (roles: readonly string[]) => string;
  /** Above the commands, for someone without a role: they wait for one, and how to get it. */
  readonly noRoleYet: (person: string) => string;
}

const listIn =
  (and: string) =>
  (items: readonly string[]): string =>
    items.length <= 1
      ? (items[0] ?? '')
      : `${items.slice(0, -1).join(', ')} ${and} ${items[items.length - 1]}`;
const listSv = listIn('och');
const listEn = listIn('and');

const usageIn = (label: string) => (lines: readonly string[]) =>
  lines.length === 1 ? `${label} ${lines[0]}` : [label, ...lines].join('\n');

export const helpSv: HelpTexts = {
  headline: 'Löftesbot — så här gör du',
  intro:
    'Skriv ett kommando med kommunen först. I en kanal som är kopplad till en kommun kan du hoppa över kommunen. Datum: 2026-11-20, 20/11, 20 nov, idag, igår.',
  usage: usageIn('Så här:'),
  footer: 'Skriv /hjalp <kommando> för mer om ett kommando.',
  forYourRoles: (roles) =>
    `Här står det du kan göra som ${listSv(roles)}. Skriv /hjalp <kommando> för alla former av ett kommando.`,
  noRoleYet: (person) =>
    `Kommandona nedan fungerar när du har en roll. Be din samordnare eller administratör om en (polis, kommun, samordnare eller chef) för din kommun eller ditt polisområde; ditt användar-id är ${person}.`,
};

export const helpEn: HelpTexts = {
  headline: 'Löftesbot — how to use it',
  intro:
    'Type a command with the kommun first. In a channel bound to a kommun you may leave the kommun out. Dates: 2026-11-20, 20/11, 20 Nov, today, yesterday.',
  usage: usageIn('Usage:'),
  footer: 'Type /help <command> for more about one command.',
  forYourRoles: (roles) =>
    `This shows what you can do as ${listEn(roles)}. Type /help <command> for every form of a command.`,
  noRoleYet: (person) =>
    `The commands below work once you have a role. Ask your coordinator or administrator for one (polis, kommun, samordnare or chef) for your kommun or police area; your user id is ${person}.`,
};
