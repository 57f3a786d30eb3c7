import { reply } from '../build.ts';
import { COMMAND_HELP } from '../command-help.ts';
import { type CommandInfo, commandByWord, commandNames } from '../commands.ts';
import type { Reply, ReplySection } from '../reply.ts';
import type { Texts } from '../texts/index.ts';

/** The help reply: every command with its usage and an example, or one command in detail. */
export function helpReply(
  t: Texts,
  topic: string | null,
  headline?: string,
  /** The reader, when they have no role yet: the help says first that the commands wait for one. */
  roleless?: string,
): Reply {
  const info = topic ? commandByWord(topic) : null;
  if (info) return commandHelp(t, info, headline);
  const sections: ReplySection[] = [
    ...(roleless ? [{ title: t.noAccessHeadline, text: t.help.noRoleYet(roleless) }] : []),
    { text: t.help.intro },
  ];
  sections.push({
    fields: commandNames().map((c) => ({
      label: `/${c.name}${c.aliases.length ? ` (/${c.aliases.join(', /')})` : ''}`,
      value: [description(t, c), ...usageLines(t, c), `${t.example}: ${examples(t, c)[0]}`].join('\n'),
    })),
  });
  return reply({ headline: headline ?? t.help.headline, sections, context: t.help.footer, tone: 'info' });
}

function commandHelp(t: Texts, c: CommandInfo, headline?: string): Reply {
  return reply({
    headline: headline ?? `/${c.name} — ${description(t, c)}`,
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
    alias && e.startsWith(`${c.name} `) ? `/${alias}${e.slice(c.name.length)}` : `/${e}`,
  );
}

/**
 * A command's usage in the reader's language, one line per subcommand (`/samverkan <kommun> flytta [från] <till>`):
 * short lines read on a phone. English uses the English alias and words (`/meeting <kommun> move [from] <to>`).
 */
export function usageLines(t: Texts, c: CommandInfo): string[] {
  const en = t.lang === 'en';
  const word = en ? (c.aliases[0] ?? c.name) : c.name;
  const help = COMMAND_HELP[c.name];
  const forms = (en ? help?.formsEn : help?.forms) ?? [en ? c.usageEn : c.usage];
  return forms.map((form) => `/${word} ${form}`);
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
export function exampleOf(name: string, kommun: string | null = null, t?: Texts): string {
  const c = commandByWord(name);
  if (!c) return t?.lang === 'en' ? '/help' : '/hjalp';
  const example = t ? (examples(t, c)[0] as string) : `/${c.examples[0]}`;
  return kommun ? example.replace(EXAMPLE_KOMMUN, kommun) : example;
}

/** The kommuner the catalogue's examples are written for. */
const EXAMPLE_KOMMUN = /\b(?:Sävsjö|Tranås|Eksjö)(?![\wåäö])/u;
