import { reply } from '../build.ts';
import { commandByWord } from '../commands.ts';
import type { GrammarError } from '../grammar/types.ts';
import { ACTION, OPEN_TO_ALL, type Reply, type ReplyButton } from '../reply.ts';
import { commandIn } from '../texts/command-words.ts';
import type { Texts } from '../texts/index.ts';
import { usageLines } from './help.ts';

/**
 * The replies to bad input that offer buttons: a kommun to choose, the admin commands with the nearest one, a
 * suggested command — each runs as the one who asked (answered.ts). errors.ts decides which applies.
 */

/** "Vilken kommun?" and its like: the example, and a button per kommun that runs the command there as the presser. */
export function kommunChoices(
  t: Texts,
  headline: string,
  shown: string,
  choices: readonly { readonly name: string; readonly text: string }[],
  ask: (text: string, label: string) => string,
): Reply {
  return reply({
    headline,
    sections: [{ text: `${t.example}: ${commandIn(t.lang, shown)}` }],
    buttons: choices.map((c, i) => ({
      actionId: `${ACTION.run}/${i}`,
      // The command checks its own permission when it runs.
      requires: OPEN_TO_ALL,
      label: c.name,
      value: ask(c.text, c.name),
    })),
    tone: 'warning',
  });
}

/**
 * `/lofte admin` alone or with a subcommand it does not know: the admin commands only, one a line (short lines read
 * on a phone), and "Menade du /lofte admin roller Sävsjö?" with a button for the nearest one.
 */
export function adminHelpReply(
  t: Texts,
  error: Extract<GrammarError, { error: 'unknown-admin' }>,
  ask: (text: string, label: string) => string,
): Reply {
  const lofte = commandByWord('lofte');
  const lines = lofte ? usageLines(t, lofte).filter((l) => / admin /.test(l)) : [];
  // The nearest subcommand in the reader's words: "Did you mean /lofte admin roles Sävsjö?" runs what it shows.
  const suggestion = error.suggestion ? commandIn(t.lang, error.suggestion) : null;
  const headline = suggestion
    ? t.didYouMean(suggestion)
    : error.word
      ? t.adminUnknown(error.word)
      : t.adminWhat;
  return reply({
    headline,
    sections: [{ text: t.help.usage(lines) }],
    buttons: runSuggested(suggestion, ask),
    tone: 'warning',
  });
}

/** The button that runs a suggested command as the asker ("Menade du /insats Sävsjö?" [/insats Sävsjö]), if any. */
export function runSuggested(
  suggestion: string | null | undefined,
  ask: (text: string, label: string) => string,
): ReplyButton[] {
  return suggestion
    ? [
        {
          actionId: `${ACTION.run}/0`,
          requires: OPEN_TO_ALL,
          label: suggestion,
          value: ask(suggestion, suggestion),
          style: 'primary',
        },
      ]
    : [];
}
