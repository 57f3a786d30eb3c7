import { activityName } from '../../domain/activity-name.ts';
import { activitiesWithText } from '../../domain/erased-status.ts';
import { may } from '../../domain/permissions.ts';
import { type StatusPromptLine, statusPromptLines } from '../../domain/status-prompts.ts';
import { localDay, type TertialRef } from '../../domain/tertial.ts';
import type { ReminderPayload } from '../../scheduler/types.ts';
import type { Recipient } from './access.ts';
import { reply } from './build.ts';
import type { ChatCoreDeps } from './core.ts';
import { promptRequirement } from './handlers/prompt-view.ts';
import { snoozeButtons } from './handlers/snooze.ts';
import { ACTION, type Lang, type Reply, type ReplyButton, type ReplySection } from './reply.ts';
import { nameOf } from './session.ts';
import { type Texts, textsFor } from './texts/index.ts';

/**
 * The status prompt a samordnare gets before a tertial ends: one section per activity that lacked a status when
 * the reminder was planned, each with its answers (the proposal built from registrations, Pågår, Ej genomfört,
 * Skriv själv) — or, once answered (by anyone, from any message), who answered what and when — with the comments
 * those who do the work left for the samordnare, and "Påminn mig senare" while anything is open. Rendered afresh
 * every time: for the first send and for every in-place update after an answer or a comment.
 */
export async function statusPromptReply(
  deps: ChatCoreDeps,
  t: Texts,
  code: string,
  ref: TertialRef,
  activityIds: readonly string[],
  headline: string,
  context?: string,
): Promise<Reply | null> {
  const lines = await statusPromptLines(deps, code, ref, activityIds, { ask: true });
  if (lines.length === 0) return null;
  const label = t.windowTertial(ref.tertial, ref.year);
  const comments = await deps.store.activityComments(activityIds, ref.year, ref.tertial);
  const who = lines.flatMap((l) => [l.prompt?.answeredBy, l.status?.actor]).filter((p): p is string => !!p);
  const names = await deps.store.personNames([...who, ...comments.map((c) => c.person)]);
  const sections = lines.map((line, i) => {
    const section = lineSection(deps, t, line, i, label, names);
    const notes = comments
      .filter((c) => c.activityId === line.activity.id)
      .map((c) => t.commentLine(nameOf(names, c.person), c.text));
    return notes.length > 0 ? { ...section, text: [section.text, ...notes].join('\n') } : section;
  });
  const open = sections.some((s) => (s.buttons?.length ?? 0) > 0);
  const today = localDay(deps.clock.now(), deps.zone);
  return reply({
    headline,
    sections,
    ...(open ? { buttons: snoozeButtons(t, 'status', code, ref, today, deps.reminders !== undefined) } : {}),
    context: [context, t.statusPromptHint(label)].filter(Boolean).join(' '),
    visibility: 'channel',
    tone: open ? 'info' : 'success',
  });
}

function lineSection(
  deps: ChatCoreDeps,
  t: Texts,
  line: StatusPromptLine,
  i: number,
  label: string,
  names: ReadonlyMap<string, string>,
): ReplySection {
  const title = `${i + 1}. ${activityName(line.activity, 140)}`;
  const figures = t.statusFigures(line.registered, null, label);
  const day = (ms: number) => t.day(localDay(ms, deps.zone)).replace(/ \d{4}$/, '');
  const prompt = line.prompt;
  if (prompt && prompt.status !== 'open') {
    const who = prompt.answeredBy ? nameOf(names, prompt.answeredBy) : '?';
    const text = t.statusAnswered(who, day(prompt.answeredAt ?? deps.clock.now()), prompt.answer ?? '');
    return { title, text: `${figures}\n${text}` };
  }
  if (line.status) {
    const text = t.statusAnswered(
      nameOf(names, line.status.actor),
      day(line.status.createdAt),
      line.status.text,
    );
    return { title, text: `${figures}\n${text}` };
  }
  if (!prompt) return { title, text: figures };
  const requires = promptRequirement(prompt);
  const id = (k: number) => `${i}.${k}`;
  const buttons: ReplyButton[] = [];
  if (line.proposal) {
    buttons.push({
      actionId: `${ACTION.promptAccept}/${id(0)}`,
      requires,
      label: `✅ ${line.proposal}`,
      value: `${prompt.id}|${line.registered}`,
      style: 'primary',
    });
  }
  prompt.options.forEach((option, k) => {
    buttons.push({
      actionId: `${ACTION.promptAnswer}/${id(k + 1)}`,
      requires,
      label: t.statusOption[option] ?? option,
      value: `${prompt.id}|${k}`,
    });
  });
  buttons.push({
    actionId: `${ACTION.promptText}/${id(9)}`,
    requires,
    label: t.statusWriteOwn,
    value: prompt.id,
  });
  return { title, text: figures, buttons };
}

/**
 * A tertial reminder to someone who may write the follow-up becomes a status prompt they answer in place; so does
 * their snoozed status prompt, which — when sent (`onlyOpen`) — asks only what still lacks a status, and is nothing
 * when all have one.
 */
export async function statusPromptFor(
  deps: ChatCoreDeps,
  payload: ReminderPayload,
  recipient: Extract<Recipient, { kind: 'person' }>,
  lang: Lang,
  options: { readonly onlyOpen?: boolean } = {},
): Promise<Reply | null> {
  const snoozed = payload.kind === 'prompt-snooze' && payload.snoozed === 'status';
  if (payload.kind !== 'tertial-reminder' && payload.kind !== 'tertial-nudge' && !snoozed) return null;
  const code = payload.subject.municipalityCode;
  if (!code || !may(recipient.grants, 'follow-up', { type: 'kommun', code }, recipient.areas)) return null;
  const t = textsFor(lang);
  const ref = { year: payload.tertial.year, tertial: payload.tertial.tertial };
  const label = t.windowTertial(ref.tertial, ref.year);
  const headline = tertialPromptHeadline(t, payload, label, localDay(deps.clock.now(), deps.zone));
  const context = payload.kind === 'tertial-nudge' ? t.nudgeBy(payload.requestedBy) : undefined;
  let ids = payload.missing.map((m) => m.activityId);
  if (options.onlyOpen && snoozed) {
    const statuses = await deps.store.latestStatuses(ids, [ref.year]);
    const answered = activitiesWithText(statuses, ref);
    ids = ids.filter((id) => !answered.has(id));
    if (ids.length === 0) return null;
  }
  return statusPromptReply(deps, t, code, ref, ids, headline, context);
}

/**
 * A tertial prompt's headline, its status and count versions alike: the reminder with the tertial's last day, the
 * chef's nudge, or the prompt back after a snooze — "tertialet slutade …" once `today` is past that day.
 */
export function tertialPromptHeadline(
  t: Texts,
  payload: Extract<
    ReminderPayload,
    { kind: 'tertial-reminder' | 'tertial-nudge' | 'prompt-snooze'; tertial: unknown }
  >,
  label: string,
  today: string,
): string {
  const name = payload.subject.name;
  const lastDay = t.day(payload.tertial.lastDay);
  if (payload.kind === 'tertial-reminder') return t.tertialReminder(name, label, lastDay, payload.daysBefore);
  if (payload.kind === 'tertial-nudge') return t.tertialNudge(name, label);
  return t.snoozeHeadline(name, label, lastDay, today > payload.tertial.lastDay);
}
