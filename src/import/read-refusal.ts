import { IMPORT_LIMITS, megabytes } from './limits.ts';

/**
 * Why a document could not be read, as data: the reader (read-document.ts, docx-guard.ts) and the adapters that
 * download a file (too large, unreachable) return one, and whoever answers words it in the reader's language —
 * the command line in Swedish, chat in the person's language (`readRefusalText`). `name` is the file's name (or,
 * for a path on disk, the path).
 */
export type ReadRefusal =
  | { readonly kind: 'too-big'; readonly name: string }
  | { readonly kind: 'download-failed'; readonly name: string; readonly status?: number }
  | { readonly kind: 'docx-unreadable'; readonly name: string }
  | { readonly kind: 'docx-inflates'; readonly name: string }
  | { readonly kind: 'docx-parts'; readonly name: string; readonly parts: number }
  | { readonly kind: 'not-docx'; readonly name: string }
  | { readonly kind: 'old-doc'; readonly name: string }
  | { readonly kind: 'pdf'; readonly name: string }
  | { readonly kind: 'rtf'; readonly name: string }
  | { readonly kind: 'binary'; readonly name: string }
  | { readonly kind: 'not-a-file'; readonly name: string }
  | { readonly kind: 'not-found'; readonly name: string }
  | { readonly kind: 'unreadable'; readonly name: string; readonly code: string };

type Words = { readonly [K in ReadRefusal['kind']]: (r: Extract<ReadRefusal, { kind: K }>) => string };

const MB = megabytes(IMPORT_LIMITS.fileBytes);
const INFLATED = megabytes(IMPORT_LIMITS.inflatedBytes);

const SV: Words = {
  'too-big': (r) =>
    `${r.name} är större än ${MB}; ett medborgarlöfte eller en uppföljning är mycket mindre — dela upp filen eller spara den som .docx eller .txt utan bilder`,
  'download-failed': (r) => `kunde inte hämta ${r.name}${r.status === undefined ? '' : ` (${r.status})`}`,
  'docx-unreadable': (r) => `${r.name} är ingen läsbar Word-fil (.docx); spara den på nytt och försök igen`,
  'docx-inflates': (r) =>
    `${r.name} packar upp till mer än ${INFLATED} och importeras inte (trasig fil eller zip-bomb); spara dokumentet på nytt eller klistra in texten`,
  'docx-parts': (r) => `${r.name} har för många delar (${r.parts}) för att vara ett Word-dokument`,
  'not-docx': (r) =>
    `${r.name} är inte ett Word-dokument, fast namnet slutar på .docx; spara dokumentet som .docx i Word igen, eller som .txt`,
  'old-doc': (r) => `${r.name} är en äldre Word-fil (.doc); spara den som .docx och importera igen`,
  pdf: (r) => `${r.name} är en PDF; kopiera texten till en .txt-fil eller spara dokumentet som .docx`,
  rtf: (r) => `${r.name} är en RTF-fil; spara den som .docx eller .txt och importera igen`,
  binary: (r) => `${r.name} ser inte ut att vara en textfil eller ett Word-dokument`,
  'not-a-file': (r) => `${r.name} är ingen fil`,
  'not-found': (r) => `hittar ingen fil ${r.name}`,
  unreadable: (r) => `kunde inte läsa ${r.name} (${r.code})`,
};

const EN: Words = {
  'too-big': (r) =>
    `${r.name} is larger than ${MB}; an agreement or a follow-up is much smaller — split the file or save it as .docx or .txt without pictures`,
  'download-failed': (r) => `could not download ${r.name}${r.status === undefined ? '' : ` (${r.status})`}`,
  'docx-unreadable': (r) => `${r.name} is not a readable Word file (.docx); save it again and retry`,
  'docx-inflates': (r) =>
    `${r.name} unpacks to more than ${INFLATED} and is not imported (a damaged file or a zip bomb); save the document again or paste its text`,
  'docx-parts': (r) => `${r.name} has too many parts (${r.parts}) to be a Word document`,
  'not-docx': (r) =>
    `${r.name} is not a Word document although its name ends in .docx; save it as .docx in Word again, or as .txt`,
  'old-doc': (r) => `${r.name} is an older Word file (.doc); save it as .docx and import it again`,
  pdf: (r) => `${r.name} is a PDF; copy its text into a .txt file or save the document as .docx`,
  rtf: (r) => `${r.name} is an RTF file; save it as .docx or .txt and import it again`,
  binary: (r) => `${r.name} does not look like a text file or a Word document`,
  'not-a-file': (r) => `${r.name} is not a file`,
  'not-found': (r) => `there is no file ${r.name}`,
  unreadable: (r) => `could not read ${r.name} (${r.code})`,
};

/** A refusal in words: Swedish for the command line, the person's language in chat. */
export function readRefusalText(refusal: ReadRefusal, lang: 'sv' | 'en' = 'sv'): string {
  const words = lang === 'en' ? EN : SV;
  return (words[refusal.kind] as (r: ReadRefusal) => string)(refusal);
}
