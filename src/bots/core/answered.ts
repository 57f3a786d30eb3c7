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
 */

/** A suggestion button's value: the event it corrects, the command text, and whether it is only a shortcut. */
export interface Suggestion {
  readonly e: string;
  readonly c: string;
  readonly s?: boolean;
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
  const answer = await run();
  // A refusal, or a new question in its place (the confirmation rule asking), stores nothing: this one stays open.
  if (answer.tone === 'error' || answer.tone === 'warning') return answer;
  const record = { by: session.actor.person, at: session.now, c: suggestion.c };
  if (!(await store.recordProcessedEvent(key, JSON.stringify(record), session.now))) {
    // Someone answered in the same moment: theirs stands; this run was the same command, stored once by its key.
    return alreadyAnswered(session, (await store.processedEvent(key)) ?? JSON.stringify(record));
  }
  return { ...answer, replaceOriginal: true };
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
