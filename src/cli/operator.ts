import { userInfo } from 'node:os';
import type { CliEnv } from './command.ts';

/**
 * Who runs a CLI change, for the audit log: `cli:<operating-system user>` (or the env's `operator`, which tests
 * set). A user name the system cannot tell reads `cli:unknown`.
 */
export function cliPerson(env: Pick<CliEnv, 'operator'>): string {
  return `cli:${env.operator ?? systemUser()}`;
}

function systemUser(): string {
  try {
    const name = userInfo().username.trim().replace(/\s+/g, '_');
    return name === '' ? 'unknown' : name;
  } catch {
    return 'unknown';
  }
}
