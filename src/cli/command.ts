import type { AppContext, ContextOptions } from '../app/context.ts';
import type { Config } from '../config.ts';

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
