import type { ConsoleNotifier } from '../bots/console/notifier.ts';
import { createConsolePlugin } from '../bots/console/plugin.ts';
import type { PluginDeps, ServerPlugin } from '../bots/contract.ts';
import { disabledSlackPlugin, slackConfigured } from '../bots/slack/configured.ts';
import { refusingTeamsPlugin } from '../bots/teams/refusing-plugin.ts';
import { teamsAuthMode } from '../bots/teams/verify/auth.ts';
import { webPlugin } from '../web/plugin.ts';

/**
 * Builds one plugin, or null when its platform is not configured (and logs why). Slack and Teams unconfigured still
 * give a plugin that says `disabled` on /healthz, so both are listed alike.
 */
export type PluginFactory = (deps: PluginDeps) => ServerPlugin | null | Promise<ServerPlugin | null>;

/**
 * The platform plugins of the server, in mount order; the rest of the bot runs without those that are not
 * configured. A platform SDK is loaded only when its platform is configured (Bolt and botbuilder cost about a second
 * and 40 MB at start): the factories import the plugin modules on demand.
 */
export const PLUGIN_FACTORIES: readonly PluginFactory[] = pluginFactories();

/** The plugin factories, with the console printing through `consoleNotifier` (the terminal chat's) when given. */
export function pluginFactories(consoleNotifier?: ConsoleNotifier): readonly PluginFactory[] {
  return [
    webPlugin,
    async (deps) =>
      slackConfigured(deps.config, deps.logger)
        ? (await import('../bots/slack/plugin.ts')).createSlackPlugin(deps)
        : disabledSlackPlugin(),
    async (deps) =>
      teamsAuthMode(deps.config.teams).kind === 'refuse'
        ? refusingTeamsPlugin(deps)
        : (await import('../bots/teams/plugin.ts')).createTeamsPlugin(deps),
    (deps) => createConsolePlugin(deps, consoleNotifier),
  ];
}
