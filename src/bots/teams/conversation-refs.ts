import type { Activity, ConversationReference } from 'botbuilder';
import type { ConversationRef, Store } from '../../domain/ports.ts';

/**
 * Conversation references: the plain-JSON address botbuilder needs to post into a conversation later
 * (`continueConversationAsync`). We keep one per Teams conversation, saved when the bot is installed or spoken to,
 * rewritten only when something in it changed.
 */

/** A Teams channel message's conversation id carries the thread (`19:…@thread.tacv2;messageid=123`); drop it. */
export function baseConversationId(id: string): string {
  const i = id.indexOf(';messageid=');
  return i < 0 ? id : id.slice(0, i);
}

/** The conversation kind our store knows, from Teams' `conversationType` (`personal`, `channel`, `groupChat`). */
export function conversationKind(activity: Partial<Activity>): ConversationRef['kind'] {
  const type = activity.conversation?.conversationType;
  if (type === 'channel') return 'channel';
  if (type === 'groupChat') return 'groupChat';
  if (type === 'personal') return 'personal';
  return activity.conversation?.isGroup ? 'groupChat' : 'personal';
}

/** Our person id of the activity's sender: `teams:<AAD object id>` (the channel account id when a client has none). */
export function personOf(activity: Partial<Activity>): string | null {
  const from = activity.from;
  if (!from) return null;
  const id = from.aadObjectId ?? from.id;
  return id ? `teams:${id}` : null;
}

/**
 * The reference to store for the activity's conversation: channel, service URL, bot and the conversation without the
 * thread part, so that a proactive message starts a new post. A personal chat also keeps its user.
 * Returns null when the activity lacks what a reference needs.
 */
export function referenceOf(activity: Partial<Activity>): ConversationReference | null {
  const { conversation, recipient, serviceUrl, channelId, from } = activity;
  if (!conversation?.id || !recipient?.id || !serviceUrl || !channelId) return null;
  const kind = conversationKind(activity);
  const tenantId =
    conversation.tenantId ?? (activity.channelData as { tenant?: { id?: string } } | undefined)?.tenant?.id;
  const reference: ConversationReference = {
    channelId,
    serviceUrl,
    bot: { id: recipient.id, name: recipient.name ?? '' },
    conversation: {
      id: baseConversationId(conversation.id),
      isGroup: kind !== 'personal',
      conversationType: conversation.conversationType ?? kind,
      name: '',
      ...(tenantId ? { tenantId } : {}),
    },
  };
  if (kind === 'personal' && from?.id) {
    reference.user = {
      id: from.id,
      name: from.name ?? '',
      ...(from.aadObjectId ? { aadObjectId: from.aadObjectId } : {}),
    };
  }
  return reference;
}

/**
 * What the listeners do with conversation references: keep them (authenticated mode) or keep nothing (open mode,
 * where any caller on this machine could hand the bot an address to post to later).
 */
export interface ConversationKeeper {
  /** Saves or refreshes the activity's reference; true when it wrote. */
  capture(activity: Partial<Activity>, now: number): Promise<boolean>;
  /** The bot was removed or uninstalled: no more proactive messages to this conversation. */
  markDead(conversationId: string, reason: string, now: number): Promise<void>;
}

/** References kept in the store, for reminders and prompts later. */
export function storedConversations(
  store: Pick<Store, 'conversationRef' | 'saveConversationRef' | 'markConversationDead'>,
): ConversationKeeper {
  return {
    capture: (activity, now) => captureConversation(store, activity, now),
    markDead: (conversationId, reason, now) =>
      store.markConversationDead('teams', conversationId, reason, now),
  };
}

/** Open mode: nothing is kept, so nothing is ever sent later; replies within the turn still go out. */
export const keepNoConversations: ConversationKeeper = {
  capture: async () => false,
  markDead: async () => {},
};

/**
 * Saves the activity's conversation reference when it is new, changed, or was marked dead (a conversation that
 * speaks to us again is alive). Returns true when it wrote.
 */
export async function captureConversation(
  store: Pick<Store, 'conversationRef' | 'saveConversationRef'>,
  activity: Partial<Activity>,
  now: number,
): Promise<boolean> {
  const reference = referenceOf(activity);
  if (!reference) return false;
  const kind = conversationKind(activity);
  const person = kind === 'personal' ? personOf(activity) : null;
  const json = JSON.stringify(reference);
  const conversationId = reference.conversation.id;
  const existing = await store.conversationRef('teams', conversationId);
  if (existing && !existing.dead && existing.reference === json && existing.person === person) return false;
  await store.saveConversationRef({
    platform: 'teams',
    conversationId,
    kind,
    person,
    reference: json,
    dead: false,
    deadReason: null,
    updatedAt: now,
  });
  return true;
}
