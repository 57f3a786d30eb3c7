import type { types } from '@slack/bolt';
import { z } from 'zod';
import { LoftesbotError } from '../../../domain/errors.ts';
import { fieldText } from '../../../runtime/schema-problem.ts';
import type { FormField, FormSpec, Reply } from '../../core/reply.ts';
import { type Block, replyBlocks, textSections } from './blocks.ts';
import { LIMITS } from './limits.ts';
import { bold } from './mrkdwn.ts';
import { shorten } from './text-split.ts';

/**
 * The core's FormSpec as a Slack modal: one input block per field (block_id = field id, action_id `value`),
 * prefilled, optional where the form says so; the form id in `callback_id` (`form:<id>`) and the core's opaque
 * state plus the channel it was opened from in `private_metadata`.
 */

/** The action_id of every input in our modals. */
export const INPUT_ACTION = 'value';
/** The callback_id prefix of our form modals. */
export const FORM_CALLBACK = 'form:';

export interface FormMeta {
  /** The core's opaque form state. */
  readonly state: string;
  /** The channel the form was opened from (for posting a channel-wide confirmation), if any. */
  readonly channel?: string;
  /** A form too long for one modal: this page's index, the number of pages and the key of the kept pages. */
  readonly page?: FormPage;
}

export interface FormPage {
  readonly i: number;
  readonly n: number;
  readonly k: string;
}

/** private_metadata for a form: `{"s": state, "c": channel, "p": page}`; the channel is dropped before the state is. */
export function encodeMeta(meta: FormMeta): string {
  const page = meta.page ? { p: meta.page } : {};
  const full = JSON.stringify(
    meta.channel ? { s: meta.state, c: meta.channel, ...page } : { s: meta.state, ...page },
  );
  if (full.length <= LIMITS.privateMetadata) return full;
  const bare = JSON.stringify({ s: meta.state, ...page });
  if (bare.length <= LIMITS.privateMetadata) return bare;
  throw new LoftesbotError('E_INVARIANT', 'form state does not fit Slack private_metadata', {
    details: { length: meta.state.length },
  });
}

export function decodeMeta(text: string | undefined): FormMeta {
  try {
    const v = JSON.parse(text ?? '') as { s?: unknown; c?: unknown; p?: Partial<FormPage> };
    const p = v.p;
    const page =
      p && Number.isInteger(p.i) && Number.isInteger(p.n) && typeof p.k === 'string'
        ? { page: { i: Number(p.i), n: Number(p.n), k: p.k } }
        : {};
    return {
      state: typeof v.s === 'string' ? v.s : '',
      ...(typeof v.c === 'string' && v.c !== '' ? { channel: v.c } : {}),
      ...page,
    };
  } catch {
    return { state: '' };
  }
}

function inputElement(field: FormField): types.PlainTextInput | types.NumberInput | types.Datepicker {
  const initial = field.initial ?? '';
  if (field.kind === 'date') {
    return {
      type: 'datepicker',
      action_id: INPUT_ACTION,
      ...(/^\d{4}-\d{2}-\d{2}$/.test(initial) ? { initial_date: initial } : {}),
    };
  }
  if (field.kind === 'number') {
    return {
      type: 'number_input',
      action_id: INPUT_ACTION,
      is_decimal_allowed: false,
      min_value: '0',
      ...(/^\d+$/.test(initial.trim()) ? { initial_value: initial.trim() } : {}),
    };
  }
  const maxLength = Math.min(
    LIMITS.inputMaxLength,
    Math.max(field.maxLength ?? LIMITS.inputMaxLength, initial.length),
  );
  return {
    type: 'plain_text_input',
    action_id: INPUT_ACTION,
    multiline: field.multiline ?? false,
    max_length: maxLength,
    ...(initial !== '' && initial.length <= maxLength ? { initial_value: initial } : {}),
  };
}

/** The blocks of one field: its input, preceded by the full current text when that is too long to prefill. */
function fieldBlocks(field: FormField): Block[] {
  const out: Block[] = [];
  const initial = field.initial ?? '';
  if (field.kind !== 'number' && field.kind !== 'date' && initial.length > LIMITS.inputMaxLength) {
    out.push(...textSections(initial, `${bold(field.label)}\n`));
  }
  out.push({
    type: 'input',
    block_id: field.id,
    label: { type: 'plain_text', text: shorten(field.label, LIMITS.inputLabel), emoji: true },
    element: inputElement(field),
    optional: field.optional ?? false,
    ...(field.hint ? { hint: { type: 'plain_text', text: shorten(field.hint, LIMITS.inputHint) } } : {}),
  });
  return out;
}

/**
 * A form split into forms that each fit one modal (Slack refuses a view of more than 100 blocks): the fields in
 * order, as many per page as fit, each page a form of its own with the same id and state. One page when it fits.
 */
export function formPages(spec: FormSpec): FormSpec[] {
  const title = shorten(spec.title, LIMITS.viewTitle);
  const head = (title === spec.title.trim() ? 0 : textSections(spec.title).length) + 1;
  const room = LIMITS.blocksPerView - head;
  const pages: FormField[][] = [[]];
  let used = 0;
  for (const field of spec.fields) {
    const size = fieldBlocks(field).length;
    const current = pages[pages.length - 1] as FormField[];
    if (used + size > room && current.length > 0) {
      pages.push([field]);
      used = size;
    } else {
      current.push(field);
      used += size;
    }
  }
  return pages.length === 1 ? [spec] : pages.map((fields) => ({ ...spec, fields }));
}

/** The modal for a form. A title longer than Slack's 24 characters is shown in full as the first block. */
export function formView(spec: FormSpec, meta: Omit<FormMeta, 'state'> = {}): types.ModalView {
  const title = shorten(spec.title, LIMITS.viewTitle);
  const blocks: Block[] = title === spec.title.trim() ? [] : textSections(spec.title).map(boldSection);
  const page = meta.page;
  if (page) blocks.push({ type: 'context', elements: [{ type: 'mrkdwn', text: `${page.i + 1}/${page.n}` }] });
  for (const field of spec.fields) blocks.push(...fieldBlocks(field));
  const submit = page ? `${spec.submitLabel} (${page.i + 1}/${page.n})` : spec.submitLabel;
  return {
    type: 'modal',
    callback_id: `${FORM_CALLBACK}${spec.formId}`,
    title: { type: 'plain_text', text: title || 'Löftesbot', emoji: true },
    submit: { type: 'plain_text', text: shorten(submit, LIMITS.viewButton) || 'OK', emoji: true },
    private_metadata: encodeMeta({ state: spec.state, ...meta }),
    notify_on_close: false,
    blocks,
  };
}

function boldSection(block: Block): Block {
  if (block.type !== 'section' || !block.text) return block;
  return { ...block, text: { type: 'mrkdwn', text: `*${block.text.text.replace(/\*/g, '∗')}*` } };
}

/** A modal showing a reply (the confirmation after a submit), keeping the form's title. */
export function replyView(reply: Reply, title: string): types.ModalView {
  // Buttons stay: the confirmation of /rapportera offers Publicera right there (a press updates this view).
  const blocks = replyBlocks(reply);
  return {
    type: 'modal',
    title: { type: 'plain_text', text: shorten(title, LIMITS.viewTitle) || 'Löftesbot', emoji: true },
    close: { type: 'plain_text', text: 'OK', emoji: true },
    blocks: pageBlocks(blocks, LIMITS.blocksPerView),
  };
}

/** At most `max` blocks; when more, the last kept block says how many were left out (never silently). */
export function pageBlocks(blocks: Block[], max: number, more = (n: number) => `… +${n}`): Block[] {
  if (blocks.length <= max) return blocks;
  const kept = blocks.slice(0, max - 1);
  kept.push({ type: 'context', elements: [{ type: 'mrkdwn', text: more(blocks.length - kept.length) }] });
  return kept;
}

/** A submitted view's `state`: `values[blockId][actionId]`; anything unreadable counts as no values. */
const viewState = z
  .object({ values: z.record(z.string(), z.record(z.string(), z.unknown()).catch({})).catch({}) })
  .catch({ values: {} });
/** One input's `{ value }` as text (`''` when empty or missing). */
const inputValue = z
  .union([
    z
      .object({ type: z.literal('datepicker'), selected_date: fieldText })
      .transform((input) => input.selected_date),
    z.object({ value: fieldText }).transform((input) => input.value),
  ])
  .catch('');

/** The values of a submitted modal by field id (`''` for an empty input). */
export function formValues(state: unknown): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [blockId, actions] of Object.entries(viewState.parse(state).values)) {
    out[blockId] = inputValue.parse(actions[INPUT_ACTION]);
  }
  return out;
}

/**
 * The core's field errors as Slack's `response_action: errors` map. Errors for ids that are not inputs of this
 * view (a form-wide error) are put on the first input, so Slack accepts them and the person sees them.
 */
export function modalErrors(
  errors: Readonly<Record<string, string>>,
  view: { blocks?: unknown[] },
): Record<string, string> {
  const inputIds = (view.blocks ?? [])
    .filter((b): b is { type: string; block_id: string } => (b as { type?: unknown })?.type === 'input')
    .map((b) => b.block_id);
  const out: Record<string, string> = {};
  const stray: string[] = [];
  for (const [id, message] of Object.entries(errors)) {
    if (inputIds.includes(id)) out[id] = shorten(message, 500);
    else stray.push(message);
  }
  const first = inputIds[0];
  if (stray.length > 0 && first)
    out[first] = shorten([out[first], ...stray].filter(Boolean).join(' · '), 500);
  return out;
}
