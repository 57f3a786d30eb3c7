import type { Role } from '../../../domain/types.ts';
import { reply } from '../build.ts';
import { COMMAND_HELP } from '../command-help.ts';
import { type CommandInfo, commandByWord, commandNames } from '../commands.ts';
import type { LofteSub } from '../grammar/types.ts';
import { mayUseForm } from '../help-reach.ts';
import type { Reply, ReplySection } from '../reply.ts';
import { commandIn } from '../texts/command-words.ts';
import type { Texts } from '../texts/index.ts';

/**
 * The help reply: every command with its usage and an example, or one command in detail. With `roles` (what the
 * reader holds, anywhere) the overview shows only the lines those roles allow, and says so; `/hjalp <kommando>`
 * shows every form.
 */
export function helpReply(
  t: Texts,
  topic: string | null,
  headline?: string,
  /** The reader, when they have no role yet: the help says first that the commands wait for one. */
  roleless?: string,
  roles?: readonly Role[],
): Reply {
  const info = topic ? commandByWord(topic) : null;
  if (info) return commandHelp(t, info, headline);
  const sections: ReplySection[] = [
    ...(roleless ? [{ title: t.noAccessHeadline, text: t.help.noRoleYet(roleless) }] : []),
    { text: t.help.intro },
  ];
  const mayUse = (c: CommandInfo, form: string) => !roles?.length || mayUseForm(roles, c.name, form);
  let hidden = false;
  const fields = commandNames().flatMap((c) => {
    const all = usageLines(t, c);
    const lines = usageLines(t, c, (form) => mayUse(c, form));
    if (lines.length < all.length) hidden = true;
    if (lines.length === 0) return [];
    return [
      {
        label: `/${c.name}${c.aliases.length ? ` (/${c.aliases.join(', /')})` : ''}`,
        value: [description(t, c), ...lines, `${t.example}: ${examples(t, c)[0]}`].join('\n'),
      },
    ];
  });
  sections.push({ fields });
  const context = hidden && roles ? t.help.forYourRoles(roles) : t.help.footer;
  return reply({ headline: headline ?? t.help.headline, sections, context, tone: 'info' });
}

function commandHelp(t: Texts, c: CommandInfo, headline?: string): Reply {
  return reply({
    // The command as the reader types it: `/meeting — …` in English, `/samverkan — …` in Swedish.
    headline: headline ?? `${commandIn(t.lang, `/${c.name}`)} — ${description(t, c)}`,
    sections: [
      { text: t.help.usage(usageLines(t, c)) },
      { title: t.examples, text: examples(t, c).join('\n') },
    ],
    tone: 'info',
  });
}

function description(t: Texts, c: CommandInfo): string {
  return t.lang === 'en' ? c.descriptionEn : c.description;
}

/** The examples in the reader's language: English words and the English alias (`/log 3 Sävsjö yesterday`). */
function examples(t: Texts, c: CommandInfo): string[] {
  if (t.lang !== 'en') return c.examples.map((e) => `/${e}`);
  const alias = c.aliases[0];
  return (COMMAND_HELP[c.name]?.examplesEn ?? c.examples).map((e) =>
    alias && (e === c.name || e.startsWith(`${c.name} `)) ? `/${alias}${e.slice(c.name.length)}` : `/${e}`,
  );
}

/**
 * A command's usage in the reader's language, one line per subcommand (`/samverkan <kommun> flytta [från] <till>`):
 * short lines read on a phone. English uses the English alias and words (`/meeting <kommun> move [from] <to>`).
 */
export function usageLines(
  t: Texts,
  c: CommandInfo,
  keep: (swedishForm: string) => boolean = () => true,
): string[] {
  const en = t.lang === 'en';
  const word = en ? (c.aliases[0] ?? c.name) : c.name;
  const help = COMMAND_HELP[c.name];
  const swedish = help?.forms ?? [c.usage];
  const forms = (en ? help?.formsEn : help?.forms) ?? [en ? c.usageEn : c.usage];
  return forms.filter((_, i) => keep(swedish[i] ?? '')).map((form) => `/${word} ${form}`);
}

/** "Så här: /status <kommun> [T1|T2|T3] [år]" for an error reply, or the lines of a command of subcommands. */
export function usageText(t: Texts, name: string): string | undefined {
  const c = commandByWord(name);
  return c ? t.help.usage(usageLines(t, c)) : undefined;
}

/**
 * A usage line with one example, for error replies: `/insats <kommun> … — t.ex. /insats Sävsjö`; with `kommun`
 * (the one the person typed, or the channel's) the example is for that kommun: `/insats Eksjö`. For an English
 * reader (`t`) the example uses the English alias and words: `/meeting Sävsjö`.
 */
export function exampleOf(
  name: string,
  kommun: string | null = null,
  t?: Texts,
  which: 'first' | 'last' = 'first',
): string {
  const c = commandByWord(name);
  if (!c) return t?.lang === 'en' ? '/help' : '/hjalp';
  const all = t ? examples(t, c) : c.examples.map((e) => `/${e}`);
  const example = (which === 'last' ? all.at(-1) : undefined) ?? (all[0] as string);
  return kommun ? example.replace(EXAMPLE_KOMMUN, kommun) : example;
}

const LOFTE_SUB_EN: Readonly<Record<LofteSub, string>> = {
  avtal: 'agreement',
  mål: 'target',
  historik: 'history',
  registreringar: 'registrations',
};

/** The example of a `/lofte` subcommand in the reader's language: `/lofte historik Sävsjö`, `/lofte history Sävsjö`. */
export function lofteExample(t: Texts, sub: LofteSub, kommun: string | null): string {
  const c = commandByWord('lofte');
  const word = t.lang === 'en' ? LOFTE_SUB_EN[sub] : sub;
  const example = (c && examples(t, c).find((e) => e.split(' ')[1] === word)) ?? exampleOf('lofte', null, t);
  return kommun ? example.replace(EXAMPLE_KOMMUN, kommun) : example;
}

/** The kommuner the catalogue's examples are written for. */
const EXAMPLE_KOMMUN = /\b(?:Sävsjö|Tranås|Eksjö)(?![\wåäö])/u;
