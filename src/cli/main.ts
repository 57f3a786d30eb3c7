import { openAppContext } from '../app/context.ts';
import { type Config, configFromProcess, misspelledKeyNotices } from '../config.ts';
import { isLoftesbotError } from '../domain/errors.ts';
import { silentLogger } from '../runtime/logger.ts';
import { fileClock } from '../runtime/test-clock.ts';
import { type CliCommand, CliError, type CliIo, commandLine, nearestWord } from './command.ts';
import { COMMANDS } from './commands/index.ts';
import { pathLike } from './out-path.ts';

function usage(commands: readonly CliCommand[]): string {
  const width = Math.max(...commands.map((c) => c.name.length));
  return [
    'Löftesbot — medborgarlöften i Slack och Teams',
    '',
    'Usage: npx loftesbot <command> [options]',
    '',
    'Commands:',
    ...commands.map((c) => `  ${c.name.padEnd(width)}  ${c.summary}`),
    '',
    'Every command has --help. Configuration comes from the environment and .env (see .env.example); commands,',
    'JSON formats and HTTP paths are described in README.md and docs/formats.md in the repository.',
  ].join('\n');
}

const defaultIo: CliIo = {
  out: (t) => process.stdout.write(t.endsWith('\n') ? t : `${t}\n`),
  err: (t) => process.stderr.write(t.endsWith('\n') ? t : `${t}\n`),
  stdin: process.stdin,
  stdinIsTty: Boolean(process.stdin.isTTY),
};

/**
 * Runs one CLI command and returns its exit code. The CLI's one error boundary: expected failures print one line,
 * unexpected ones print their code and message (never a stack unless LOG_LEVEL=debug).
 */
export async function main(argv: string[], io: CliIo = defaultIo, configOverride?: Config): Promise<number> {
  const [name, ...args] = argv;
  if (!name || name === '--help' || name === '-h' || name === 'help') {
    io.out(usage(COMMANDS));
    return name ? 0 : 1;
  }
  const command = COMMANDS.find((c) => c.name === name);
  if (!command) {
    const meant = nearestWord(
      name,
      COMMANDS.map((c) => c.name),
    );
    const retyped = meant === undefined ? '' : ` menade du npx loftesbot ${commandLine([meant, ...args])}?`;
    io.err(`loftesbot: okänt kommando ”${name}”;${retyped} npx loftesbot --help listar kommandona.`);
    return 2;
  }
  if (args.includes('--help') || args.includes('-h')) {
    io.out(command.help);
    return 0;
  }
  let config: Config;
  // A misspelled variable is ignored by the configuration: said before anything else, so the default is no surprise.
  if (!configOverride) for (const line of misspelledKeyNotices()) io.err(`loftesbot: ${line}`);
  try {
    config = configOverride ?? configFromProcess();
  } catch (e) {
    io.err(`loftesbot: fel i konfigurationen: ${e instanceof Error ? e.message : String(e)}`);
    return 78;
  }
  try {
    return await command.run(args, {
      config,
      io,
      openContext: (options) =>
        openAppContext(config, {
          logger: silentLogger,
          // Test-only (LOFTESBOT_TEST_CLOCK): the CLI reads the same simulated time as the server.
          ...(config.testClock ? { clock: fileClock(config.testClock) } : {}),
          ...options,
        }),
    });
  } catch (e) {
    if (e instanceof CliError) {
      io.err(`loftesbot ${name}: ${e.message}`);
      return e.exitCode;
    }
    if (isLoftesbotError(e)) {
      // A setting found wrong only when used (a port in use, a database URL without a path) reads as at start. A
      // setting the operator can act on that names itself (DATABASE_URL's database cannot be opened) is said as
      // README shows it, with no code: "loftesbot start: DATABASE_URL (…): kommer inte fram till PostgreSQL; …".
      const named = typeof e.details.variable === 'string' && e.message.startsWith(e.details.variable);
      const kind = e.code === 'E_CONFIG' ? 'fel i konfigurationen: ' : named ? '' : `${e.code}: `;
      io.err(`loftesbot ${name}: ${kind}${e.message}`);
      return 1;
    }
    if (e instanceof Error && 'code' in e && typeof e.code === 'string' && /^ERR_PARSE_ARGS/.test(e.code)) {
      io.err(`loftesbot ${name}: ${parseArgsMessage(e.code, e.message, name, { help: command.help, args })}`);
      return 2;
    }
    io.err(`loftesbot ${name}: oväntat fel: ${e instanceof Error ? e.message : String(e)}`);
    if (config.logLevel === 'debug' || config.logLevel === 'trace') io.err(String((e as Error)?.stack ?? ''));
    return 1;
  }
}

/**
 * Node's parseArgs messages are English and span lines; the CLI says in one Swedish line what was wrong and how to
 * write it, e.g. a value that begins with a dash: --target=-5, or a folder given without --out (with `typed`: the
 * command's help and its arguments, so the right form is the line as typed with `--out` put in).
 */
export function parseArgsMessage(
  code: string,
  message: string,
  command: string,
  typed?: { readonly help: string; readonly args: readonly string[] },
): string {
  const option = /'(--?[\w-]+)/.exec(message)?.[1] ?? '';
  const help = `se npx loftesbot ${command} --help`;
  if (code === 'ERR_PARSE_ARGS_UNKNOWN_OPTION') {
    // The command's options are the ones its help names: "--yer" → "menade du --year?".
    const known = [...new Set(typed?.help.match(/--[a-z][\w-]*/g) ?? [])].filter((o) => o !== '--help');
    const meant = option.startsWith('--')
      ? nearestWord(
          option.slice(2),
          known.map((o) => o.slice(2)),
        )
      : undefined;
    if (meant === undefined || !typed) return `okänt val ”${option}”; ${help}`;
    const at = typed.args.findIndex((a) => a === option || a.startsWith(`${option}=`));
    const fixed = commandLine(
      typed.args.map((a, i) => (i === at ? `--${meant}${a.slice(option.length)}` : a)),
    );
    return `okänt val ”${option}”; menade du npx loftesbot ${command} ${fixed}?`;
  }
  if (code === 'ERR_PARSE_ARGS_UNEXPECTED_POSITIONAL') {
    const word = /argument '([^']*)'/.exec(message)?.[1] ?? '';
    if (typed && pathLike(word) && /--out\b/.test(typed.help) && !typed.args.includes('--out')) {
      const fixed = typed.args.map((a) => (a === word ? `--out ${a}` : a)).join(' ');
      return `oväntat argument ”${word}”; menade du npx loftesbot ${command} ${fixed}?`;
    }
    return `oväntat argument ”${word}”; ${help}`;
  }
  if (code === 'ERR_PARSE_ARGS_INVALID_OPTION_VALUE') {
    if (/ambiguous/.test(message))
      return `värdet till ${option} börjar med ”-”; skriv det med likhetstecken, t.ex. ${option}="-…"`;
    if (/does not take an argument/.test(message)) return `${option} tar inget värde; ${help}`;
    return `${option} behöver ett värde; ${help}`;
  }
  return `${message.split('\n')[0]}; ${help}`;
}
