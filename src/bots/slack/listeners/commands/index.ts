import type { App } from '@slack/bolt';
import type { ListenerDeps } from '../deps.ts';
import { slashCommand } from './slash-command.ts';

/** The slash commands Slack knows us by: every command's name and English aliases, from the core's list. */
export function slashCommandNames(deps: Pick<ListenerDeps, 'core'>): string[] {
  return deps.core.commandNames().flatMap((info) => [info.name, ...info.aliases].map((n) => `/${n}`));
}

/**
 * One Bolt listener for every slash command (the chat core routes on the words): Bolt runs each incoming request
 * through every registered listener's middleware, so one listener instead of one per name keeps that short.
 */
export function registerCommands(app: App, deps: ListenerDeps): string[] {
  const names = slashCommandNames(deps);
  const escaped = names.map((n) => n.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'));
  app.command(new RegExp(`^(?:${escaped.join('|')})$`), slashCommand(deps));
  return names;
}
