import { type Permission, rolesFor } from '../../domain/permissions.ts';
import type { Role } from '../../domain/types.ts';
import type { CommandName } from './commands.ts';

/**
 * Which permission each line of the help needs, so that `/hjalp` shows a person the commands their roles allow
 * (a police officer on a phone need not scroll past `/lofte admin …`). A line is known by its command and the
 * beginning of its Swedish form (command-help.ts); the first rule that matches wins, and a line no rule matches is
 * for everyone (`/hjalp`, `/lofte hem`, `/lofte språk`). The handlers decide what is allowed — this only chooses
 * what the overview shows; `/hjalp <kommando>` always shows every form.
 */
const RULES: Readonly<Record<CommandName, readonly (readonly [prefix: string | RegExp, Permission])[]>> = {
  insats: [['', 'log']],
  logga: [['', 'log']],
  status: [['', 'read']],
  sammanfattning: [
    ['<lpo> länk', 'read-area'],
    ['', 'read'],
  ],
  rapportera: [['', 'follow-up']],
  samverkan: [
    [/^<kommun> (?:\[nästa\]|kalender)$/u, 'read'],
    ['', 'meetings'],
  ],
  statistik: [['', 'statistics']],
  hjalp: [],
  lofte: [
    [/^avtal <kommun>(?: \[år\])?$/u, 'read'],
    ['avtal ', 'follow-up'],
    ['mål ', 'follow-up'],
    ['import ', 'follow-up'],
    ['rätta ', 'follow-up'],
    ['radera ', 'follow-up'],
    ['admin ', 'admin'],
    ['historik ', 'history'],
    ['registreringar ', 'read'],
  ],
};

/** The permission a help line needs, or null when it is for everyone. `form` is the Swedish form after the command. */
export function formPermission(command: CommandName, form: string): Permission | null {
  for (const [prefix, permission] of RULES[command]) {
    if (typeof prefix === 'string' ? form.startsWith(prefix) : prefix.test(form)) return permission;
  }
  return null;
}

/** Whether someone holding `roles` (anywhere) may use a help line. */
export function mayUseForm(roles: readonly Role[], command: CommandName, form: string): boolean {
  const permission = formPermission(command, form);
  return permission === null || rolesFor(permission).some((role) => roles.includes(role));
}
