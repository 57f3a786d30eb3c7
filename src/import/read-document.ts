import { createHash } from 'node:crypto';
import { readFile, stat } from 'node:fs/promises';
import { basename } from 'node:path';
import { checkDocx } from './docx-guard.ts';
import { htmlToText } from './html-to-text.ts';
import { IMPORT_LIMITS } from './limits.ts';
import type { ReadRefusal } from './read-refusal.ts';

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
  | { readonly ok: false; readonly refusal: ReadRefusal };

const refuse = (refusal: ReadRefusal) => ({ ok: false, refusal }) as const;

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
  if (bytes.byteLength > IMPORT_LIMITS.fileBytes) return refuse({ kind: 'too-big', name });
  const sha256 = createHash('sha256').update(bytes).digest('hex');
  if (startsWith(bytes, [0x50, 0x4b, 0x03, 0x04])) {
    const check = await checkDocx(name, bytes);
    if (!check.ok) return check;
    try {
      return { ok: true, source: { fileName: name, format: 'docx', text: await docxToText(bytes), sha256 } };
    } catch {
      return refuse({ kind: 'docx-unreadable', name });
    }
  }
  // The name decides only this: a file called .docx that is no zip is not read as text.
  if (/\.docx$/i.test(name)) {
    return refuse({ kind: 'not-docx', name });
  }
  if (startsWith(bytes, [0xd0, 0xcf, 0x11, 0xe0])) {
    return refuse({ kind: 'old-doc', name });
  }
  if (startsWith(bytes, [0x25, 0x50, 0x44, 0x46])) {
    return refuse({ kind: 'pdf', name });
  }
  if (startsWith(bytes, [0x7b, 0x5c, 0x72, 0x74, 0x66])) {
    return refuse({ kind: 'rtf', name });
  }
  if (
    bytes.subarray(0, 4096).includes(0) &&
    !startsWith(bytes, [0xff, 0xfe]) &&
    !startsWith(bytes, [0xfe, 0xff])
  ) {
    return refuse({ kind: 'binary', name });
  }
  return { ok: true, source: { fileName: name, format: 'text', text: decodeText(bytes), sha256 } };
}

/** Reads a document file from disk; a file over the size limit is refused before it is read. */
export async function readDocument(path: string): Promise<ReadResult> {
  let bytes: Uint8Array;
  try {
    const info = await stat(path);
    if (!info.isFile()) return refuse({ kind: 'not-a-file', name: path });
    if (info.size > IMPORT_LIMITS.fileBytes) return refuse({ kind: 'too-big', name: basename(path) });
    bytes = await readFile(path);
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    return refuse(
      code === 'ENOENT'
        ? { kind: 'not-found', name: path }
        : { kind: 'unreadable', name: path, code: code ?? '?' },
    );
  }
  return documentFromBytes(path, bytes);
}
