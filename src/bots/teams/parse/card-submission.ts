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

/** Reads a submission from an activity's `value`, or null when it is not one of ours. */
export function parseSubmission(value: unknown): CardSubmission | null {
  if (value === null || typeof value !== 'object' || Array.isArray(value)) return null;
  const v = value as Record<string, unknown>;
  if (typeof v.formId === 'string' && typeof v.state === 'string') {
    const values: Record<string, string> = {};
    for (const [key, raw] of Object.entries(v)) {
      if (!key.startsWith(FIELD_PREFIX)) continue;
      values[key.slice(FIELD_PREFIX.length)] =
        typeof raw === 'string'
          ? raw
          : typeof raw === 'number' || typeof raw === 'boolean'
            ? String(raw)
            : '';
    }
    return { kind: 'form', formId: v.formId, state: v.state, values };
  }
  if (typeof v.actionId === 'string' && v.actionId !== '') {
    return { kind: 'action', actionId: v.actionId, value: typeof v.value === 'string' ? v.value : '' };
  }
  return null;
}

/** The data of an `adaptiveCard/action` invoke (Action.Execute), or null. */
export function executeData(value: unknown): unknown {
  const action = (value as { action?: { type?: unknown; data?: unknown } } | null)?.action;
  return action && action.type === 'Action.Execute' ? (action.data ?? null) : null;
}
