import { activityName } from '../../../domain/activity-name.ts';
import { resolveDate } from '../../../domain/dates.ts';
import { periodSpan } from '../../../domain/target.ts';
import type { Agreement } from '../../../domain/types.ts';
import { reply } from '../build.ts';
import { MAX_COUNT, MAX_NOTE_LENGTH } from '../grammar/types.ts';
import { FORM, type Reply } from '../reply.ts';
import type { FormResult } from '../requests.ts';
import type { Session } from '../session.ts';
import { handleLog } from './log.ts';
import { goneOrExpired } from './prompt-view.ts';

/**
 * "Logga insats" on a count prompt: a small form for one activity (count, day, note) that logs exactly as
 * `/logga <nr> <kommun> <datum> <antal> <anteckning>` would — the same use case, confirmation rule, Ångra and
 * idempotency by the form's event id.
 */

/**
 * The activity a count prompt's button names, in this year's agreement — or last year's: T3's prompt (sent in the
 * Christmas week) is still pressed in January, and names the activity of the agreement that ended.
 */
async function activityOf(session: Session, value: string) {
  const [code = '', activityId] = value.split('|');
  const kommun = session.deps.register.byCodeOrNull(code);
  if (!kommun) return null;
  const year = Number(session.today.slice(0, 4));
  for (const y of [year, year - 1]) {
    const bundle = await session.deps.store.agreementForYear(code, y);
    const index = bundle?.activities.findIndex((a) => a.id === activityId) ?? -1;
    const activity = bundle?.activities[index];
    if (bundle && activity) {
      const { agreement } = bundle;
      return { kommun: { code: kommun.code, name: kommun.name }, activity, number: index + 1, agreement };
    }
  }
  return null;
}

/** Why `day` cannot be logged onto an activity of `agreement` (outside its period), or null. */
function outsideAgreement(t: Session['t'], day: string, agreement: Agreement): string | null {
  const period = periodSpan(agreement.periodFrom, agreement.periodTo);
  const year = Number(day.slice(0, 4));
  if (year > agreement.periodTo) return t.logAfterAgreement(agreement.periodTo, period);
  if (year < agreement.periodFrom) return t.logBeforeAgreement(agreement.periodFrom, period);
  return null;
}

export async function openLogForm(session: Session, value: string): Promise<Reply> {
  const { t } = session;
  const target = await activityOf(session, value);
  if (!target) return goneOrExpired(session, value);
  return reply({
    headline: `${t.logFormTitle}: ${activityName(target.activity, 100)} (${target.kommun.name})`,
    form: {
      formId: FORM.log,
      title: t.logFormTitle,
      submitLabel: t.save,
      state: value,
      fields: [
        { id: 'count', label: t.logCount, kind: 'number', initial: '1', maxLength: 3 },
        {
          id: 'date',
          // Today outside the activity's agreement (T3's prompt pressed in January): a day must be typed.
          label:
            Number(session.today.slice(0, 4)) > target.agreement.periodTo
              ? t.logDateUntil(target.agreement.periodTo)
              : t.logDate,
          optional: true,
          maxLength: 40,
        },
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
  if (!target) return { ok: true, reply: goneOrExpired(session, state) };
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
  // Numbered in the activity's agreement, so logged on a day of it: never onto the same number in another year's.
  const outside = date ? outsideAgreement(t, date, target.agreement) : null;
  if (outside) errors.date = outside;
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
