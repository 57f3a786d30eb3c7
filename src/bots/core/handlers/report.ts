import { activityName } from '../../../domain/activity-name.ts';
import { hasStatusText } from '../../../domain/erased-status.ts';
import {
  followUpSheet,
  MAX_STATUS_LENGTH,
  recordFollowUps,
  type SheetResult,
} from '../../../domain/follow-up.ts';
import { previousTertial, type TertialRef, tertialOfDay } from '../../../domain/tertial.ts';
import { type DueTertial, dueTertial, endedTertialInWindow } from '../../../domain/tertial-due.ts';
import type { TertialNumber } from '../../../domain/types.ts';
import { errorReply, reply } from '../build.ts';
import type { KommunRef } from '../grammar/types.ts';
import { personalDataText } from '../personal-data-text.ts';
import { ACTION, FORM, needs, type Reply } from '../reply.ts';
import type { FormResult } from '../requests.ts';
import { accessOf, type Session } from '../session.ts';
import { commentNotes } from './comment-notes.ts';
import { forbiddenReply } from './errors.ts';

/**
 * /rapportera: a form with one field per activity of the kommun's agreement for the tertial (default the one due:
 * the tertial just ended while it lacks texts early in the next one, else the current one), prefilled with the latest status text; on submit every changed text is stored in one transaction, and the
 * confirmation offers to publish the tertial (see publish.ts).
 */

interface ReportState {
  readonly k: string;
  readonly y: number;
  readonly t: TertialNumber;
  readonly a: string;
}

export function parseTertialState(state: string): ReportState | null {
  try {
    const s = JSON.parse(state) as Partial<ReportState>;
    if (typeof s.k !== 'string' || typeof s.y !== 'number' || ![1, 2, 3].includes(s.t as number)) return null;
    return { k: s.k, y: s.y, t: s.t as TertialNumber, a: typeof s.a === 'string' ? s.a : '' };
  } catch {
    return null;
  }
}

export async function openReport(
  session: Session,
  kommun: KommunRef,
  tertial: TertialRef | null,
): Promise<Reply> {
  const { t } = session;
  // Without a tertial: the one whose texts are due (the tertial just ended, early in the next one, while it lacks any).
  const due = tertial ? null : await dueOf(session, kommun);
  const ref = tertial ?? due?.due.ref ?? tertialOfDay(session.today);
  const sheet =
    due?.sheet && due.due.ended
      ? due.sheet
      : await followUpSheet(session.deps, accessOf(session), kommun.code, ref);
  if (!sheet.ok) {
    if (sheet.error === 'forbidden') {
      return forbiddenReply(t, session.actor.person, 'follow-up', kommun.name, sheet.decision);
    }
    // Early in a year whose agreement is not imported yet, the tertial just ended still has one: its report is due.
    const ended = previousTertial(tertialOfDay(session.today));
    const isDue =
      (ref.year !== ended.year || ref.tertial !== ended.tertial) &&
      (await session.deps.store.agreementForYear(kommun.code, ended.year)) !== null;
    const command = t.reportCommand(kommun.name, ended.tertial, ended.year);
    const hint = isDue ? ` ${t.reportEnded(t.windowTertial(ended.tertial, ended.year), command)}` : '';
    return errorReply(t, t.noAgreement(kommun.name), `${t.noAgreementHint}${hint}`);
  }
  const label = t.windowTertial(ref.tertial, ref.year);
  const notes = await commentNotes(
    session,
    sheet.bundle.activities.map((a) => a.id),
    ref,
  );
  const state: ReportState = { k: kommun.code, y: ref.year, t: ref.tertial, a: sheet.bundle.agreement.id };
  const intro = t.reportIntro(kommun.name, label);
  const ended = due?.due.ended ? await dueHeadline(session, kommun, due.due) : null;
  return reply({
    headline: ended ?? intro,
    ...(ended ? { sections: [{ text: intro }] } : {}),
    form: {
      formId: FORM.report,
      title: t.reportTitle(label),
      submitLabel: t.save,
      state: JSON.stringify(state),
      fields: sheet.bundle.activities.map((activity, i) => ({
        id: `a${i + 1}`,
        label: `${i + 1}. ${activityName(activity, 145)}`,
        initial: initialText(sheet.latest.get(activity.id)),
        multiline: true,
        maxLength: MAX_STATUS_LENGTH,
        optional: true,
        ...(notes.has(activity.id) ? { hint: notes.get(activity.id) } : {}),
      })),
    },
  });
}

/** The tertial due today (domain rule), with the follow-up sheet of the tertial just ended when it was read. */
async function dueOf(
  session: Session,
  kommun: KommunRef,
): Promise<{ due: DueTertial; sheet: SheetResult | null }> {
  const ended = endedTertialInWindow(session.today);
  const sheet = ended ? await followUpSheet(session.deps, accessOf(session), kommun.code, ended) : null;
  const missing = sheet?.ok
    ? sheet.bundle.activities.filter((a) => !hasStatusText(sheet.latest.get(a.id))).length
    : null;
  return { due: dueTertial(session.today, missing), sheet };
}

/** "T3 2026 saknar lägestext för 3 aktiviteter – här är den. Nuvarande tertial: /rapportera Sävsjö T1 2027". */
async function dueHeadline(session: Session, kommun: KommunRef, due: DueTertial): Promise<string> {
  const { t } = session;
  const { current } = due;
  // The current tertial is named only when it has an agreement to report on.
  const hasCurrent = (await session.deps.store.agreementForYear(kommun.code, current.year)) !== null;
  const command = hasCurrent ? t.reportCommand(kommun.name, current.tertial, current.year) : null;
  return t.reportDue(t.windowTertial(due.ref.tertial, due.ref.year), due.missing, command);
}

export async function submitReport(
  session: Session,
  stateText: string,
  values: Readonly<Record<string, string>>,
): Promise<FormResult> {
  const { t } = session;
  const state = parseTertialState(stateText);
  const bundle = state ? await session.deps.store.agreementBundle(state.a) : null;
  if (!state || !bundle) return { ok: true, reply: errorReply(t, t.formExpired) };
  const kommun = session.deps.register.byCodeOrNull(state.k)?.name ?? state.k;
  const texts: Record<string, string> = {};
  const fieldOf = new Map<string, string>();
  for (const [field, value] of Object.entries(values)) {
    const activity = /^a(\d+)$/.exec(field) ? bundle.activities[Number(field.slice(1)) - 1] : undefined;
    if (!activity) continue;
    texts[activity.id] = value;
    fieldOf.set(activity.id, field);
  }
  const ref = { year: state.y, tertial: state.t };
  const result = await recordFollowUps(session.deps, session.actor, accessOf(session), {
    municipalityCode: state.k,
    tertial: ref,
    texts,
  });
  const label = t.windowTertial(ref.tertial, ref.year);
  if (result.ok) {
    // Whoever may write the texts may publish them (permission `follow-up`): offer the next step at once.
    const current = tertialOfDay(session.today);
    const started = ref.year < current.year || (ref.year === current.year && ref.tertial <= current.tertial);
    const publish = {
      actionId: ACTION.publish,
      requires: needs('follow-up', state.k),
      label: t.sharing.publishButton(label),
      value: `${state.k}|${ref.year}|${ref.tertial}`,
      style: 'primary' as const,
    };
    return {
      ok: true,
      reply: reply({
        headline: t.reportSaved(result.saved.length, kommun, label),
        ...(started ? { buttons: [publish] } : {}),
        tone: 'success',
      }),
    };
  }
  if (result.error === 'forbidden') {
    return { ok: true, reply: forbiddenReply(t, session.actor.person, 'follow-up', kommun, result.decision) };
  }
  if (result.error === 'no-agreement') return { ok: true, reply: errorReply(t, t.noAgreement(kommun)) };
  const errors: Record<string, string> = {};
  for (const [activityId, problem] of Object.entries(result.fields)) {
    const field = fieldOf.get(activityId) ?? activityId;
    errors[field] =
      problem === 'personal-number' ? personalDataText(t, texts[activityId]) : t.tooLong(MAX_STATUS_LENGTH);
  }
  return { ok: false, errors };
}

/** A form field's starting text: the activity's status text, empty when it has none or it was erased. */
function initialText(status: { readonly text: string } | undefined): string {
  return status && hasStatusText(status) ? status.text : '';
}
