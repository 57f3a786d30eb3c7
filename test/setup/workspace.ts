import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PassThrough } from 'node:stream';
import type { DateTime } from 'luxon';
import type { CliIo } from '../../src/cli/command.ts';
import { main } from '../../src/cli/main.ts';
import { type Config, loadConfig } from '../../src/config.ts';

/** What one CLI run printed and returned. */
export interface CliRun {
  readonly code: number;
  readonly out: string;
  readonly err: string;
}

/** A fresh SQLite file in its own folder, a test clock standing at `now`, and the real CLI over them. */
export interface CliWorkspace {
  readonly dir: string;
  readonly config: Config;
  /** Runs `npx loftesbot <args>` in-process, with `input` as its standard input (one line each). */
  cli(args: readonly string[], input?: readonly string[]): Promise<CliRun>;
  dispose(): void;
}

/** `databaseUrl`: another database than the folder's SQLite file (a PostgreSQL test database). */
export function cliWorkspace(prefix: string, now: DateTime, databaseUrl?: string): CliWorkspace {
  const dir = mkdtempSync(join(tmpdir(), `loftesbot-${prefix}-`));
  const clockFile = join(dir, 'clock');
  writeFileSync(clockFile, String(now.toMillis()));
  const config = loadConfig({
    DATABASE_URL: databaseUrl ?? `sqlite:${join(dir, 'loftesbot.db')}`,
    LOFTESBOT_TEST_CLOCK: `file=${clockFile}`,
    LOG_LEVEL: 'silent',
  });
  return {
    dir,
    config,
    async cli(args, input = []) {
      const out: string[] = [];
      const err: string[] = [];
      const stdin = new PassThrough();
      const io: CliIo = { out: (t) => out.push(t), err: (t) => err.push(t), stdin, stdinIsTty: false };
      stdin.end(input.map((l) => `${l}\n`).join(''));
      const code = await main([...args], io, config);
      return { code, out: out.join('\n'), err: err.join('\n') };
    },
    dispose: () => rmSync(dir, { recursive: true, force: true }),
  };
}
