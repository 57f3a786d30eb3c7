import type { TurnContext } from 'botbuilder';
import { DateTime } from 'luxon';
import { clockTimeAt } from '../../../domain/clock-time.ts';
import type { Clock, Logger, Store } from '../../../domain/ports.ts';
import type { ChatCore, ChatRequest } from '../../core/core.ts';
import { langOfLocale } from '../../core/locale.ts';
import type { Lang } from '../../core/reply.ts';
import { textsFor } from '../../core/texts/index.ts';
import {
  baseConversationId,
  type ConversationKeeper,
  conversationKind,
  personOf,
} from '../conversation-refs.ts';
import { type CommandWriting, DEFAULT_BOT_NAME } from '../render/channel-commands.ts';
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
  /**
   * Where the language a person's Teams client reports is kept, for the reminders sent to them unasked (as Slack's
   * locale is); absent in open mode, which keeps nothing a caller claims.
   */
  readonly languages?: Pick<Store, 'personPlatformLang' | 'setPersonPlatformLang'>;
}

/** The turn-state key under which the route leaves the HTTP request's scope for the turn. */
export const REQUEST_SCOPE = Symbol('loftesbot.requestScope');

/** The HTTP request a turn came with: its id (X-Request-Id) and the logger whose lines carry it. */
export interface TurnScope {
  readonly requestId: string;
  readonly log: Logger;
}

/** The scope the route left in this turn's state, if any. */
function turnScope(context: TurnContext): TurnScope | undefined {
  return context.turnState.get(REQUEST_SCOPE) as TurnScope | undefined;
}

/** This turn's logger: the HTTP request's when the route left one (turn-state REQUEST_SCOPE), else the plugin's. */
export function turnLog(context: TurnContext, deps: Pick<TeamsBotDeps, 'logger'>): Logger {
  return turnScope(context)?.log ?? deps.logger;
}

/** The core's request for this activity: person `teams:<AAD id>`, the conversation without its thread part. */
export function chatRequest(context: TurnContext): ChatRequest {
  const a = context.activity;
  const requestId = turnScope(context)?.requestId;
  const lang = langOfLocale(a.locale);
  return {
    eventId: a.id ?? `${a.conversation?.id ?? ''}:${a.timestamp ?? ''}`,
    platform: 'teams',
    person: personOf(a) ?? 'teams:unknown',
    conversationId: baseConversationId(a.conversation?.id ?? ''),
    ...(a.from?.name?.trim() ? { displayName: a.from.name.trim() } : {}),
    // The language the person's Teams client runs in: what they read unless they chose one with /lofte språk.
    ...(lang ? { lang } : {}),
    ...(requestId ? { requestId } : {}),
  };
}

/** The adapter's own words (footers, form errors) in the language the core answered in. */
export function textsOf(deps: Pick<TeamsBotDeps, 'defaultLang'>, lang: Lang | undefined): TeamsTexts {
  return teamsTexts(lang ?? deps.defaultLang);
}

/**
 * How commands are written to this turn's conversation: in a channel or group chat as the bot's @mention
 * (`@Löftesbot status Sävsjö`, by the name Teams gives the bot), keeping `typed` (what the person wrote) as written;
 * in a personal chat undefined — as the core writes them.
 */
export function commandWriting(context: TurnContext, typed?: string): CommandWriting | undefined {
  const a = context.activity;
  if (conversationKind(a) === 'personal') return undefined;
  return { botName: a.recipient?.name?.trim() || DEFAULT_BOT_NAME, ...(typed ? { typed } : {}) };
}

/** "21 nov 2026 14:03" in the configured zone, the day written as every reply writes one (`t.day`). */
export function shortTime(deps: Pick<TeamsBotDeps, 'clock' | 'zone'>, lang: Lang): string {
  const at = DateTime.fromMillis(deps.clock.now(), { zone: deps.zone });
  return `${textsFor(lang).day(at.toFormat('yyyy-MM-dd'))} ${clockTimeAt(deps.clock.now(), deps.zone, lang)}`;
}
