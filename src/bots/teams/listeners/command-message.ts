import type { TurnContext } from 'botbuilder';
import { resolveMentions } from '../parse/mentions.ts';
import { commandText } from '../parse/text.ts';
import { replyActivity } from '../render/activity.ts';
import { chatRequest, commandWriting, type TeamsBotDeps, textsOf } from './deps.ts';

/**
 * A typed message: "@Löftesbot insats Sävsjö" in a channel, "/status Tranås" in a personal chat. The text is
 * normalised (mention, entities, formatting, leading `/`), handed to the core, and the reply posted as a card in
 * the same conversation (in a channel: in the message's thread). A bare mention answers with help.
 */
export async function onCommandMessage(context: TurnContext, deps: TeamsBotDeps): Promise<void> {
  const a = context.activity;
  const people = await resolveMentions(context, deps.logger);
  const text = commandText(a.text, a.recipient ?? {}, a.entities ?? [], people) || 'hjalp';
  const request = chatRequest(context);
  const reply = await deps.core.handleCommand({ ...request, text });
  const commands = commandWriting(context, text);
  await context.sendActivity(
    replyActivity(reply, { texts: textsOf(deps, reply.lang), ...(commands ? { commands } : {}) }),
  );
}
