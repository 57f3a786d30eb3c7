export { ConsoleNotifier, type Printer } from './notifier.ts';
export { type ConsoleChatOptions, runConsoleChat } from './run-console-chat.ts';
