import type { TurnContext } from 'botbuilder';
import { baseConversationId } from '../conversation-refs.ts';
import { replyActivity } from '../render/activity.ts';
import { chatRequest, commandWriting, type TeamsBotDeps, textsOf } from './deps.ts';

/**
 * conversationUpdate: the bot added to a team, a group chat or a personal chat (save the reference and say hello
 * with the help card), the bot removed (mark the reference dead), or anything else (refresh the reference).
 */
export async function onConversationUpdate(context: TurnContext, deps: TeamsBotDeps): Promise<void> {
  const a = context.activity;
  const botId = a.recipient?.id;
  const conversationId = baseConversationId(a.conversation?.id ?? '');
  if (botId && a.membersRemoved?.some((m) => m.id === botId)) {
    await deps.conversations.markDead(conversationId, 'bot removed', deps.clock.now());
    deps.logger.info({ conversation: conversationId }, 'teams: bot removed from conversation');
    return;
  }
  await deps.conversations.capture(a, deps.clock.now());
  if (botId && a.membersAdded?.some((m) => m.id === botId)) {
    deps.logger.info({ conversation: conversationId }, 'teams: bot added to conversation');
    const request = chatRequest(context);
    const welcome = await deps.core.handleCommand({ ...request, text: 'hjalp' });
    const commands = commandWriting(context);
    await context.sendActivity(
      replyActivity(welcome, { texts: textsOf(deps, welcome.lang), ...(commands ? { commands } : {}) }),
    );
  }
}
