import { errorReply } from './build.ts';
import { openCommentForm, submitComment } from './handlers/comment.ts';
import { helpReply } from './handlers/help.ts';
import { openLogForm, submitLogForm } from './handlers/log-form.ts';
import { handleSnooze, openSnoozeForm, submitSnooze } from './handlers/snooze.ts';
import { ACTION, FORM, type Reply } from './reply.ts';
import type { FormResult } from './requests.ts';
import type { Session } from './session.ts';

/**
 * The buttons and forms of prompt messages besides the answers themselves: "Logga insats" and "Kommentar till
 * samordnaren" on a count prompt, "Påminn mig senare" on any prompt. Routed from dispatch.ts after the press was
 * checked (press.ts); `remember` stores the reply of a write under its event id.
 */
export async function promptAction(
  session: Session,
  name: string,
  value: string,
  remember: (reply: Reply) => Promise<Reply>,
): Promise<Reply> {
  switch (name) {
    case ACTION.logOpen:
      return openLogForm(session, value);
    case ACTION.commentOpen:
      return openCommentForm(session, value);
    case ACTION.snooze:
      return remember(await handleSnooze(session, value));
    case ACTION.snoozeDay:
      return openSnoozeForm(session, value);
    default:
      return helpReply(session.t, null);
  }
}

/** The forms those buttons open; any other form id has expired. */
export async function promptForm(
  session: Session,
  formId: string,
  state: string,
  values: Readonly<Record<string, string>>,
): Promise<FormResult> {
  if (formId === FORM.log) return submitLogForm(session, state, values);
  if (formId === FORM.comment) return submitComment(session, state, values);
  if (formId === FORM.snooze) return submitSnooze(session, state, values);
  return { ok: true, reply: errorReply(session.t, session.t.formExpired) };
}
