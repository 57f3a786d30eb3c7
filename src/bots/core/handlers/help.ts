import { reply } from '../build.ts';
import { type CommandInfo, commandByWord, commandNames } from '../commands.ts';
import type { Reply, ReplySection } from '../reply.ts';
import type { Texts } from '../texts/index.ts';

/** The help reply: every command with its usage and an example, or one command in detail. */
export function helpReply(t: Texts, topic: string | null, headline?: string): Reply {
  const info = topic ? commandByWord(topic) : null;
  if (info) return commandHelp(t, info, headline);
  const sections: ReplySection[] = [{ text: t.helpIntro }];
  sections.push({
    fields: commandNames().map((c) => ({
      label: `/${c.name}${c.aliases.length ? ` (/${c.aliases.join(', /')})` : ''}`,
      value: `${t.lang === 'en' ? c.descriptionEn : c.description}\n/${c.name} ${t.lang === 'en' ? c.usageEn : c.usage}\n${t.example}: /${c.examples[0]}`,
    })),
  });
  return reply({ headline: headline ?? t.helpHeadline, sections, context: t.helpFooter, tone: 'info' });
}

function commandHelp(t: Texts, c: CommandInfo, headline?: string): Reply {
  return reply({
    headline: headline ?? `/${c.name} — ${t.lang === 'en' ? c.descriptionEn : c.description}`,
    sections: [
      { text: t.helpCommand(`/${c.name} ${t.lang === 'en' ? c.usageEn : c.usage}`) },
      { title: t.examples, text: c.examples.map((e) => `/${e}`).join('\n') },
    ],
    tone: 'info',
  });
}

/**
 * A usage line with one example, for error replies: `/insats <kommun> … — t.ex. /insats Sävsjö`; with `kommun`
 * (the one the person typed, or the channel's) the example is for that kommun: `/insats Eksjö`.
 */
export function exampleOf(name: string, kommun: string | null = null): string {
  const c = commandByWord(name);
  if (!c) return '/hjalp';
  const example = `/${c.examples[0]}`;
  return kommun ? example.replace(EXAMPLE_KOMMUN, kommun) : example;
}

/** The kommuner the catalogue's examples are written for. */
const EXAMPLE_KOMMUN = /\b(?:Sävsjö|Tranås|Eksjö)(?![\wåäö])/u;
