import { parseArgs } from 'node:util';
import type { CliCommand } from '../command.ts';

export const migrateCommand: CliCommand = {
  name: 'migrate',
  summary: 'bring the database schema up to date',
  help: `Usage: npx loftesbot migrate

Brings the schema of DATABASE_URL up to date. Forward-only; safe to run again and from several instances at once.`,
  async run(args, env) {
    parseArgs({ args, options: {}, allowPositionals: false });
    const ctx = await env.openContext({ migrate: false });
    try {
      const results = await ctx.stores.migrate();
      const applied = results.filter((r) => r.status === 'Success').map((r) => r.migrationName);
      env.io.out(
        applied.length === 0 ? 'Schemat är redan aktuellt.' : `Körde migreringar: ${applied.join(', ')}`,
      );
      return 0;
    } finally {
      await ctx.close();
    }
  },
};
