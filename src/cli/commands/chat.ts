import { parseArgs } from 'node:util';
import { runConsoleChat } from '../../bots/console/run-console-chat.ts';
import { conversationPlace } from '../../bots/console/seat.ts';
import { createChatCore } from '../../bots/core/core.ts';
import { textsFor } from '../../bots/core/texts/index.ts';
import { ensureFirstAdmin, grantRole } from '../../domain/admin.ts';
import { createFileLogger, createLogger } from '../../runtime/logger.ts';
import { reminderRepository } from '../../store/repositories/reminders.ts';
import { linkDepsOf, loadLinkSecret } from '../../web/hmac.ts';
import { failAdmin } from '../admin-errors.ts';
import { type CliCommand, CliError } from '../command.ts';

const HELP = `Usage: npx loftesbot chat [--as <name>] [--role <roll> --kommun <kommun|område>] [--channel <id>] [--lang sv|en]

A terminal chat over the same chat core and the configured database (DATABASE_URL), showing exactly what the bot
would post. Type commands as in Slack or Teams (/insats Sävsjö, /status Tranås, /hjalp); buttons are numbered,
type !1 to press the first; exit (or end of input) quits. Works with piped standard input:

  printf '/insats Sävsjö\\n/status Sävsjö\\n' | npx loftesbot chat --as per

  --as <name>        act as console:<name> (default: admin — the demo's administrator). On a database without
                     any role, this person is made admin over alla (everything) and told so.
  --role <roll>      first grant console:<name> this role (polis, kommun, samordnare, chef, admin) …
  --kommun <namn>    … for this kommun or police area
  --channel <id>     the console conversation id (the demo binds tranas, savsjo and hoglandet); default: terminal
  --lang sv|en       answer in this language`;

export const chatCommand: CliCommand = {
  name: 'chat',
  summary: 'a terminal chat with the bot (interactive or piped)',
  help: HELP,
  async run(args, env) {
    const { values } = parseArgs({
      args,
      options: {
        as: { type: 'string' },
        role: { type: 'string' },
        kommun: { type: 'string' },
        channel: { type: 'string' },
        lang: { type: 'string' },
      },
      allowPositionals: false,
    });
    const name = (values.as ?? 'admin').trim().toLowerCase();
    if (!/^[\p{L}\d._-]+$/u.test(name))
      throw new CliError(`--as: ”${values.as}” är inget namn (bokstäver, siffror, . _ -)`, 2);
    if ((values.role === undefined) !== (values.kommun === undefined)) {
      throw new CliError('--role and --kommun go together, e.g. --role polis --kommun Sävsjö', 2);
    }
    if (values.lang !== undefined && values.lang !== 'sv' && values.lang !== 'en') {
      throw new CliError('--lang: välj sv eller en', 2);
    }
    const person = `console:${name}`;
    const conversationId = values.channel ?? 'terminal';
    // In a terminal the logs go to a file (never into the chat); piped, only errors reach stderr.
    const logger = env.io.stdinIsTty
      ? createFileLogger(env.config.logLevel, env.config.logFile)
      : createLogger('error');
    const ctx = await env.openContext({ logger });
    try {
      if (values.role !== undefined && values.kommun !== undefined) {
        const deps = { ...ctx, zone: ctx.config.timezone };
        const granted = await grantRole(
          deps,
          { person: 'cli:chat', platform: 'cli' },
          person,
          values.role,
          values.kommun,
        );
        if (!granted.ok) failAdmin(granted);
      }
      const first = await ensureFirstAdmin({ ...ctx, zone: ctx.config.timezone }, person);
      if (first.granted) {
        const t = textsFor((values.lang as 'sv' | 'en' | undefined) ?? ctx.config.lang);
        env.io.out(
          `${t.setup.firstAdmin(person)}\n${t.setup.nextStepsTitle}:\n${t.setup.nextSteps('Tranås')}`,
        );
      }
      await runConsoleChat({
        core: createChatCore({
          store: ctx.store,
          register: ctx.register,
          clock: ctx.clock,
          ids: ctx.ids,
          logger: ctx.logger,
          config: ctx.config,
          links: linkDepsOf(
            ctx.config,
            ctx.clock,
            await loadLinkSecret(ctx.config, ctx.stores, ctx.clock.now()),
          ),
          reminders: reminderRepository(ctx.handle.db, ctx.handle.dialect),
        }),
        input: env.io.stdin,
        // A terminal gets the real stdout (readline draws its prompt there); pipes go through the CLI's io.
        output: env.io.stdinIsTty ? process.stdout : { write: (text: string) => env.io.out(text) },
        person,
        conversationId,
        interactive: env.io.stdinIsTty,
        place: await conversationPlace(ctx, 'console', conversationId),
        ...(env.io.stdinIsTty ? { logFile: ctx.config.logFile } : {}),
        ...(values.lang ? { lang: values.lang as 'sv' | 'en' } : {}),
      });
      return 0;
    } finally {
      await ctx.close();
    }
  },
};
