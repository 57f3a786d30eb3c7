import { commentOnActivity, MAX_COMMENT_LENGTH } from '../../../domain/activity-comments.ts';
import { activityName } from '../../../domain/activity-name.ts';
import { decide } from '../../../domain/permissions.ts';
import type { TertialRef } from '../../../domain/tertial.ts';
import type { Activity, TertialNumber } from '../../../domain/types.ts';
import { errorReply, reply } from '../build.ts';
import { personalDataText } from '../personal-data-text.ts';
import { FORM, type Reply } from '../reply.ts';
import type { FormResult } from '../requests.ts';
import { kommunName, type Session, sessionLog } from '../session.ts';
import { forbiddenReply } from './errors.ts';
import { goneOrExpired } from './prompt-view.ts';

/**
 * "Kommentar till samordnaren" on a count prompt: a short form (Slack modal, Teams card input, a question on the
 * console) with the person's current comment filled in; saving replaces it (domain/activity-comments.ts) and brings
 * the samordnare's sent status prompts up to date, where the comment now shows.
 */

interface CommentTarget {
  readonly code: string;
  readonly activity: Activity;
  readonly ref: TertialRef;
}

/** `<kommunkod>|<activityId>|<year>|<tertial>` → the kommun, activity and tertial; null when it names nothing. */
export async function commentTarget(session: Session, value: string): Promise<CommentTarget | null> {
  const [code = '', activityId, year, tertial] = value.split('|');
  if (
    !session.deps.register.byCodeOrNull(code) ||
    !/^\d{4}$/.test(year ?? '') ||
    !/^[123]$/.test(tertial ?? '')
  )
    return null;
  const bundle = await session.deps.store.agreementForYear(code, Number(year));
  const activity = bundle?.activities.find((a) => a.id === activityId);
  if (!activity) return null;
  return { code, activity, ref: { year: Number(year), tertial: Number(tertial) as TertialNumber } };
}

export async function openCommentForm(session: Session, value: string): Promise<Reply> {
  const { t } = session;
  const target = await commentTarget(session, value);
  if (!target) return goneOrExpired(session, value);
  const own = (
    await session.deps.store.activityComments([target.activity.id], target.ref.year, target.ref.tertial)
  ).find((c) => c.person === session.actor.person);
  return reply({
    headline: t.commentButton,
    form: {
      formId: FORM.comment,
      title: t.commentFormTitle,
      submitLabel: t.save,
      state: value,
      fields: [
        {
          id: 'comment',
          label: activityName(target.activity, 150),
          multiline: true,
          maxLength: MAX_COMMENT_LENGTH,
          hint: t.commentHint(MAX_COMMENT_LENGTH),
          ...(own ? { initial: own.text } : {}),
        },
      ],
    },
  });
}

export async function submitComment(
  session: Session,
  state: string,
  values: Readonly<Record<string, string>>,
): Promise<FormResult> {
  const { t, deps } = session;
  const target = await commentTarget(session, state);
  if (!target) return { ok: true, reply: goneOrExpired(session, state) };
  const result = await commentOnActivity(deps, session.actor, session.grants, session.areas, {
    municipalityCode: target.code,
    activityId: target.activity.id,
    ref: target.ref,
    text: values.comment ?? '',
  });
  if (!result.ok) {
    switch (result.error) {
      case 'empty':
        return { ok: false, errors: { comment: t.commentEmpty } };
      case 'too-long':
        return { ok: false, errors: { comment: t.tooLong(MAX_COMMENT_LENGTH) } };
      case 'personal-number':
        return { ok: false, errors: { comment: personalDataText(t, values.comment) } };
      case 'no-such-activity':
        return { ok: true, reply: goneOrExpired(session, state) };
      case 'forbidden': {
        const where = { type: 'kommun' as const, code: target.code };
        const decision = decide(session.grants, 'log', where, session.areas);
        if (decision.ok) return { ok: true, reply: errorReply(t, t.formExpired) };
        const name = kommunName(session, target.code);
        return { ok: true, reply: forbiddenReply(t, session.actor.person, 'log', name, decision) };
      }
    }
  }
  try {
    await deps.updates?.tertialAnswered(target.code, target.ref.year, target.ref.tertial);
  } catch (e) {
    sessionLog(session).warn(
      { kommun: target.code, err: e instanceof Error ? e.message : String(e) },
      'could not update the status prompts after a comment',
    );
  }
  const label = t.windowTertial(target.ref.tertial, target.ref.year);
  return {
    ok: true,
    reply: reply({
      headline: t.commentSaved(activityName(target.activity, 80), label, result.comment.text),
      ...(result.replaced ? { sections: [{ text: t.commentReplaced }] } : {}),
      tone: 'success',
    }),
  };
}
