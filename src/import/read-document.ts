import { createHash } from 'node:crypto';
import { readFile, stat } from 'node:fs/promises';
import { basename } from 'node:path';
import { checkDocx } from './docx-guard.ts';
import { htmlToText } from './html-to-text.ts';
import { IMPORT_LIMITS, megabytes } from './limits.ts';

/**
 * Reads a document file into text the parser understands: Word (.docx, through mammoth's HTML conversion so
 * paragraphs, lists and tables survive), HTML, Markdown or plain text in UTF-8, UTF-16 or Windows-1252.
 * The SHA-256 of the file's bytes makes imports idempotent.
 */

export interface DocumentSource {
  readonly fileName: string;
  readonly format: 'docx' | 'text';
  readonly text: string;
  /** Hex SHA-256 of the file's bytes. */
  readonly sha256: string;
}

export type ReadResult =
  | { readonly ok: true; readonly source: DocumentSource }
  | { readonly ok: false; readonly reason: string };

function startsWith(bytes: Uint8Array, signature: readonly number[]): boolean {
  return signature.every((b, i) => bytes[i] === b);
}

/** Decodes text bytes: a BOM decides, else UTF-8 when valid, else Windows-1252 (Swedish "ANSI" files). */
export function decodeText(bytes: Uint8Array): string {
  if (startsWith(bytes, [0xef, 0xbb, 0xbf])) return new TextDecoder('utf-8').decode(bytes.subarray(3));
  if (startsWith(bytes, [0xff, 0xfe])) return new TextDecoder('utf-16le').decode(bytes.subarray(2));
  if (startsWith(bytes, [0xfe, 0xff])) return new TextDecoder('utf-16be').decode(bytes.subarray(2));
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return new TextDecoder('windows-1252').decode(bytes);
  }
}

/** The text of a .docx file's paragraphs, lists and tables. */
export async function docxToText(bytes: Uint8Array): Promise<string> {
  const { default: mammoth } = await import('mammoth');
  const result = await mammoth.convertToHtml({ buffer: Buffer.from(bytes) }, { ignoreEmptyParagraphs: true });
  return htmlToText(result.value);
}

/**
 * Reads a document from its bytes; `fileName` is kept for warnings and the audit log and decides only that a file
 * named .docx must be one.
 */
export async function documentFromBytes(fileName: string, bytes: Uint8Array): Promise<ReadResult> {
  const name = basename(fileName);
  if (bytes.byteLength > IMPORT_LIMITS.fileBytes) return { ok: false, reason: tooBig(name) };
  const sha256 = createHash('sha256').update(bytes).digest('hex');
  if (startsWith(bytes, [0x50, 0x4b, 0x03, 0x04])) {
    const check = await checkDocx(name, bytes);
    if (!check.ok) return check;
    try {
      return { ok: true, source: { fileName: name, format: 'docx', text: await docxToText(bytes), sha256 } };
    } catch (e) {
      return {
        ok: false,
        reason: `kunde inte läsa Word-filen ${name}: ${e instanceof Error ? e.message : String(e)}`,
      };
    }
  }
  // The name decides only this: a file called .docx that is no zip is not read as text.
  if (/\.docx$/i.test(name)) {
    return {
      ok: false,
      reason: `${name} är inte ett Word-dokument, fast namnet slutar på .docx; spara dokumentet som .docx i Word igen, eller som .txt`,
    };
  }
  if (startsWith(bytes, [0xd0, 0xcf, 0x11, 0xe0])) {
    return {
      ok: false,
      reason: `${name} är en äldre Word-fil (.doc); spara den som .docx och importera igen`,
    };
  }
  if (startsWith(bytes, [0x25, 0x50, 0x44, 0x46])) {
    return {
      ok: false,
      reason: `${name} är en PDF; kopiera texten till en .txt-fil eller spara dokumentet som .docx`,
    };
  }
  if (startsWith(bytes, [0x7b, 0x5c, 0x72, 0x74, 0x66])) {
    return { ok: false, reason: `${name} är en RTF-fil; spara den som .docx eller .txt och importera igen` };
  }
  if (
    bytes.subarray(0, 4096).includes(0) &&
    !startsWith(bytes, [0xff, 0xfe]) &&
    !startsWith(bytes, [0xfe, 0xff])
  ) {
    return { ok: false, reason: `${name} ser inte ut att vara en textfil eller ett Word-dokument` };
  }
  return { ok: true, source: { fileName: name, format: 'text', text: decodeText(bytes), sha256 } };
}

function tooBig(name: string): string {
  return `${name} är större än ${megabytes(IMPORT_LIMITS.fileBytes)}; ett medborgarlöfte eller en uppföljning är mycket mindre — dela upp filen eller spara den som .docx eller .txt utan bilder`;
}

/** Reads a document file from disk; a file over the size limit is refused before it is read. */
export async function readDocument(path: string): Promise<ReadResult> {
  let bytes: Uint8Array;
  try {
    const info = await stat(path);
    if (!info.isFile()) return { ok: false, reason: `${path} är ingen fil` };
    if (info.size > IMPORT_LIMITS.fileBytes) return { ok: false, reason: tooBig(basename(path)) };
    bytes = await readFile(path);
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    return {
      ok: false,
      reason: code === 'ENOENT' ? `hittar ingen fil ${path}` : `kunde inte läsa ${path} (${code ?? 'fel'})`,
    };
  }
  return documentFromBytes(path, bytes);
}
