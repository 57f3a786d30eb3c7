import type { FormResult } from './core.ts';
import { helpReply } from './handlers/help.ts';
import type { Reply } from './reply.ts';
import type { Session } from './session.ts';

/** Routes a command text to its handler. */
export async function dispatchCommand(session: Session, text: string): Promise<Reply> {
  const word = text.trim().split(/\s+/)[0] ?? '';
  return helpReply(session.t, word || null);
}

/** Routes a button press to its handler. */
export async function dispatchAction(session: Session, _actionId: string, _value: string): Promise<Reply> {
  return helpReply(session.t, null);
}

/** Routes a submitted form to its handler. */
export async function dispatchForm(
  session: Session,
  _formId: string,
  _state: string,
  _values: Readonly<Record<string, string>>,
): Promise<FormResult> {
  return { ok: true, reply: helpReply(session.t, null) };
}
