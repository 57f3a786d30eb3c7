import { type AnswerResult, answerPrompt, MAX_ANSWER_LENGTH } from '../../../domain/prompts.ts';
import { clip, errorReply, reply } from '../build.ts';
import { FORM, type Reply } from '../reply.ts';
import type { FormResult } from '../requests.ts';
import type { Session } from '../session.ts';
import { renderPromptReply } from './prompt-view.ts';

/**
 * Answers to prompts: a button (one of the prompt's options) or a free-text form. Anyone with the right role may
 * answer, at any later time; the answer records who gave it and replaces the question in the conversation.
 */

export async function answerWithOption(session: Session, value: string): Promise<Reply> {
  const { t } = session;
  const bar = value.lastIndexOf('|');
  const promptId = bar < 0 ? value : value.slice(0, bar);
  const prompt = await session.deps.store.prompt(promptId);
  if (!prompt) return errorReply(t, t.promptMissing);
  const option = prompt.options[Number(value.slice(bar + 1))];
  if (bar < 0 || option === undefined) return errorReply(t, t.promptMissing);
  return answered(
    session,
    await answerPrompt(session.deps, session.actor, session.grants, session.areas, promptId, option),
  );
}

/** The free-text answer form of a prompt. */
export async function openAnswerForm(session: Session, promptId: string): Promise<Reply> {
  const { t } = session;
  const prompt = await session.deps.store.prompt(promptId);
  if (!prompt) return errorReply(t, t.promptMissing);
  if (prompt.status !== 'open') return answered(session, { ok: false, error: 'already-answered', prompt });
  return reply({
    headline: prompt.question,
    form: {
      formId: FORM.promptAnswer,
      title: t.promptFormTitle,
      submitLabel: t.save,
      state: prompt.id,
      fields: [
        { id: 'answer', label: clip(prompt.question, 150), multiline: true, maxLength: MAX_ANSWER_LENGTH },
      ],
    },
  });
}

export async function submitAnswer(
  session: Session,
  promptId: string,
  values: Readonly<Record<string, string>>,
): Promise<FormResult> {
  const { t } = session;
  const result = await answerPrompt(
    session.deps,
    session.actor,
    session.grants,
    session.areas,
    promptId,
    values.answer ?? '',
  );
  if (!result.ok) {
    if (result.error === 'empty') return { ok: false, errors: { answer: t.promptEmpty } };
    if (result.error === 'too-long') return { ok: false, errors: { answer: t.tooLong(MAX_ANSWER_LENGTH) } };
    if (result.error === 'personal-number') return { ok: false, errors: { answer: t.personalNumber } };
  }
  return { ok: true, reply: answered(session, result) };
}

function answered(session: Session, result: AnswerResult): Reply {
  const { t } = session;
  if (result.ok) return renderPromptReply(result.prompt, t);
  switch (result.error) {
    case 'not-found':
      return errorReply(t, t.promptMissing);
    case 'already-answered':
      return reply({
        headline: t.promptAlreadyAnswered(result.prompt.answeredBy ?? '?', result.prompt.answer ?? ''),
        tone: 'info',
      });
    case 'forbidden':
      return errorReply(t, t.promptForbidden);
    case 'empty':
      return errorReply(t, t.promptEmpty);
    case 'too-long':
      return errorReply(t, t.tooLong(MAX_ANSWER_LENGTH));
    case 'personal-number':
      return errorReply(t, t.personalNumber);
  }
}
