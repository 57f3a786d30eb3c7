import type { TurnContext } from 'botbuilder';
import { baseConversationId } from '../conversation-refs.ts';
import type { TeamsBotDeps } from './deps.ts';

/** installationUpdate: the app installed or upgraded (save the reference) or uninstalled (mark it dead). */
export async function onInstallationUpdate(context: TurnContext, deps: TeamsBotDeps): Promise<void> {
  const a = context.activity;
  const conversationId = baseConversationId(a.conversation?.id ?? '');
  if (a.action === 'remove' || a.action === 'remove-upgrade') {
    await deps.conversations.markDead(conversationId, 'app uninstalled', deps.clock.now());
    deps.logger.info({ conversation: conversationId }, 'teams: app uninstalled');
    return;
  }
  await deps.conversations.capture(a, deps.clock.now());
}
