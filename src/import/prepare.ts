import type { MunicipalityRegister } from '../domain/municipality-register.ts';
import { foundText } from '../domain/personal-data/public-text.ts';
import { IMPORT_LIMITS } from './limits.ts';
import { parseDocument } from './parse-document.ts';
import type { DocumentSource } from './read-document.ts';
import { personalDataFindings, type ScreenedLine } from './screen.ts';
import type { ParsedDocument } from './types.ts';

/**
 * Every import — the CLI, a file dropped in chat, text pasted after `/lofte import`, the demo — goes through here
 * between reading the bytes and storing: the caps on lines and activities, the personal-data screen over every
 * line (a document holding a personnummer, a phone number, an e-mail address or a named person is refused whole,
 * naming its lines and what was found), then the parse.
 */

export type Prepared =
  | { readonly ok: true; readonly source: DocumentSource; readonly parsed: ParsedDocument }
  | {
      readonly ok: false;
      readonly reason: 'personal-data';
      readonly lines: readonly number[];
      readonly findings: readonly ScreenedLine[];
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

/** The name chat gives text pasted after `/lofte import` (read as plain text); its refusals say "den inklistrade texten". */
export const PASTED_FILE_NAME = 'inklistrad-text.txt';

/**
 * The Swedish refusal of a document holding personal data: what was found on which lines (never the data itself),
 * worded for what it is — a file or the pasted text, an agreement or a follow-up.
 */
export function personalDataMessage(
  source: DocumentSource,
  findings: readonly ScreenedLine[],
  kind: 'agreement' | 'follow-up' | null = null,
): string {
  const pasted = source.fileName === PASTED_FILE_NAME;
  const what = pasted ? 'Den inklistrade texten' : source.fileName;
  const where = source.format === 'docx' ? ' i dokumentets text' : '';
  const rules = [...new Set(findings.flatMap((f) => f.found))];
  const parts = rules.map((rule) => {
    const lines = findings.filter((f) => f.found.includes(rule)).map((f) => f.line);
    const name = rule === 'personnummer' ? 'något som ser ut som ett personnummer' : foundText([rule]);
    return `${name} (${lineList(lines)}${where})`;
  });
  const list = parts.length <= 1 ? (parts[0] ?? '') : `${parts.slice(0, -1).join(', ')} och ${parts.at(-1)}`;
  const remove = pasted
    ? 'Ta bort dem ur texten och klistra in den igen'
    : 'Ta bort dem ur dokumentet och importera igen';
  const why =
    kind === 'follow-up'
      ? 'uppföljningen ska bara innehålla sammanräknade uppgifter, och dess texter kan bli offentliga.'
      : 'medborgarlöftets texter visas på den öppna sidan och får inte innehålla personuppgifter.';
  const advice = rules.some((r) => r !== 'personnummer')
    ? ` Skriv en roll eller en väg in i stället för en persons namn, telefonnummer eller e-post, t.ex. ”kommunens trygghetssamordnare” eller ”via kommunens växel”.`
    : '';
  return `${what} innehåller ${list} och importerades inte. ${remove} — ${why}${advice}`;
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
  const findings = personalDataFindings(source.text);
  if (findings.length > 0) {
    // Parsed only to word the refusal for an agreement or a follow-up; nothing of it is kept or shown.
    const { kind } = parseDocument(source.text, { register, fileName: source.fileName }).document;
    return {
      ok: false,
      reason: 'personal-data',
      lines: findings.map((f) => f.line),
      findings,
      message: personalDataMessage(source, findings, kind === 'follow-up' ? 'follow-up' : 'agreement'),
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
