import type { ConsoleNotifier } from '../bots/console/notifier.ts';
import { createConsolePlugin } from '../bots/console/plugin.ts';
import type { PluginDeps, ServerPlugin } from '../bots/contract.ts';
import { createSlackPlugin } from '../bots/slack/plugin.ts';
import { createTeamsPlugin } from '../bots/teams/plugin.ts';
import { webPlugin } from '../web/plugin.ts';

/**
 * The platform plugins of the server, in mount order. A factory returns null when its platform is not configured
 * (and logs why); the rest of the bot runs without it.
 */
export const PLUGIN_FACTORIES: readonly ((deps: PluginDeps) => ServerPlugin | null)[] = pluginFactories();

/** The plugin factories, with the console printing through `consoleNotifier` (the terminal chat's) when given. */
export function pluginFactories(
  consoleNotifier?: ConsoleNotifier,
): readonly ((deps: PluginDeps) => ServerPlugin | null)[] {
  return [
    webPlugin,
    createSlackPlugin,
    createTeamsPlugin,
    (deps) => createConsolePlugin(deps, consoleNotifier),
  ];
}
