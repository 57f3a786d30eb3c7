import { kindLabel } from '../../domain/activity-kinds.ts';
import { activityName } from '../../domain/activity-name.ts';
import type { ActivityComment } from '../../domain/comment-ports.ts';
import { may } from '../../domain/permissions.ts';
import { scopeCovers } from '../../domain/scope.ts';
import { type ActivityLine, type KommunSummary, summarizeKommun } from '../../domain/summary.ts';
import { expectedPhrase, signedCount } from '../../domain/target.ts';
import { localDay, type TertialRef } from '../../domain/tertial.ts';
import type { Responsible } from '../../domain/types.ts';
import type { ReminderPayload } from '../../scheduler/types.ts';
import type { Recipient } from './access.ts';
import { clip, reply } from './build.ts';
import type { ChatCoreDeps } from './core.ts';
import { snoozeButtons } from './handlers/snooze.ts';
import { ACTION, type Lang, needs, type Reply, type ReplySection } from './reply.ts';
import { tertialPromptHeadline } from './status-prompt.ts';
import { type Texts, textsFor } from './texts/index.ts';

/**
 * The count prompt: what a tertial reminder becomes for someone who does the work but does not write the
 * follow-up (polis, kommun — the register permission without the follow-up permission). Per activity they answer
 * for, their figures so far in the target model's words ("Trafikkontroller i Tranås: 20 av minst 10 under T3 2026
 * (30 per år)"),
 * with "Logga insats" and "Kommentar till samordnaren"; their own comment when they left one; and "Påminn mig
 * senare". A snoozed count prompt shows only what is still unanswered (no status, no comment of theirs) and is
 * nothing at all when that is empty.
 */
export async function countPromptFor(
  deps: ChatCoreDeps,
  payload: ReminderPayload,
  recipient: Extract<Recipient, { kind: 'person' }>,
  lang: Lang,
): Promise<Reply | null> {
  const snoozed = payload.kind === 'prompt-snooze';
  if (payload.kind !== 'tertial-reminder' && payload.kind !== 'tertial-nudge' && !snoozed) return null;
  if (payload.kind === 'prompt-snooze' && payload.snoozed !== 'count') return null;
  const code = payload.subject.municipalityCode;
  const where = { type: 'kommun' as const, code: code ?? '' };
  if (!code || may(recipient.grants, 'follow-up', where, recipient.areas)) return null;
  if (!may(recipient.grants, 'log', where, recipient.areas)) return null;
  const t = textsFor(lang);
  const ref: TertialRef = { year: payload.tertial.year, tertial: payload.tertial.tertial };
  const result = await summarizeKommun(deps, code, { kind: 'tertial', ...ref });
  if (!result.ok) return null;
  // Only what the recipient answers for, whatever the payload carries (README "Count prompts"): polis → polis and
  // gemensam, kommun → kommun and gemensam.
  const holds = (role: 'polis' | 'kommun') =>
    recipient.grants.some((g) => g.role === role && scopeCovers(g.scope, code, recipient.areas));
  const answersFor = (r: Responsible) =>
    r === 'gemensam' || (r !== 'kommun' ? holds('polis') : holds('kommun'));
  const ids = new Set(payload.missing.filter((m) => answersFor(m.responsible)).map((m) => m.activityId));
  const comments = await deps.store.activityComments([...ids], ref.year, ref.tertial);
  const own = new Map(comments.filter((c) => c.person === recipient.person).map((c) => [c.activityId, c]));
  const lines = result.summary.activities.filter(
    (l) => ids.has(l.activity.id) && (!snoozed || (statusOf(l, ref) === null && !own.has(l.activity.id))),
  );
  if (lines.length === 0) return null;
  const label = t.windowTertial(ref.tertial, ref.year);
  const name = payload.subject.name;
  const sections = lines.map((line) => countSection(t, result.summary, line, ref, name, own));
  const today = localDay(deps.clock.now(), deps.zone);
  const headline = tertialPromptHeadline(t, payload, label, today);
  return reply({
    headline,
    sections,
    buttons: snoozeButtons(t, 'count', code, ref, today, deps.reminders !== undefined),
    context: [t.countIntro(label), payload.kind === 'tertial-nudge' ? t.nudgeBy(payload.requestedBy) : '']
      .filter(Boolean)
      .join(' '),
    visibility: 'channel',
    tone: payload.kind === 'tertial-nudge' ? 'warning' : 'info',
  });
}

function statusOf(line: ActivityLine, ref: TertialRef) {
  return line.tertials.find((c) => c.year === ref.year && c.tertial === ref.tertial)?.status ?? null;
}

function countSection(
  t: Texts,
  summary: KommunSummary,
  line: ActivityLine,
  ref: TertialRef,
  kommun: string,
  own: ReadonlyMap<string, ActivityComment>,
): ReplySection {
  const code = summary.municipality.code;
  // Numbered as /status numbers it (and /logga takes it); the figures in the target model's words.
  const number = summary.activities.indexOf(line) + 1;
  const what = line.kind ? capitalize(kindLabel(line.kind, 2, t.lang)) : t.countRegistered;
  const figures = [
    t.countFigures(what, kommun, signedCount(line, summary.window, summary.agreement, t.lang)),
  ];
  const expected = expectedPhrase(line, t.lang);
  if (expected) figures[0] += ` · ${expected}`;
  const status = statusOf(line, ref);
  if (status) figures.push(`📝 ${clip(status.text, 200)}`);
  const mine = own.get(line.activity.id);
  if (mine) figures.push(t.yourComment(mine.text));
  const requires = needs('log', code);
  return {
    title: `${number}. ${activityName(line.activity, 140)}`,
    text: figures.join('\n'),
    buttons: [
      {
        actionId: `${ACTION.logOpen}/${number}`,
        requires,
        label: t.logButton,
        value: `${code}|${line.activity.id}`,
        style: 'primary',
      },
      {
        actionId: `${ACTION.commentOpen}/${number}`,
        requires,
        label: mine ? t.commentChange : t.commentButton,
        value: `${code}|${line.activity.id}|${ref.year}|${ref.tertial}`,
      },
    ],
  };
}

function capitalize(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}
