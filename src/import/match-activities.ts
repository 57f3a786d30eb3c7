import type { Activity } from '../domain/types.ts';
import { similarity } from './similarity.ts';
import type { ImportedActivity } from './types.ts';

/**
 * Pairs the activities of a follow-up with the stored activities of its agreement by how alike their texts are
 * (one to one, best pairs first; the same kind weighs in). Returns, per imported activity, the stored activity's
 * id or null when none is alike enough.
 */
export function matchActivities(
  imported: readonly ImportedActivity[],
  stored: readonly Activity[],
  threshold = 0.45,
): (string | null)[] {
  const pairs: { i: number; j: number; score: number }[] = [];
  imported.forEach((a, i) => {
    stored.forEach((s, j) => {
      let score = similarity(a.text, s.text);
      if (a.kind !== null && a.kind === s.kind) score += 0.15;
      if (score >= threshold) pairs.push({ i, j, score });
    });
  });
  pairs.sort((x, y) => y.score - x.score || x.i - y.i || x.j - y.j);
  const result: (string | null)[] = imported.map(() => null);
  const taken = new Set<number>();
  for (const p of pairs) {
    if (result[p.i] !== null || taken.has(p.j)) continue;
    result[p.i] = (stored[p.j] as Activity).id;
    taken.add(p.j);
  }
  return result;
}
