import type { App } from '@slack/bolt';
import type { ListenerDeps } from '../deps.ts';
import { appHomeOpened } from './app-home-opened.ts';
import { fileShared } from './file-shared.ts';
import { typedMessage } from './typed-message.ts';

export function registerEvents(app: App, deps: ListenerDeps): void {
  app.event('app_home_opened', appHomeOpened(deps));
  app.event('file_shared', fileShared(deps));
  const typed = typedMessage(deps);
  app.event('message', typed);
  app.event('app_mention', typed);
}
