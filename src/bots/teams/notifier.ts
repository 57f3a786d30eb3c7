import type { Activity, CloudAdapter, ConversationReference } from 'botbuilder';
import type { Clock, ConversationRef, DeliveryResult, Logger, Store } from '../../domain/ports.ts';
import { formatAddress, type Notifier, type OutboundMessage, type Reply, type Target } from '../contract.ts';
import { classifyDeliveryError } from './delivery-errors.ts';

/** Where a Teams message goes: a conversation, or a person's personal chat with the bot. */
export type TeamsAddress = { readonly conversationId: string } | { readonly person: string };

/** The Teams address of a Target, or null when it is not a Teams target. */
export function teamsAddressOf(target: Target): TeamsAddress | null {
  if (target.platform !== 'teams' || !target.id) return null;
  return target.kind === 'person' ? { person: `teams:${target.id}` } : { conversationId: target.id };
}

export interface TeamsNotifierDeps {
  readonly adapter: Pick<CloudAdapter, 'continueConversationAsync'>;
  /** The bot's app id. */
  readonly appId: string;
  readonly store: Pick<Store, 'conversationRef' | 'conversationRefOfPerson' | 'markConversationDead'>;
  readonly clock: Clock;
  readonly logger: Logger;
  /**
   * Renders an outbound message's platform-neutral reply as a Teams activity, for a conversation of `kind` where the
   * bot is called `botName` (its name in the stored reference; empty when unknown).
   */
  readonly toActivity: (
    reply: Reply,
    where: { kind: ConversationRef['kind']; botName: string },
  ) => Partial<Activity>;
}

/** Why nothing is sent proactively in open mode: the reason every such delivery fails with. */
export const OPEN_MODE_NO_PROACTIVE =
  'unauthenticated Teams mode (TEAMS_ALLOW_UNAUTHENTICATED) keeps no conversation references: no reminders or prompts';

/**
 * The Notifier for Teams in open mode. Nothing is kept to post to later (a caller on this machine could otherwise
 * plant an address), so every reminder, prompt or update fails permanently, once, with a warning in the log; the
 * scheduler records the failure and does not retry.
 */
export function openModeNotifier(logger: Logger): Notifier {
  const log = logger.child({ component: 'notifier' });
  const refuse = async (message: OutboundMessage): Promise<DeliveryResult> => {
    log.warn(
      { key: message.key, to: formatAddress(message.to) },
      'teams: not sent, open mode keeps no references',
    );
    return { ok: false, permanent: true, error: OPEN_MODE_NO_PROACTIVE };
  };
  return { platform: 'teams', send: refuse, update: refuse };
}

/**
 * The Notifier for Teams: posts reminders and prompts proactively through `continueConversationAsync` with the
 * stored conversation reference.
 *
 * Failures are returned, never thrown. botbuilder's HTTP pipeline has already retried 429 and 5xx with back-off
 * (honouring Retry-After); what still fails comes back as a transient result with `retryAfterMs`, and the
 * scheduler retries it later with its own back-off. A 403 (bot removed, BotNotInConversationRoster,
 * ConversationBlockedByUser) or 404 marks the reference dead and returns a permanent failure, so nothing keeps
 * posting into a conversation the bot has left; the next message from that conversation revives it.
 */
export function createTeamsNotifier(deps: TeamsNotifierDeps): Notifier {
  const log = deps.logger.child({ component: 'notifier' });

  async function lookUp(address: TeamsAddress): Promise<ConversationRef | null> {
    return 'person' in address
      ? deps.store.conversationRefOfPerson('teams', address.person)
      : deps.store.conversationRef('teams', address.conversationId);
  }

  /** Sends, or with `messageId` replaces, one activity in the conversation `message.to` names. */
  async function deliver(message: OutboundMessage, update: string | null): Promise<DeliveryResult> {
    const address = teamsAddressOf(message.to);
    if (!address) {
      return { ok: false, permanent: true, error: `not a Teams address: ${formatAddress(message.to)}` };
    }
    let ref: ConversationRef | null;
    try {
      ref = await lookUp(address);
    } catch (e) {
      return { ok: false, permanent: false, error: `store: ${e instanceof Error ? e.message : String(e)}` };
    }
    if (!ref) {
      return {
        ok: false,
        permanent: true,
        error:
          'person' in address
            ? 'no personal chat with this person: they have not installed or written to the bot'
            : 'no conversation reference: the bot has not been installed in or spoken to in this conversation',
      };
    }
    if (ref.dead) {
      return {
        ok: false,
        permanent: true,
        error: `conversation unreachable (${ref.deadReason ?? 'dead'})`,
      };
    }
    if (message.signal?.aborted) {
      // The scheduler stopped waiting (the send timed out) and will retry: this one posts nothing.
      return { ok: false, permanent: false, error: 'send given up by the scheduler' };
    }
    const reference = JSON.parse(ref.reference) as ConversationReference;
    const activity = deps.toActivity(message.reply, { kind: ref.kind, botName: reference.bot?.name ?? '' });
    let messageId: string | null = null;
    // The adapter's onTurnError would swallow a failure thrown inside the turn: catch it in the turn instead.
    let failure: { error: unknown } | null = null;
    try {
      await deps.adapter.continueConversationAsync(deps.appId, reference, async (context) => {
        // A proactive message is a new post, not a reply to the continuation's made-up activity id.
        context.onSendActivities(async (_ctx, activities, next) => {
          for (const a of activities) delete a.replyToId;
          return next();
        });
        try {
          if (update) {
            await context.updateActivity({ ...activity, type: 'message', id: update });
            messageId = update;
          } else {
            const response = await context.sendActivity(activity);
            messageId = response?.id ?? null;
          }
        } catch (error) {
          failure = { error };
        }
      });
    } catch (error) {
      failure = { error };
    }
    if (failure) return failed((failure as { error: unknown }).error, ref, message.key);
    if (!update) await recordSent(message, messageId);
    log.debug(
      { conversation: ref.conversationId, key: message.key },
      update ? 'teams message updated' : 'teams message sent',
    );
    return { ok: true, messageId };
  }

  /**
   * Records the accepted activity in the reminder's delivery record, so that a retry after a late answer (the send
   * had timed out) or after the process died before the reminder was marked sent does not post it again.
   */
  async function recordSent(message: OutboundMessage, messageId: string | null): Promise<void> {
    try {
      await message.progress?.record({ total: 1, sent: 1, first: messageId });
    } catch (e) {
      log.warn(
        { key: message.key, err: e instanceof Error ? e.message : String(e) },
        'teams delivery not recorded: a retry after a restart may post it again',
      );
    }
  }

  return {
    platform: 'teams',
    send: (message) => deliver(message, null),
    update: (message) => deliver(message, message.messageId),
  };

  async function failed(error: unknown, ref: ConversationRef, key: string): Promise<DeliveryResult> {
    const now = deps.clock.now();
    const failure = classifyDeliveryError(error, now);
    const fields = { conversation: ref.conversationId, key, status: failure.status, code: failure.code };
    if (failure.kind === 'dead') {
      const reason = `${failure.status} ${failure.code}`;
      try {
        await deps.store.markConversationDead('teams', ref.conversationId, reason, now);
      } catch (e) {
        log.error(
          { ...fields, err: e instanceof Error ? e.message : String(e) },
          'could not mark reference dead',
        );
      }
      log.warn(fields, 'teams conversation unreachable: reference marked dead, no more sends to it');
      return { ok: false, permanent: true, error: `conversation unreachable (${reason})` };
    }
    if (failure.kind === 'transient') {
      log.warn({ ...fields, retryAfterMs: failure.retryAfterMs }, 'teams send failed; retry later');
      return {
        ok: false,
        permanent: false,
        error: `teams ${failure.status ?? 'network'} ${failure.code}`,
        ...(failure.retryAfterMs === undefined ? {} : { retryAfterMs: failure.retryAfterMs }),
      };
    }
    log.error(fields, 'teams refused the message');
    return {
      ok: false,
      permanent: true,
      error: `teams refused the message (${failure.status} ${failure.code})`,
    };
  }
}
