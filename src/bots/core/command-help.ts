import type { CommandName } from './commands.ts';

/**
 * How the help spells a command's subcommands (handlers/help.ts): one usage line each, after the command word and
 * short enough for a phone, in Swedish and in English (English lines go with the English alias:
 * `/meeting <kommun> held [date]`), and the examples in English words where they differ by more than the alias.
 * A command not listed here shows its one-line `usage` (commands.ts, also the Slack and Teams usage hint).
 */

export interface CommandHelp {
  readonly forms?: readonly string[];
  readonly formsEn?: readonly string[];
  readonly examplesEn?: readonly string[];
}

export const COMMAND_HELP: Partial<Record<CommandName, CommandHelp>> = {
  insats: {
    examplesEn: [
      'insats Sävsjö',
      'insats Sävsjö yesterday 2',
      'insats Tranås 20/11 1 evening at the station',
    ],
  },
  logga: {
    examplesEn: [
      'logga traffic control Tranås',
      'logga safety walk Tranås 2026-11-20',
      'logga 3 Sävsjö yesterday',
    ],
  },
  sammanfattning: {
    forms: ['<kommun|lpo|län> [T1|T2|T3] [år|perioden]', '<kommun> [T1|T2|T3] [år] dokument', '<lpo> länk'],
    formsEn: [
      '<kommun|area|county> [T1|T2|T3] [year|period]',
      '<kommun> [T1|T2|T3] [year] documents',
      '<area> link',
    ],
    examplesEn: [
      'summary Tranås',
      'summary LPO Höglandet',
      'summary Sävsjö period',
      'summary Tranås 2026 documents',
      'summary Höglandet link',
    ],
  },
  rapportera: {
    examplesEn: ['report Tranås', 'report Sävsjö T2', 'report Tranås publish T3'],
  },
  samverkan: {
    forms: [
      '<kommun> [nästa]',
      '<kommun> ny <veckodag> <HH:MM> var <N>:e vecka från <datum> …',
      '<kommun> ändra från <datum> …',
      '<kommun> uppehåll <från> <till>',
      '<kommun> avsluta [datum]',
      '<kommun> genomfört [datum]',
      '<kommun> flytta [från] <till>',
      '<kommun> ställ in [datum]',
      '<kommun> återställ <datum>',
      '<kommun> kalender',
    ],
    formsEn: [
      '<kommun> [next]',
      '<kommun> new <weekday> <HH:MM> every <N> weeks from <date> …',
      '<kommun> change from <date> …',
      '<kommun> pause <from> <to>',
      '<kommun> end [date]',
      '<kommun> held [date]',
      '<kommun> move [from] <to>',
      '<kommun> cancel [date]',
      '<kommun> restore <date>',
      '<kommun> calendar',
    ],
    examplesEn: [
      'meeting Tranås',
      'meeting Tranås new tuesday 13:00 every 6 weeks from 12/1 at Stadshuset',
      'meeting Tranås change from 1/3 thursday 10:00',
      'meeting Tranås pause 15/6 15/8',
      'meeting Tranås held',
      'meeting Sävsjö move 2026-12-03',
      'meeting Sävsjö calendar',
    ],
  },
  lofte: {
    forms: [
      'hem',
      'avtal <kommun> [år]',
      'avtal <kommun> <nr> namn|ansvar|löfte|gräns <värde>',
      'avtal <kommun> ny aktivitet <text> [polis|kommun|gemensam]',
      'avtal <kommun> ta bort <nr>',
      'avtal <kommun> löfte <nr> <ny text>',
      'avtal <kommun> titel <ny titel>',
      'avtal <kommun> ångra import',
      'mål <kommun> <nr> <antal> per år|per tertial|under perioden',
      'admin område ny "<namn>" <kommun> …',
      'admin koppla <kommun|område>',
      'admin koppla bort',
      'admin roll @person <roll> <kommun|område>',
      'admin roller <kommun|område>',
      'admin ta bort roll @person <roll> <kommun|område>',
      'historik <kommun|område>',
      'registreringar <kommun> [aktivitet] [sida <n>]',
      'rätta <id> <skäl>',
      'radera anteckning <id> <skäl>',
      'radera lägestext <kommun> <T1–T3> [år] <nr> <skäl>',
      'språk en|sv',
      'import <text>',
    ],
    formsEn: [
      'home',
      'agreement <kommun> [year]',
      'agreement <kommun> <no> name|responsible|promise|limit <value>',
      'agreement <kommun> new activity <text> [police|kommun|joint]',
      'agreement <kommun> remove <no>',
      'agreement <kommun> promise <no> <new text>',
      'agreement <kommun> title <new title>',
      'agreement <kommun> undo import',
      'target <kommun> <no> <count> per year|per tertial|for the period',
      'admin area new "<name>" <kommun> …',
      'admin bind <kommun|area>',
      'admin unbind',
      'admin role @person <role> <kommun|area>',
      'admin roles <kommun|area>',
      'admin remove role @person <role> <kommun|area>',
      'history <kommun|area>',
      'registrations <kommun> [activity] [page <n>]',
      'correct <id> <reason>',
      'erase note <id> <reason>',
      'erase text <kommun> <T1–T3> [year] <no> <reason>',
      'language en|sv',
      'import <text>',
    ],
    examplesEn: [
      'lofte home',
      'lofte agreement Tranås',
      'lofte target Tranås 3 30 per year',
      'lofte admin area new "LPO Höglandet" Tranås Sävsjö Eksjö',
      'lofte admin bind Tranås',
      'lofte admin role @anna samordnare Tranås',
      'lofte admin roles Tranås',
      'lofte history Sävsjö',
      'lofte registrations Sävsjö 1',
      'lofte correct 3f2a9c1e duplicate',
      'lofte language sv',
    ],
  },
};
