import { dayText } from './day-text.ts';
import type { Target } from './types.ts';

/**
 * The note beside a target that was changed after the agreement was signed, in the reader's language:
 * "ändrat från 15 under perioden den 6 dec 2026" / "changed from 15 for the period on 6 Dec 2026".
 */

export interface TargetChange {
  /** The signed target (null: the signed agreement had none). */
  readonly signed: Target | null;
  /** The day of the change, `YYYY-MM-DD`. */
  readonly on: string;
}

const WORDS = {
  sv: {
    basis: { year: 'per år', tertial: 'per tertial', period: 'under perioden' },
    none: 'inget mål',
    note: (from: string, day: string) => `ändrat från ${from} den ${day}`,
  },
  en: {
    basis: { year: 'per year', tertial: 'per tertial', period: 'for the period' },
    none: 'no target',
    note: (from: string, day: string) => `changed from ${from} on ${day}`,
  },
} as const;

export function targetChangeText(change: TargetChange, lang: 'sv' | 'en' = 'sv'): string {
  const w = WORDS[lang];
  const from = change.signed ? `${change.signed.count} ${w.basis[change.signed.per]}` : w.none;
  return w.note(from, dayText(change.on, lang));
}
