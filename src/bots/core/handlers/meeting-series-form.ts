import { clockTime } from '../../../domain/clock-time.ts';
import { weekdayOf } from '../../../domain/meeting-day.ts';
import { type SeriesSpec, seriesCreatable } from '../../../domain/meeting-series.ts';
import { containsPersonalData } from '../../../domain/personal-data/stored-text.ts';
import { errorReply, reply } from '../build.ts';
import { readDay, timeWord, weekdayWord } from '../grammar/meeting-series.ts';
import type { KommunRef } from '../grammar/types.ts';
import { personalDataText } from '../personal-data-text.ts';
import { FORM, type Reply } from '../reply.ts';
import type { FormResult } from '../requests.ts';
import { accessOf, type Session } from '../session.ts';
import { handleCreateSeries, refusalReply } from './meeting-series.ts';

/** The meeting-series form (Slack modal, Teams card, terminal questions) opened by `/samverkan <kommun> ny`. */

/**
 * `ny` alone: the form. Submitted, it runs the same words as the typed command. A kommun that already has a series,
 * or a person who may not create one, is answered as the typed command would be, before any field is asked.
 */
export async function openSeriesForm(session: Session, kommun: KommunRef): Promise<Reply> {
  const { t } = session;
  const scope = { type: 'kommun', id: kommun.code } as const;
  const creatable = await seriesCreatable(session.deps, accessOf(session), scope);
  if (!creatable.ok) return refusalReply(session, kommun, creatable, t.series.exampleCreate(kommun.name));
  return reply({
    headline: t.series.createHelp(kommun.name),
    sections: [{ text: t.series.exampleCreate(kommun.name) }],
    form: {
      formId: FORM.meetingSeries,
      title: t.series.formTitle,
      submitLabel: t.series.formSubmit,
      state: JSON.stringify({ k: kommun.code }),
      fields: [
        { id: 'weekday', label: t.series.formWeekday, initial: t.series.weekday(2), maxLength: 20 },
        { id: 'time', label: t.series.formTime, initial: clockTime('13:00', t.lang), maxLength: 5 },
        { id: 'every', label: t.series.formEvery, initial: '6', kind: 'number', maxLength: 2 },
        { id: 'first', label: t.series.formFirst, hint: t.series.formFirstHint, maxLength: 30 },
        { id: 'place', label: t.series.formPlace, optional: true, maxLength: 200 },
      ],
    },
  });
}

/** The series form, submitted: the values become the typed command's words; a bad part is named on its field. */
export async function submitSeriesForm(
  session: Session,
  state: string,
  values: Readonly<Record<string, string>>,
): Promise<FormResult> {
  const { t } = session;
  let code: string | null = null;
  try {
    code = (JSON.parse(state) as { k?: string }).k ?? null;
  } catch {
    code = null;
  }
  const m = code ? session.deps.register.byCodeOrNull(code) : null;
  if (!m) return { ok: true, reply: errorReply(t, t.formExpired) };
  const v = (id: string) => (values[id] ?? '').trim();
  const errors: Record<string, string> = {};
  const weekday = v('weekday') ? weekdayWord(v('weekday')) : null;
  if (v('weekday') && weekday === null) errors.weekday = t.series.formProblem.weekday;
  const time = timeWord(v('time'));
  if (time === null) errors.time = t.series.formProblem.time;
  const every = /^\d{1,2}$/.test(v('every')) ? Number(v('every')) : 0;
  if (every < 1 || every > 52) errors.every = t.series.formProblem.every;
  if (v('place') && containsPersonalData(v('place'))) errors.place = personalDataText(t, v('place'));
  const firstWords = v('first').split(/\s+/);
  const first = readDay(firstWords, 0, session.today);
  if (!first.ok && first.error?.error === 'past-date')
    errors.first = t.dates.pastMeeting(t.dates.full(first.error.day));
  else if (!first.ok || first.consumed !== firstWords.length) errors.first = t.series.formProblem.first;
  if (Object.keys(errors).length > 0 || !first.ok || time === null) return { ok: false, errors };
  const spec: SeriesSpec = {
    first: first.day,
    weekday,
    time,
    intervalWeeks: every,
    place: v('place') || null,
  };
  if (spec.weekday !== null && weekdayOf(spec.first) !== spec.weekday) {
    return {
      ok: false,
      errors: { first: t.series.weekdayMismatch(spec.first, t.series.weekday(spec.weekday)) },
    };
  }
  const answer = await handleCreateSeries(
    session,
    { code: m.code, name: m.name },
    spec,
    session.request.eventId,
  );
  // What is left to refuse is not about one field (the series exists by now, the role is gone): the reply says it.
  if (answer.tone === 'error') return { ok: true, reply: answer };
  return { ok: true, reply: answer };
}
