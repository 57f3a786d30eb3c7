import type { DomainDeps } from './deps.ts';
import { previousTertial, type TertialRef, tertialOfDay } from './tertial.ts';
import { endedTertialInWindow } from './tertial-due.ts';
import type { FollowUpStatus } from './types.ts';

/**
 * The tertial `/rapportera <kommun> publicera` (or `avpublicera`) acts on when none is named: today's, unless it has
 * no status text yet and the tertial before has something to change — a text not yet published (publicera), one
 * published (avpublicera): in May and June the T1 just written, not the T2 that has only begun. With nothing to
 * change either way, the tertial whose texts are due: the one just ended in its follow-up window (January, May,
 * September) when the kommun had an agreement then, else today's. Reads only; the publishing is publishFollowUp's.
 */
export async function defaultPublishTertial(
  deps: Pick<DomainDeps, 'store'>,
  code: string,
  today: string,
  publish: boolean,
): Promise<TertialRef> {
  const current = tertialOfDay(today);
  const before = previousTertial(current);
  const [now, earlier] = await Promise.all([statusesOf(deps, code, current), statusesOf(deps, code, before)]);
  if (now && now.length > 0) return current;
  if (earlier?.some((s) => s.published !== publish)) return before;
  if (earlier && endedTertialInWindow(today)) return before;
  return current;
}

/** The latest status texts of a tertial; null when the kommun had no agreement that year. */
async function statusesOf(
  deps: Pick<DomainDeps, 'store'>,
  code: string,
  ref: TertialRef,
): Promise<FollowUpStatus[] | null> {
  const bundle = await deps.store.agreementForYear(code, ref.year);
  if (!bundle) return null;
  const rows = await deps.store.latestStatuses(
    bundle.activities.map((a) => a.id),
    [ref.year],
  );
  return rows.filter((s) => s.tertial === ref.tertial);
}
