import { parseArgs } from 'node:util';
import { startServer } from '../../server/start.ts';
import type { CliCommand } from '../command.ts';

export const startCommand: CliCommand = {
  name: 'start',
  summary: 'run the bot: HTTP server (Slack, Teams, /healthz, /metrics), scheduler, and the terminal chat',
  help: `Usage: npx loftesbot start   (same as npm start)

Starts the server on PORT (default 3000) with every platform whose credentials are configured; a platform without
credentials is not started and the log says so. Stops gracefully on SIGTERM and SIGINT.`,
  async run(args, env) {
    parseArgs({ args, options: {}, allowPositionals: false });
    const server = await startServer(env.config);
    env.io.err(`Löftesbot kör på ${server.url} (hälsa: ${server.url}/healthz)`);
    await new Promise<void>((resolve) => {
      let stopping = false;
      const stop = (signal: string) => {
        if (stopping) return;
        stopping = true;
        env.io.err(`${signal}: stänger ned…`);
        const hard = setTimeout(() => {
          env.io.err('Kunde inte stänga ned inom 10 sekunder; avslutar.');
          process.exit(1);
        }, 10_000);
        hard.unref();
        server.close().then(resolve, resolve);
      };
      process.once('SIGTERM', () => stop('SIGTERM'));
      process.once('SIGINT', () => stop('SIGINT'));
    });
    return 0;
  },
};
