import type { Responsible, TertialNumber } from '../domain/types.ts';
import type { Block, TableRow } from './blocks.ts';
import { numberMentions } from './mentions.ts';
import { classifyIntro, readsLikeActivity, readsLikeAim } from './sections.ts';
import { categoryOf } from './statistics.ts';
import type { ColumnRole } from './tables.ts';

/** The drafts and patterns structure.ts reads a document into and by. */

export interface CellDraft {
  /** null: a single "Status" column, meaning the tertial the follow-up reports. */
  readonly tertial: TertialNumber | null;
  readonly year: number | null;
  readonly text: string;
  readonly line: number;
}

export interface ActivityDraft {
  readonly text: string;
  readonly line: number;
  readonly commitment: number | null;
  /** The party named by a section, a table column or an "Ansvarig:" line. */
  party: Responsible | null;
  /** The text of a "Mål" column or line, read before the activity's own text. */
  targetText: string | null;
  readonly cells: CellDraft[];
  /** A target per year from "Mål 2027 | Mål 2028" columns, first year first (two years or more). */
  readonly yearTargets?: readonly YearTarget[];
}

export interface YearTarget {
  readonly year: number;
  readonly text: string;
}

export interface StatRowDraft {
  readonly label: string;
  readonly cells: readonly CellDraft[];
  readonly line: number;
}

export interface Structure {
  readonly commitments: readonly { readonly text: string; readonly line: number }[];
  readonly activities: readonly ActivityDraft[];
  readonly statRows: readonly StatRowDraft[];
  /** A table with tertial or status columns was found. */
  readonly followUpTable: boolean;
}

export type Section = 'none' | 'commitments' | 'activities' | 'ignore';

/** A numbering label before an activity's text: "Aktivitet 3:", "Åtgärd 2 –". */
export const LABEL = /^(aktivitet|åtgärd|insats)(\s*\d+\s*[:.–-]|\s*:)\s*/i;
/** A status label that names its tertial or year: "Status T1", "Resultat 2021". */
export const LABEL_REF = /(?:tertial|t)\s*([123])|((?:19|20)\d{2})/i;
export const GENERIC_CAPTION =
  /uppföljning|tabell|tertial|^aktivitet|medborgarlöft|statistik|kommun$|(19|20)\d{2}/i;

export function isHeadingish(block: Block): boolean {
  if (block.type === 'heading') return true;
  if (block.type !== 'paragraph') return false;
  return block.text.length <= 80 && !/[.!?]$/.test(block.text) && /^[\p{Lu}\d]/u.test(block.text);
}

export interface StructureOptions {
  /** The document says it is a follow-up: paragraphs that report what was done belong to the activity above. */
  readonly followUp: boolean;
}

/** A table cell or row that is only a dash or punctuation ("—", "-", "–", "…"): an empty row. */
export const EMPTY_CELL = /^[\s\p{P}\p{S}]*$/u;
/** An activity that ends by naming its party: "… (Polis)", "… (Polis och kommun)". */
export const LABELLED_PARTY = /\((polisen|polis|kommunen|kommun|gemensamt)[^)]{0,20}\)\s*\.?$/i;
/** A list marker or arrow a promise row in a table starts with. */
export const PROMISE_MARK = /^[➤➢►▶→»⮚⇒•\uf0d8]\s*/u;

export function cellsOf(row: TableRow, roles: readonly ColumnRole[]): CellDraft[] {
  const out: CellDraft[] = [];
  roles.forEach((role, col) => {
    const text = (row.cells[col] ?? '').trim();
    if (text === '') return;
    if (role.kind === 'tertial') out.push({ tertial: role.tertial, year: role.year, text, line: row.line });
    if (role.kind === 'status') out.push({ tertial: null, year: null, text, line: row.line });
  });
  return out;
}

/**
 * A lead-in: a short paragraph that ends with ":" and is followed by a list, with markers or without (a paste of
 * lines), ("Polisen och Eksjö kommun lovar
 * gemensamt:", "Det här gör vi:"). It opens the list, never an activity of its own — unless it names a number
 * ("minst 10 insatser på följande platser:"), which makes it an activity whose list are its details.
 */
export function isLeadIn(block: Block, next: Block | undefined): boolean {
  if (block.type !== 'paragraph' || (next?.type !== 'item' && next?.type !== 'paragraph')) return false;
  const text = block.text.trim();
  return text.endsWith(':') && text.length <= 150 && numberMentions(text).mentions.length === 0;
}

/**
 * A drug-statistics row of a table ("Överlåtelse | 3 | 1"): a short offence label. In a table with a party or a
 * target column the same words are an activity ("Tillsyn av försäljningsställen", "Kampanj mot langning").
 */
export function isStatisticsRow(text: string, roles: readonly ColumnRole[]): boolean {
  if (roles.some((r) => r.kind === 'responsible' || r.kind === 'target')) return false;
  return categoryOf(text) !== null && text.length <= 40;
}

/** An aim followed by its activities (deeper items, a "Polisen lovar att:" block, activity lines). */
export function isAimHeader(blocks: readonly Block[], i: number): boolean {
  const b = blocks[i];
  const next = blocks[i + 1];
  if (!b || b.type === 'table' || !readsLikeAim(b.text) || !next) return false;
  if (b.type === 'item' && b.marker === 'arrow') return true;
  if (next.type === 'table') return false;
  if (b.type === 'item' && next.type === 'item' && next.indent > b.indent) return true;
  const nextIntro = classifyIntro(next.text, isHeadingish(next));
  if (nextIntro?.kind === 'activities') return true;
  return (
    (next.type === 'item' || next.type === 'paragraph') &&
    readsLikeActivity(next.text) &&
    !readsLikeAim(next.text)
  );
}

/** A target column's header that names the basis: "Antal per år", "Mål/år", "Årligt mål", "Mål per tertial". */
const HEADER_BASIS =
  /(per|\/)\s*(år|året|tertial|termin|månad|vecka|kvartal)(?![\p{L}])|årlig|tertialvis|under (hela )?perioden/iu;

/** A target cell's text, with its column's header when the header names the basis ("12" under "Antal per år"). */
export function withHeaderBasis(cell: string, header: string | undefined): string | null {
  const text = cell.trim();
  if (text === '') return null;
  return header && HEADER_BASIS.test(header) ? `${text} (${header.trim()})` : text;
}

/** The cells of target columns whose header names a year ("Mål 2027", "Antal 2028"), by year; empty cells left out. */
export function yearTargetsOf(
  cells: readonly string[],
  header: readonly string[] | null | undefined,
  roles: readonly { readonly kind: string }[],
): YearTarget[] {
  const out: YearTarget[] = [];
  roles.forEach((role, i) => {
    const year = role.kind === 'target' ? /(?<!\d)(20\d{2})(?!\d)/.exec(header?.[i] ?? '')?.[1] : undefined;
    const text = (cells[i] ?? '').trim();
    if (year && text !== '') out.push({ year: Number(year), text });
  });
  return out.sort((a, b) => a.year - b.year);
}
