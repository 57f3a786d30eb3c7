import { createInterface } from 'node:readline/promises';
import type { RunningServer } from '../app/start.ts';
import type { ConsoleNotifier } from '../bots/console/notifier.ts';
import { runConsoleChat } from '../bots/console/run-console-chat.ts';
import { conversationPlace } from '../bots/console/seat.ts';
import { textsFor } from '../bots/core/texts/index.ts';
import type { Config } from '../config.ts';
import { loadDemo } from '../demo/load-demo.ts';
import { ensureFirstAdmin } from '../domain/admin.ts';
import type { CliEnv } from './command.ts';

/** The person of the foreground terminal chat. */
const PERSON = 'console:admin';

/** True when neither Slack nor Teams is configured: the terminal chat is then the way in. */
export function noPlatformConfigured(config: Config): boolean {
  const slack = Boolean(config.slack.appToken || (config.slack.botToken && config.slack.signingSecret));
  const teams = Boolean(config.teams.appId || config.teams.allowUnauthenticated);
  return !slack && !teams;
}

const CONNECT_HINT = `Ingen Slack eller Teams är konfigurerad, så Löftesbot svarar här i terminalen.
  Slack: sätt SLACK_SIGNING_SECRET och SLACK_BOT_TOKEN (eller SLACK_APP_TOKEN för Socket Mode) — se README "Install in Slack".
  Teams: sätt MICROSOFT_APP_ID och MICROSOFT_APP_PASSWORD — se README "Install in Teams".`;

/**
 * The newcomer's foreground chat of `npm start`: offers the demo data when the database is empty, says how to
 * connect Slack and Teams, then runs the terminal chat as console:admin; reminders print into it. Resolves when
 * the person types `exit` or ends the input.
 */
export async function runForegroundConsole(
  server: RunningServer,
  env: CliEnv,
  notifier?: ConsoleNotifier,
): Promise<void> {
  const { ctx } = server;
  const out = (text: string) => process.stdout.write(`${text}\n`);
  out(CONNECT_HINT);
  const empty =
    (await ctx.store.listPoliceAreas()).length === 0 && (await ctx.store.allBindings()).length === 0;
  const first = await ensureFirstAdmin({ ...ctx, zone: ctx.config.timezone }, PERSON);
  const t = textsFor(ctx.config.lang);
  if (first.granted) out(t.setup.firstAdmin(PERSON));
  if (empty) {
    const rl = createInterface({ input: env.io.stdin, output: process.stdout });
    const answer = (
      await rl.question('\nDatabasen är tom. Läsa in demodata (LPO Höglandet, Tranås, Sävsjö)? [J/n] ')
    ).trim();
    rl.close();
    if (answer === '' || /^[jy]/i.test(answer)) {
      const result = await loadDemo(ctx.store, ctx.clock, ctx.config.timezone);
      server.scheduler?.requestReplan();
      out(
        `Demodata inläst (${result.agreementsAdded.length} medborgarlöften). Prova: /insats Sävsjö, /status Tranås, /hjalp`,
      );
    } else {
      out(`${t.setup.nextStepsTitle}:\n${t.setup.nextSteps('Tranås')}`);
    }
  }
  // The demo binds the conversation `hoglandet` to its police area; without it the chat is the plain terminal.
  const demoPlace = await conversationPlace(ctx, 'console', 'hoglandet');
  await runConsoleChat({
    core: server.core,
    input: env.io.stdin,
    output: process.stdout,
    person: PERSON,
    conversationId: demoPlace ? 'hoglandet' : 'terminal',
    interactive: true,
    place: demoPlace,
    logFile: ctx.config.logFile,
    ...(notifier ? { notifier } : {}),
  });
}
