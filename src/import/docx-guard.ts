import type yauzl from 'yauzl';
import { IMPORT_LIMITS } from './limits.ts';
import type { ReadRefusal } from './read-refusal.ts';

/**
 * Checks a .docx (a zip file) before anything unpacks it for real: every part's declared size, and its actual size
 * while inflating it as a stream whose bytes are counted and dropped — so a zip bomb (a small file that inflates
 * to gigabytes, or whose parts lie about their size) is refused after at most the limit, with bounded memory.
 */

export type DocxCheck = { readonly ok: true } | { readonly ok: false; readonly refusal: ReadRefusal };

async function openZip(bytes: Uint8Array): Promise<yauzl.ZipFile> {
  // Loaded when a document arrives, not at start.
  const { default: unzip } = await import('yauzl');
  return new Promise((resolve, reject) => {
    unzip.fromBuffer(
      Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength),
      { lazyEntries: true, validateEntrySizes: true },
      (error, zip) => (error || !zip ? reject(error ?? new Error('no zip')) : resolve(zip)),
    );
  });
}

/** Inflates one entry, counting its bytes; rejects as soon as it passes its declared size or `room`. */
function inflatedSize(zip: yauzl.ZipFile, entry: yauzl.Entry, room: number): Promise<number> {
  return new Promise((resolve, reject) => {
    zip.openReadStream(entry, (error, stream) => {
      if (error || !stream) {
        reject(error ?? new Error('no stream'));
        return;
      }
      let size = 0;
      stream.on('data', (chunk: Buffer) => {
        size += chunk.length;
        if (size > entry.uncompressedSize || size > room) {
          stream.destroy();
          reject(new TooLarge());
        }
      });
      stream.on('error', reject);
      stream.on('end', () => resolve(size));
    });
  });
}

class TooLarge extends Error {}

/** Checks the parts of a .docx; `name` is the file's name for the refusal. */
export async function checkDocx(name: string, bytes: Uint8Array): Promise<DocxCheck> {
  const tooLarge: DocxCheck = { ok: false, refusal: { kind: 'docx-inflates', name } };
  const unreadable: DocxCheck = { ok: false, refusal: { kind: 'docx-unreadable', name } };
  let zip: yauzl.ZipFile;
  try {
    zip = await openZip(bytes);
  } catch {
    return unreadable;
  }
  if (zip.entryCount > IMPORT_LIMITS.zipEntries) {
    zip.close();
    return { ok: false, refusal: { kind: 'docx-parts', name, parts: zip.entryCount } };
  }
  let total = 0;
  try {
    return await new Promise<DocxCheck>((resolve, reject) => {
      zip.on('error', reject);
      zip.on('end', () => resolve({ ok: true }));
      zip.on('entry', (entry: yauzl.Entry) => {
        if (entry.fileName.endsWith('/')) {
          zip.readEntry();
          return;
        }
        if (total + entry.uncompressedSize > IMPORT_LIMITS.inflatedBytes) {
          reject(new TooLarge());
          return;
        }
        inflatedSize(zip, entry, IMPORT_LIMITS.inflatedBytes - total).then((size) => {
          total += size;
          zip.readEntry();
        }, reject);
      });
      zip.readEntry();
    });
  } catch (e) {
    if (e instanceof TooLarge) return tooLarge;
    const lies = e instanceof Error && /uncompressedSize|too many bytes|expected/i.test(e.message);
    return lies ? tooLarge : unreadable;
  } finally {
    zip.close();
  }
}
