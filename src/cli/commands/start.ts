import { parseArgs } from 'node:util';
import { pluginFactories } from '../../app/plugins.ts';
import { installProcessGuards } from '../../app/process-guards.ts';
import { startServer } from '../../app/start.ts';
import { ConsoleNotifier } from '../../bots/console/notifier.ts';
import { createFileLogger, createLogger } from '../../runtime/logger.ts';
import type { CliCommand } from '../command.ts';
import { noPlatformConfigured, runForegroundConsole } from '../start-console.ts';

/** The longest a graceful stop may take before the process exits anyway (with code 1). */
const SHUTDOWN_LIMIT_MS = 10_000;

export const startCommand: CliCommand = {
  name: 'start',
  summary:
    'run the bot: HTTP server (Slack, Teams, public pages, /healthz), /metrics on its own listener, scheduler, and the terminal chat',
  help: `Usage: npx loftesbot start   (same as npm start)

Starts the server on PORT (default 3000) with every platform whose credentials are configured; a platform without
credentials is not started and the log says so. Logs are JSON lines on stderr (LOG_LEVEL) — except when the
terminal chat runs in the foreground (a terminal, no Slack or Teams configured): then they are appended to
LOFTESBOT_LOG_FILE (default ./data/loftesbot.log), so no log line lands in the chat.

Stops gracefully on SIGTERM and SIGINT (under npm start also when npm is stopped): stops accepting requests and stops the scheduler's ticker, lets requests
and reminder sends in progress finish, closes the database and exits 0 — within 10 seconds, or exits 1.
A promise rejected with no handler is logged and the bot keeps serving; an uncaught exception is logged and the
bot stops gracefully with exit code 1, for the service manager to restart it.`,
  async run(args, env) {
    parseArgs({ args, options: {}, allowPositionals: false });
    // The terminal chat in the foreground owns the terminal: logs then go to a file, never into the chat.
    const foreground = env.io.stdinIsTty && noPlatformConfigured(env.config);
    const logger = foreground
      ? createFileLogger(env.config.logLevel, env.config.logFile)
      : createLogger(env.config.logLevel);
    // The console's notifier, so the terminal chat started below takes over printing reminders.
    const consoleNotifier = new ConsoleNotifier((text) => process.stdout.write(`${text}\n\n`));
    const server = await startServer(env.config, { logger, plugins: pluginFactories(consoleNotifier) });
    env.io.err(
      `Löftesbot kör på ${server.url} (hälsa: ${server.url}/healthz; mätvärden: ${server.metricsUrl}/metrics)`,
    );
    if (foreground) env.io.err(`Loggar skrivs till ${env.config.logFile}`);
    const code = await new Promise<number>((resolve) => {
      let stopping = false;
      const stop = (reason: string, exitCode: number) => {
        if (stopping) return;
        stopping = true;
        logger.info({ reason }, 'shutting down');
        env.io.err(`${reason}: stänger ned…`);
        const hard = setTimeout(() => {
          logger.error({ limitMs: SHUTDOWN_LIMIT_MS }, 'shutdown took too long; exiting');
          env.io.err('Kunde inte stänga ned inom 10 sekunder; avslutar.');
          process.exit(1);
        }, SHUTDOWN_LIMIT_MS);
        hard.unref();
        server.close().then(
          () => resolve(exitCode),
          (e: unknown) => {
            logger.error({ err: e instanceof Error ? e.message : String(e) }, 'shutdown failed');
            resolve(1);
          },
        );
      };
      installProcessGuards(process, {
        logger,
        count: (kind) => server.metrics.processErrors.inc({ kind }),
        onFatal: () => stop('uncaughtException', 1),
      });
      process.once('SIGTERM', () => stop('SIGTERM', 0));
      process.once('SIGINT', () => stop('SIGINT', 0));
      // Under `npm start` (or npx) a SIGTERM reaches npm and its shell, not the bot, which would run on alone holding
      // the port and the database: once npm's shell is gone (the bot is handed to another parent), stop as on SIGTERM.
      if (env.config.launchedByNpm && process.platform !== 'win32') {
        const parent = process.ppid;
        setInterval(() => {
          if (process.ppid !== parent) stop('npm avslutades', 0);
        }, 500).unref();
      }
      if (foreground) {
        runForegroundConsole(server, env, consoleNotifier).then(
          () => stop('chatten avslutades', 0),
          (e: unknown) => {
            logger.error({ err: e instanceof Error ? e.message : String(e) }, 'terminal chat failed');
            stop('chatten avslutades', 1);
          },
        );
      } else if (noPlatformConfigured(env.config)) {
        logger.info(
          {},
          'no Slack or Teams configured: run "npx loftesbot chat" to talk to the bot from a terminal',
        );
      }
    });
    env.io.err(code === 0 ? 'Löftesbot har stängts.' : 'Löftesbot stängdes efter ett fel.');
    return code;
  },
};
