import type { TurnContext } from 'botbuilder';
import { langOfLocale } from '../../core/locale.ts';
import { personOf } from '../conversation-refs.ts';
import { onCardSubmit } from './card-submit.ts';
import { onCommandMessage } from './command-message.ts';
import { onConversationUpdate } from './conversation-update.ts';
import { type TeamsBotDeps, turnLog } from './deps.ts';
import { fileAttachmentOf, onFileMessage } from './file-message.ts';
import { onInstallationUpdate } from './installation-update.ts';

/**
 * The bot's turn: routes an authenticated activity to its listener. Every message also saves (or refreshes) the
 * conversation reference first, so reminders can reach any conversation the bot has been spoken to in (in open
 * mode the keeper keeps nothing: see conversation-refs.ts).
 */
export function createTurnHandler(deps: TeamsBotDeps): (context: TurnContext) => Promise<void> {
  const kept: KeptLanguages = new Map();
  return async (context) => {
    const a = context.activity;
    switch (a.type) {
      case 'message':
        await capture(deps, context);
        await rememberLanguage(deps, context, kept);
        if (a.value !== undefined && a.value !== null && !a.text) return onCardSubmit(context, deps);
        {
          const file = fileAttachmentOf(context);
          if (file) return onFileMessage(context, deps, file);
        }
        return onCommandMessage(context, deps);
      case 'conversationUpdate':
        return onConversationUpdate(context, deps);
      case 'installationUpdate':
        return onInstallationUpdate(context, deps);
      default:
        turnLog(context, deps).debug({ type: a.type, name: a.name }, 'teams: activity ignored');
    }
  };
}

/** Saving the reference must never cost the person their answer: a failure is logged, the turn goes on. */
async function capture(deps: TeamsBotDeps, context: TurnContext): Promise<void> {
  try {
    await deps.conversations.capture(context.activity, deps.clock.now());
  } catch (e) {
    turnLog(context, deps).error(
      { err: e instanceof Error ? e.message : String(e) },
      'teams: could not save the conversation reference',
    );
  }
}

/** The language this process last kept per person, and when: the store is asked again after KEPT_FOR_MS. */
type KeptLanguages = Map<string, { readonly lang: string; readonly at: number }>;
const KEPT_FOR_MS = 3_600_000;

/**
 * The language the person's Teams client reports (`locale`), kept when it is new or changed, so the reminders sent
 * to them unasked come in it too (as Slack's locale is kept, and as long: an hour). Every message, `/insats` too,
 * passes here: while the client reports what this process kept within the hour, the store is not asked. A failure
 * is logged; the turn goes on.
 */
async function rememberLanguage(
  deps: TeamsBotDeps,
  context: TurnContext,
  kept: KeptLanguages,
): Promise<void> {
  const a = context.activity;
  const lang = langOfLocale(a.locale);
  const person = personOf(a);
  if (!deps.languages || !lang || !person) return;
  const now = deps.clock.now();
  const known = kept.get(person);
  if (known && known.lang === lang && now - known.at < KEPT_FOR_MS) return;
  try {
    if ((await deps.languages.personPlatformLang(person)) !== lang)
      await deps.languages.setPersonPlatformLang(person, lang, now);
    if (kept.size > 10_000) kept.clear();
    kept.set(person, { lang, at: now });
  } catch (e) {
    turnLog(context, deps).error(
      { err: e instanceof Error ? e.message : String(e) },
      'teams: could not keep the language the client reports',
    );
  }
}
