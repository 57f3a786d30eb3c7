import { grantRole, personId, revokeRole } from '../../domain/admin.ts';
import { scopeName } from '../../domain/scope.ts';
import { failAdmin } from '../admin-errors.ts';
import { type CliCommand, needsWords, subcommandArgs } from '../command.ts';
import { cliActor } from '../operator.ts';

const HELP = `Usage:
  npx loftesbot role add <person> <roll> <kommun|område>
  npx loftesbot role remove <person> <roll> <kommun|område>
  npx loftesbot role list [--json]

A person is slack:<user id>, teams:<AAD object id> or console:<name>.
Roles: polis, kommun, samordnare, chef, admin — scoped to one kommun or one police area.
Example: npx loftesbot role add slack:U024BE7LH samordnare Tranås`;

export const roleCommand: CliCommand = {
  name: 'role',
  summary: 'grant, list and remove roles (add | list | remove)',
  help: HELP,
  async run(args, env) {
    const { sub, rest, values } = subcommandArgs('role', args, ['add', 'list', 'remove'], {
      json: { type: 'boolean' },
    });
    const [person, role, ...scopeWords] = rest;
    const actor = cliActor(env);
    const ctx = await env.openContext();
    try {
      const deps = { ...ctx, zone: ctx.config.timezone };
      if (sub === 'list') {
        const [grants, areas] = await Promise.all([ctx.store.allRoles(), ctx.store.listPoliceAreas()]);
        if (values.json) env.io.out(JSON.stringify(grants, null, 2));
        else if (grants.length === 0) env.io.out('Inga roller är tilldelade.');
        else
          for (const g of grants)
            env.io.out(`${g.person}\t${g.role}\t${scopeName(g.scope, ctx.register, areas)}`);
        return 0;
      }
      if (!person || !role || scopeWords.length === 0)
        throw needsWords('role', sub, '<person> <roll> <kommun|område>', 'slack:U024BE7LH samordnare Tranås');
      const op = sub === 'add' ? grantRole : revokeRole;
      const result = await op(deps, actor, person, role, scopeWords.join(' '));
      if (!result.ok) failAdmin(result);
      const verb =
        sub === 'add'
          ? result.changed
            ? 'fick'
            : 'har redan'
          : result.changed
            ? 'har inte längre'
            : 'hade inte';
      env.io.out(`${personId(person)} ${verb} rollen ${role.toLowerCase()} för ${result.scopeName}.`);
      return 0;
    } finally {
      await ctx.close();
    }
  },
};
