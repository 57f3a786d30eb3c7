import { STORED_REPLY_DAYS, STORED_REPLY_MS } from '../../domain/retention.ts';
import { localDay } from '../../domain/tertial.ts';
import { reply } from './build.ts';
import type { Reply } from './reply.ts';
import { nameOf, type Session } from './session.ts';

/**
 * A question in a message — "Menade du Sävsjö?", "Menade du /insats?", the confirmation rule's "Menar du 7 dec
 * 2025?", a meeting's cancel confirmation or Ångra, a meeting reminder's move buttons — is answered once. The first
 * press that is not refused runs its command, is recorded for the message, and its reply replaces the message in
 * place (`replaceOriginal`: Slack chat.update or response_url `replace_original`, Teams updateActivity), so no live
 * button is left behind. Any later press of a button of that message, by anyone, changes nothing and is told who
 * answered what and when. A refused answer (an error or warning reply) stores nothing and leaves the question open.
 * A question put to the person who typed the command ("Menade du Sävsjö?" after their `/insats Savsjo`) is theirs:
 * its command runs as the one who presses, so a press by anyone else is refused and the question stays open.
 */

/** A suggestion button's value. */
export interface Suggestion {
  /** The event it answers (the question's own key). */
  readonly e: string;
  /** The command text the button runs. */
  readonly c: string;
  /** Only a shortcut: runs its command and leaves the message as it is. */
  readonly s?: boolean;
  /** The person the question was put to: only they may answer it. */
  readonly u?: string;
  /** The button's label, as the answer is told later ("Redan besvarat av Anna 6 dec: Ja, 2 sep 2026"). */
  readonly l?: string;
  /** When the question was asked (ms): after the retention window its answer is no longer kept, so it is too old. */
  readonly t?: number;
}

/**
 * The value of a suggestion button that runs `command`; see `Suggestion` for the options. A question put in a reply
 * to a person passes `asked` (the session's `now`) as it is built, so a press after the retention window is told the
 * question is too old; shortcuts, which run as often as pressed, and a reminder's buttons leave it out.
 */
export function suggestionValue(
  eventId: string,
  command: string,
  options: {
    readonly shortcut?: boolean;
    readonly asker?: string;
    readonly label?: string;
    readonly asked?: number;
  } = {},
): string {
  return JSON.stringify({
    e: eventId,
    c: command,
    ...(options.shortcut ? { s: 1 } : {}),
    ...(options.asker ? { u: options.asker } : {}),
    ...(options.label ? { l: options.label } : {}),
    ...(options.asked !== undefined ? { t: options.asked } : {}),
  });
}

/** The value of a pressed suggestion button, or null when it is not one (a forged or mangled press). */
export function parseSuggestion(value: string): Suggestion | null {
  try {
    const v = JSON.parse(value) as Record<string, unknown>;
    if (typeof v.e !== 'string' || typeof v.c !== 'string') return null;
    return {
      e: v.e,
      c: v.c,
      ...(v.s ? { s: true } : {}),
      ...(typeof v.u === 'string' ? { u: v.u } : {}),
      ...(typeof v.l === 'string' ? { l: v.l } : {}),
      ...(typeof v.t === 'number' ? { t: v.t } : {}),
    };
  } catch {
    return null;
  }
}

export async function answerOnce(
  session: Session,
  suggestion: Suggestion,
  run: () => Promise<Reply>,
): Promise<Reply> {
  if (suggestion.s) return run();
  const { store } = session.deps;
  const { platform, conversationId, messageRef } = session.request as typeof session.request & {
    readonly messageRef?: string;
  };
  const key = `answered:${platform}:${messageRef ?? `${conversationId}|${suggestion.e}`}`;
  const prior = await store.processedEvent(key);
  if (prior) return alreadyAnswered(session, prior);
  // Its answer, if any, is kept only for the retention window: an older question could run twice, so it is retyped.
  if (suggestion.t !== undefined && session.now - suggestion.t > STORED_REPLY_MS)
    return reply({
      headline: session.t.followup.questionTooOld,
      sections: [
        { text: session.t.followup.questionTooOldText(STORED_REPLY_DAYS, typeable(suggestion.c, session)) },
      ],
      tone: 'warning',
      replaceOriginal: true,
    });
  if (suggestion.u && suggestion.u !== session.actor.person)
    return notYours(session, suggestion.u, suggestion.c);
  const answer = await run();
  // A refusal, or a new question (the confirmation rule asking), stores nothing. A refusal leaves this question open;
  // a new question, which carries this one's answer (the day pressed), takes its place, so one question is live.
  if (answer.tone === 'warning' && (answer.buttons?.length ?? 0) > 0)
    return { ...answer, replaceOriginal: true };
  if (answer.tone === 'error' || answer.tone === 'warning') return answer;
  const record = { by: session.actor.person, at: session.now, c: suggestion.l ?? suggestion.c };
  if (!(await store.recordProcessedEvent(key, JSON.stringify(record), session.now))) {
    // Someone answered in the same moment: theirs stands; this run was the same command, stored once by its key.
    return alreadyAnswered(session, (await store.processedEvent(key)) ?? JSON.stringify(record));
  }
  return { ...answer, replaceOriginal: true };
}

/** "Frågan ställdes till Kalle …": the question stays open for them; nothing is stored. */
async function notYours(session: Session, asker: string, command: string): Promise<Reply> {
  const names = await session.deps.store.personNames([asker]);
  return reply({
    headline: session.t.followup.notYourQuestion(nameOf(names, asker)),
    sections: [{ text: session.t.followup.notYourQuestionText(typeable(command, session)) }],
    tone: 'warning',
  });
}

/**
 * The command as a person would type it: a button's `@<day>` (the day the line was written, grammar/log-words.ts)
 * is left out when that day is today, where it changes nothing; an earlier day stays, as it does change the reading.
 */
function typeable(command: string, session: Session): string {
  const today = localDay(session.now, session.deps.zone);
  return command.replace(/ @(\d{4}-\d{2}-\d{2})(?= |$)/, (pin, day: string) => (day === today ? '' : pin));
}

async function alreadyAnswered(session: Session, stored: string): Promise<Reply> {
  const { t } = session;
  const prior = JSON.parse(stored) as { by?: string; at?: number; c?: string };
  const by = prior.by ?? '?';
  const names = await session.deps.store.personNames([by]);
  const day = t.series.shortDay(localDay(prior.at ?? session.now, session.deps.zone));
  return reply({
    headline: t.followup.questionAnswered(nameOf(names, by), day, prior.c ?? ''),
    tone: 'info',
  });
}
