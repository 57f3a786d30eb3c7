import { commandByWord } from './commands.ts';
import { ACTION, actionNameOf, FORM } from './reply.ts';

/**
 * The `command` label of the commands counter, from the core's own lists only, so its values stay few and the
 * same on every platform: a canonical command name or `unknown`; `action:<name>`; `form:<id>`.
 */

const ACTIONS: ReadonlySet<string> = new Set(Object.values(ACTION));
const FORMS: ReadonlySet<string> = new Set(Object.values(FORM));

/** `/insats Sävsjö` → `insats`; `help` → `hjalp`; anything else → `unknown`. */
export function commandLabel(text: string): string {
  const word = text.trim().replace(/^\//, '').split(/\s+/)[0] ?? '';
  return commandByWord(word)?.name ?? 'unknown';
}

/** `prompt:answer/2` → `action:prompt:answer`; an action the core does not hand out → `action:unknown`. */
export function actionLabel(actionId: string): string {
  const name = actionNameOf(actionId);
  return `action:${ACTIONS.has(name) ? name : 'unknown'}`;
}

/** `report` → `form:report`; a form the core does not hand out → `form:unknown`. */
export function formLabel(formId: string): string {
  return `form:${FORMS.has(formId) ? formId : 'unknown'}`;
}
