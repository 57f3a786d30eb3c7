import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PassThrough } from 'node:stream';
import { type Kysely, sql } from 'kysely';
import type { CliIo } from '../../src/cli/command.ts';
import { main } from '../../src/cli/main.ts';
import { type Config, loadConfig } from '../../src/config.ts';
import { openDatabase } from '../../src/store/open.ts';
import type { Database } from '../../src/store/schema.ts';

/** The CLI run in-process against its own SQLite file, with stdout and stderr captured. */
export interface CliHarness {
  readonly dir: string;
  readonly dbPath: string;
  readonly config: Config;
  run(...argv: string[]): Promise<{ code: number; out: string; err: string }>;
  dispose(): void;
}

export function cliHarness(): CliHarness {
  const dir = mkdtempSync(join(tmpdir(), 'loftesbot-cli-'));
  const dbPath = join(dir, 'loftesbot.db');
  const config = loadConfig({ DATABASE_URL: `sqlite:${dbPath}` });
  return {
    dir,
    dbPath,
    config,
    async run(...argv) {
      const out: string[] = [];
      const err: string[] = [];
      const io: CliIo = {
        out: (t) => out.push(t),
        err: (t) => err.push(t),
        stdin: new PassThrough(),
        stdinIsTty: false,
      };
      const code = await main(argv, io, config);
      return { code, out: out.join('\n'), err: err.join('\n') };
    },
    dispose: () => rmSync(dir, { recursive: true, force: true }),
  };
}

/** Rows per table of a database, for "nothing changed" comparisons. */
export async function rowCounts(url: string): Promise<Record<string, number>> {
  const handle = openDatabase(url);
  try {
    return await countRows(handle.db);
  } finally {
    await handle.close();
  }
}

export async function countRows(db: Kysely<Database>): Promise<Record<string, number>> {
  const tables = (await db.introspection.getTables()).map((t) => t.name).sort();
  const counts: Record<string, number> = {};
  for (const table of tables) {
    const { rows } = await sql<{ n: number | string }>`select count(*) as n from ${sql.table(table)}`.execute(
      db,
    );
    counts[table] = Number(rows[0]?.n);
  }
  return counts;
}
