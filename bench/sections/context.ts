import type { BenchOptions } from '../lib/args.ts';
import type { Figure } from '../lib/report.ts';

/** What every section gets: the options, a progress logger (stderr) and a place for notes. */
export interface SectionContext {
  readonly options: BenchOptions;
  log(line: string): void;
  note(text: string): void;
  /** Figures measured by earlier sections (e.g. idle RSS for the after-load comparison). */
  readonly figures: readonly Figure[];
}
