import type { AppContext } from '../app/context.ts';
import type { Notifier } from '../domain/ports.ts';
import type { LinkDeps } from '../domain/signed-link.ts';
import type { Route } from '../runtime/http.ts';
import type { Metrics } from '../runtime/metrics.ts';
import type { LinkSecretSource } from '../web/hmac.ts';
import type { ChatCore } from './core/core.ts';

export {
  type Address,
  type Address as Target,
  formatAddress,
  parseAddress,
  personAddressOf,
} from '../domain/address.ts';
/**
 * The contract between the chat core and the platforms: the plugin port the composition root mounts, and the typed
 * way out of the core (a `Reply` to a `Target`). Addresses are written and read by one codec (src/domain/address.ts).
 */
export type { Reply } from './core/reply.ts';

/** The state a platform reports on /healthz. */
export interface PlatformHealth {
  readonly state: 'up' | 'degraded' | 'down' | 'disabled';
  readonly detail?: string;
}

/**
 * A platform adapter as the composition root sees it: HTTP routes to mount on the shared server, a Notifier for
 * reminders, and a lifecycle. Slack, Teams and the console each provide one.
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

/** What plugin factories receive from the composition root. */
export interface PluginDeps {
  readonly ctx: AppContext;
  readonly metrics: Metrics;
  /** The one chat core every platform shares. */
  readonly core: ChatCore;
  /** The link signer the chat core and the web routes share (src/web/hmac.ts). */
  readonly links: LinkDeps & { readonly secretSource: LinkSecretSource };
  /** The address the HTTP server listens on (HOST, or the start option that overrides it). */
  readonly listenHost: string;
}
