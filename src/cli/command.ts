import { type ParseArgsConfig, parseArgs } from 'node:util';
import type { AppContext, ContextOptions } from '../app/context.ts';
import type { Config } from '../config.ts';
import { editDistance, typoAllowance } from '../domain/names.ts';

/** Where a CLI command writes: stdout for results, stderr for errors and progress. */
export interface CliIo {
  readonly out: (text: string) => void;
  readonly err: (text: string) => void;
  /** Standard input, for commands that read it (chat). */
  readonly stdin: NodeJS.ReadableStream;
  readonly stdinIsTty: boolean;
}

export interface CliEnv {
  readonly config: Config;
  readonly io: CliIo;
  /** Opens (and migrates) the configured database; the caller closes it. */
  openContext(options?: ContextOptions): Promise<AppContext>;
  /** Who operates the CLI, for the audit log (`cli:<operator>`); default: the operating-system user. */
  readonly operator?: string;
}

/** One `npx loftesbot <name>` command. `run` returns the exit code; expected failures print one line to stderr. */
export interface CliCommand {
  readonly name: string;
  readonly summary: string;
  /** Full help text, shown for `--help`. */
  readonly help: string;
  run(args: string[], env: CliEnv): Promise<number>;
}

/** An expected, user-caused CLI failure: printed as one line to stderr, exit code 1 (or `exitCode`). */
export class CliError extends Error {
  constructor(
    message: string,
    readonly exitCode = 1,
  ) {
    super(message);
    this.name = 'CliError';
  }
}

/** Arguments written back as a command line to copy: a word with a space in quotes ("LPO Höglandet"). */
export function commandLine(args: readonly string[]): string {
  return args.map((a) => (/\s/.test(a) ? `"${a}"` : a)).join(' ');
}

/** The one of `words` a mistyped `typed` most likely meant ("strat" → start, "meeting" → meetings), or undefined. */
export function nearestWord(typed: string, words: readonly string[]): string | undefined {
  const key = typed.toLowerCase();
  let best: { word: string; distance: number } | undefined;
  for (const word of words) {
    const distance = editDistance(key, word.toLowerCase());
    const allowed = Math.max(1, typoAllowance(word));
    if (distance <= allowed && (!best || distance < best.distance)) best = { word, distance };
  }
  return best?.word;
}

/**
 * The refusal of a subcommand the command does not have: which it has and, for a near miss, the line as it was
 * probably meant ("role ad slack:U1 …" → "menade du npx loftesbot role add slack:U1 …?").
 */
export function subcommandError(
  command: string,
  sub: string | undefined,
  subs: readonly string[],
  args: readonly string[],
  example?: string,
): CliError {
  const eg = example === undefined ? '' : `, t.ex. ${command} ${example}`;
  const words = subs.length > 1 ? `${subs.slice(0, -1).join(', ')} eller ${subs.at(-1)}` : (subs[0] ?? '');
  const choices = `skriv ${words}${eg} (se npx loftesbot ${command} --help)`;
  const meant = sub === undefined ? undefined : nearestWord(sub, subs);
  if (sub === undefined || meant === undefined) return new CliError(choices, 2);
  const at = args.indexOf(sub);
  const fixed = commandLine(args.map((a, i) => (i === at ? meant : a)));
  return new CliError(
    `okänt underkommando ”${sub}”; menade du npx loftesbot ${command} ${fixed}? ${choices}`,
    2,
  );
}

/**
 * The words of a `npx loftesbot <command> <sub> …` line: its options, its subcommand — one of `subs`, anything else
 * refused by `subcommandError` (with `example`, a whole line to copy, when given) — and the words after it.
 */
export function subcommandArgs<
  const S extends string,
  const O extends NonNullable<ParseArgsConfig['options']>,
>(command: string, args: string[], subs: readonly S[], options: O, example?: string) {
  const { positionals, values } = parseArgs({ args, options, allowPositionals: true });
  const [sub, ...rest] = positionals;
  if (!(subs as readonly string[]).includes(sub ?? ''))
    throw subcommandError(command, sub, subs, args, example);
  return { sub: sub as S, rest, values };
}

/** The refusal of a subcommand without the words it needs: "<sub> behöver <needs>, t.ex. <command> <sub> <example>". */
export function needsWords(command: string, sub: string, needs: string, example: string): CliError {
  return new CliError(`${sub} behöver ${needs}, t.ex. ${command} ${sub} ${example}`, 2);
}
