import { createHash } from 'node:crypto';
import type { ActionRequest, CommandRequest, FormSubmission } from '../../core/core.ts';
import type { Lang } from '../../core/reply.ts';
import { decodeMeta, FORM_CALLBACK, formValues } from '../render/modal.ts';
import { messageRefOf, personOf } from './address.ts';

/**
 * Slack payloads → chat core requests. Pure functions over the payload shapes Slack documents (the fixtures in
 * test/slack/fixtures are recorded, anonymised examples). The event id is what makes Slack's retries and a
 * person's double clicks land on the same stored result: it is derived only from fields that stay the same when
 * Slack redelivers a request, and for buttons from the message and button rather than from the click.
 */

const digest = (...parts: readonly string[]) =>
  createHash('sha256').update(parts.join('\u0000')).digest('hex').slice(0, 32);

/** The fields of a slash command payload we read. */
export interface SlashCommandPayload {
  readonly command: string;
  readonly text: string;
  readonly user_id: string;
  readonly channel_id: string;
  readonly trigger_id: string;
  readonly team_id?: string;
}

/**
 * Slack's escaped references in command text (with `should_escape`) back to words the core reads:
 * `<@U123|anna>` → `slack:U123`, `<#C123|tranas>` → `#tranas`, a link as typed (linkAsTyped); entities decoded.
 * Broadcasts such as `<!channel>` stay as written: they are a person's text, escaped again wherever echoed.
 */
export function unescapeCommandText(text: string): string {
  return text
    .replace(/<@([UW][A-Z0-9]+)(?:\|[^>]*)?>/g, (_m, id: string) => personOf(id))
    .replace(/<#([CG][A-Z0-9]+)(?:\|([^>]*))?>/g, (_m, id: string, name?: string) => (name ? `#${name}` : id))
    .replace(/<((?:https?|mailto):[^|>]+)(?:\|([^>]*))?>/g, (_m, url: string, label?: string) =>
      linkAsTyped(url, label),
    )
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&amp;/g, '&');
}

/**
 * A link as the person wrote it: Slack turns a typed `www.polisen.se` into `<http://www.polisen.se|www.polisen.se>`
 * and an address into `<mailto:…|…>`, so a label that is the address itself is what was typed. A link with other
 * words (a formatted link in a message) keeps both, `klicka här (https://…)`, so no address hides behind words.
 */
function linkAsTyped(url: string, label: string | undefined): string {
  if (!label || label === url) return url;
  const bare = url.replace(/^(?:https?:\/\/|mailto:)/, '');
  return label === bare || label.replace(/^https?:\/\//, '') === bare ? label : `${label} (${url})`;
}

/** A slash command as the core's CommandRequest: `/insats Sävsjö` with the event id of its trigger. */
export function commandRequest(payload: SlashCommandPayload, lang?: Lang): CommandRequest {
  const text = unescapeCommandText(payload.text ?? '').trim();
  return {
    eventId: `slack:cmd:${payload.trigger_id || digest(payload.user_id, payload.channel_id, payload.command, text)}`,
    platform: 'slack',
    person: personOf(payload.user_id),
    conversationId: payload.channel_id,
    text: text ? `${payload.command} ${text}` : payload.command,
    ...(lang ? { lang } : {}),
  };
}

/** The fields of a message.im or app_mention event we read. */
export interface TypedMessageEvent {
  readonly type: string;
  readonly user?: string;
  readonly text?: string;
  readonly channel: string;
  readonly ts: string;
  readonly channel_type?: string;
  readonly subtype?: string;
  readonly bot_id?: string;
  /** Set on a message written in a thread: the ts of the thread's first message. */
  readonly thread_ts?: string;
}

/**
 * A command written as a message to the bot (a direct message, or `@loftesbot insats Sävsjö` in a channel) as the
 * core's CommandRequest: the bot's own mention is dropped, Slack's escapes read as in a slash command, and the
 * leading `/` is optional, as in Teams (the text goes to the core as written). A mention with nothing after it asks for help. The event id is the message's
 * channel and ts, so a redelivered event lands on the same stored result.
 */
export function messageRequest(
  event: TypedMessageEvent,
  botUserId?: string,
  lang?: Lang,
): CommandRequest | null {
  if (!event.user || event.user === botUserId || event.bot_id) return null;
  const mention = botUserId
    ? new RegExp(`<@${botUserId}(?:\\|[^>]*)?>`, 'g')
    : /^\s*<@[UW][A-Z0-9]+(?:\|[^>]*)?>/;
  const words = unescapeCommandText((event.text ?? '').replace(mention, ' ')).trim();
  // As written: a reply that quotes the message ("Jag känner inte till ”3”") shows no `/` the person did not type.
  const text = words === '' ? '/hjalp' : words;
  return {
    eventId: `slack:msg:${event.channel}:${event.ts}`,
    platform: 'slack',
    person: personOf(event.user),
    conversationId: event.channel,
    text,
    ...(event.thread_ts ? { thread: messageRefOf(event.channel, event.thread_ts) } : {}),
    ...(lang ? { lang } : {}),
  };
}

/** The fields of a block_actions payload we read. */
export interface BlockActionsPayload {
  readonly user: { readonly id: string };
  readonly trigger_id?: string;
  readonly container?: {
    readonly type?: string;
    readonly channel_id?: string;
    readonly message_ts?: string;
    readonly view_id?: string;
    readonly is_ephemeral?: boolean;
  };
  readonly channel?: { readonly id: string };
  readonly message?: { readonly ts: string };
  readonly view?: { readonly id: string; readonly type?: string };
  readonly actions: readonly {
    readonly action_id: string;
    readonly value?: string;
    readonly action_ts?: string;
    readonly selected_option?: { readonly value?: string } | null;
  }[];
}

/** Where a button was pressed: a message (maybe ephemeral), a modal, or the App Home tab. */
export interface ActionSource {
  readonly kind: 'message' | 'modal' | 'home';
  readonly channel: string | null;
  readonly messageTs: string | null;
  readonly ephemeral: boolean;
  readonly viewId: string | null;
}

export function actionSource(body: BlockActionsPayload): ActionSource {
  const view = body.view;
  if (view) {
    return {
      kind: view.type === 'home' ? 'home' : 'modal',
      channel: null,
      messageTs: null,
      ephemeral: false,
      viewId: view.id,
    };
  }
  return {
    kind: 'message',
    channel: body.container?.channel_id ?? body.channel?.id ?? null,
    messageTs: body.container?.message_ts ?? body.message?.ts ?? null,
    ephemeral: body.container?.is_ephemeral === true,
    viewId: null,
  };
}

/**
 * A button press as the core's ActionRequest. The event id is the same for every press of the same button on the
 * same message by the same person — a double click, or Slack redelivering — so the core stores the effect once.
 */
export function actionRequest(body: BlockActionsPayload, lang?: Lang): ActionRequest | null {
  const action = body.actions[0];
  if (!action) return null;
  const value = action.value ?? action.selected_option?.value ?? '';
  const source = actionSource(body);
  const where =
    source.kind === 'message'
      ? `${source.channel ?? ''}|${source.messageTs ?? action.action_ts ?? body.trigger_id ?? ''}`
      : (source.viewId ?? '');
  return {
    eventId: `slack:act:${digest(where, action.action_id, value, body.user.id)}`,
    platform: 'slack',
    person: personOf(body.user.id),
    conversationId: source.channel ?? '',
    actionId: action.action_id,
    value,
    ...(where.replace('|', '') !== '' ? { messageRef: where } : {}),
    ...(lang ? { lang } : {}),
  };
}

/** The fields of a view_submission payload we read. */
export interface ViewSubmissionPayload {
  readonly user: { readonly id: string };
  readonly view: {
    readonly id: string;
    readonly callback_id: string;
    readonly private_metadata?: string;
    readonly state?: unknown;
    readonly title?: { readonly text: string };
    readonly blocks?: unknown[];
  };
}

/**
 * A modal submission as the core's FormSubmission, or null when the modal is not one of our forms. Submitting
 * the same values twice (a double click on Submit, a redelivery) gives the same event id; corrected values give
 * a new one, so a resubmission after a validation error is handled afresh.
 */
export function formSubmission(body: ViewSubmissionPayload, lang?: Lang): FormSubmission | null {
  const { view } = body;
  if (!view.callback_id.startsWith(FORM_CALLBACK)) return null;
  const meta = decodeMeta(view.private_metadata);
  const values = formValues(view.state);
  const canonical = JSON.stringify(Object.entries(values).sort(([a], [b]) => a.localeCompare(b)));
  return {
    eventId: `slack:form:${digest(view.id, canonical, body.user.id)}`,
    platform: 'slack',
    person: personOf(body.user.id),
    conversationId: meta.channel ?? '',
    formId: view.callback_id.slice(FORM_CALLBACK.length),
    state: meta.state,
    values,
    ...(lang ? { lang } : {}),
  };
}
