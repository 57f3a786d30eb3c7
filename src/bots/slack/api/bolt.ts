// Bolt's classes from their own modules rather than the package index, which would also load the receivers we never
// use (ExpressReceiver and with it express and body-parser, AwsLambdaReceiver): less to load at start.
// These are CommonJS modules with a default export: Node hands an ES module their `module.exports` (the class is its
// `default`); a loader with CommonJS interop (vitest) may hand over the class itself.
import appModule from '@slack/bolt/dist/App.js';
import httpReceiverModule from '@slack/bolt/dist/receivers/HTTPReceiver.js';
import socketModeReceiverModule from '@slack/bolt/dist/receivers/SocketModeReceiver.js';

export { LogLevel } from '@slack/bolt/dist/App.js';

function defaultExport<T>(m: { readonly default: T }): T {
  return typeof m === 'function' ? (m as unknown as T) : m.default;
}

export const App = defaultExport(appModule);
export type App = InstanceType<typeof App>;
export const HTTPReceiver = defaultExport(httpReceiverModule);
export type HTTPReceiver = InstanceType<typeof HTTPReceiver>;
export const SocketModeReceiver = defaultExport(socketModeReceiverModule);
export type SocketModeReceiver = InstanceType<typeof SocketModeReceiver>;

/** Slack's Web API client, the one Bolt uses. */
export * as webApi from '@slack/web-api';
