import type { MunicipalityRegister } from '../domain/municipality-register.ts';
import { IMPORT_LIMITS } from './limits.ts';
import { parseDocument } from './parse-document.ts';
import type { DocumentSource } from './read-document.ts';
import { personalDataLines } from './screen.ts';
import type { ParsedDocument } from './types.ts';

/**
 * Every import — the CLI, a file dropped in chat, text pasted after `/lofte import`, the demo — goes through here
 * between reading the bytes and storing: the caps on lines and activities, the personal-data screen over every
 * line (a document holding a personnummer is refused whole, naming its lines), then the parse.
 */

export type Prepared =
  | { readonly ok: true; readonly source: DocumentSource; readonly parsed: ParsedDocument }
  | {
      readonly ok: false;
      readonly reason: 'personal-data';
      readonly lines: readonly number[];
      readonly message: string;
    }
  | { readonly ok: false; readonly reason: 'too-large'; readonly message: string };

/** "rad 3, 7 och 12" */
export function lineList(lines: readonly number[]): string {
  const shown = lines.slice(0, 20).map(String);
  const more = lines.length > 20 ? ` (och ${lines.length - 20} till)` : '';
  if (shown.length === 1) return `rad ${shown[0]}`;
  return `rad ${shown.slice(0, -1).join(', ')} och ${shown[shown.length - 1]}${more}`;
}

/** The Swedish refusal of a document that holds a personnummer. */
export function personalDataMessage(source: DocumentSource, lines: readonly number[]): string {
  const where = source.format === 'docx' ? ' i dokumentets text' : '';
  return `${source.fileName} innehåller något som ser ut som ett personnummer (${lineList(lines)}${where}) och importerades inte. Ta bort personuppgifterna ur dokumentet och importera igen — uppföljningen ska bara innehålla sammanräknade uppgifter.`;
}

export function prepareImport(source: DocumentSource, register: MunicipalityRegister): Prepared {
  const lineCount = source.text.split('\n').length;
  if (lineCount > IMPORT_LIMITS.lines) {
    return {
      ok: false,
      reason: 'too-large',
      message: `${source.fileName} har ${lineCount} rader; mer än ${IMPORT_LIMITS.lines} rader är inget medborgarlöfte eller uppföljning och importeras inte`,
    };
  }
  const lines = personalDataLines(source.text);
  if (lines.length > 0) {
    return {
      ok: false,
      reason: 'personal-data',
      lines,
      message: personalDataMessage(source, lines),
    };
  }
  const parsed = parseDocument(source.text, { register, fileName: source.fileName });
  if (parsed.document.activities.length > IMPORT_LIMITS.activities) {
    return {
      ok: false,
      reason: 'too-large',
      message: `${source.fileName} ger ${parsed.document.activities.length} aktiviteter; fler än ${IMPORT_LIMITS.activities} importeras inte — dela upp dokumentet per kommun och period`,
    };
  }
  return { ok: true, source, parsed };
}
