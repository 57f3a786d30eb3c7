import type { FormField, FormSpec } from '../../core/reply.ts';
import { type CardAction, type CardElement, submitAction, textBlock } from './elements.ts';
import type { TeamsTexts } from './texts.ts';

/**
 * A FormSpec as card inputs. Input ids are `f:<field id>` so they can never clash with the submit action's own
 * data (`formId`, `state`), which Teams merges with the input values into the message activity's `value`.
 */

export const FIELD_PREFIX = 'f:';

export function inputId(field: FormField): string {
  return `${FIELD_PREFIX}${field.id}`;
}

interface FormOptions {
  readonly texts: TeamsTexts;
  readonly formValues?: Readonly<Record<string, string>>;
  readonly formErrors?: Readonly<Record<string, string>>;
}

/**
 * The inputs of a form, each followed by its hint and, when the last submission was refused, its error. The card's
 * headline is already above them, so what would only repeat it is left out: the form's title when it is the headline
 * ("Påminn mig senare" twice), and a lone field's label when it is the headline, clipped (a status prompt's "Skriv
 * själv" asks the activity's text) — that field is labelled with the form's title instead ("Ditt svar").
 */
export function formInputs(form: FormSpec, headline: string, options: FormOptions): CardElement[] {
  const [only] = form.fields;
  const echoed = form.fields.length === 1 && only !== undefined && repeats(headline, only.label);
  const titled = echoed || repeats(headline, form.title);
  const out: CardElement[] = titled ? [] : [textBlock(form.title, { weight: 'Bolder', spacing: 'Medium' })];
  for (const field of form.fields) {
    const entered = options.formValues?.[field.id];
    const shown = echoed ? { ...field, label: form.title } : field;
    out.push(input(shown, entered ?? field.initial, options.texts));
    if (field.hint) out.push(textBlock(field.hint, { subtle: true, size: 'Small', spacing: 'None' }));
    const error = options.formErrors?.[field.id];
    if (error) out.push(textBlock(`⚠️ ${error}`, { color: 'Attention', size: 'Small', spacing: 'None' }));
  }
  return out;
}

/** True when `label` says what `headline` says: the same words, or the headline clipped ("…"). */
function repeats(headline: string, label: string): boolean {
  const h = headline.trim();
  const l = label.trim();
  if (l === h) return true;
  return l.endsWith('…') && l.length > 1 && h.startsWith(l.slice(0, -1).trimEnd());
}

function input(field: FormField, value: string | undefined, texts: TeamsTexts): CardElement {
  const common = {
    id: inputId(field),
    label: field.label,
    ...(field.optional ? {} : { isRequired: true, errorMessage: texts.required }),
  };
  if (field.kind === 'date') {
    return {
      type: 'Input.Date',
      ...common,
      ...(value && /^\d{4}-\d{2}-\d{2}$/.test(value) ? { value } : {}),
    };
  }
  if (field.kind === 'number') {
    const n = value === undefined || value.trim() === '' ? Number.NaN : Number(value);
    return { type: 'Input.Number', ...common, min: 0, ...(Number.isFinite(n) ? { value: n } : {}) };
  }
  return {
    type: 'Input.Text',
    ...common,
    ...(field.multiline ? { isMultiline: true } : {}),
    ...(field.maxLength ? { maxLength: field.maxLength } : {}),
    ...(value ? { value } : {}),
  };
}

/** Where the submit data carries the form's own description, to show the form again with errors. */
export const FORM_SPEC_KEY = 'form';

/** The form as carried in its submit data: enough to draw it again (initial values come back as the inputs). */
export interface EmbeddedForm {
  readonly headline: string;
  readonly title: string;
  readonly submitLabel: string;
  readonly fields: readonly FormField[];
}

/**
 * The form's submit button. Its data carries the form id, the core's opaque state and the form's description, so
 * a refused submission can redraw the same card with the errors (the bot keeps no copy of the cards it sent).
 */
export function formActions(form: FormSpec, headline: string): CardAction[] {
  const embedded: EmbeddedForm = {
    headline,
    title: form.title,
    submitLabel: form.submitLabel,
    fields: form.fields.map(({ initial: _initial, ...field }) => field),
  };
  return [
    submitAction(
      form.submitLabel,
      { formId: form.formId, state: form.state, [FORM_SPEC_KEY]: embedded },
      'positive',
    ),
  ];
}
