import { activityName } from '../../../domain/activity-name.ts';
import { activityLabel, headline } from '../../../domain/headline.ts';
import { decide } from '../../../domain/permissions.ts';
import {
  type ActivityLine,
  type KommunSummary,
  type SummaryWindow,
  summarizeKommun,
} from '../../../domain/summary.ts';
import { countIsNews, expectedPhrase, signedCount } from '../../../domain/target.ts';
import { VERDICTS } from '../../../domain/verdict.ts';
import { cellText } from '../../../reports/cells.ts';
import { clip, errorReply, reply } from '../build.ts';
import type { KommunRef, SummaryTarget } from '../grammar/types.ts';
import { ACTION, needs, type Reply, type ReplyButton, type ReplySection, type ReplyTable } from '../reply.ts';
import type { Session } from '../session.ts';
import type { Texts } from '../texts/index.ts';
import { summaryOrEndedYear } from './ended-year.ts';
import { forbiddenReply } from './errors.ts';
import { documentLinks } from './links.ts';
import { noAgreementForYear, noAgreementReply } from './no-agreement.ts';
import { progressOf, windowLabel } from './status.ts';
import { areaSummary, windowFromValue, windowValue } from './summary-area.ts';

/**
 * /sammanfattning: for a kommun, the follow-up table (activity × tertial status texts) and progress per promise,
 * posted in the channel — with `dokument`, also signed download links to the report; for a police area or län,
 * one line per kommun.
 */
export async function handleSummary(
  session: Session,
  target: SummaryTarget,
  window: SummaryWindow | null,
  documents = false,
): Promise<Reply> {
  if (target.type === 'kommun') return kommunSummary(session, target.kommun, window, documents);
  return areaSummary(session, target, window);
}

/**
 * A kommun's summary, short enough for a phone: the headline, one line per activity worst first ("🟠
 * trygghetsvandringar — 0 av minst 2 under 2026 · väntat hittills: 1 · efter"), the tally — and the full
 * Activity × T1–T3 table one tap away (button), and in the `dokument` reports.
 */
async function kommunSummary(
  session: Session,
  kommun: KommunRef,
  window: SummaryWindow | null,
  documents: boolean,
): Promise<Reply> {
  const { t } = session;
  const decision = decide(session.grants, 'read', { type: 'kommun', code: kommun.code }, session.areas);
  if (!decision.ok) return forbiddenReply(t, session.actor.person, 'read', kommun.name, decision);
  const { result, endedYear } = await summaryOrEndedYear(session, kommun.code, window);
  if (!result.ok)
    return window === null || window.kind === 'period'
      ? noAgreementReply(session, kommun)
      : noAgreementForYear(session, kommun, window.year, `/sammanfattning ${kommun.name}`);
  const s = result.summary;
  const w = s.window;
  const rank = (l: ActivityLine) => VERDICTS.indexOf(l.state);
  const worstFirst = [...s.activities].sort((a, b) => rank(a) - rank(b));
  const lines = worstFirst.map((l) => {
    const status = l.focusStatus ? t.quote(clip(l.focusStatus.text, 40)) : null;
    const parts =
      l.target === null
        ? [countIsNews(l) ? signedCount(l, s.window, s.agreement, t.lang) : t.state[l.state], status]
        : [signedCount(l, s.window, s.agreement, t.lang), expectedPhrase(l, t.lang), t.state[l.state]];
    return `${STATE_MARK[l.state]} ${activityLabel(l, t.lang, 'chat')} — ${parts.filter((x) => x !== null).join(' · ')}`;
  });
  const docs = documents ? await documentLinks(session, kommun, w) : null;
  const table: ReplyButton = {
    actionId: ACTION.summaryTable,
    requires: needs('read', kommun.code),
    label: t.lang === 'en' ? 'Show the table' : 'Visa tabellen',
    value: `${kommun.code}|${windowValue(w)}`,
  };
  const sections: ReplySection[] = [
    { text: headline(s, t.lang, 'chat') },
    { text: lines.join('\n') },
    { text: t.tally(s.tally) },
  ];
  if (endedYear !== null) {
    sections.unshift({ text: t.endedYearShown(kommun.name, Number(session.today.slice(0, 4)), endedYear) });
  }
  if (docs) sections.push(docs.section);
  const answer = reply({
    headline: t.summaryHeadline(kommun.name, windowLabel(t, s)),
    sections,
    // With `dokument` the documents hold the full table; else the table is one tap away.
    buttons: docs ? docs.buttons : [table],
    context: s.agreement.title,
    visibility: 'channel',
    tone: 'info',
  });
  return docs?.ref ? { ...answer, documents: docs.ref } : answer;
}

/**
 * A pressed summary button (value `<kommunkod>|<window>`): `summary:table` the kommun's full table, `summary:open`
 * (an area summary's button per kommun) the kommun's summary — as the presser, whose permission is checked again.
 */
export function summaryPress(session: Session, action: string, value: string): Promise<Reply> {
  const [code, win] = value.split('|');
  const m = code ? session.deps.register.byCodeOrNull(code) : null;
  const w = win ? windowFromValue(win) : null;
  if (!m || !w) return Promise.resolve(errorReply(session.t, session.t.formExpired));
  const kommun = { code: m.code, name: m.name };
  return action === ACTION.summaryOpen
    ? kommunSummary(session, kommun, w, false)
    : kommunSummaryTable(session, kommun, w);
}

const STATE_MARK: Readonly<Record<ActivityLine['state'], string>> = {
  efter: '🟠',
  'ej nått': '🔴',
  'ej påbörjad': '⚪',
  'i fas': '🟢',
  klar: '✅',
  'följs upp med text': '📝',
};

/** The full follow-up of a kommun: one Activity × tertial table per promise, progress, statistics, tally. */
export async function kommunSummaryTable(
  session: Session,
  kommun: KommunRef,
  w: SummaryWindow,
): Promise<Reply> {
  const { t } = session;
  const decision = decide(session.grants, 'read', { type: 'kommun', code: kommun.code }, session.areas);
  if (!decision.ok) return forbiddenReply(t, session.actor.person, 'read', kommun.name, decision);
  const result = await summarizeKommun(session.deps, kommun.code, w);
  if (!result.ok) return noAgreementReply(session, kommun);
  const s = result.summary;
  const numbers = new Map(s.activities.map((l, i) => [l.activity.id, i + 1]));
  const sections: ReplySection[] = [{ text: headline(s, t.lang, 'chat') }];
  for (const group of s.groups) {
    if (group.activities.length === 0) continue;
    sections.push({
      title: group.commitment ? clip(group.commitment.text, 140) : t.looseActivities,
      table: followUpTable(t, session.today, group.activities, numbers),
    });
  }
  const targeted = s.activities.filter((l) => l.target !== null);
  if (targeted.length > 0) {
    sections.push({
      title: t.progressTitle,
      progress: targeted.map((l) => progressOf(l, numbers.get(l.activity.id) ?? 0, t, s)),
    });
  }
  const stats = statisticsTable(t, s);
  if (stats) sections.push({ title: t.statistics, table: stats });
  sections.push({ text: t.tally(s.tally) });
  return reply({
    headline: t.summaryHeadline(kommun.name, windowLabel(t, s)),
    sections,
    context: s.agreement.title,
    visibility: 'channel',
    tone: 'info',
  });
}

/** The Activity × tertial table; each cell worded as in the report documents (reports/cells.ts). */
function followUpTable(
  t: Texts,
  today: string,
  lines: KommunSummary['activities'],
  numbers: ReadonlyMap<string, number>,
): ReplyTable {
  const refs = lines[0]?.tertials ?? [];
  const manyYears = new Set(refs.map((r) => r.year)).size > 1;
  const columns = [t.activity, ...refs.map((r) => (manyYears ? `T${r.tertial} ${r.year}` : `T${r.tertial}`))];
  const rows = lines.map((l) => {
    const yearDone = (year: number) =>
      l.tertials.filter((c) => c.year === year).reduce((n, c) => n + c.count, 0);
    return [
      `${numbers.get(l.activity.id) ?? ''}. ${activityName(l.activity, 60)}`,
      ...l.tertials.map((c) => {
        // The year's total goes in the third tertial's cell once that tertial has begun (as the documents do).
        const begun = today >= `${c.year}-09-01`;
        const total = c.tertial === 3 && begun && yearDone(c.year) > 0 ? yearDone(c.year) : null;
        const facts = {
          status: c.status?.text ?? null,
          registered: c.count,
          yearTotal: total,
          yearOver: today > `${c.year}-12-31`,
          year: c.year,
        };
        return clip(cellText(l, facts, t.lang), 120) || t.noStatus;
      }),
    ];
  });
  return { columns, rows };
}

function statisticsTable(t: Texts, s: KommunSummary): ReplyTable | null {
  if (s.statistics.length === 0) return null;
  const refs = [...new Set(s.statistics.map((x) => `${x.year}|${x.tertial}`))].sort();
  const columns = [t.statisticsCategory, ...refs.map((r) => `T${r.split('|')[1]} ${r.split('|')[0]}`)];
  const categories = [...new Set(s.statistics.map((x) => x.category))];
  const rows = categories.map((category) => [
    t.categories[category] ?? category,
    ...refs.map((r) => {
      const x = s.statistics.find((y) => y.category === category && `${y.year}|${y.tertial}` === r);
      return x ? `${x.count}${x.youth !== null ? ` (${x.youth})` : ''}` : t.noStatus;
    }),
  ]);
  return { columns, rows };
}
