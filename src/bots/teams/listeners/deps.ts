import type { TurnContext } from 'botbuilder';
import { DateTime } from 'luxon';
import type { Clock, Logger, Store } from '../../../domain/ports.ts';
import type { Metrics } from '../../../runtime/metrics.ts';
import type { ChatCore, ChatRequest } from '../../core/core.ts';
import type { Lang } from '../../core/reply.ts';
import { baseConversationId, personOf } from '../conversation-refs.ts';
import { type TeamsTexts, teamsTexts } from '../render/texts.ts';

/** What the Teams listeners need. */
export interface TeamsBotDeps {
  readonly core: Pick<ChatCore, 'handleCommand' | 'handleAction' | 'submitForm'>;
  readonly store: Pick<
    Store,
    'conversationRef' | 'saveConversationRef' | 'markConversationDead' | 'personLang'
  >;
  readonly clock: Clock;
  readonly logger: Logger;
  /** IANA zone for the times shown on cards. */
  readonly zone: string;
  readonly defaultLang: Lang;
  readonly metrics?: Pick<Metrics, 'commands'>;
}

/** The core's request for this activity: person `teams:<AAD id>`, the conversation without its thread part. */
export function chatRequest(context: TurnContext): ChatRequest {
  const a = context.activity;
  return {
    eventId: a.id ?? `${a.conversation?.id ?? ''}:${a.timestamp ?? ''}`,
    platform: 'teams',
    person: personOf(a) ?? 'teams:unknown',
    conversationId: baseConversationId(a.conversation?.id ?? ''),
  };
}

/** The language for the adapter's own words: the person's stored choice, else the configured default. */
export async function textsOf(
  deps: TeamsBotDeps,
  person: string,
): Promise<{ lang: Lang; texts: TeamsTexts }> {
  let lang = deps.defaultLang;
  try {
    lang = (await deps.store.personLang(person)) ?? deps.defaultLang;
  } catch {
    // the default language is a fine answer when the store hiccups
  }
  return { lang, texts: teamsTexts(lang) };
}

/** "21 nov. 2026 14:03" in the configured zone and the person's language. */
export function shortTime(deps: Pick<TeamsBotDeps, 'clock' | 'zone'>, lang: Lang): string {
  return DateTime.fromMillis(deps.clock.now(), { zone: deps.zone })
    .setLocale(lang === 'en' ? 'en-GB' : 'sv-SE')
    .toFormat('d MMM yyyy HH:mm');
}
