import type { TurnContext } from 'botbuilder';
import { DateTime } from 'luxon';
import type { Clock, Logger } from '../../../domain/ports.ts';
import type { ChatCore, ChatRequest } from '../../core/core.ts';
import type { Lang } from '../../core/reply.ts';
import { baseConversationId, type ConversationKeeper, personOf } from '../conversation-refs.ts';
import { type TeamsTexts, teamsTexts } from '../render/texts.ts';

/** What the Teams listeners need. */
export interface TeamsBotDeps {
  readonly core: Pick<ChatCore, 'handleCommand' | 'handleAction' | 'submitForm' | 'handleDocument'>;
  /** Where conversation references go: the store, or nowhere in open mode. */
  readonly conversations: ConversationKeeper;
  readonly clock: Clock;
  readonly logger: Logger;
  /** IANA zone for the times shown on cards. */
  readonly zone: string;
  /** The language of the adapter's own words when the core has not said (config.lang). */
  readonly defaultLang: Lang;
}

/** The core's request for this activity: person `teams:<AAD id>`, the conversation without its thread part. */
export function chatRequest(context: TurnContext): ChatRequest {
  const a = context.activity;
  return {
    eventId: a.id ?? `${a.conversation?.id ?? ''}:${a.timestamp ?? ''}`,
    platform: 'teams',
    person: personOf(a) ?? 'teams:unknown',
    conversationId: baseConversationId(a.conversation?.id ?? ''),
    ...(a.from?.name?.trim() ? { displayName: a.from.name.trim() } : {}),
  };
}

/** The adapter's own words (footers, form errors) in the language the core answered in. */
export function textsOf(deps: Pick<TeamsBotDeps, 'defaultLang'>, lang: Lang | undefined): TeamsTexts {
  return teamsTexts(lang ?? deps.defaultLang);
}

/** "21 nov. 2026 14:03" in the configured zone and the person's language. */
export function shortTime(deps: Pick<TeamsBotDeps, 'clock' | 'zone'>, lang: Lang): string {
  return DateTime.fromMillis(deps.clock.now(), { zone: deps.zone })
    .setLocale(lang === 'en' ? 'en-GB' : 'sv-SE')
    .toFormat('d MMM yyyy HH:mm');
}
