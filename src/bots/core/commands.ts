import { closest, nameKey } from '../../domain/names.ts';

/**
 * The one place of truth for the chat commands: their Swedish names, English aliases, descriptions and usage hints.
 * The Slack manifest, the Teams manifest (command lists) and the help text are all checked against this list; the
 * help's one line per subcommand is in command-help.ts.
 */

export type CommandName =
  | 'insats'
  | 'logga'
  | 'status'
  | 'sammanfattning'
  | 'rapportera'
  | 'samverkan'
  | 'statistik'
  | 'hjalp'
  | 'lofte';

export interface CommandInfo {
  /** The canonical Swedish name, ASCII (a Slack slash command is `/<name>`). */
  readonly name: CommandName;
  /** English aliases, also ASCII, also registered as slash commands. */
  readonly aliases: readonly string[];
  /** Words also understood when typed (Teams, console) but not registered on Slack (e.g. `hjälp`). */
  readonly typed: readonly string[];
  /** Who it is for, Swedish, for the help text. */
  readonly who: string;
  readonly description: string;
  readonly descriptionEn: string;
  /** The argument hint (Slack's usage_hint): `<kommun> [datum] [antal] [anteckning]`. */
  readonly usage: string;
  readonly usageEn: string;
  /** Full example lines, without the leading `/`. */
  readonly examples: readonly string[];
  /** True when the command can change stored data (permissions and idempotency apply). */
  readonly writes: boolean;
}

export const COMMAND_INFOS: readonly CommandInfo[] = [
  {
    name: 'insats',
    aliases: [],
    typed: [],
    who: 'polis',
    description: 'Registrera en riktad insats',
    descriptionEn: 'Log a targeted operation',
    usage: '<kommun> [datum] [antal] [anteckning]',
    usageEn: '<kommun> [date] [count] [note]',
    examples: ['insats Sävsjö', 'insats Sävsjö igår 2', 'insats Tranås 20/11 1 kvällsinsats vid stationen'],
    writes: true,
  },
  {
    name: 'logga',
    aliases: ['log'],
    typed: [],
    who: 'polis, kommun, samordnare',
    description: 'Registrera en aktivitet (trafikkontroll, trygghetsvandring, krogkontroll …)',
    descriptionEn: 'Log an activity (traffic control, safety walk, …)',
    usage: '<aktivitet|nr> <kommun> [datum] [antal] [anteckning]',
    usageEn: '<activity|no> <kommun> [date] [count] [note]',
    examples: [
      'logga trafikkontroll Tranås',
      'logga trygghetsvandring Tranås 2026-11-20',
      'logga 3 Sävsjö igår',
    ],
    writes: true,
  },
  {
    name: 'status',
    aliases: [],
    typed: ['lägesbild'],
    who: 'alla',
    description: 'Läget för varje aktivitet i kommunens medborgarlöfte',
    descriptionEn: 'Progress of every activity of the kommun’s agreement',
    usage: '<kommun> [T1|T2|T3] [år]',
    usageEn: '<kommun> [T1|T2|T3] [year]',
    examples: ['status Sävsjö', 'status Tranås T2', 'status Tranås 2025'],
    writes: false,
  },
  {
    name: 'sammanfattning',
    aliases: ['summary'],
    typed: [],
    who: 'chefer',
    description: 'Uppföljningstabellen och läget per löfte, i kanalen',
    descriptionEn: 'The follow-up table and progress per promise, posted in the channel',
    usage: '<kommun|lpo|län> [T1|T2|T3] [år|perioden] [dokument|länk]',
    usageEn: '<kommun|area|county> [T1|T2|T3] [year|period] [documents|link]',
    examples: [
      'sammanfattning Tranås',
      'sammanfattning LPO Höglandet',
      'sammanfattning Sävsjö perioden',
      'sammanfattning Tranås 2026 dokument',
      'sammanfattning Höglandet länk',
    ],
    writes: false,
  },
  {
    name: 'rapportera',
    aliases: ['report'],
    typed: [],
    who: 'samordnare',
    description: 'Skriv tertialets lägestext för varje aktivitet (formulär)',
    descriptionEn: 'Write this tertial’s status text per activity (form)',
    usage: '<kommun> [publicera|avpublicera] [T1|T2|T3] [år]',
    usageEn: '<kommun> [publish|unpublish] [T1|T2|T3] [year]',
    examples: ['rapportera Tranås', 'rapportera Sävsjö T2', 'rapportera Tranås publicera T3'],
    writes: true,
  },
  {
    name: 'samverkan',
    aliases: ['meeting'],
    typed: ['samverkansmöte'],
    who: 'samordnare',
    description: 'Samverkansmötena: nästa, ny serie, ändra, uppehåll, genomfört, flytta, ställ in, kalender',
    descriptionEn: 'Collaboration meetings: next, new series, change, break, held, move, cancel, calendar',
    usage:
      '<kommun> [nästa|ny <veckodag> <HH:MM> var <N>:e vecka från <datum> [plats <text>]|ändra från <datum> …|uppehåll <från> <till>|avsluta [datum]|genomfört|flytta <datum>|ställ in [datum]|återställ <datum>|kalender]',
    usageEn:
      '<kommun> [next|new <weekday> <HH:MM> every <N> weeks from <date> [at <place>]|change from <date> …|pause <from> <to>|end [date]|held|move <date>|cancel [date]|restore <date>|calendar]',
    examples: [
      'samverkan Tranås',
      'samverkan Tranås ny tisdag 13:00 var 6:e vecka från 12/1 plats Stadshuset',
      'samverkan Tranås ändra från 1/3 torsdag 10:00',
      'samverkan Tranås uppehåll 15/6 15/8',
      'samverkan Tranås genomfört',
      'samverkan Sävsjö flytta 2026-12-03',
      'samverkan Sävsjö kalender',
    ],
    writes: true,
  },
  {
    name: 'statistik',
    aliases: ['stats'],
    typed: ['statistics'],
    who: 'polis, samordnare',
    description: 'Tertialets narkotikastatistik (formulär)',
    descriptionEn: 'The tertial’s drug-crime figures (form)',
    usage: '<kommun> [T1|T2|T3] [år]',
    usageEn: '<kommun> [T1|T2|T3] [year]',
    examples: ['statistik Sävsjö', 'statistik Sävsjö T2 2026'],
    writes: true,
  },
  {
    name: 'hjalp',
    aliases: ['help'],
    typed: ['hjälp', '?'],
    who: 'alla',
    description: 'Hjälp och exempel',
    descriptionEn: 'Help and examples',
    usage: '[kommando]',
    usageEn: '[command]',
    examples: ['hjalp', 'hjalp insats'],
    writes: false,
  },
  {
    name: 'lofte',
    aliases: [],
    typed: ['löfte', 'loftesbot', 'löftesbot'],
    who: 'admin (språk: alla)',
    description:
      'Inställningar: hem, avtal och mål, polisområde, koppla kanal, roller, historik, språk, import',
    descriptionEn:
      'Settings: home, agreement and targets, police area, bind channel, roles, history, language, import',
    usage:
      'hem | avtal <kommun> | mål <kommun> <nr> <antal> per år | admin område ny "<namn>" <kommun> … | admin koppla <kommun>|bort | admin roll @person <roll> <kommun> | admin roller <kommun> | admin ta bort roll @person <roll> <kommun> | historik <kommun|område> | registreringar <kommun> [aktivitet] | rätta <id> <skäl> | radera anteckning|lägestext … <skäl> | språk en|sv | import <text>',
    usageEn:
      'home | agreement <kommun> | target <kommun> <no> <count> per year | admin area new "<name>" <kommun> … | admin bind <kommun> | admin unbind | admin role @person <role> <kommun> | admin roles <kommun> | admin remove role @person <role> <kommun> | history <kommun|area> | registrations <kommun> [activity] | correct <id> <reason> | erase note|text … <reason> | language en|sv | import <text>',
    examples: [
      'lofte hem',
      'lofte avtal Tranås',
      'lofte mål Tranås 3 30 per år',
      'lofte admin område ny "LPO Höglandet" Tranås Sävsjö Eksjö',
      'lofte admin koppla Tranås',
      'lofte admin roll @anna samordnare Tranås',
      'lofte historik Sävsjö',
      'lofte registreringar Sävsjö 1',
      'lofte rätta 3f2a9c1e dubbelregistrerad',
      'lofte språk en',
    ],
    writes: true,
  },
];

/** The canonical command list (names, aliases, descriptions, usage hints). */
export function commandNames(): readonly CommandInfo[] {
  return COMMAND_INFOS;
}

const BY_WORD = new Map<string, CommandInfo>();
for (const info of COMMAND_INFOS) {
  for (const word of [info.name, ...info.aliases, ...info.typed]) BY_WORD.set(nameKey(word) || word, info);
}

/**
 * The command a mistyped word most likely means ("insat" → insats, "sammanfatning" → sammanfattning, "stauts" →
 * status), or null when none is close. Words of three letters or fewer are never corrected.
 */
export function nearestCommand(word: string): { info: CommandInfo; word: string } | null {
  const key = nameKey(word.replace(/^\//, ''));
  if (key.length < 4) return null;
  const words = [...BY_WORD.entries()].map(([k, info]) => ({ k, info }));
  // The start of a command's name ("rapport" → /rapportera, "samman" → /sammanfattning) is that command, before
  // any name a letter or two away ("rapport" is one letter from "report").
  const started = words.filter((w) => w.k.startsWith(key));
  const found =
    started.length > 0 && new Set(started.map((w) => w.info.name)).size === 1
      ? (started.find((w) => w.k === nameKey(w.info.name)) ?? started[0])
      : closest(key, words, (w) => w.k, 1)[0];
  if (!found) return null;
  // An English alias suggests the alias ("/summry" → /summary), anything else the Swedish name.
  const alias = found.info.aliases.find((a) => nameKey(a) === found.k);
  return { info: found.info, word: alias ?? found.info.name };
}

/** The command a typed word names (`/insats`, `log`, `hjälp`, `HJALP`), or null. */
export function commandByWord(word: string): CommandInfo | null {
  const bare = word.replace(/^\//, '');
  return BY_WORD.get(nameKey(bare) || bare) ?? null;
}
