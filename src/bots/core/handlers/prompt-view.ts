import { clipText } from '../../../domain/activity-name.ts';
import type { Prompt } from '../../../domain/ports.ts';
import { promptPermission } from '../../../domain/prompts.ts';
import { errorReply, reply } from '../build.ts';
import { ACTION, type ButtonRequirement, type Reply, type ReplyButton } from '../reply.ts';
import type { Session } from '../session.ts';
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

/**
 * A button of a message about an activity that is no longer in the kommun's agreement (a corrected agreement
 * imported again, `ångra import`, `ta bort`): said plainly, nothing stored. `activity` is the question's activity
 * text where the button knows it.
 */
export function activityGoneReply(t: Texts, kommun: string, activity: string | null): Reply {
  return reply({
    headline: t.activityGone(kommun),
    sections: [{ text: t.activityGoneText(activity === null ? null : clipText(activity, 80), kommun) }],
    tone: 'info',
  });
}

/**
 * A "Logga" or "Kommentar" button (value `<kommunkod>|<activityId>|…`) whose activity was not found: removed from
 * the kommun's agreement since the message was sent — or, when the value names no kommun, a form that has expired.
 */
export function goneOrExpired(session: Session, value: string): Reply {
  const kommun = session.deps.register.byCodeOrNull(value.split('|')[0] ?? '');
  return kommun
    ? activityGoneReply(session.t, kommun.name, null)
    : errorReply(session.t, session.t.formExpired);
}
