import type { Prompt } from '../../../domain/ports.ts';
import { promptPermission } from '../../../domain/prompts.ts';
import { reply } from '../build.ts';
import { ACTION, type ButtonRequirement, type Reply, type ReplyButton } from '../reply.ts';
import type { Texts } from '../texts/index.ts';

/** What answering a prompt needs: its permission for the kommun, or being its audience (mayAnswer). */
export function promptRequirement(prompt: Prompt): ButtonRequirement {
  return {
    permission: promptPermission(prompt),
    target: { type: 'kommun', code: prompt.municipalityCode },
    audience: prompt.audience,
  };
}

/**
 * The message that asks a prompt: the question, one button per option and a free-text button; once answered,
 * the same message shows who answered what (adapters replace the original with it).
 */
export function renderPromptReply(
  prompt: Prompt,
  t: Texts,
  names: ReadonlyMap<string, string> = new Map(),
): Reply {
  const about =
    prompt.year !== null && prompt.tertial !== null ? `T${prompt.tertial} ${prompt.year}` : undefined;
  if (prompt.status !== 'open') {
    return reply({
      headline: prompt.question,
      sections: [
        {
          text: t.promptAnswered(
            prompt.answeredBy ? (names.get(prompt.answeredBy) ?? prompt.answeredBy) : '?',
            prompt.answer ?? '',
          ),
        },
      ],
      visibility: 'channel',
      replaceOriginal: true,
      tone: 'success',
      ...(about ? { context: about } : {}),
    });
  }
  const requires = promptRequirement(prompt);
  const buttons: ReplyButton[] = prompt.options.map((option, i) => ({
    actionId: `${ACTION.promptAnswer}/${i}`,
    requires,
    label: option,
    value: `${prompt.id}|${i}`,
    ...(i === 0 ? { style: 'primary' as const } : {}),
  }));
  buttons.push({ actionId: ACTION.promptText, requires, label: t.promptTextButton, value: prompt.id });
  return reply({
    headline: prompt.question,
    sections: [],
    buttons,
    visibility: 'channel',
    tone: 'info',
    ...(about ? { context: about } : {}),
  });
}
