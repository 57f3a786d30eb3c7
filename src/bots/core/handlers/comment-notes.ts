import type { TertialRef } from '../../../domain/tertial.ts';
import { clip } from '../build.ts';
import { nameOf, type Session } from '../session.ts';

/**
 * The comments to the samordnare on `activityIds` for the tertial, one text per activity ("💬 Per Polis: …",
 * several joined by line breaks), for the `/rapportera` form's field hints and `/status`. Internal: nothing here
 * reaches a public page.
 */
export async function commentNotes(
  session: Session,
  activityIds: readonly string[],
  ref: TertialRef,
  max = 1000,
): Promise<Map<string, string>> {
  const comments = await session.deps.store.activityComments(activityIds, ref.year, ref.tertial);
  if (comments.length === 0) return new Map();
  const names = await session.deps.store.personNames(comments.map((c) => c.person));
  const out = new Map<string, string[]>();
  for (const c of comments) {
    const list = out.get(c.activityId) ?? [];
    list.push(session.t.commentLine(nameOf(names, c.person), c.text));
    out.set(c.activityId, list);
  }
  return new Map([...out].map(([id, lines]) => [id, clip(lines.join(' · '), max)]));
}
