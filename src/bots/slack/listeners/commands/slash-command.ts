import type { RespondArguments, SlashCommand } from '@slack/bolt';
import { TIMEOUT, withTimeout } from '../../../../runtime/timeout.ts';
import type { Reply } from '../../../core/reply.ts';
import { commandRequest } from '../../parse/requests.ts';
import { slackTexts } from '../../render/texts.ts';
import {
  fitParts,
  openForm,
  RESPONSE_URL_USES,
  type Respond,
  respondParts,
  responseOf,
  type SlackApi,
} from '../deliver.ts';
import type { ListenerDeps } from '../deps.ts';
import { requestScope, withRequestId } from '../request-scope.ts';
import { uploadDocuments } from './documents.ts';

/** What the listener uses of Bolt's arguments (tests pass fakes). */
export interface SlashCommandArgs {
  readonly command: SlashCommand;
  readonly ack: (body?: RespondArguments) => Promise<void>;
  readonly respond: Respond;
  readonly client: SlackApi;
  /** Bolt's context: the request's id, arrival time and logger (request-scope.ts). */
  readonly context?: unknown;
}

/**
 * Every slash command (`/insats`, `/status`, `/sammanfattning` …): the words go to the chat core, and the reply
 * comes back within Slack's 3 seconds. When the core answers within the ack budget the reply rides on the ack
 * (the HTTP response); otherwise the listener acks empty at once and answers through response_url when ready.
 * A reply with a form opens a modal on the command's trigger. Confirmations are ephemeral, summaries in channel —
 * the reply's `visibility` says which. A summary that refers to its report documents (`/sammanfattning …
 * dokument`) also uploads them.
 */
export function slashCommand(deps: ListenerDeps) {
  return async function slashCommandListener({
    command,
    ack,
    respond,
    client,
    context,
  }: SlashCommandArgs): Promise<void> {
    const scope = requestScope(context, deps.logger);
    // Slack's 3 seconds began when the request arrived, not when Bolt got round to this listener.
    const started = scope.receivedAt;
    let acked = false;
    const ackOnce = async (body?: Parameters<typeof ack>[0]) => {
      if (acked) return;
      acked = true;
      await ack(body);
    };
    // Built when something is logged (a form opened, a failure): most commands log nothing of their own.
    const log = () => scope.log.child({ command: command.command });
    try {
      const reported = await deps.resolveLang(command.user_id, client);
      const request = withRequestId(commandRequest(command, reported), scope);
      const pending = deps.core.handleCommand(request);
      const budget = Math.max(0, deps.ackBudgetMs - (Date.now() - started));
      const early = await withTimeout(pending, budget);
      let reply: Reply;
      if (early !== TIMEOUT && !early.form) {
        reply = early;
        const t = slackTexts(reply.lang ?? deps.defaultLang);
        // The ack carries the first message; response_url takes up to five more.
        const [first, ...rest] = fitParts(reply, RESPONSE_URL_USES + 1, t);
        await ackOnce(first ? responseOf(first, reply.visibility) : undefined);
        await respondParts(respond, rest, reply.visibility);
      } else {
        await ackOnce();
        reply = early === TIMEOUT ? await pending : early;
        const t = slackTexts(reply.lang ?? deps.defaultLang);
        if (reply.form) {
          const error = await openForm({
            client,
            triggerId: command.trigger_id,
            form: reply.form,
            channel: command.channel_id,
            logger: log(),
          });
          if (error) {
            await respond({
              response_type: 'ephemeral',
              text: error === 'expired_trigger_id' ? t.formExpired : t.formFailed,
            });
          }
        } else {
          await respondParts(respond, fitParts(reply, RESPONSE_URL_USES, t), reply.visibility);
        }
      }
      if (reply.documents) {
        const lang = reply.lang ?? deps.defaultLang;
        await uploadDocuments({
          deps,
          client,
          respond,
          channel: command.channel_id,
          built: await deps.core.reportDocuments(reply.documents, lang),
          lang,
        });
      }
    } catch (e) {
      log().error(
        { err: (e as Error)?.message, code: (e as { code?: unknown })?.code },
        'slack command failed',
      );
      await ackOnce();
    }
  };
}
