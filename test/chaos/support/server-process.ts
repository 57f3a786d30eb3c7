import { type ChildProcess, spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';

/** The repository root, where `node bin/loftesbot.js` runs. */
export const ROOT = fileURLToPath(new URL('../../../', import.meta.url));

/** One JSON log line of the child (stderr), or its plain text when it was not JSON. */
export type LogLine = Record<string, unknown> & { readonly raw: string };

export interface ServerProcess {
  readonly child: ChildProcess;
  /** `http://127.0.0.1:<port>` once listening. */
  readonly url: string;
  /** The operations listener (GET /metrics, the detailed GET /healthz). */
  readonly metricsUrl: string;
  /** Every stderr line so far, parsed. */
  readonly logs: readonly LogLine[];
  /** Everything written to stdout and stderr, as text. */
  output(): string;
  /** Resolves with the exit code and signal when the process has ended. */
  readonly exited: Promise<{ code: number | null; signal: NodeJS.Signals | null }>;
  kill(signal: NodeJS.Signals): void;
}

/** Environment variables a child must not inherit from the test runner (they would change its behaviour). */
const DROP = /^(DATABASE_URL|PORT|HOST|SLACK_|MICROSOFT_|TEAMS_|LOFTESBOT_|LOG_LEVEL|VITEST|NODE_OPTIONS)/;

/**
 * Spawns the real `node bin/loftesbot.js start` (or `npm start`, `via: 'npm'`) on 127.0.0.1 and a free port with
 * `env` as its configuration, and resolves when it says where it listens. Rejects with its output when it exits or
 * stays silent for `timeoutMs`.
 */
export async function startServerProcess(
  env: Record<string, string>,
  timeoutMs = 60_000,
  via: 'node' | 'npm' = 'node',
): Promise<ServerProcess> {
  const inherited = Object.fromEntries(Object.entries(process.env).filter(([k]) => !DROP.test(k)));
  const [command, args] =
    via === 'npm' ? ['npm', ['start', '--silent']] : [process.execPath, ['bin/loftesbot.js', 'start']];
  const child = spawn(command, args, {
    cwd: ROOT,
    env: { ...inherited, PORT: '0', HOST: '127.0.0.1', LOG_LEVEL: 'info', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const logs: LogLine[] = [];
  const chunks: string[] = [];
  let pending = '';
  const exited = new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((resolve) =>
    child.once('exit', (code, signal) => resolve({ code, signal })),
  );
  child.stdout?.on('data', (d: Buffer) => chunks.push(d.toString('utf8')));
  let metricsUrl = '';
  const url = await new Promise<string>((resolve, reject) => {
    const timer = setTimeout(() => {
      child.kill('SIGKILL');
      reject(new Error(`server did not start within ${timeoutMs} ms:\n${chunks.join('')}`));
    }, timeoutMs);
    child.stderr?.on('data', (d: Buffer) => {
      const text = d.toString('utf8');
      chunks.push(text);
      pending += text;
      const lines = pending.split('\n');
      pending = lines.pop() ?? '';
      for (const raw of lines) {
        logs.push(parseLine(raw));
        const m = /kör på (http:\/\/[^\s]+).*mätvärden: (http:\/\/[^\s]+)\/metrics/.exec(raw);
        if (m?.[1] && m[2]) {
          clearTimeout(timer);
          metricsUrl = m[2];
          resolve(m[1]);
        }
      }
    });
    void exited.then(({ code, signal }) => {
      clearTimeout(timer);
      reject(new Error(`server exited (${code ?? signal}) before listening:\n${chunks.join('')}`));
    });
  });
  return {
    child,
    url,
    metricsUrl,
    logs,
    output: () => chunks.join(''),
    exited,
    kill: (signal) => {
      if (child.exitCode === null && child.signalCode === null) child.kill(signal);
    },
  };
}

function parseLine(raw: string): LogLine {
  try {
    const v = JSON.parse(raw) as unknown;
    if (v && typeof v === 'object' && !Array.isArray(v)) return { ...(v as Record<string, unknown>), raw };
  } catch {
    // a plain line (the CLI's Swedish status lines)
  }
  return { raw };
}

/** Polls GET /healthz until it answers 200 (or throws after `timeoutMs`). */
export async function waitHealthy(url: string, timeoutMs = 20_000): Promise<Record<string, unknown>> {
  const until = Date.now() + timeoutMs;
  let last = '';
  while (Date.now() < until) {
    try {
      const res = await fetch(`${url}/healthz`);
      const body = (await res.json()) as Record<string, unknown>;
      if (res.status === 200) return body;
      last = JSON.stringify(body);
    } catch (e) {
      last = String(e);
    }
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error(`not healthy within ${timeoutMs} ms: ${last}`);
}
