import { type ChildProcess, spawn } from 'node:child_process';
import { closeSync, mkdirSync, openSync, readFileSync } from 'node:fs';
import { get } from 'node:http';
import { createServer } from 'node:net';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { setTimeout as sleep } from 'node:timers/promises';

export const ROOT = new URL('../../', import.meta.url).pathname;
export const CACHE_DIR = join(ROOT, 'bench', '.cache');
export const LOG_DIR = join(CACHE_DIR, 'logs');

/** A child process of the benchmark, its output in bench/.cache/logs/<name>.log. */
export interface Child {
  readonly name: string;
  readonly process: ChildProcess;
  readonly pid: number;
  readonly logPath: string;
  /** SIGTERM, then SIGKILL after `graceMs`; resolves when it has exited. */
  stop(graceMs?: number): Promise<void>;
}

/** A free TCP port on 127.0.0.1 (closed again at once; good enough for a child to take a moment later). */
export async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      server.close(() => resolve(port));
    });
  });
}

export interface SpawnOptions {
  readonly env?: Record<string, string>;
  /** Extra node flags (e.g. --cpu-prof). */
  readonly nodeFlags?: readonly string[];
  /** Open an IPC channel (children written for the bench send a `ready` message). */
  readonly ipc?: boolean;
}

/** Starts `node [flags] <script> [args]` in the repository root; TypeScript scripts run through tsx. */
export function spawnNode(
  name: string,
  script: string,
  args: readonly string[],
  options: SpawnOptions = {},
): Child {
  mkdirSync(LOG_DIR, { recursive: true });
  const logPath = join(LOG_DIR, `${name}.log`);
  const log = openSync(logPath, 'w');
  const flags = [...(script.endsWith('.ts') ? ['--import', 'tsx'] : []), ...(options.nodeFlags ?? [])];
  const child = spawn(process.execPath, [...flags, script, ...args], {
    cwd: ROOT,
    env: { ...process.env, NODE_ENV: 'production', ...options.env },
    stdio: ['ignore', log, log, ...(options.ipc ? (['ipc'] as const) : [])],
  });
  closeSync(log);
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  return {
    name,
    process: child,
    pid: child.pid ?? 0,
    logPath,
    async stop(graceMs = 10_000) {
      if (child.exitCode !== null || child.signalCode !== null) return;
      child.kill('SIGTERM');
      const timer = setTimeout(() => child.kill('SIGKILL'), graceMs);
      await exited;
      clearTimeout(timer);
    },
  };
}

/** Resolves with the first IPC message of type `ready` (rejects when the child exits first or after `timeoutMs`). */
export function waitForMessage<T extends { type: string }>(child: Child, timeoutMs = 30_000): Promise<T> {
  return new Promise((resolve, reject) => {
    const timer = setTimeout(
      () => reject(new Error(`${child.name}: not ready within ${timeoutMs} ms`)),
      timeoutMs,
    );
    child.process.once('message', (m) => {
      clearTimeout(timer);
      resolve(m as T);
    });
    child.process.once('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`${child.name} exited (${code}) before it was ready; see ${child.logPath}`));
    });
  });
}

/** One GET; resolves with the status (0 when the connection failed). */
export function httpStatus(url: string): Promise<number> {
  return new Promise((resolve) => {
    const req = get(url, { agent: false, timeout: 1_000 }, (res) => {
      res.resume();
      res.on('end', () => resolve(res.statusCode ?? 0));
    });
    req.on('error', () => resolve(0));
    req.on('timeout', () => req.destroy());
  });
}

/** Polls `url` every `everyMs` until it answers 200; resolves with the milliseconds since `since`. */
export async function waitForHttp200(
  url: string,
  child: Child,
  since: number,
  timeoutMs = 60_000,
  everyMs = 5,
): Promise<number> {
  while (performance.now() - since < timeoutMs) {
    if (child.process.exitCode !== null) throw new Error(`${child.name} exited; see ${child.logPath}`);
    if ((await httpStatus(url)) === 200) return performance.now() - since;
    await sleep(everyMs);
  }
  throw new Error(`${child.name}: ${url} not 200 within ${timeoutMs} ms; see ${child.logPath}`);
}

/** Resident set size of a process in MB (Linux /proc), or null elsewhere. */
export function rssMB(pid: number): number | null {
  try {
    const m = /^VmRSS:\s+(\d+) kB$/m.exec(readFileSync(`/proc/${pid}/status`, 'utf8'));
    return m?.[1] ? Number(m[1]) / 1024 : null;
  } catch {
    return null;
  }
}

/** CPU time (user + system) a process has used so far, in ms (Linux /proc; clock ticks of 10 ms), or null. */
export function cpuMs(pid: number): number | null {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    // Fields after the command name (which may hold spaces) start after the last ')'.
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    return ((Number(fields[11]) + Number(fields[12])) * 1000) / 100;
  } catch {
    return null;
  }
}

/** The last `lines` lines of a child's log (for error messages). */
export function logTail(child: Child, lines = 15): string {
  try {
    return readFileSync(child.logPath, 'utf8').trimEnd().split('\n').slice(-lines).join('\n');
  } catch {
    return '';
  }
}
