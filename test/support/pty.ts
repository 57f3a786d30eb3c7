import { type ChildProcess, spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';

/** The repository root, where bin/loftesbot.js lives. */
export const REPO_ROOT = fileURLToPath(new URL('../../', import.meta.url));

/** Variables a child must not inherit from the test runner (they would change its configuration). */
const DROP = /^(DATABASE_URL|PORT|HOST|SLACK_|MICROSOFT_|TEAMS_|LOFTESBOT_|LOG_LEVEL|VITEST|NODE_OPTIONS)/;

/** The runner's environment without Löftesbot's configuration, plus `env`. */
export function childEnv(env: Record<string, string>): Record<string, string> {
  const inherited = Object.fromEntries(
    Object.entries(process.env).filter((e): e is [string, string] => e[1] !== undefined && !DROP.test(e[0])),
  );
  return { ...inherited, ...env };
}

/** A command running in a pseudo-terminal (util-linux `script`), as a person at a terminal would run it. */
export interface PtyProcess {
  readonly child: ChildProcess;
  /** Types text into the terminal. */
  write(text: string): void;
  /** Everything the terminal showed so far. */
  output(): string;
  /** Resolves with the output once it matches `pattern` (after `from` characters), or rejects after `timeoutMs`. */
  waitFor(pattern: RegExp, timeoutMs?: number, from?: number): Promise<string>;
  readonly exited: Promise<number | null>;
  kill(): void;
}

/** Runs `node bin/loftesbot.js <args>` under `script`, so its standard input and output are a terminal. */
export function loftesbotInPty(
  args: readonly string[],
  cwd: string,
  env: Record<string, string>,
): PtyProcess {
  const command = [process.execPath, `${REPO_ROOT}bin/loftesbot.js`, ...args].map(quote).join(' ');
  const child = spawn('script', ['--quiet', '--flush', '--return', '--command', command, '/dev/null'], {
    cwd,
    env: childEnv({ TERM: 'dumb', ...env }),
    stdio: ['pipe', 'pipe', 'pipe'],
  });
  let text = '';
  child.stdout?.on('data', (d: Buffer) => {
    text += d.toString('utf8');
  });
  child.stderr?.on('data', (d: Buffer) => {
    text += d.toString('utf8');
  });
  const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));
  return {
    child,
    write: (t) => child.stdin?.write(t),
    output: () => text,
    async waitFor(pattern, timeoutMs = 30_000, from = 0) {
      const until = Date.now() + timeoutMs;
      while (!pattern.test(text.slice(from))) {
        if (child.exitCode !== null || Date.now() > until) {
          throw new Error(`terminal never showed ${pattern} (exit ${child.exitCode}):\n${text}`);
        }
        await new Promise((r) => setTimeout(r, 20));
      }
      return text;
    },
    exited,
    kill: () => {
      if (child.exitCode === null) child.kill('SIGKILL');
    },
  };
}

function quote(arg: string): string {
  return /^[\w./:=-]+$/.test(arg) ? arg : `'${arg.replace(/'/g, `'\\''`)}'`;
}
