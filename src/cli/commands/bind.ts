import { parseArgs } from 'node:util';
import { bindConversation } from '../../domain/admin.ts';
import type { Platform } from '../../domain/types.ts';
import { failAdmin } from '../admin-errors.ts';
import { type CliCommand, CliError } from '../command.ts';
import { cliActor } from '../operator.ts';

const PLATFORMS: readonly Platform[] = ['slack', 'teams', 'console'];

export const bindCommand: CliCommand = {
  name: 'bind',
  summary: 'bind a Slack channel or Teams conversation to a kommun or police area',
  help: `Usage: npx loftesbot bind <platform>:<conversation id> <kommun|område>

Binds a conversation so that commands in it may leave out the kommun and reminders are posted there.
Examples:
  npx loftesbot bind slack:C0123ABCD Sävsjö
  npx loftesbot bind "teams:19:abc@thread.tacv2" "LPO Höglandet"`,
  async run(args, env) {
    const { positionals } = parseArgs({ args, options: {}, allowPositionals: true });
    const [address, ...scopeWords] = positionals;
    const m = /^([a-z]+):(.+)$/.exec(address ?? '');
    if (!m || scopeWords.length === 0)
      throw new CliError(
        'skriv bind <plattform>:<konversations-id> <kommun|område>, t.ex. bind slack:C0123ABCD Tranås',
        2,
      );
    const platform = m[1] as Platform;
    if (!PLATFORMS.includes(platform))
      throw new CliError(`okänd plattform ”${m[1]}”; välj slack, teams eller console`, 2);
    const ctx = await env.openContext();
    try {
      const result = await bindConversation(
        { ...ctx, zone: ctx.config.timezone },
        cliActor(env),
        platform,
        m[2] as string,
        scopeWords.join(' '),
      );
      if (!result.ok) failAdmin(result);
      env.io.out(`${address} är nu kopplad till ${result.scopeName}.`);
      return 0;
    } finally {
      await ctx.close();
    }
  },
};
