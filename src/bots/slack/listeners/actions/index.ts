import type { App } from '@slack/bolt';
import type { ListenerDeps } from '../deps.ts';
import { buttonPress } from './button-press.ts';

/** One listener for every button: the chat core routes on the action id. */
export function registerActions(app: App, deps: ListenerDeps): void {
  app.action({ type: 'block_actions' }, buttonPress(deps));
}
