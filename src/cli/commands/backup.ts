import { randomBytes } from 'node:crypto';
import { rename, rm } from 'node:fs/promises';
import { parseArgs } from 'node:util';
import { type CliCommand, CliError } from '../command.ts';
import { outFile } from '../out-path.ts';

export const backupCommand: CliCommand = {
  name: 'backup',
  summary: 'a consistent copy of the database (SQLite online backup; the pg_dump command for PostgreSQL)',
  help: `Usage: npx loftesbot backup <file> [--force]

SQLite: writes a consistent copy with SQLite's online backup API, safe while the bot runs.
PostgreSQL: prints the pg_dump command to run (the server's own tool makes the consistent copy).
The file's folder must exist; an existing file is replaced only with --force, and never the database itself.

Restore (SQLite), as in README "Backup and restore":
  1. stop the bot;
  2. delete <database>-wal and <database>-shm if they exist (e.g. data/loftesbot.db-wal and data/loftesbot.db-shm):
     a left-over WAL file must never be replayed into the restored database;
  3. copy the backup to the database file (e.g. data/loftesbot.db);
  4. start the bot.
Restore (PostgreSQL): pg_restore --clean --dbname=<url> <file> while the bot is stopped.`,
  async run(args, env) {
    const { positionals, values } = parseArgs({
      args,
      options: { force: { type: 'boolean' } },
      allowPositionals: true,
    });
    const [file] = positionals;
    if (!file) throw new CliError('ange filen: backup <fil>, t.ex. backup /var/backups/loftesbot.db', 2);
    const target = outFile(file, env.config, values.force === true);
    const ctx = await env.openContext();
    try {
      if (ctx.stores.dialect === 'postgres') {
        // The URL without its password, so the commands run as printed ("***" in its place was taken for the
        // password and refused): the password comes from PGPASSWORD, ~/.pgpass or pg_dump's own question.
        const url = withoutPassword(ctx.config.databaseUrl);
        env.io.out(
          [
            'PostgreSQL: kör',
            `  pg_dump --format=custom --file=${JSON.stringify(target)} "${url}"`,
            `Återställ med pg_restore --clean --dbname="${url}" ${JSON.stringify(target)} medan boten är stoppad.`,
            'Lösenordet skrivs inte ut: pg_dump frågar efter det, eller sätt PGPASSWORD (eller ~/.pgpass).',
          ].join('\n'),
        );
        return 0;
      }
      // Into a new file beside the target, then renamed over it: --force replaces any file, never half-written.
      const building = `${target}.tmp-${randomBytes(4).toString('hex')}`;
      const result = await ctx.stores.backup(building).catch(async (error: unknown) => {
        await rm(building, { force: true });
        throw error;
      });
      if (result.ok) await rename(building, target);
      if (!result.ok) {
        throw new CliError(
          result.reason === 'same-file'
            ? 'säkerhetskopian får inte vara databasfilen själv'
            : 'en databas i minnet kan inte säkerhetskopieras',
        );
      }
      env.io.out(`Säkerhetskopia skriven: ${target} (${result.totalPages} sidor)`);
      return 0;
    } finally {
      await ctx.close();
    }
  },
};

/** `postgres://user:secret@host/db` → `postgres://user@host/db`; a URL without a password as it is. */
function withoutPassword(databaseUrl: string): string {
  try {
    const url = new URL(databaseUrl);
    url.password = '';
    return url.toString();
  } catch {
    return databaseUrl.replace(/\/\/([^:/@]+):[^@]*@/, '//$1@');
  }
}
