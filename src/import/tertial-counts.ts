import type { TertialNumber } from '../domain/types.ts';
import { isCumulative } from './status-count.ts';
import type { ImportedActivity } from './types.ts';

/**
 * Each tertial's own count of an activity from the counts its follow-up cells state. A cell that states the year
 * so far ("Sammanlagt under 2020 har 51 …", "Genomfört sammanlagt 20 … under året") is turned into the tertial's
 * own count by subtracting the earlier tertials (an earlier tertial without a count counts 0). A difference below
 * zero means the cell was not a year total after all: its stated count is kept.
 */
export function tertialOnlyCounts(activity: Pick<ImportedActivity, 'tertials'>): Map<TertialNumber, number> {
  const out = new Map<TertialNumber, number>();
  for (const t of [1, 2, 3] as const) {
    const cell = activity.tertials[String(t) as '1' | '2' | '3'];
    if (!cell || cell.count === null) continue;
    let count = cell.count;
    if (t > 1 && isCumulative(cell.text)) {
      const earlier = [...out.entries()].filter(([k]) => k < t).reduce((s, [, v]) => s + v, 0);
      if (count - earlier >= 0) count -= earlier;
    }
    out.set(t, count);
  }
  return out;
}
