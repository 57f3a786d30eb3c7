import type { AdminResult } from '../domain/admin.ts';
import { ROLES } from '../domain/types.ts';
import { CliError } from './command.ts';

/** Turns a failed administrative result into the CLI's one-line error. */
export function failAdmin(result: Exclude<AdminResult, { ok: true }>): never {
  switch (result.error) {
    case 'unknown-role':
      throw new CliError(`okänd roll ”${result.role}”; giltiga roller: ${ROLES.join(', ')}`);
    case 'bad-person':
      throw new CliError(
        `”${result.person}” är ingen person; skriv slack:<användar-id>, teams:<AAD-objekt-id> eller console:<namn>`,
      );
    case 'all-admin-only':
      throw new CliError(`omfånget alla finns bara för rollen admin (inte ${result.role})`);
    case 'last-admin':
      throw new CliError(
        `${result.person} är den sista administratören för alla och kan inte tas bort; ge först någon annan rollen (role add <person> admin alla)`,
      );
    case 'unknown-scope': {
      const s = result.lookup.kind === 'unknown' ? result.lookup.suggestions : [];
      throw new CliError(
        `hittar ingen kommun eller inget polisområde som heter ”${result.lookup.kind === 'unknown' ? result.lookup.query : ''}”${s.length ? ` — menade du ${s.join(', ')}?` : ''}`,
      );
    }
  }
}
