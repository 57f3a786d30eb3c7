import { parseArgs } from 'node:util';

/** The sections of the benchmark, in the order they run. */
export const SECTIONS = ['import', 'summaries', 'scheduler', 'startup', 'slack', 'teams'] as const;
export type Section = (typeof SECTIONS)[number];

export interface BenchOptions {
  /** The smaller version (about three minutes): shorter runs, fewer registrations. */
  readonly quick: boolean;
  readonly sections: readonly Section[];
  /** Run the Löftesbot server child with `node --cpu-prof` (profiles in bench/.cache/profiles). */
  readonly profile: boolean;
  /** Ignore the cached data sets and generate them again. */
  readonly fresh: boolean;
  /** Registrations in the national data set (default 1,000,000; --quick 100,000). */
  readonly registrations: number;
  /** PostgreSQL server for the summaries (BENCH_DATABASE_URL, else TEST_DATABASE_URL), or null. */
  readonly postgresUrl: string | null;
  readonly help: boolean;
}

export const USAGE = `Usage: npm run bench [-- options]

  --quick              a smaller version (about three minutes): shorter load runs, 100,000 registrations
  --only <a,b,…>       only these sections: ${SECTIONS.join(', ')}
  --registrations <n>  registrations in the national data set (default 1,000,000; --quick 100,000)
  --profile            run the server child under node --cpu-prof (bench/.cache/profiles/)
  --fresh              regenerate the cached data sets (bench/.cache/)
  --help               this text

PostgreSQL is measured when BENCH_DATABASE_URL or TEST_DATABASE_URL names a reachable server.
Prints a table and writes bench/results.json.`;

/** Reads the command line (and the PostgreSQL URL from the environment). Throws on an unknown option. */
export function benchOptions(argv: readonly string[], env: NodeJS.ProcessEnv): BenchOptions {
  const { values } = parseArgs({
    args: [...argv],
    options: {
      quick: { type: 'boolean', default: false },
      only: { type: 'string' },
      profile: { type: 'boolean', default: false },
      fresh: { type: 'boolean', default: false },
      registrations: { type: 'string' },
      help: { type: 'boolean', default: false },
    },
    allowPositionals: false,
  });
  const only = values.only?.split(',').map((s) => s.trim()) ?? [];
  const unknown = only.filter((s) => !(SECTIONS as readonly string[]).includes(s));
  if (unknown.length > 0) throw new Error(`--only: unknown section ${unknown.join(', ')}`);
  const registrations = values.registrations
    ? Number(values.registrations.replace(/[_,]/g, ''))
    : values.quick
      ? 100_000
      : 1_000_000;
  if (!Number.isInteger(registrations) || registrations < 1000) {
    throw new Error('--registrations: a whole number of at least 1000');
  }
  return {
    quick: values.quick,
    sections: only.length > 0 ? SECTIONS.filter((s) => only.includes(s)) : SECTIONS,
    profile: values.profile,
    fresh: values.fresh,
    registrations,
    postgresUrl: env.BENCH_DATABASE_URL || env.TEST_DATABASE_URL || null,
    help: values.help,
  };
}
