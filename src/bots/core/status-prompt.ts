import { type StatusPromptLine, statusPromptLines } from '../../domain/status-prompts.ts';
import { localDay, type TertialRef } from '../../domain/tertial.ts';
import { clip, reply } from './build.ts';
import type { ChatCoreDeps } from './core.ts';
import { promptRequirement } from './handlers/prompt-view.ts';
import { ACTION, type Reply, type ReplyButton, type ReplySection } from './reply.ts';
import { nameOf } from './session.ts';
import type { Texts } from './texts/index.ts';

/**
 * The status prompt a samordnare gets before a tertial ends: one section per activity that lacked a status when
 * the reminder was planned, each with its answers (the proposal built from registrations, Pågår, Ej genomfört,
 * Skriv själv) — or, once answered (by anyone, from any message), who answered what and when. Rendered afresh
 * every time: for the first send and for every in-place update after an answer.
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
  const who = lines.flatMap((l) => [l.prompt?.answeredBy, l.status?.actor]).filter((p): p is string => !!p);
  const names = await deps.store.personNames(who);
  const sections = lines.map((line, i) => lineSection(deps, t, line, i, label, names));
  const open = sections.some((s) => (s.buttons?.length ?? 0) > 0);
  return reply({
    headline,
    sections,
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
  const title = `${i + 1}. ${clip(line.activity.text, 140)}`;
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
