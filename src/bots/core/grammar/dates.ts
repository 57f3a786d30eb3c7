import { type DatePurpose, type DateReading, readDateAt } from '../../../domain/dates.ts';

/**
 * Dates in commands: the grammar reads them with the domain's one date rule (src/domain/dates.ts), by purpose —
 * `registration` for what happened (/insats, /logga, a meeting marked held), `meeting` for what is planned
 * (moving or cancelling a samverkansmöte).
 */

export { isTime, looksLikeDate } from '../../../domain/dates.ts';
export type { DatePurpose, DateReading };

/** The date at `tokens[i]` for `purpose`, or null when the words there are no date at all. */
export function parseDateAt(
  tokens: readonly string[],
  i: number,
  today: string,
  purpose: DatePurpose,
): DateReading | null {
  return readDateAt(tokens, i, today, purpose);
}
