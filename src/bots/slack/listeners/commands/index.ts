import type { App } from '@slack/bolt';
import type { ListenerDeps } from '../deps.ts';
import { slashCommand } from './slash-command.ts';

/** The slash commands Slack knows us by: every command's name and English aliases, from the core's list. */
export function slashCommandNames(deps: Pick<ListenerDeps, 'core'>): string[] {
  return deps.core.commandNames().flatMap((info) => [info.name, ...info.aliases].map((n) => `/${n}`));
}

export function registerCommands(app: App, deps: ListenerDeps): string[] {
  const names = slashCommandNames(deps);
  const listener = slashCommand(deps);
  for (const name of names) app.command(name, listener);
  return names;
}
