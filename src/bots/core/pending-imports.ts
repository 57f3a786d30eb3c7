import { randomUUID } from 'node:crypto';
import type { DocumentSource } from '../../import/read-document.ts';
import type { ParsedDocument } from '../../import/types.ts';

/**
 * Documents shown as an import preview in chat and not yet saved: held in this process's memory only (nothing is
 * stored before "Spara"), for the person who sent them, for 30 minutes, at most 200 at a time (the oldest goes
 * first). A preview whose process restarted, or that another server instance answers, has expired: the person
 * sends the document again.
 */

export interface PendingImport {
  readonly person: string;
  readonly source: DocumentSource;
  readonly parsed: ParsedDocument;
  readonly at: number;
}

const TTL_MS = 30 * 60 * 1000;
const MAX = 200;

export class PendingImports {
  private readonly entries = new Map<string, PendingImport>();

  /** Holds a preview; returns the key its buttons carry. */
  put(entry: PendingImport): string {
    for (const [key, e] of this.entries) if (entry.at - e.at > TTL_MS) this.entries.delete(key);
    while (this.entries.size >= MAX) {
      const oldest = this.entries.keys().next().value;
      if (oldest === undefined) break;
      this.entries.delete(oldest);
    }
    const key = randomUUID();
    this.entries.set(key, entry);
    return key;
  }

  /** Takes the preview out (once) when it is the person's and not expired; else null. */
  take(key: string, person: string, now: number): PendingImport | null {
    const entry = this.entries.get(key);
    if (!entry || entry.person !== person) return null;
    this.entries.delete(key);
    return now - entry.at > TTL_MS ? null : entry;
  }
}
