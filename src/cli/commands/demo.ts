import { parseArgs } from 'node:util';
import { loadDemo } from '../../demo/load-demo.ts';
import type { CliCommand } from '../command.ts';

export const demoCommand: CliCommand = {
  name: 'demo',
  summary: 'load demo data: LPO Höglandet and the agreements of the seed documents',
  help: `Usage: npx loftesbot demo

Loads LPO Höglandet's kommuner, the Tranås 2019–2020 and Sävsjö 2020–2021 agreements with their 2020 follow-ups,
the Tranås 2023–2024 agreement, and a current (demo-marked) agreement for Tranås and Sävsjö with registrations,
statuses, a six-weekly samverkansmöte series, console channel bindings and demo roles
(console:anna, console:sven, console:per, console:lena, console:admin). Safe to run again: nothing is duplicated.`,
  async run(args, env) {
    parseArgs({ args, options: {}, allowPositionals: false });
    const ctx = await env.openContext();
    try {
      const result = await loadDemo(ctx.store, ctx.clock, ctx.config.timezone);
      if (result.agreementsAdded.length === 0) env.io.out('Demodata finns redan; inget ändrades.');
      else env.io.out(`Demodata inläst: ${result.agreementsAdded.join(', ')}`);
      return 0;
    } finally {
      await ctx.close();
    }
  },
};
