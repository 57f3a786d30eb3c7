import { hasStatusText } from '../../domain/erased-status.ts';
import { decide } from '../../domain/permissions.ts';
import { summarizeKommun } from '../../domain/summary.ts';
import { endedTertialInWindow } from '../../domain/tertial-due.ts';
import type { Session } from './session.ts';
import { commandIn } from './texts/command-words.ts';

/**
 * The home's line about the tertial just ended, to whoever writes the kommun's follow-up, in the first month of the
 * next one while any of its activities lacks a status text — "T3 2026 saknar lägestext för 8 aktiviteter:
 * /rapportera Sävsjö" (which opens that tertial); null otherwise. In January also before the new agreement is
 * imported, when the home otherwise says only "inget medborgarlöfte gäller i år".
 */
export async function endedTertialLine(session: Session, code: string, name: string): Promise<string | null> {
  const ended = endedTertialInWindow(session.today);
  if (!ended) return null;
  if (!decide(session.grants, 'follow-up', { type: 'kommun', code }, session.areas).ok) return null;
  const result = await summarizeKommun(session.deps, code, { kind: 'tertial', ...ended });
  if (!result.ok) return null;
  const missing = result.summary.activities.filter((l) => !hasStatusText(l.focusStatus)).length;
  if (missing === 0) return null;
  const { t } = session;
  const command = commandIn(t.lang, `/rapportera ${name}`);
  return t.home.endedMissing(t.windowTertial(ended.tertial, ended.year), missing, command);
}
