import { activityName } from '../../../domain/activity-name.ts';
import { hasStatusText } from '../../../domain/erased-status.ts';
import { activityLabel, headline } from '../../../domain/headline.ts';
import { decide } from '../../../domain/permissions.ts';
import {
  type ActivityLine,
  type KommunSummary,
  type SummaryWindow,
  summarizeKommun,
} from '../../../domain/summary.ts';
import { countIsNews, expectedPhrase, signedCount } from '../../../domain/target.ts';
import { type TertialRef, tertialOfDay } from '../../../domain/tertial.ts';
import { endedTertialInWindow, statusTextsDue } from '../../../domain/tertial-due.ts';
import { clip, reply, truncate } from '../build.ts';
import type { KommunRef } from '../grammar/types.ts';
import type { Reply, ReplyProgress, ReplySection } from '../reply.ts';
import type { Session } from '../session.ts';
import type { Texts } from '../texts/index.ts';
import { commentNotes } from './comment-notes.ts';
import { summaryOrEndedYear } from './ended-year.ts';
import { forbiddenReply } from './errors.ts';
import { noAgreementForYear, noAgreementReply } from './no-agreement.ts';

/**
 * /status: the progress of every activity of the kommun's agreement over a window (default: this year), numbered
 * as /logga takes them, grouped by promise. Progress comes from summarizeKommun; nothing is recomputed here.
 */
export async function handleStatus(
  session: Session,
  kommun: KommunRef,
  window: SummaryWindow | null,
): Promise<Reply> {
  const { t } = session;
  const decision = decide(session.grants, 'read', { type: 'kommun', code: kommun.code }, session.areas);
  if (!decision.ok) return forbiddenReply(t, session.actor.person, 'read', kommun.name, decision);
  const { result, endedYear } = await summaryOrEndedYear(session, kommun.code, window);
  if (!result.ok)
    return window === null || window.kind === 'period'
      ? noAgreementReply(session, kommun)
      : noAgreementForYear(session, kommun, window.year, `/status ${kommun.name}`);
  const s = result.summary;
  const numbers = new Map(s.activities.map((l, i) => [l.activity.id, i + 1]));
  const sections: ReplySection[] = s.groups
    .filter((g) => g.activities.length > 0)
    .map((g) => ({
      title: g.commitment ? clip(g.commitment.text, 140) : t.looseActivities,
      progress: g.activities.map((l) => progressOf(l, numbers.get(l.activity.id) ?? 0, t, s)),
    }));
  sections.unshift({ text: headline(s, t.lang, 'chat') });
  if (endedYear !== null) {
    sections.unshift({ text: t.endedYearShown(kommun.name, Number(session.today.slice(0, 4)), endedYear) });
  }
  const missing = await dueTexts(session, kommun, s);
  if (missing) sections.splice(endedYear === null ? 1 : 2, 0, { text: missing });
  sections.push({ text: t.tally(s.tally) });
  // Comments to the samordnare on the tertial in focus (internal: /status is never public).
  const notes = await commentNotes(session, [...numbers.keys()], s.focusTertial, 300);
  if (notes.size > 0) {
    const lines = [...notes].map(([id, text]) => `${numbers.get(id) ?? '?'}. ${text}`);
    const focus = t.windowTertial(s.focusTertial.tertial, s.focusTertial.year);
    sections.push({ title: t.commentsTitle(focus), text: truncate(lines.join('\n'), 2900) });
  }
  return reply({
    headline: t.statusHeadline(kommun.name, windowLabel(t, s)),
    sections,
    // "Registrera med /logga …" only to those who may log there (a chef reads).
    context: decide(session.grants, 'log', { type: 'kommun', code: kommun.code }, session.areas).ok
      ? t.statusContext(s.agreement.title)
      : s.agreement.title,
    tone: 'info',
  });
}

/**
 * The activities still without a status text for the tertial whose texts are due. A tertial asked for: when its texts
 * are due (ended, or its first reminder gone). A year or the period: the tertial in focus when its texts are due now
 * (31 December: T3 2026) — and over this year or the period, the tertial just ended in its follow-up window (January:
 * T3 2026, also when it belongs to the agreement before, numbered as its /rapportera form numbers them).
 */
async function dueTexts(session: Session, kommun: KommunRef, s: KommunSummary): Promise<string | null> {
  const w = s.window;
  const today = session.today;
  if (w.kind === 'tertial') return statusTextsDue(w, today) ? missingTexts(session, kommun, s) : null;
  const focus = s.focusTertial;
  const ended = endedTertialInWindow(today);
  const current = tertialOfDay(today);
  const isFocus = (r: TertialRef | null) =>
    r !== null && r.year === focus.year && r.tertial === focus.tertial;
  if (isFocus(ended) || (isFocus(current) && statusTextsDue(current, today)))
    return missingTexts(session, kommun, s);
  if (!ended || (w.kind === 'year' && w.year !== current.year)) return null;
  const before = await summarizeKommun(session.deps, kommun.code, { kind: 'tertial', ...ended });
  return before.ok ? missingTexts(session, kommun, before.summary) : null;
}

/**
 * The activities of the summary's focus tertial still without a status text, by number and the short label the
 * headline names them by, on one line with the command that writes them — "Saknar lägestext för T3 2026 (2): 1.
 * trafikkontroller · 4. ”Polisen ska öppna ett poliskontor”".
 */
function missingTexts(session: Session, kommun: KommunRef, s: KommunSummary): string | null {
  const { t } = session;
  const w = s.focusTertial;
  const numbers = new Map(s.activities.map((l, i) => [l.activity.id, i + 1]));
  const lines = s.activities.filter((l) => !hasStatusText(l.focusStatus));
  if (lines.length === 0) return null;
  const names = lines.map((l) => `${numbers.get(l.activity.id) ?? '?'}. ${activityLabel(l, t.lang, 'chat')}`);
  const command = t.reportCommand(kommun.name, w.tertial, w.year);
  const mayWrite = decide(
    session.grants,
    'follow-up',
    { type: 'kommun', code: kommun.code },
    session.areas,
  ).ok;
  const write = mayWrite
    ? t.statusTextsWrite(lines.length, command)
    : t.statusTextsWriter(lines.length, command);
  const label = t.windowTertial(w.tertial, w.year);
  return `${t.statusTextsMissing(label, lines.length)}: ${truncate(names.join(' · '), 1500)}\n${write}`;
}

/**
 * One activity as a progress bar: "3. Polisen ska genomföra minst femton riktade insatser…" with the signed count
 * ("16 av minst 15 under 2026"), the expected pace ("väntat hittills: 13") and the latest status text.
 */
export function progressOf(
  line: ActivityLine,
  number: number,
  t: Texts,
  s: Pick<KommunSummary, 'window' | 'agreement'>,
): ReplyProgress {
  const expected = expectedPhrase(line, t.lang);
  return {
    label: `${number}. ${activityName(line.activity, 120)}`,
    done: line.done,
    target: line.target,
    state: line.state,
    stateLabel: t.state[line.state] ?? line.state,
    ratio: line.progress?.ratio ?? 0,
    // Without a numeric target and nothing registered: "följs upp med text" alone, never "0 under 2026".
    amount: countIsNews(line)
      ? signedCount(line, s.window, s.agreement, t.lang)
      : (t.state[line.state] ?? line.state),
    ...(expected ? { expected } : {}),
    ...(line.focusStatus ? { detail: t.quote(clip(line.focusStatus.text, 80)) } : {}),
  };
}

/** "T3 2026", "år 2026", "perioden 2025–2026". */
export function windowLabel(t: Texts, summary: Pick<KommunSummary, 'window' | 'agreement'>): string {
  const w = summary.window;
  if (w.kind === 'tertial') return t.windowTertial(w.tertial, w.year);
  if (w.kind === 'year') return t.windowYear(w.year);
  return t.windowPeriod(summary.agreement.periodFrom, summary.agreement.periodTo);
}
