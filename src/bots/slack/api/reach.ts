import type { Logger } from '../../../domain/ports.ts';
import type { ConversationReach } from '../../core/requests.ts';
import { callErrorCode } from './errors.ts';

/** The one Web API method the reach check calls (conversations.info: scopes channels:read, groups:read, im:read, mpim:read). */
export interface ConversationsInfoApi {
  conversations: {
    info(args: { channel: string }): Promise<{
      channel?: {
        readonly is_member?: boolean;
        readonly is_im?: boolean;
        readonly is_private?: boolean;
        readonly is_archived?: boolean;
      };
    }>;
  };
}

/** Slack's answers that mean the bot can see no such conversation: a private channel or someone else's DM. */
const UNSEEN: ReadonlySet<string> = new Set(['channel_not_found', 'not_in_channel']);

/**
 * Whether the bot can post into a Slack conversation. Its own direct messages and every channel it is a member of:
 * yes. A public channel it is not in: yes (`chat:write.public`). A private channel it was not invited to, or a direct
 * message between two people, is invisible to it (`channel_not_found`) or not its own: no. An archived channel: no.
 * A missing scope (an app installed before the check), a rate limit or an outage: unknown.
 */
export async function conversationReach(
  api: ConversationsInfoApi,
  channel: string,
  logger: Logger,
): Promise<ConversationReach> {
  try {
    const info = (await api.conversations.info({ channel })).channel;
    if (!info) return 'unknown';
    if (info.is_archived) return 'no';
    if (info.is_im || info.is_member) return 'yes';
    return info.is_private ? 'no' : 'yes';
  } catch (e) {
    const error = callErrorCode(e);
    if (UNSEEN.has(error)) return 'no';
    logger.info({ channel, error }, 'slack conversation reach unknown');
    return 'unknown';
  }
}
