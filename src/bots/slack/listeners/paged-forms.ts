import { randomUUID } from 'node:crypto';
import type { FormSpec } from '../../core/reply.ts';

/**
 * The pages of forms too long for one Slack modal, kept in this process between one page's submission and the
 * next (private_metadata holds only the key). Each page saves its own fields when submitted; should the process
 * restart in between, the next page is simply not shown and the person opens the form again for the rest.
 * Bounded: an hour per form, at most 500 forms.
 */
export class PagedForms {
  private readonly forms = new Map<string, { readonly pages: readonly FormSpec[]; readonly at: number }>();

  constructor(
    private readonly now: () => number = Date.now,
    private readonly ttlMs = 3_600_000,
    private readonly max = 500,
  ) {}

  /** Keeps the pages; returns their key. */
  put(pages: readonly FormSpec[]): string {
    const at = this.now();
    for (const [key, form] of this.forms) if (at - form.at > this.ttlMs) this.forms.delete(key);
    while (this.forms.size >= this.max) {
      const oldest = this.forms.keys().next().value;
      if (oldest === undefined) break;
      this.forms.delete(oldest);
    }
    const key = randomUUID().slice(0, 12);
    this.forms.set(key, { pages, at });
    return key;
  }

  /** Page `i` of the form kept under `key`, or null when it is gone or there is no such page. */
  page(key: string, i: number): FormSpec | null {
    const form = this.forms.get(key);
    if (!form || this.now() - form.at > this.ttlMs) return null;
    return form.pages[i] ?? null;
  }
}

/** The pages of this process. */
export const pagedForms = new PagedForms();
