export { ConsoleNotifier, type Printer } from './console-notifier.ts';
export { type ConsoleChatOptions, runConsoleChat } from './run-console-chat.ts';
