import { Readable } from 'node:stream';
import type { CliIo } from '../../src/cli/command.ts';
import { main } from '../../src/cli/main.ts';
import { loadConfig } from '../../src/config.ts';

/** `npx loftesbot import <args>` in-process against `databaseUrl`: its exit code and what it printed. */
export async function runImport(
  databaseUrl: string,
  args: readonly string[],
): Promise<{ code: number; out: string; err: string }> {
  const stdout: string[] = [];
  const stderr: string[] = [];
  const io: CliIo = {
    out: (t) => stdout.push(t),
    err: (t) => stderr.push(t),
    stdin: Readable.from([]),
    stdinIsTty: false,
  };
  const code = await main(
    ['import', ...args],
    io,
    loadConfig({ DATABASE_URL: databaseUrl, LOG_LEVEL: 'silent' }),
  );
  return { code, out: stdout.join('\n'), err: stderr.join('\n') };
}
