import type { RespondArguments, webApi } from '@slack/bolt';
import type { Logger } from '../../../domain/ports.ts';
import type { FormSpec, Reply } from '../../core/reply.ts';
import { callErrorCode } from '../api/errors.ts';
import { renderReply, type SlackMessage } from '../render/blocks.ts';
import { LIMITS } from '../render/limits.ts';
import { formPages, formView } from '../render/modal.ts';
import type { SlackTexts } from '../render/texts.ts';
import { pagedForms } from './paged-forms.ts';

/**
 * Getting a rendered reply to the person: in the HTTP response (ack), through the request's response_url
 * (respond, at most 5 times per request), or into a modal. Every listener uses these, so the rules live here once.
 */

/** Slack accepts this many posts to one response_url. */
export const RESPONSE_URL_USES = 5;

export type Respond = (message: RespondArguments) => Promise<unknown>;

/** A rendered message as a response_url / slash-command response body. */
export function responseOf(
  part: SlackMessage,
  visibility: Reply['visibility'],
  replaceOriginal = false,
): RespondArguments {
  return {
    response_type: visibility === 'channel' ? 'in_channel' : 'ephemeral',
    replace_original: replaceOriginal,
    text: part.text,
    blocks: part.blocks,
  };
}

/**
 * The messages of a reply that fit in `uses` posts. When a reply needs more, the last one that fits says how many
 * parts were left out and how to get everything (the report document): shortened in the open, never silently.
 */
export function fitParts(reply: Reply, uses: number, t: SlackTexts): SlackMessage[] {
  const whole = renderReply(reply);
  if (whole.length <= uses) return whole;
  // Render again with room for one more block per message: the note on the last part shown.
  const parts = renderReply(reply, { maxBlocks: LIMITS.blocksPerMessage - 1 });
  const kept = parts.slice(0, Math.max(1, uses));
  const last = kept[kept.length - 1];
  if (last) {
    const note = {
      type: 'context' as const,
      elements: [{ type: 'mrkdwn' as const, text: t.moreParts(kept.length, parts.length) }],
    };
    kept[kept.length - 1] = { text: last.text, blocks: [...last.blocks, note] };
  }
  return kept;
}

/** Posts every part through response_url; the first may replace the message whose button was pressed. */
export async function respondParts(
  respond: Respond,
  parts: readonly SlackMessage[],
  visibility: Reply['visibility'],
  replaceOriginal = false,
): Promise<void> {
  for (const [i, part] of parts.entries()) {
    await respond(responseOf(part, visibility, replaceOriginal && i === 0));
  }
}

/** The Web API calls the listeners make. */
export type SlackApi = webApi.WebClient;

export interface OpenFormOptions {
  readonly client: SlackApi;
  readonly triggerId: string;
  readonly form: FormSpec;
  /** The channel the form was opened from. */
  readonly channel?: string;
  /** Push onto an open modal instead of opening a new one. */
  readonly push?: boolean;
  readonly logger: Logger;
}

/** Opens (or pushes) the modal of a form; returns the Slack error code when Slack refused it. */
export async function openForm(options: OpenFormOptions): Promise<string | null> {
  // A form longer than one modal opens at its first page; each page's submit saves it and shows the next.
  const pages = formPages(options.form);
  const first = pages[0] ?? options.form;
  const page = pages.length > 1 ? { i: 0, n: pages.length, k: pagedForms.put(pages) } : undefined;
  const view = formView(first, {
    ...(options.channel ? { channel: options.channel } : {}),
    ...(page ? { page } : {}),
  });
  try {
    if (options.push) await options.client.views.push({ trigger_id: options.triggerId, view });
    else await options.client.views.open({ trigger_id: options.triggerId, view });
    return null;
  } catch (e) {
    const code = callErrorCode(e);
    options.logger.warn({ error: code, formId: options.form.formId }, 'slack modal could not be opened');
    return code;
  }
}

/** Sends a reply as direct messages to a person (when there is no response_url: App Home, late form results). */
export async function sendDirect(
  client: SlackApi,
  userId: string,
  reply: Reply,
  logger: Logger,
): Promise<void> {
  for (const part of renderReply(reply)) {
    try {
      await client.chat.postMessage({
        channel: userId,
        text: part.text,
        blocks: part.blocks,
        unfurl_links: false,
      });
    } catch (e) {
      logger.warn({ error: callErrorCode(e) }, 'slack direct message failed');
      return;
    }
  }
}
