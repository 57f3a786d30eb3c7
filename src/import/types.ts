import type { Responsible, StatisticCategory, TargetBasis } from '../domain/types.ts';
import type { ImportNote } from './notes.ts';

/**
 * The structure `npx loftesbot import --json` prints (docs/formats.md, "import --json"). Plain JSON data.
 */

export type DocumentKind = 'agreement' | 'follow-up';

export interface ImportedTertial {
  readonly text: string;
  /** The count the text states, or null. */
  readonly count: number | null;
}

export interface ImportedActivity {
  readonly text: string;
  /** Index into `commitments`, or null when the document lists activities apart from promises. */
  readonly commitment: number | null;
  readonly responsible: Responsible;
  readonly kind: string | null;
  readonly target: { readonly count: number; readonly per: TargetBasis } | null;
  /** Keyed "1" | "2" | "3"; tertials without text are left out. */
  readonly tertials: Readonly<Partial<Record<'1' | '2' | '3', ImportedTertial>>>;
}

export interface ImportedStatistic {
  readonly year: number;
  readonly tertial: 1 | 2 | 3;
  readonly category: StatisticCategory;
  readonly count: number;
  readonly youth: number | null;
}

export interface ImportedDocument {
  readonly kind: DocumentKind;
  readonly municipality: string | null;
  readonly period: { readonly from: number; readonly to: number } | null;
  readonly followUp: { readonly year: number; readonly tertial: 1 | 2 | 3 } | null;
  readonly commitments: readonly { readonly text: string }[];
  readonly activities: readonly ImportedActivity[];
  readonly statistics: readonly ImportedStatistic[];
  readonly warnings: readonly string[];
}

/** The parse of one document: the JSON of docs/formats.md plus what storing it needs. */
export interface ParsedDocument {
  readonly document: ImportedDocument;
  /** `document.warnings` as data, for chat to word in the person's language (note-words.ts). */
  readonly notes: readonly ImportNote[];
  /** The kommunkod of `document.municipality`, or null. */
  readonly municipalityCode: string | null;
  /** A title for the agreement ("Medborgarlöfte i Tranås kommun 2023-2024"). */
  readonly title: string;
  /** The signing date when the document states one (`YYYY-MM-DD`), else null. */
  readonly signedOn: string | null;
  /** True when the document holds an agreement we can store: a kommun, a period and promises or activities. */
  readonly complete: boolean;
}
