import { type AreaScope, type AreaSummary, summarizeArea } from './area-summary.ts';
import type { DomainDeps } from './deps.ts';
import { localDay } from './tertial.ts';
import { endedTertialInWindow } from './tertial-due.ts';

/**
 * An area's summary over this year — or, in January while none of its kommuner has this year's agreement stored
 * yet, over the year just ended (its T3 is followed up, its year reported to the council): `endedYear` is then set,
 * for the reader to be told. One rule for `/sammanfattning <område>` without a period and the managers' dashboard.
 */
export async function summarizeAreaThisYear(
  deps: DomainDeps,
  scope: AreaScope,
): Promise<{ readonly area: AreaSummary; readonly endedYear: number | null }> {
  const today = localDay(deps.clock.now(), deps.zone);
  const year = Number(today.slice(0, 4));
  const area = await summarizeArea(deps, scope, { kind: 'year', year });
  const ended = endedTertialInWindow(today);
  if (!ended || ended.year >= year || area.lines.some((l) => l.summary !== null))
    return { area, endedYear: null };
  const before = await summarizeArea(deps, scope, { kind: 'year', year: ended.year });
  return before.lines.some((l) => l.summary !== null)
    ? { area: before, endedYear: ended.year }
    : { area, endedYear: null };
}
