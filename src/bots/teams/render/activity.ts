import type { Activity } from 'botbuilder';
import { notificationOf, type Reply } from '../../core/reply.ts';
import { withChannelCommands } from './channel-commands.ts';
import { type AdaptiveCard, CARD_CONTENT_TYPE } from './elements.ts';
import { type ReplyCardOptions, replyCard } from './reply-card.ts';

/** Teams refuses messages over about 28 KB; stay well under it. */
export const MAX_CARD_BYTES = 24_000;
/** A text message's limit, when even a shrunk card does not fit. */
const MAX_TEXT_CHARS = 20_000;

/** A message activity carrying one Adaptive Card, its plain-text fallback kept in the card. */
export function cardActivity(card: AdaptiveCard, summary?: string): Partial<Activity> {
  return {
    type: 'message',
    attachments: [{ contentType: CARD_CONTENT_TYPE, content: card }],
    ...(summary ? { summary } : {}),
  };
}

/**
 * The card for a Reply, shrunk when it is too large for Teams: tables are cut to fewer rows (with a note saying how
 * many are left out); if even that is too large the caller gets null and should send the text fallback.
 */
export function fittedCard(reply: Reply, options: ReplyCardOptions): AdaptiveCard | null {
  for (const maxTableRows of [undefined, 40, 15, 5]) {
    const card = replyCard(reply, { ...options, ...(maxTableRows ? { maxTableRows } : {}) });
    if (Buffer.byteLength(JSON.stringify(card)) <= MAX_CARD_BYTES) return card;
  }
  return null;
}

/**
 * A Reply as a Teams message: an Adaptive Card, or its plain-text fallback when no card can hold it. With
 * `options.commands` (a channel or group chat) its commands are written as the bot's @mention first.
 */
export function replyActivity(original: Reply, options: ReplyCardOptions): Partial<Activity> {
  const reply = options.commands ? withChannelCommands(original, options.commands) : original;
  const card = fittedCard(reply, options);
  if (card) return cardActivity(card, notificationOf(reply));
  const text =
    reply.fallback.length > MAX_TEXT_CHARS
      ? `${reply.fallback.slice(0, MAX_TEXT_CHARS)}\n${options.texts.truncated}`
      : reply.fallback;
  return { type: 'message', text, textFormat: 'plain' };
}
