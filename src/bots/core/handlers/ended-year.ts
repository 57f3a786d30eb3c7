import { type SummaryResult, type SummaryWindow, summarizeKommun } from '../../../domain/summary.ts';
import { endedTertialInWindow } from '../../../domain/tertial-due.ts';
import type { Session } from '../session.ts';

/**
 * The kommun's summary over `window`, or — for no period typed (this year) early in a year whose agreement is not
 * imported yet — over the year just ended: in January the year whose T3 status texts are due, rather than "no
 * agreement for that time". `endedYear` is that year when it fell back (the reply says so), else null.
 */
export async function summaryOrEndedYear(
  session: Session,
  code: string,
  window: SummaryWindow | null,
): Promise<{ readonly result: SummaryResult; readonly endedYear: number | null }> {
  const year = Number(session.today.slice(0, 4));
  const result = await summarizeKommun(session.deps, code, window ?? { kind: 'year', year });
  if (result.ok || window !== null) return { result, endedYear: null };
  const ended = endedTertialInWindow(session.today);
  if (!ended || ended.year === year) return { result, endedYear: null };
  const last = await summarizeKommun(session.deps, code, { kind: 'year', year: ended.year });
  return last.ok ? { result: last, endedYear: ended.year } : { result, endedYear: null };
}
