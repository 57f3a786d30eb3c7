import { spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type CliHarness, cliHarness, rowCounts } from './cli-harness.ts';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));

/**
 * `npx loftesbot … | head`: the reader closes the pipe after the first lines. The CLI ends quietly — exit code 0,
 * nothing on stderr, no stack trace — and a piped chat still runs every command of its input.
 */

interface Run {
  readonly code: number | null;
  readonly stderr: string;
}

/** The real binary with stdout closed by its reader as soon as the first output arrives (as `head -1` does). */
function closedAfterFirstOutput(dbPath: string, args: readonly string[], input: string): Promise<Run> {
  return new Promise((resolve, reject) => {
    const env = {
      ...process.env,
      TZ: 'Europe/Stockholm',
      DATABASE_URL: `sqlite:${dbPath}`,
      LOG_LEVEL: 'silent',
      LOFTESBOT_LOG_FILE: `${dbPath}.log`,
    };
    const child = spawn(process.execPath, ['bin/loftesbot.js', ...args], { cwd: ROOT, env });
    let stderr = '';
    child.stderr.on('data', (chunk: Buffer) => {
      stderr += chunk.toString('utf8');
    });
    child.stdout.once('data', () => child.stdout.destroy());
    child.on('error', reject);
    child.on('close', (code) => resolve({ code, stderr }));
    child.stdin.end(input);
  });
}

const MANY_STATUS = Array.from({ length: 15 }, () => '/status Tranås').join('\n');

const CASES: readonly { args: readonly string[]; input: string; registrations: number }[] = [
  { args: ['schedule', '--from', '2026-01-01', '--to', '2027-12-31'], input: '', registrations: 0 },
  // The last line logs an insats after the reader has long gone: it is still run.
  { args: ['chat', '--as', 'per'], input: `${MANY_STATUS}\n/insats Sävsjö 3\n`, registrations: 1 },
];

describe('a closed stdout (npx loftesbot … | head)', () => {
  let cli: CliHarness;
  beforeAll(async () => {
    cli = cliHarness();
    expect((await cli.run('demo')).code).toBe(0);
  });
  afterAll(() => cli.dispose());

  it.each(CASES)(
    '$args.0 ends quietly with exit code 0',
    async ({ args, input, registrations }) => {
      const before = (await rowCounts(`sqlite:${cli.dbPath}`)).registrations ?? 0;
      const run = await closedAfterFirstOutput(cli.dbPath, args, input);
      expect(run.stderr).toBe('');
      expect(run.code).toBe(0);
      expect((await rowCounts(`sqlite:${cli.dbPath}`)).registrations).toBe(before + registrations);
    },
    60_000,
  );
});
