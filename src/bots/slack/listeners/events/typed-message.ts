import { suggestionValue } from '../../../core/answered.ts';
import { ACTION, type Reply } from '../../../core/reply.ts';
import { callErrorCode } from '../../api/errors.ts';
import { messageRequest, type TypedMessageEvent } from '../../parse/requests.ts';
import { renderReply } from '../../render/blocks.ts';
import { slackTexts } from '../../render/texts.ts';
import type { SlackApi } from '../deliver.ts';
import type { ListenerDeps } from '../deps.ts';
import { requestScope, withRequestId } from '../request-scope.ts';

export interface TypedMessageArgs {
  readonly event: TypedMessageEvent & { readonly thread_ts?: string };
  readonly client: SlackApi;
  readonly context: { readonly botUserId?: string };
}

/** Messages already answered by this process (channel:ts): a redelivered event is not answered twice. */
const ANSWERED_KEEP_MS = 60 * 60 * 1000;

/**
 * A command written as a message: in the bot's Messages tab (`message.im`, scope `im:history`) or as
 * `@loftesbot insats Sävsjö` in a channel (`app_mention`, scope `app_mentions:read`). The words go to the chat
 * core like a slash command's; the reply is posted into the direct message, or in the channel ephemerally to the
 * person (a summary in the channel's thread); a message written in a thread is answered in that thread. A form
 * cannot open without a click, so a reply with a form becomes a button that opens it. Other messages (edits,
 * bots, file shares, threads in channels) are not commands.
 */
export function typedMessage(deps: ListenerDeps) {
  const answered = new Map<string, number>();
  return async function typedMessageListener({ event, client, context }: TypedMessageArgs): Promise<void> {
    const direct = event.type === 'message';
    if (direct && (event.channel_type !== 'im' || event.subtype !== undefined)) return;
    const key = `${event.channel}:${event.ts}`;
    const now = Date.now();
    if (answered.has(key)) return;
    for (const [k, at] of answered) if (now - at > ANSWERED_KEEP_MS) answered.delete(k);
    answered.set(key, now);
    const scope = requestScope(context, deps.logger);
    try {
      const lang = event.user ? await deps.resolveLang(event.user, client) : undefined;
      const parsed = messageRequest(event, context.botUserId, lang);
      if (!parsed) return;
      const request = withRequestId(parsed, scope);
      const core = await deps.core.handleCommand(request);
      const reply = core.form ? formButton(core, request.eventId, request.text, request.person) : core;
      // Written in a thread, answered in that thread.
      const thread = event.thread_ts ? { thread_ts: event.thread_ts } : {};
      for (const part of renderReply(reply)) {
        const message = { channel: event.channel, text: part.text, blocks: part.blocks, unfurl_links: false };
        if (direct) await client.chat.postMessage({ ...message, ...thread });
        else if (reply.visibility === 'channel')
          await client.chat.postMessage({ ...message, thread_ts: event.thread_ts ?? event.ts });
        else await client.chat.postEphemeral({ ...message, ...thread, user: event.user ?? '' });
      }
    } catch (e) {
      answered.delete(key);
      scope.log.warn({ error: callErrorCode(e) }, 'slack message command not answered');
    }
  };
}

/** A reply whose form needs a click to open (Slack opens a modal only on a trigger): one button that opens it. */
function formButton(core: Reply, eventId: string, command: string, person: string): Reply {
  const t = slackTexts(core.lang ?? 'sv');
  const title = core.form?.title ?? '';
  return {
    headline: t.formButtonHeadline(title),
    sections: [],
    fallback: t.formButtonHeadline(title),
    visibility: 'ephemeral',
    tone: 'info',
    ...(core.lang ? { lang: core.lang } : {}),
    buttons: [
      {
        actionId: `${ACTION.run}/form`,
        requires: { permission: null },
        label: t.formButton,
        style: 'primary',
        value: suggestionValue(eventId, command, { asker: person, label: t.formButton }),
      },
    ],
  };
}
