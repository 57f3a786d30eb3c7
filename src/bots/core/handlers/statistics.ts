import {
  MAX_STATISTIC,
  recordStatistics,
  type StatisticFigure,
  statisticsDecision,
  statisticsSheet,
} from '../../../domain/statistics.ts';
import { type TertialRef, tertialOfDay } from '../../../domain/tertial.ts';
import { endedTertialInWindow } from '../../../domain/tertial-due.ts';
import { STATISTIC_CATEGORIES } from '../../../domain/types.ts';
import { errorReply, reply } from '../build.ts';
import type { KommunRef } from '../grammar/types.ts';
import { FORM, type FormField, type Reply } from '../reply.ts';
import type { FormResult } from '../requests.ts';
import { accessOf, type Session } from '../session.ts';
import { forbiddenReply } from './errors.ts';
import { parseTertialState } from './report.ts';

/**
 * /statistik: a form with the six drug-crime categories, each with its count and how many concern people aged 21
 * or younger; validated per field (whole numbers, youth not above the count) and stored in one transaction.
 */

export async function openStatistics(
  session: Session,
  kommun: KommunRef,
  tertial: TertialRef | null,
): Promise<Reply> {
  const { t } = session;
  const decision = statisticsDecision(accessOf(session), kommun.code);
  if (!decision.ok) return forbiddenReply(t, session.actor.person, 'statistics', kommun.name, decision);
  // Without a tertial: the one just ended while its figures are not in and it had an agreement, in the first month
  // of the next (the drug statistics of T3 2026 are counted in January), else today's.
  const today = tertialOfDay(session.today);
  const ended = tertial ? null : endedTertialInWindow(session.today);
  const followed = ended && (await session.deps.store.agreementForYear(kommun.code, ended.year)) !== null;
  const endedSheet = ended && followed ? await statisticsSheet(session.deps, kommun.code, ended) : null;
  const opensEnded = ended !== null && endedSheet !== null && endedSheet.size === 0;
  const ref = tertial ?? (opensEnded ? ended : today);
  const existing = opensEnded ? endedSheet : await statisticsSheet(session.deps, kommun.code, ref);
  const label = t.windowTertial(ref.tertial, ref.year);
  const current = opensEnded ? t.statisticsCommand(kommun.name, today.tertial, today.year) : null;
  const fields: FormField[] = STATISTIC_CATEGORIES.flatMap((category) => {
    const name = t.categories[category] ?? category;
    const old = existing.get(category);
    return [
      { id: category, label: name, initial: old ? String(old.count) : '', kind: 'number', optional: true },
      {
        id: `${category}:youth`,
        label: t.youthOf(name),
        initial: old?.youth != null ? String(old.youth) : '',
        kind: 'number',
        optional: true,
      },
    ] satisfies FormField[];
  });
  return reply({
    headline: t.statisticsIntro(kommun.name, label),
    ...(current ? { sections: [{ text: t.currentTertial(current) }] } : {}),
    form: {
      formId: FORM.statistics,
      title: t.statisticsTitle(label),
      submitLabel: t.save,
      state: JSON.stringify({ k: kommun.code, y: ref.year, t: ref.tertial }),
      fields,
    },
  });
}

export async function submitStatistics(
  session: Session,
  stateText: string,
  values: Readonly<Record<string, string>>,
): Promise<FormResult> {
  const { t } = session;
  const state = parseTertialState(stateText);
  if (!state || !session.deps.register.byCodeOrNull(state.k))
    return { ok: true, reply: errorReply(t, t.formExpired) };
  const kommun = session.deps.register.get(state.k).name;
  const errors: Record<string, string> = {};
  const figures: StatisticFigure[] = [];
  for (const category of STATISTIC_CATEGORIES) {
    const count = readNumber(values[category]);
    const youth = readNumber(values[`${category}:youth`]);
    if (count === 'bad') errors[category] = t.notANumber;
    else if (count === 'large') errors[category] = t.numberTooLarge;
    if (youth === 'bad') errors[`${category}:youth`] = t.notANumber;
    else if (youth === 'large') errors[`${category}:youth`] = t.numberTooLarge;
    if (typeof count !== 'number' && count !== null) continue;
    if (typeof youth !== 'number' && youth !== null) continue;
    if (count === null) {
      if (youth !== null) errors[category] = t.youthWithoutCount;
      continue;
    }
    if (youth !== null && youth > count) {
      errors[`${category}:youth`] = t.youthOverCount;
      continue;
    }
    figures.push({ category, count, youth });
  }
  if (Object.keys(errors).length > 0) return { ok: false, errors };
  const ref = { year: state.y, tertial: state.t };
  const result = await recordStatistics(session.deps, session.actor, accessOf(session), {
    municipalityCode: state.k,
    tertial: ref,
    figures,
  });
  const label = t.windowTertial(ref.tertial, ref.year);
  if (result.ok) {
    return {
      ok: true,
      reply: reply({ headline: t.statisticsSaved(result.saved.length, kommun, label), tone: 'success' }),
    };
  }
  if (result.error === 'forbidden') {
    return {
      ok: true,
      reply: forbiddenReply(t, session.actor.person, 'statistics', kommun, result.decision),
    };
  }
  const fieldErrors: Record<string, string> = {};
  for (const [category, problem] of Object.entries(result.fields)) {
    if (problem === 'youth-over-count') fieldErrors[`${category}:youth`] = t.youthOverCount;
    else fieldErrors[category] = problem === 'too-large' ? t.numberTooLarge : t.notANumber;
  }
  return { ok: false, errors: fieldErrors };
}

/** A whole number 0–99 999, null for an empty field, or why not. */
function readNumber(text: string | undefined): number | null | 'bad' | 'large' {
  const v = (text ?? '').trim().replace(/\s/g, '');
  if (v === '') return null;
  if (!/^\d+$/.test(v)) return 'bad';
  const n = Number(v);
  return n > MAX_STATISTIC ? 'large' : n;
}
