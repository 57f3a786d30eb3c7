import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { type CliCommand, CliError } from '../command.ts';

export const backupCommand: CliCommand = {
  name: 'backup',
  summary: 'a consistent copy of the database (SQLite online backup; the pg_dump command for PostgreSQL)',
  help: `Usage: npx loftesbot backup <file> [--force]

SQLite: writes a consistent copy with SQLite's online backup API, safe while the bot runs.
PostgreSQL: prints the pg_dump command to run (the server's own tool makes the consistent copy).
Restore (SQLite): stop the bot, copy the backup over the database file, start the bot.`,
  async run(args, env) {
    const { positionals, values } = parseArgs({
      args,
      options: { force: { type: 'boolean' } },
      allowPositionals: true,
    });
    const [file] = positionals;
    if (!file) throw new CliError('usage: backup <file>', 2);
    const target = resolve(file);
    const ctx = await env.openContext();
    try {
      if (ctx.stores.dialect === 'postgres') {
        env.io.out(
          `PostgreSQL: kör\n  pg_dump --format=custom --file=${JSON.stringify(target)} "${redactUrl(ctx.config.databaseUrl)}"\nÅterställ med pg_restore --clean --dbname=<url> ${JSON.stringify(target)}`,
        );
        return 0;
      }
      if (existsSync(target) && !values.force)
        throw new CliError(`${target} exists; use --force to overwrite`);
      const result = await ctx.stores.backup(target);
      if (!result.ok) {
        throw new CliError(
          result.reason === 'same-file'
            ? 'the backup must not be the database file itself'
            : 'an in-memory database cannot be backed up',
        );
      }
      env.io.out(`Säkerhetskopia skriven: ${target} (${result.totalPages} sidor)`);
      return 0;
    } finally {
      await ctx.close();
    }
  },
};

function redactUrl(url: string): string {
  return url.replace(/\/\/([^:/@]+):[^@]*@/, '//$1:***@');
}
