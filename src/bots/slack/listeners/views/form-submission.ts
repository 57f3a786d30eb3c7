import type { ViewResponseAction } from '@slack/bolt';
import { TIMEOUT, withTimeout } from '../../../../runtime/timeout.ts';
import type { FormResult } from '../../../core/core.ts';
import { callErrorCode } from '../../api/errors.ts';
import { formSubmission, type ViewSubmissionPayload } from '../../parse/requests.ts';
import { renderReply } from '../../render/blocks.ts';
import { decodeMeta, formView, modalErrors, replyView } from '../../render/modal.ts';
import { slackTexts } from '../../render/texts.ts';
import { type SlackApi, sendDirect } from '../deliver.ts';
import type { ListenerDeps } from '../deps.ts';
import { pagedForms } from '../paged-forms.ts';
import { requestScope, withRequestId } from '../request-scope.ts';

export interface FormSubmissionArgs {
  readonly body: ViewSubmissionPayload;
  readonly ack: (response?: ViewResponseAction) => Promise<void>;
  readonly client: SlackApi;
  /** Bolt's context: the request's id, arrival time and logger (request-scope.ts). */
  readonly context?: unknown;
}

/**
 * A submitted form modal (`/rapportera`, `/statistik`, a free-text prompt answer). The values go to the chat core,
 * which stores them in one transaction or refuses them field by field. Within Slack's 3 seconds the answer goes
 * back in the ack: `response_action: errors` keeps the modal open with a message under each bad field, `update`
 * turns the modal into the confirmation. Should the core take longer, the modal closes at once and the outcome
 * (confirmation or errors) follows as a direct message — never a silent failure. A reply meant for the channel is
 * also posted in the channel the form was opened from. A form in pages (more than Slack's 100 blocks) saves each
 * page as it is submitted and shows the next in the same modal; the last page shows the confirmation.
 */
export function formSubmit(deps: ListenerDeps) {
  return async function formSubmissionListener({
    body,
    ack,
    client,
    context,
  }: FormSubmissionArgs): Promise<void> {
    const scope = requestScope(context, deps.logger);
    const log = scope.log.child({ view: body.view.callback_id });
    // Slack's 3 seconds began when the request arrived, not when Bolt got round to this listener.
    const started = scope.receivedAt;
    let acked = false;
    const ackOnce = async (response?: ViewResponseAction) => {
      if (acked) return;
      acked = true;
      await ack(response);
    };
    try {
      const lang = await deps.resolveLang(body.user.id, client);
      const parsed = formSubmission(body, lang);
      if (!parsed) return await ackOnce();
      const request = withRequestId(parsed, scope);
      const pending = deps.core.submitForm(request);
      const early = await withTimeout(pending, Math.max(0, deps.ackBudgetMs - (Date.now() - started)));
      const title = body.view.title?.text ?? 'Löftesbot';
      let result: FormResult;
      if (early === TIMEOUT) {
        await ackOnce();
        result = await pending;
        const t = slackTexts(langOf(result) ?? deps.defaultLang);
        if (result.ok) await sendDirect(client, body.user.id, result.reply, log);
        else await sendDirect(client, body.user.id, errorsReply(result.errors, t.formErrorsHeadline), log);
      } else if (!early.ok) {
        result = early;
        await ackOnce({ response_action: 'errors', errors: modalErrors(early.errors, body.view) });
      } else {
        result = early;
        const t = slackTexts(early.reply.lang ?? deps.defaultLang);
        // A form in pages: this page is saved; the next one replaces it (the last shows the confirmation).
        const meta = decodeMeta(body.view.private_metadata);
        const at = meta.page;
        const next = at && at.i + 1 < at.n ? pagedForms.page(at.k, at.i + 1) : null;
        const view =
          at && next
            ? formView(next, {
                ...(meta.channel ? { channel: meta.channel } : {}),
                page: { ...at, i: at.i + 1 },
              })
            : replyView(early.reply, title || t.formSavedTitle);
        await ackOnce({ response_action: 'update', view });
        if (at && next) return;
      }
      if (result.ok && result.reply.visibility === 'channel' && request.conversationId) {
        for (const part of renderReply(result.reply)) {
          await client.chat
            .postMessage({ channel: request.conversationId, text: part.text, blocks: part.blocks })
            .catch((e: unknown) =>
              log.warn({ error: callErrorCode(e) }, 'form result not posted in channel'),
            );
        }
      }
    } catch (e) {
      log.error({ err: (e as Error)?.message, error: callErrorCode(e) }, 'slack form submission failed');
      await ackOnce().catch(() => {});
    }
  };
}

/** The language the core answered a form in. */
function langOf(result: FormResult) {
  return result.ok ? result.reply.lang : result.lang;
}

/** Field errors as a reply, for when the modal has already closed. */
function errorsReply(errors: Readonly<Record<string, string>>, headline: string) {
  const text = Object.values(errors).join('\n');
  return {
    headline,
    sections: [{ text }],
    fallback: `${headline}\n${text}`,
    visibility: 'ephemeral' as const,
    tone: 'error' as const,
  };
}
