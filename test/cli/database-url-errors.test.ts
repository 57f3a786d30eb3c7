import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PassThrough } from 'node:stream';
import { afterAll, describe, expect, it } from 'vitest';
import { main } from '../../src/cli/main.ts';
import { loadConfig } from '../../src/config.ts';

const dir = mkdtempSync(join(tmpdir(), 'loftesbot-dburl-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const notADatabase = join(dir, 'notes.db');
writeFileSync(notADatabase, 'this is not a database\n'.repeat(200));

/**
 * The operator points DATABASE_URL at the wrong file or at a PostgreSQL server that is not there. The command says
 * which variable, which address (never the password) and what to check — not the driver's "file is not a database"
 * behind "oväntat fel", nor "E_STORE: migration failed: connect ECONNREFUSED".
 */
describe('a database that cannot be opened', () => {
  // The line as README's DATABASE_URL row shows it: the command, then the variable — no "E_STORE:" code between.
  it.each([
    [
      'role list',
      `sqlite:${notADatabase}`,
      `loftesbot role: DATABASE_URL (sqlite:${notADatabase}): filen är ingen SQLite-databas`,
    ],
    [
      'start',
      `sqlite:${notADatabase}`,
      `loftesbot start: DATABASE_URL (sqlite:${notADatabase}): filen är ingen SQLite-databas`,
    ],
    [
      'role list',
      'postgres://loftesbot:hemligt@127.0.0.1:1/loftesbot',
      'loftesbot role: DATABASE_URL (postgres://loftesbot:***@127.0.0.1:1/loftesbot): kommer inte fram till PostgreSQL',
    ],
    // A URL that is wrong in itself is a configuration error, said as one, as at start.
    [
      'role list',
      'sqlite:',
      'loftesbot role: fel i konfigurationen: DATABASE_URL sqlite: behöver en sökväg till filen, t.ex. sqlite:./data/loftesbot.db',
    ],
  ])('%s, %s', async (command, url, text) => {
    const err: string[] = [];
    const io = {
      out: () => {},
      err: (t: string) => err.push(t),
      stdin: new PassThrough(),
      stdinIsTty: false,
    };
    const code = await main(command.split(' '), io, loadConfig({ DATABASE_URL: url }));
    expect(code).toBe(1);
    expect(err.join('\n').startsWith(text), err.join('\n')).toBe(true);
    expect(err.join('\n')).not.toMatch(/hemligt|oväntat fel|migration failed|E_STORE/);
  });
});
