import { ACTION, actionNameOf, type Reply } from '../../../core/reply.ts';
import { callErrorCode } from '../../api/errors.ts';
import {
  type ActionSource,
  actionRequest,
  actionSource,
  type BlockActionsPayload,
} from '../../parse/requests.ts';
import { replyView } from '../../render/modal.ts';
import { slackTexts } from '../../render/texts.ts';
import {
  fitParts,
  openForm,
  RESPONSE_URL_USES,
  type Respond,
  respondParts,
  type SlackApi,
  sendDirect,
} from '../deliver.ts';
import type { ListenerDeps } from '../deps.ts';
import { requestScope, withRequestId } from '../request-scope.ts';

export interface ButtonPressArgs {
  readonly body: BlockActionsPayload & { readonly trigger_id: string };
  readonly ack: () => Promise<void>;
  readonly respond: Respond;
  readonly client: SlackApi;
  /** Bolt's context: the request's id, arrival time and logger (request-scope.ts). */
  readonly context?: unknown;
}

/**
 * Every button of our messages, modals and App Home (Ångra, prompt answers, "open the form", suggestions): ack at
 * once, hand the button's action id and value to the chat core, then show its reply where the button was:
 * - a reply with a form opens a modal (pushed onto the modal the button was in); when Slack refuses it (the click's
 *   trigger lived 3 seconds) the person is told so under the message, or by direct message from App Home or a modal;
 * - `replaceOriginal` updates the pressed message: chat.update for a message the bot posted in a channel (a prompt
 *   shows its answer and who gave it), response_url for an ephemeral one (Ångra on a confirmation);
 * - otherwise the reply is posted as a new message (ephemeral or in channel) through response_url;
 * - in a modal the view is updated to the reply, on App Home it comes as a direct message.
 * A link button (a report download, the dashboard) only opens its address: its click is acknowledged and ignored.
 */
export function buttonPress(deps: ListenerDeps) {
  return async function buttonPressListener({
    body,
    ack,
    respond,
    client,
    context,
  }: ButtonPressArgs): Promise<void> {
    await ack();
    const actionId = body.actions[0]?.action_id ?? '';
    // A link button opens its address in the browser; Slack reports the click too, and there is nothing to do.
    if (actionNameOf(actionId) === ACTION.link) return;
    const scope = requestScope(context, deps.logger);
    const log = scope.log.child({ action: actionId });
    try {
      const lang = await deps.resolveLang(body.user.id, client);
      const parsed = actionRequest(body, lang);
      if (!parsed) return;
      const request = withRequestId(parsed, scope);
      const reply = await deps.core.handleAction(request);
      const source = actionSource(body);
      const t = slackTexts(reply.lang ?? deps.defaultLang);
      if (reply.form) {
        const error = await openForm({
          client,
          triggerId: body.trigger_id,
          form: reply.form,
          ...(source.channel ? { channel: source.channel } : {}),
          push: source.kind === 'modal',
          logger: log,
        });
        if (error) {
          const text = error === 'expired_trigger_id' ? t.formExpiredPress : t.formFailed;
          // In a message the answer goes under it; the App Home and a modal have no response_url: a direct message.
          if (source.kind === 'message') {
            await respond({ response_type: 'ephemeral', replace_original: false, text });
          } else {
            await client.chat.postMessage({ channel: body.user.id, text, unfurl_links: false });
          }
        }
        return;
      }
      await showReply(reply, source, { body, respond, client, deps, t });
    } catch (e) {
      log.error({ err: (e as Error)?.message, error: callErrorCode(e) }, 'slack button failed');
    }
  };
}

async function showReply(
  reply: Reply,
  source: ActionSource,
  ctx: {
    body: ButtonPressArgs['body'];
    respond: Respond;
    client: SlackApi;
    deps: ListenerDeps;
    t: ReturnType<typeof slackTexts>;
  },
): Promise<void> {
  const { client, respond, deps } = ctx;
  if (source.kind === 'modal' && source.viewId) {
    const title = (ctx.body.view as { title?: { text?: string } } | undefined)?.title?.text ?? 'Löftesbot';
    await client.views.update({ view_id: source.viewId, view: replyView(reply, title) });
    return;
  }
  if (source.kind === 'home') {
    await sendDirect(client, ctx.body.user.id, reply, deps.logger);
    return;
  }
  const parts = fitParts(reply, RESPONSE_URL_USES, ctx.t);
  if (reply.replaceOriginal && !source.ephemeral && source.channel && source.messageTs) {
    const [first, ...rest] = parts;
    let updated = false;
    try {
      if (first) {
        await client.chat.update({
          channel: source.channel,
          ts: source.messageTs,
          text: first.text,
          blocks: first.blocks,
        });
      }
      updated = true;
    } catch (e) {
      deps.logger.warn({ error: callErrorCode(e) }, 'chat.update failed; replacing through response_url');
    }
    if (updated) {
      await respondParts(respond, rest, reply.visibility);
      return;
    }
  }
  await respondParts(respond, parts, reply.visibility, reply.replaceOriginal === true);
}
