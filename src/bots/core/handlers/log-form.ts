import { activityName } from '../../../domain/activity-name.ts';
import { resolveDate } from '../../../domain/dates.ts';
import { errorReply, reply } from '../build.ts';
import { MAX_COUNT, MAX_NOTE_LENGTH } from '../grammar/types.ts';
import { FORM, type Reply } from '../reply.ts';
import type { FormResult } from '../requests.ts';
import type { Session } from '../session.ts';
import { handleLog } from './log.ts';

/**
 * "Logga insats" on a count prompt: a small form for one activity (count, day, note) that logs exactly as
 * `/logga <nr> <kommun> <datum> <antal> <anteckning>` would — the same use case, confirmation rule, Ångra and
 * idempotency by the form's event id.
 */

async function activityOf(session: Session, value: string) {
  const [code = '', activityId] = value.split('|');
  const kommun = session.deps.register.byCodeOrNull(code);
  if (!kommun) return null;
  const bundle = await session.deps.store.agreementForYear(code, Number(session.today.slice(0, 4)));
  const index = bundle?.activities.findIndex((a) => a.id === activityId) ?? -1;
  const activity = bundle?.activities[index];
  if (!activity) return null;
  return { kommun: { code: kommun.code, name: kommun.name }, activity, number: index + 1 };
}

export async function openLogForm(session: Session, value: string): Promise<Reply> {
  const { t } = session;
  const target = await activityOf(session, value);
  if (!target) return errorReply(t, t.formExpired);
  return reply({
    headline: `${t.logFormTitle}: ${activityName(target.activity, 100)} (${target.kommun.name})`,
    form: {
      formId: FORM.log,
      title: t.logFormTitle,
      submitLabel: t.save,
      state: value,
      fields: [
        { id: 'count', label: t.logCount, kind: 'number', initial: '1', maxLength: 3 },
        { id: 'date', label: t.logDate, optional: true, maxLength: 40 },
        { id: 'note', label: t.logNote, optional: true, multiline: true, maxLength: MAX_NOTE_LENGTH },
      ],
    },
  });
}

export async function submitLogForm(
  session: Session,
  state: string,
  values: Readonly<Record<string, string>>,
): Promise<FormResult> {
  const { t } = session;
  const target = await activityOf(session, state);
  if (!target) return { ok: true, reply: errorReply(t, t.formExpired) };
  const errors: Record<string, string> = {};
  const countText = (values.count ?? '').trim() || '1';
  const count = /^\d{1,3}$/.test(countText) ? Number(countText) : 0;
  if (count < 1 || count > MAX_COUNT) errors.count = t.logBadCount;
  const dateText = (values.date ?? '').trim();
  const reading = dateText === '' ? null : resolveDate(dateText, session.today, 'registration');
  const date =
    dateText === ''
      ? session.today
      : reading?.type === 'date' || reading?.type === 'needs-confirmation'
        ? reading.day
        : null;
  if (!date) errors.date = t.logBadDate;
  if (Object.keys(errors).length > 0 || !date) return { ok: false, errors };
  const note = (values.note ?? '').trim();
  const logged = await handleLog(
    session,
    {
      kind: 'log',
      command: 'logga',
      kommun: target.kommun,
      activity: { type: 'number', number: target.number },
      date,
      count,
      note: note === '' ? null : note,
    },
    session.request.eventId,
  );
  return { ok: true, reply: logged };
}
