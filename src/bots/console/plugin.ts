import type { PluginDeps, ServerPlugin } from '../contract.ts';
import { ConsoleNotifier } from './notifier.ts';

/**
 * The console platform inside the server: no routes, only a Notifier that prints reminders addressed to console
 * conversations (the demo binds tranas, savsjo and hoglandet) — into the terminal chat when one runs, else to stdout.
 */
export function createConsolePlugin(
  _deps: PluginDeps,
  notifier: ConsoleNotifier = new ConsoleNotifier((text) => process.stdout.write(`${text}\n\n`)),
): ServerPlugin {
  return { name: 'console', routes: [], notifier, health: () => ({ state: 'up' }) };
}
