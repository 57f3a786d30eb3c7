import { z } from 'zod';
import { fieldText } from '../../../runtime/schema-problem.ts';
import { FIELD_PREFIX } from '../render/form.ts';

/**
 * What a card's Action.Submit posted back. Teams delivers it as a message activity with no text and the action's
 * `data` (merged with the card's input values) as `value`; an Action.Execute arrives as an `adaptiveCard/action`
 * invoke with the same data under `value.action.data`.
 */
export type CardSubmission =
  | { readonly kind: 'action'; readonly actionId: string; readonly value: string }
  | {
      readonly kind: 'form';
      readonly formId: string;
      readonly state: string;
      readonly values: Readonly<Record<string, string>>;
    };

/** An Action.Submit of a form card: its id and state, plus the `f:`-prefixed input values. */
const formSubmission = z.looseObject({ formId: z.string(), state: z.string() });
/** An Action.Submit of a button: its action id and value. */
const actionSubmission = z.looseObject({ actionId: z.string().min(1), value: z.string().catch('') });
/** An `adaptiveCard/action` invoke's value. */
const executeInvoke = z.object({
  action: z.object({ type: z.literal('Action.Execute'), data: z.unknown() }),
});

/** Reads a submission from an activity's `value`, or null when it is not one of ours. */
export function parseSubmission(value: unknown): CardSubmission | null {
  const form = formSubmission.safeParse(value);
  if (form.success) {
    const values: Record<string, string> = {};
    for (const [key, raw] of Object.entries(form.data)) {
      if (key.startsWith(FIELD_PREFIX)) values[key.slice(FIELD_PREFIX.length)] = fieldText.parse(raw);
    }
    return { kind: 'form', formId: form.data.formId, state: form.data.state, values };
  }
  const action = actionSubmission.safeParse(value);
  return action.success ? { kind: 'action', actionId: action.data.actionId, value: action.data.value } : null;
}

/** The data of an `adaptiveCard/action` invoke (Action.Execute), or null. */
export function executeData(value: unknown): unknown {
  const invoke = executeInvoke.safeParse(value);
  return invoke.success ? (invoke.data.action.data ?? null) : null;
}
