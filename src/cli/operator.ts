import { userInfo } from 'node:os';
import type { CliEnv } from './command.ts';

/**
 * Who runs a CLI change, for the audit log: `cli:<operating-system user>` (or the env's `operator`, which tests
 * set). A user name the system cannot tell reads `cli:unknown`.
 */
export function cliPerson(env: Pick<CliEnv, 'operator'>): string {
  return `cli:${env.operator ?? systemUser()}`;
}

/** The actor of every change made at the command line: the one place that decides it (README "Security"). */
export function cliActor(env: Pick<CliEnv, 'operator'>): {
  readonly person: string;
  readonly platform: 'cli';
} {
  return { person: cliPerson(env), platform: 'cli' };
}

function systemUser(): string {
  try {
    const name = userInfo().username.trim().replace(/\s+/g, '_');
    return name === '' ? 'unknown' : name;
  } catch {
    return 'unknown';
  }
}
