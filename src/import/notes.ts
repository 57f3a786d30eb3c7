import type { StatisticCategory, TargetBasis } from '../domain/types.ts';

/**
 * What the import says about a document — a line left out, a target it could not read, a period it assumed — as
 * data: where, what kind, and the figures and words quoted from the document. note-words.ts words each kind once,
 * in Swedish (the command line, `import --json`, Swedish chat) and in English (chat for who chose English).
 */

/** Where a note points: a line, or in a Word document (no line numbers) the paragraph or table row. */
export type NotePlace =
  | { readonly kind: 'line'; readonly line: number }
  | { readonly kind: 'paragraph'; readonly words: string }
  | { readonly kind: 'row'; readonly words: string }
  /** A paragraph that must not be quoted (a name was left out of it), by the `nth` after the one quoted. */
  | { readonly kind: 'after'; readonly words: string; readonly nth: number }
  | { readonly kind: 'start' };

/** A kommun's name, or null where the document names none (the warning then shows `<kommun>`). */
type Kommun = string | null;
/** An activity's number as /lofte avtal will give it, or null in a follow-up (the warning shows `<nr>`). */
type Nr = number | null;

/** What a target note says about the text of an activity or its target column (targets.ts). */
export type TargetNote =
  | { readonly kind: 'unsure-target'; readonly sentence: string }
  | { readonly kind: 'typo'; readonly word: string; readonly value: number }
  | { readonly kind: 'target-unreadable'; readonly excerpt: string }
  | {
      readonly kind: 'different-numbers';
      readonly excerpt: string;
      readonly word: number;
      readonly digits: number;
    }
  | { readonly kind: 'several-targets'; readonly excerpt: string; readonly value: number };

/** What a statistics note says (document-statistics.ts, statistics.ts). */
export type StatisticsNote =
  | {
      readonly kind: 'statistic-twice';
      readonly category: StatisticCategory | string;
      readonly tertial: number | null;
    }
  | { readonly kind: 'statistic-unreadable'; readonly text: string }
  | { readonly kind: 'statistics-without-year' }
  | {
      readonly kind: 'year-total-too-small';
      readonly category: StatisticCategory;
      readonly total: number;
      readonly tertial: number;
    };

export type NoteBody =
  | TargetNote
  | StatisticsNote
  | { readonly kind: 'signatory' }
  | { readonly kind: 'contact'; readonly found: readonly ('phone' | 'email')[] }
  | {
      readonly kind: 'capitals';
      readonly what: 'promise' | 'title';
      readonly stored: string;
      readonly kommun: Kommun;
      readonly promise: number;
    }
  | { readonly kind: 'no-kommun' }
  | { readonly kind: 'kommun-from-file-name'; readonly kommun: string }
  | { readonly kind: 'tertial-assumed'; readonly tertial: number; readonly year: number }
  | { readonly kind: 'follow-up-unknown' }
  | { readonly kind: 'period-assumed'; readonly year: number }
  | { readonly kind: 'no-period' }
  /** Why a document cannot be stored: no period (store-import.ts). */
  | { readonly kind: 'no-period-found' }
  | {
      readonly kind: 'approximate';
      readonly words: string;
      readonly count: number;
      readonly per: TargetBasis;
      readonly kommun: Kommun;
      readonly nr: Nr;
    }
  | {
      readonly kind: 'range';
      readonly words: string;
      readonly count: number;
      readonly high: number;
      readonly per: TargetBasis;
      readonly kommun: Kommun;
      readonly nr: Nr;
    }
  | {
      readonly kind: 'year-targets';
      readonly figures: readonly { readonly year: number; readonly count: number | null }[];
      readonly stored: number;
      readonly changes: readonly { readonly year: number; readonly count: number; readonly before: number }[];
      readonly kommun: Kommun;
      readonly nr: Nr;
    }
  | {
      readonly kind: 'cadence';
      readonly phrase: string;
      readonly perYear: number | readonly [number, number];
      readonly exact: number | null;
      readonly kommun: Kommun;
      readonly nr: Nr;
    }
  | {
      readonly kind: 'basis-unstated';
      readonly excerpt: string;
      readonly count: number;
      readonly kommun: Kommun;
      readonly nr: Nr;
    }
  | {
      readonly kind: 'unstated-links';
      /** Per activity (in order) the index of the promise it was linked to by its words, or null. */
      readonly links: readonly (number | null)[];
      readonly kommun: Kommun;
    }
  | { readonly kind: 'nothing-found' };

export interface ImportNote {
  /** The 1-based line it is about, or null for the document as a whole. */
  readonly line: number | null;
  /** Set once the document is read: the line, or in a Word document the paragraph. */
  readonly place?: NotePlace | null;
  readonly body: NoteBody;
}

/** A note about a line (or the whole document). */
export function note(line: number | null, body: NoteBody): ImportNote {
  return { line, body };
}
