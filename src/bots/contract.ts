import type { Config } from '../config.ts';
import type { Address } from '../domain/address.ts';
import type { MunicipalityRegister } from '../domain/municipality-register.ts';
import type { Clock, DeliveryResult, IdGenerator, Logger, SendProgress, Store } from '../domain/ports.ts';
import type { LinkDeps, LinkSecretSource } from '../domain/signed-link.ts';
import type { Route } from '../runtime/http.ts';
import type { ChatCore } from './core/core.ts';
import type { Reply } from './core/reply.ts';
import type { ConversationReach } from './core/requests.ts';

/**
 * The contract between the chat core and the platforms: the plugin port the composition root (src/app) mounts,
 * and the typed way out of the core — a `Reply` to a `Target`. Targets are written and read as text by one codec,
 * src/domain/address.ts (`channel:<platform>:<id>`, `person:<platform>:<id>`), re-exported here.
 */

export { formatAddress, parseAddress, personAddressOf } from '../domain/address.ts';
export type { DeliveryResult } from '../domain/ports.ts';
export type { Reply } from './core/reply.ts';

/** Where a platform sends a message: a conversation or a person's direct chat, on one platform. */
export type Target = Address;

/** One message out of the core: a Reply (rendered by the platform, in `reply.lang`) to a Target. */
export interface OutboundMessage {
  readonly to: Target;
  readonly reply: Reply;
  /** A stable key, so platforms that can deduplicate (or logs) can tell repeats apart. */
  readonly key: string;
  /**
   * A reminder's delivery record in the database (src/domain/ports.ts): a notifier that sends a reply as several
   * platform messages records each accepted part and, on a retry, skips the parts already shown.
   */
  readonly progress?: SendProgress;
  /** Aborted when the sender stopped waiting (the send timed out): post nothing more, the retry will. */
  readonly signal?: AbortSignal;
}

/** A platform's way out: delivers one message. Never throws for platform failures: returns a DeliveryResult. */
export interface Notifier {
  readonly platform: string;
  send(message: OutboundMessage): Promise<DeliveryResult>;
  /**
   * Replaces a message this notifier sent (`messageId` as `send` returned it) with a new reply, e.g. a prompt
   * after someone answered it. Never throws: returns a DeliveryResult.
   */
  update?(message: OutboundMessage & { readonly messageId: string }): Promise<DeliveryResult>;
  /** Whether the bot can post into a conversation (its platform id). Never throws: `unknown` when it cannot tell. */
  reach?(conversationId: string): Promise<ConversationReach>;
}

/** The state a platform reports on /healthz. */
export interface PlatformHealth {
  readonly state: 'up' | 'degraded' | 'down' | 'disabled';
  readonly detail?: string;
}

/**
 * A platform adapter as the composition root sees it: HTTP routes to mount on the shared server, a Notifier for
 * reminders, and a lifecycle. Slack, Teams, the console and the web pages each provide one.
 */
export interface ServerPlugin {
  readonly name: 'slack' | 'teams' | 'console' | 'web';
  readonly routes: readonly Route[];
  readonly notifier?: Notifier;
  /** Starts background connections (Slack Socket Mode); resolves when ready. */
  start?(): Promise<void>;
  /** Stops them; must not throw. */
  stop?(): Promise<void>;
  health?(): PlatformHealth;
}

/** What plugin factories receive from the composition root: the configuration, the domain's ports and the core. */
export interface PluginDeps {
  readonly config: Config;
  readonly store: Store;
  readonly register: MunicipalityRegister;
  readonly clock: Clock;
  readonly ids: IdGenerator;
  readonly logger: Logger;
  /** The one chat core every platform shares. */
  readonly core: ChatCore;
  /** The link signer the chat core and the web routes share (src/web/hmac.ts). */
  readonly links: LinkDeps & { readonly secretSource: LinkSecretSource };
  /** The address the HTTP server listens on (HOST, or the start option that overrides it). */
  readonly listenHost: string;
}
