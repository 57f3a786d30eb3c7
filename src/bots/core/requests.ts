import type { DomainDeps } from '../../domain/deps.ts';
import type { Logger } from '../../domain/ports.ts';
import type { LinkDeps } from '../../domain/signed-link.ts';
import type { Platform, Scope } from '../../domain/types.ts';
import type { ReadRefusal } from '../../import/read-refusal.ts';
import type { ReminderStore } from '../../scheduler/ports.ts';
import type { PendingImports } from './pending-imports.ts';
import type { Lang, Reply } from './reply.ts';

/**
 * The chat core's vocabulary: what adapters hand in (requests), what forms give back, and what the core is built
 * from. Its own module, so the core's files (session, dispatch, handlers) import it without a cycle through core.ts.
 */

/** Who asks, from where. `person` is `slack:U123`, `teams:<aad id>` or `console:<name>`. */
export interface ChatRequest {
  /** The platform's id of this event (Slack trigger/action id, Teams activity id, a console counter). */
  readonly eventId: string;
  readonly platform: Platform;
  readonly person: string;
  /** The platform's conversation id, as used in channel bindings (Slack channel id, Teams conversation id). */
  readonly conversationId: string;
  /** The language the platform reports for the person; used when the person has not chosen one. */
  readonly lang?: Lang;
  /** The name the platform shows for the person (Teams `from.name`); remembered for replies and lists. */
  readonly displayName?: string;
  /** The id of the HTTP request that brought it (X-Request-Id), carried on the core's log lines about it. */
  readonly requestId?: string;
}

/** A command: the words typed, e.g. `/insats Sävsjö 20/11 2 kväll`, with or without the leading `/`. */
export interface CommandRequest extends ChatRequest {
  readonly text: string;
  /**
   * Written in a thread: the platform's id of the message it is under, in the form the notifier returned it when
   * it sent that message (Slack `<channel>/<thread ts>`), so an answer under a prompt is read against that prompt.
   */
  readonly thread?: string;
}

/** A button press: a ReplyButton's `actionId` and `value`, handed back unchanged. */
export interface ActionRequest extends ChatRequest {
  readonly actionId: string;
  readonly value: string;
  /**
   * The platform's id of the message the button was on (Slack `<channel>|<ts>` or the view id, Teams
   * `<conversation>|<activity id>`, the console's message number). A question on it is answered once: a second
   * press, by anyone, is told who answered (answered.ts). Without it the button's own event stands in.
   */
  readonly messageRef?: string;
}

/** A document the person sent to the bot (a file in a direct message), already downloaded by the adapter. */
export interface DocumentRequest extends ChatRequest {
  readonly fileName: string;
  readonly bytes: Uint8Array;
  /** Why the adapter could not fetch the file (too large, unreachable): answered as an error, nothing stored. */
  readonly refused?: ReadRefusal;
}

/** A filled-in form: a FormSpec's `formId` and `state` with the values by field id. */
export interface FormSubmission extends ChatRequest {
  readonly formId: string;
  readonly state: string;
  readonly values: Readonly<Record<string, string>>;
}

/** A form is either accepted (and answered) or refused with one message per field, in the person's language. */
export type FormResult =
  | { readonly ok: true; readonly reply: Reply }
  | { readonly ok: false; readonly errors: Readonly<Record<string, string>>; readonly lang?: Lang };

/**
 * One handled request, for the commands counter. The label set is the same on every platform and bounded:
 * `command` is a canonical command name (`insats`, `status` …, `unknown`), `action:<name>` or `form:<id>` from the
 * core's own lists; `outcome` is the reply's tone (`success`, `info`, `warning`, `error`), `ok` or `invalid`.
 */
export interface CommandCount {
  readonly platform: string;
  readonly command: string;
  readonly outcome: string;
}

/**
 * Whether the bot can post into a conversation, as its platform answers: `no` for a Slack private channel it was not
 * invited to or a direct message between two people; `unknown` when the platform cannot tell (a scope missing, an
 * outage) — then nothing is refused on its account.
 */
export type ConversationReach = 'yes' | 'no' | 'unknown';

/** What the core needs: the domain's ports, a logger and the workspace's default language (config.lang). */
export interface ChatCoreDeps extends DomainDeps {
  readonly logger: Logger;
  readonly defaultLang: Lang;
  /**
   * Signs dashboard and report links and knows the server's public address (src/web/hmac.ts `linkDepsOf`, which
   * must be the same process secret the web routes verify with). Without it the core answers that links are
   * unavailable here, and publishing replies carry no page address.
   */
  readonly links?: LinkDeps;
  /** Counts every handled command, button and form (the composition root wires it to /metrics). */
  readonly count?: (labels: CommandCount) => void;
  /**
   * Writes reminders made on demand ("Påminn dem" on an overdue notice) for the scheduler to send. Without it the
   * notice offers no such button and the action answers that reminders cannot be sent from here.
   */
  readonly reminders?: Pick<ReminderStore, 'insertOnce' | 'sentTo'>;
  /**
   * Updates, in place, every message already sent that asks about a kommun's tertial (the status prompts), after
   * one of its questions was answered. Without it only the presser's own view changes.
   */
  readonly updates?: MessageUpdates;
  /** Called after a change that alters the reminder plan (a meeting series or meeting): the scheduler re-plans. */
  readonly onPlanChange?: () => void;
  /**
   * Asks the conversation's platform whether the bot can post there; binding a channel checks it, so reminders are
   * not bound to a channel they can never reach. Without it binding goes ahead.
   */
  readonly reach?: (platform: Platform, conversationId: string) => Promise<ConversationReach>;
  /** Import previews waiting for "Spara" (one per core when not given). */
  readonly pendingImports?: PendingImports;
}

/** Brings sent messages up to date after an answer (the composition root implements it over the notifiers). */
export interface MessageUpdates {
  tertialAnswered(municipalityCode: string, year: number, tertial: number): Promise<void>;
  /** After a meeting follow-up was answered (or got a note): every sent copy, on every platform, shows it. */
  meetingAnswered?(scope: Scope, seriesId: string, originalOn: string): Promise<void>;
}
