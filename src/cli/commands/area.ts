import { parseArgs } from 'node:util';
import { savePoliceArea } from '../../domain/admin.ts';
import { type CliCommand, CliError } from '../command.ts';
import { cliActor } from '../operator.ts';

export const areaCommand: CliCommand = {
  name: 'area',
  summary: 'add or list police areas (lokalpolisområden)',
  help: `Usage:
  npx loftesbot area add "<namn>" <kommun> [<kommun> …]
  npx loftesbot area list

Example: npx loftesbot area add "LPO Värnamo" Värnamo Gislaved Gnosjö`,
  async run(args, env) {
    const { positionals } = parseArgs({ args, options: {}, allowPositionals: true });
    const [sub, name, ...kommuner] = positionals;
    const ctx = await env.openContext();
    try {
      if (sub === 'list') {
        const areas = await ctx.store.listPoliceAreas();
        if (areas.length === 0)
          env.io.out('Inga polisområden ännu. Lägg till med: npx loftesbot area add "<namn>" <kommun> …');
        for (const a of areas) {
          env.io.out(`${a.name} (${a.id}): ${ctx.register.namesOf(a.municipalityCodes).join(', ')}`);
        }
        return 0;
      }
      if (sub !== 'add' || !name || kommuner.length === 0)
        throw new CliError('skriv area add ”<namn>” <kommun> … eller area list', 2);
      const result = await savePoliceArea(
        { ...ctx, zone: ctx.config.timezone },
        cliActor(env),
        name,
        kommuner,
      );
      if (!result.ok) {
        if (result.error === 'empty')
          throw new CliError('ett område behöver ett namn och minst en kommun', 2);
        throw new CliError(
          `okänd kommun ”${result.query}”${result.suggestions.length ? ` — menade du ${result.suggestions.join(', ')}?` : ''}`,
        );
      }
      env.io.out(`${result.name} (${result.id}) sparat med ${result.municipalities.join(', ')}.`);
      return 0;
    } finally {
      await ctx.close();
    }
  },
};
