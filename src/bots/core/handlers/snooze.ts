import { activitiesWithText } from '../../../domain/erased-status.ts';
import { decide } from '../../../domain/permissions.ts';
import { canChooseDay, nextWorkingDay, type SnoozeChoice, snoozeWhen } from '../../../domain/snooze.ts';
import { type TertialRef, tertialLastDay } from '../../../domain/tertial.ts';
import { statusTextsSnoozeDeadline } from '../../../domain/tertial-due.ts';
import type { Scope, TertialNumber } from '../../../domain/types.ts';
import { missingOf } from '../../../scheduler/agenda.ts';
import { byRecipient } from '../../../scheduler/plan/tertials.ts';
import type { MissingActivity, PlannedReminder } from '../../../scheduler/types.ts';
import { errorReply } from '../build.ts';
import { ACTION, needs, type Reply, type ReplyButton } from '../reply.ts';
import type { FormResult } from '../requests.ts';
import { kommunName, type Session } from '../session.ts';
import type { Texts } from '../texts/index.ts';
import { forbiddenReply } from './errors.ts';
import {
  openFollowupSnoozeForm,
  parseFollowupSnooze,
  snoozeFollowupNext,
  submitFollowupSnooze,
} from './snooze-followup.ts';
import { snoozeDayError, snoozeDayForm, writeSnooze } from './snooze-form.ts';

/**
 * "Påminn mig senare" on a prompt: the next working day at 09:00, or a day the person picks up to the tertial's last
 * day (domain/snooze.ts). Writes one `prompt-snooze` reminder row to that person, keyed by prompt, tertial, day
 * and person so it is written — and sent — exactly once; like "Påminn dem" it is never removed by a re-plan. When
 * due, the prompt is rendered afresh (core.ts): only what is still unanswered, nothing when all is. The meeting
 * follow-up's snooze (value `meeting-followup|…`) is handled in snooze-followup.ts.
 */

export type Snoozed = 'status' | 'count';

/** Status prompts need the follow-up permission, count prompts the register permission, for the kommun. */
export function snoozePermission(snoozed: Snoozed): 'follow-up' | 'log' {
  return snoozed === 'status' ? 'follow-up' : 'log';
}

interface SnoozeTarget {
  readonly snoozed: Snoozed;
  readonly code: string;
  readonly ref: TertialRef;
}

/** `<status|count>|<kommunkod>|<year>|<tertial>` → what is snoozed; null when it names nothing. */
export function parseSnoozeValue(value: string): SnoozeTarget | null {
  const [snoozed, code, year, tertial] = value.split('|');
  if ((snoozed !== 'status' && snoozed !== 'count') || !code || !/^\d{4}$/.test(year ?? '')) return null;
  if (!/^[123]$/.test(tertial ?? '')) return null;
  return { snoozed, code, ref: { year: Number(year), tertial: Number(tertial) as TertialNumber } };
}

/** The two snooze buttons of a prompt message; none when no row can be written or the deadline has passed. */
export function snoozeButtons(
  t: Texts,
  snoozed: Snoozed,
  code: string,
  ref: TertialRef,
  today: string,
  canWrite: boolean,
): ReplyButton[] {
  if (!canWrite) return [];
  const value = `${snoozed}|${code}|${ref.year}|${ref.tertial}`;
  const requires = needs(snoozePermission(snoozed), code);
  const buttons: ReplyButton[] = [
    { actionId: ACTION.snooze, requires, label: t.snoozeNext(t.dates.short(nextWorkingDay(today))), value },
  ];
  if (canChooseDay(today, snoozeDeadline(snoozed, ref))) {
    buttons.push({ actionId: ACTION.snoozeDay, requires, label: t.snoozeChoose, value });
  }
  return buttons;
}

/** "⏰ Påminn mig tis 24 nov kl. 09:00". */
export async function handleSnooze(session: Session, value: string): Promise<Reply> {
  const followup = parseFollowupSnooze(value);
  if (followup) return snoozeFollowupNext(session, followup);
  const target = parseSnoozeValue(value);
  if (!target) return errorReply(session.t, session.t.formExpired);
  const result = await snooze(session, target, { kind: 'next' });
  return result.ok ? result.reply : errorReply(session.t, result.error);
}

/** "📅 Påminn mig en annan dag…": the one-field day form. */
export async function openSnoozeForm(session: Session, value: string): Promise<Reply> {
  const { t } = session;
  const followup = parseFollowupSnooze(value);
  if (followup) return openFollowupSnoozeForm(session, followup);
  const target = parseSnoozeValue(value);
  if (!target) return errorReply(t, t.formExpired);
  return snoozeDayForm(t, value, snoozeDeadline(target.snoozed, target.ref));
}

/**
 * The last day a prompt may be snoozed to: for a status prompt the last working day before the overdue notice (the
 * texts are asked for until then: T3's last reminder comes in the Christmas week), for a count prompt the tertial's
 * last day (its figures are registered in the tertial).
 */
function snoozeDeadline(snoozed: Snoozed, ref: TertialRef): string {
  return snoozed === 'status' ? statusTextsSnoozeDeadline(ref) : tertialLastDay(ref);
}

export async function submitSnooze(
  session: Session,
  state: string,
  values: Readonly<Record<string, string>>,
): Promise<FormResult> {
  const followup = parseFollowupSnooze(state);
  if (followup) return submitFollowupSnooze(session, followup, values);
  const target = parseSnoozeValue(state);
  if (!target) return { ok: true, reply: errorReply(session.t, session.t.formExpired) };
  const permission = snoozePermission(target.snoozed);
  const decision = decide(session.grants, permission, { type: 'kommun', code: target.code }, session.areas);
  if (!decision.ok) {
    const where = kommunName(session, target.code);
    return { ok: true, reply: forbiddenReply(session.t, session.actor.person, permission, where, decision) };
  }
  const result = await snooze(session, target, { kind: 'day', text: values.day ?? '' });
  return result.ok ? { ok: true, reply: result.reply } : { ok: false, errors: { day: result.error } };
}

async function snooze(
  session: Session,
  target: SnoozeTarget,
  choice: SnoozeChoice,
): Promise<{ ok: true; reply: Reply } | { ok: false; error: string }> {
  const { t, deps } = session;
  const lastDay = tertialLastDay(target.ref);
  const deadline = snoozeDeadline(target.snoozed, target.ref);
  const when = snoozeWhen(choice, session.today, deadline, deps.zone);
  if (!when.ok)
    return { ok: false, error: snoozeDayError(t, when.error, deadline, target.snoozed === 'status') };
  if (!deps.reminders) return { ok: false, error: t.remindUnavailable };
  const kommun = deps.register.byCodeOrNull(target.code);
  if (!kommun) return { ok: false, error: t.formExpired };
  const person = `person:${session.actor.person}`;
  const missing = await missingFor(session, target, person);
  const scope: Scope = { type: 'kommun', id: target.code };
  const subject = { scope, name: kommun.name, municipalityCode: target.code };
  const occurrence = `${target.ref.year}-T${target.ref.tertial}`;
  const row: PlannedReminder = {
    key: `prompt-snooze:${target.code}:${occurrence}:${target.snoozed}:${when.day}:${person}`,
    kind: 'prompt-snooze',
    at: when.at,
    subject,
    target: person,
    payload: {
      kind: 'prompt-snooze',
      subject,
      snoozed: target.snoozed,
      tertial: { year: target.ref.year, tertial: target.ref.tertial, lastDay },
      missing,
      requestedBy: session.actor.person,
    },
  };
  const audit = {
    entity: 'tertial' as const,
    entityId: `${target.code}:${occurrence}`,
    municipalityCode: target.code,
    after: { prompt: target.snoozed, day: when.day, activities: missing.length },
  };
  return { ok: true, reply: await writeSnooze(session, row, when.day, audit) };
}

/** The activities still lacking a status that the prompt asks this person about (the planned routing). */
async function missingFor(
  session: Session,
  target: SnoozeTarget,
  person: string,
): Promise<MissingActivity[]> {
  const store = session.deps.store;
  const bundle = await store.agreementForYear(target.code, target.ref.year);
  if (!bundle) return [];
  const statuses = await store.latestStatuses(
    bundle.activities.map((a) => a.id),
    [target.ref.year],
  );
  const reported = activitiesWithText(statuses, target.ref);
  const missing = missingOf(target.code, bundle.activities, reported);
  const [roles, bindings] = await Promise.all([store.allRoles(), store.allBindings()]);
  const scope: Scope = { type: 'kommun', id: target.code };
  return byRecipient(missing, scope, { roles, bindings, areas: session.areas }).get(person) ?? missing;
}
