import { TeamsInfo, type TurnContext } from 'botbuilder';
import type { Logger } from '../../../domain/ports.ts';
import type { MentionEntity } from './text.ts';

/**
 * People mentioned in a command ("lofte admin roll @Anna Berg samordnare Tranås") become person ids the core
 * understands (`teams:<AAD object id>`). A Teams mention carries only the bot-scoped user id (`29:…`), so the AAD
 * object id is looked up in the conversation's roster (TeamsInfo.getMember). Returns mention text → person id;
 * a mention that cannot be resolved is left out (the core then says it does not know the person).
 */
export async function resolveMentions(context: TurnContext, logger: Logger): Promise<Map<string, string>> {
  const a = context.activity;
  const botId = a.recipient?.id;
  const resolved = new Map<string, string>();
  const mentions = ((a.entities ?? []) as MentionEntity[]).filter(
    (e) => e.type === 'mention' && e.text && e.mentioned?.id && e.mentioned.id !== botId,
  );
  for (const m of mentions) {
    const mentioned = m.mentioned as { id: string; aadObjectId?: string };
    let aad = mentioned.aadObjectId;
    if (!aad) {
      try {
        aad = (await TeamsInfo.getMember(context, mentioned.id)).aadObjectId;
      } catch (e) {
        const err = e as { statusCode?: number; message?: string };
        logger.warn({ status: err.statusCode }, 'teams: could not look up a mentioned person');
      }
    }
    if (aad && m.text) resolved.set(m.text, `teams:${aad}`);
  }
  return resolved;
}
