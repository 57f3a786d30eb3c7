import { clipText } from '../../../domain/activity-name.ts';
import {
  type AnswerResult,
  activityGone,
  answerPrompt,
  MAX_ANSWER_LENGTH,
  writtenStatus,
} from '../../../domain/prompts.ts';
import { proposalText, STATUS_PROMPT_KIND } from '../../../domain/status-prompts.ts';
import { localDay } from '../../../domain/tertial.ts';
import { errorReply, reply } from '../build.ts';
import { personalDataText } from '../personal-data-text.ts';
import { FORM, type Reply } from '../reply.ts';
import type { FormResult } from '../requests.ts';
import { kommunName, nameOf, type Session, sessionLog } from '../session.ts';
import { activityGoneReply, renderPromptReply } from './prompt-view.ts';

/**
 * Answers to prompts: a button (one of the prompt's options, or a status prompt's proposed text) or a free-text
 * form. Anyone with the right role may answer, at any later time; the answer records who gave it. A one-question
 * prompt's message is replaced by the answer; a status prompt (many activities, many recipients) is updated in
 * place everywhere it was sent, and the one who answered gets a short confirmation.
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

/** A status prompt's proposal, "Genomfört 20 trafikkontroller under tertialet." (value `<promptId>|<count>`). */
export async function acceptProposal(session: Session, value: string): Promise<Reply> {
  const { t } = session;
  const [promptId = '', countText = ''] = value.split('|');
  const prompt = await session.deps.store.prompt(promptId);
  const count = Number(countText);
  if (!prompt || prompt.year === null || !Number.isInteger(count)) return errorReply(t, t.promptMissing);
  const bundle = await session.deps.store.agreementForYear(prompt.municipalityCode, prompt.year);
  const activity = bundle?.activities.find((a) => a.id === prompt.activityId);
  if (!activity) return answered(session, { ok: false, error: 'activity-gone', prompt });
  const text = proposalText(activity, count);
  if (!text) return errorReply(t, t.promptMissing);
  return answered(
    session,
    await answerPrompt(session.deps, session.actor, session.grants, session.areas, promptId, text),
  );
}

/** The free-text answer form of a prompt. */
export async function openAnswerForm(session: Session, promptId: string): Promise<Reply> {
  const { t } = session;
  const prompt = await session.deps.store.prompt(promptId);
  if (!prompt) return errorReply(t, t.promptMissing);
  if (prompt.status !== 'open') return answered(session, { ok: false, error: 'already-answered', prompt });
  if (await activityGone(session.deps.store, prompt))
    return answered(session, { ok: false, error: 'activity-gone', prompt });
  const written = await writtenStatus(session.deps.store, prompt);
  if (written) return answered(session, { ok: false, error: 'has-status', prompt, status: written });
  const status = prompt.kind === STATUS_PROMPT_KIND;
  return reply({
    // What to type and an example; the question is in the message the button was pressed in.
    headline: t.writeOwnHeadline(status),
    form: {
      formId: FORM.promptAnswer,
      title: t.promptFormTitle,
      submitLabel: t.save,
      state: prompt.id,
      fields: [
        {
          id: 'answer',
          label: t.writeOwnLabel(status),
          hint: t.writeOwnHint(status),
          // A status text is a few sentences, as in /rapportera: room for them on a phone.
          multiline: true,
          maxLength: status ? 300 : MAX_ANSWER_LENGTH,
        },
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
    if (result.error === 'personal-number')
      return { ok: false, errors: { answer: personalDataText(t, values.answer) } };
  }
  return { ok: true, reply: await answered(session, result) };
}

async function answered(session: Session, result: AnswerResult): Promise<Reply> {
  const { t } = session;
  const prompt = 'prompt' in result ? result.prompt : null;
  const status = prompt?.kind === STATUS_PROMPT_KIND && prompt.year !== null && prompt.tertial !== null;
  if (status && (result.ok || result.error === 'already-answered' || result.error === 'has-status')) {
    // Every message that asks this tertial's prompts shows the answer now (also heals a missed earlier update).
    await refresh(session, prompt.municipalityCode, prompt.year as number, prompt.tertial as number);
  }
  if (result.ok) {
    if (!status) {
      const names = await session.deps.store.personNames([session.actor.person]);
      return renderPromptReply(result.prompt, t, names);
    }
    const label = t.windowTertial(result.prompt.tertial ?? 1, result.prompt.year ?? 0);
    return reply({
      headline: t.statusSaved(clipText(result.prompt.question, 80), label, result.prompt.answer ?? ''),
      tone: 'success',
    });
  }
  switch (result.error) {
    case 'not-found':
      return errorReply(t, t.promptMissing);
    case 'already-answered': {
      const by = result.prompt.answeredBy;
      const names = by ? await session.deps.store.personNames([by]) : new Map<string, string>();
      return reply({
        headline: t.promptAlreadyAnswered(by ? nameOf(names, by) : '?', result.prompt.answer ?? ''),
        tone: 'info',
      });
    }
    case 'has-status': {
      // Written another way (the form) since the question was put: that text stands; the copies now show it.
      const { status: written, prompt: asked } = result;
      const names = await session.deps.store.personNames([written.actor]);
      const day = t.day(localDay(written.createdAt, session.deps.zone)).replace(/ \d{4}$/, '');
      const label = t.windowTertial(asked.tertial ?? 1, asked.year ?? 0);
      return reply({
        headline: t.statusAlreadyWritten(
          clipText(asked.question, 80),
          label,
          nameOf(names, written.actor),
          day,
          written.text,
        ),
        sections: [{ text: t.statusChangeIt(kommunName(session, asked.municipalityCode)) }],
        tone: 'info',
      });
    }
    case 'forbidden':
      return errorReply(t, t.promptForbidden);
    case 'activity-gone':
      return activityGoneReply(
        t,
        kommunName(session, result.prompt.municipalityCode),
        result.prompt.question,
      );
    case 'empty':
      return errorReply(t, t.promptEmpty);
    case 'too-long':
      return errorReply(t, t.tooLong(MAX_ANSWER_LENGTH));
    case 'personal-number':
      return errorReply(t, t.personalNumber);
  }
}

async function refresh(session: Session, code: string, year: number, tertial: number): Promise<void> {
  const updates = session.deps.updates;
  if (!updates) return;
  try {
    await updates.tertialAnswered(code, year, tertial);
  } catch (e) {
    sessionLog(session).warn(
      { kommun: code, year, tertial, err: e instanceof Error ? e.message : String(e) },
      'could not update the messages of an answered prompt',
    );
  }
}
