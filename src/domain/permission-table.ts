import { PERMISSION_RULES } from './permissions.ts';
import { ROLES } from './types.ts';

/**
 * The role × action table of README "Security and personal data", generated from PERMISSION_RULES — the rules
 * `decide` enforces — so the documentation cannot drift from the code (a test compares the two).
 */
export function roleActionTable(): string {
  const header = `| action | what | ${ROLES.join(' | ')} |`;
  const rule = `| --- | --- | ${ROLES.map(() => ':---:').join(' | ')} |`;
  const rows = PERMISSION_RULES.map(
    (r) =>
      `| \`${r.permission}\` | ${r.description} | ${ROLES.map((role) => (r.roles.includes(role) ? '✓' : '')).join(' | ')} |`,
  );
  return [header, rule, ...rows].join('\n');
}
