/**
 * What the importer accepts at most, so that no file can exhaust memory or time: the file's size, a Word file's
 * inflated size and number of parts, the lines of text and the activities read. Past any of them the import is
 * refused with a clear Swedish reason and nothing is stored.
 */
export const IMPORT_LIMITS = {
  /** Bytes of the file as uploaded or read from disk. */
  fileBytes: 10 * 1024 * 1024,
  /** Bytes of all parts of a .docx together once inflated. */
  inflatedBytes: 48 * 1024 * 1024,
  /** Parts (zip entries) of a .docx. */
  zipEntries: 2_000,
  /** Lines of text read from the document. */
  lines: 20_000,
  /** Activities read from one document. */
  activities: 400,
} as const;

/** "10 MB" for a byte count (whole megabytes, as the limits are written). */
export function megabytes(bytes: number): string {
  return `${Math.round(bytes / (1024 * 1024))} MB`;
}
