import { activityName, clipText } from '../../../domain/activity-name.ts';
import { correctRegistration, listRegistrations } from '../../../domain/corrections.ts';
import { localDay } from '../../../domain/tertial.ts';
import { suggestionValue } from '../answered.ts';
import { errorReply, peopleLabels, reply } from '../build.ts';
import type { KommunRef } from '../grammar/types.ts';
import { personalDataText } from '../personal-data-text.ts';
import { ACTION, needs, type Reply, type ReplyButton } from '../reply.ts';
import { accessOf, type Session } from '../session.ts';
import type { Texts } from '../texts/index.ts';
import { dayWords } from '../when-words.ts';
import { forbiddenReply } from './errors.ts';

/** Registrations per page: what a phone shows without scrolling far. */
const PAGE_SIZE = 10;

/**
 * `/lofte registreringar <kommun> [aktivitet] [sida <n>]` lists the latest registrations with short ids, newest day
 * first, ten a page with a "Visa fler" button (anyone who may read the kommun); `/lofte rätta <id> <skäl>` voids one after the 24 hours of Ångra, with a reason (samordnare, admin).
 */
export async function handleRegistrations(
  session: Session,
  kommun: KommunRef,
  activity: number | null,
  page = 1,
): Promise<Reply> {
  const { t } = session;
  const municipality = session.deps.register.get(kommun.code);
  const offset = (page - 1) * PAGE_SIZE;
  const result = await listRegistrations(
    session.deps,
    accessOf(session),
    municipality,
    activity,
    PAGE_SIZE,
    offset,
  );
  if (!result.ok) {
    if (result.error === 'forbidden')
      return forbiddenReply(t, session.actor.person, 'read', kommun.name, {
        ok: false,
        reason: 'wrong-role',
        allowed: ['polis', 'kommun', 'samordnare', 'chef', 'admin'],
      });
    if (result.error === 'no-agreement') return errorReply(t, t.noAgreement(kommun.name), t.noAgreementHint);
    return errorReply(t, t.registrationsEmpty);
  }
  const headline = t.registrationsHeadline(kommun.name);
  if (result.total === 0) return reply({ headline, sections: [{ text: t.registrationsEmpty }] });
  const command = (p: number) =>
    [
      t.registrationsCommand,
      kommun.name,
      ...(activity === null ? [] : [String(activity)]),
      t.registrationsPage,
      p,
    ]
      .join(' ')
      .replace(/ \S+ 1$/, '');
  if (result.rows.length === 0)
    return errorReply(t, t.registrationsPastEnd(Math.ceil(result.total / PAGE_SIZE)), undefined, command(1));
  const who = await peopleLabels(
    session.deps.store,
    t,
    result.rows.map((r) => r.registration.actor),
  );
  const today = localDay(session.now, session.deps.zone);
  const lines = result.rows.flatMap((r) => {
    const g = r.registration;
    const line = t.registrationsLine(
      dayWords(t, g.occurredOn, today),
      g.count,
      activityName(r.activity, 40),
      who(g.actor),
      r.shortId,
    );
    return g.note ? [line, t.registrationsNote(clipText(g.note, 60))] : [line];
  });
  const last = offset + result.rows.length;
  const buttons: ReplyButton[] =
    last < result.total
      ? [
          {
            actionId: `${ACTION.run}/more`,
            requires: needs('read', kommun.code),
            label: t.registrationsMore(last + 1, Math.min(last + PAGE_SIZE, result.total)),
            value: suggestionValue(`${session.request.eventId}:more`, command(page + 1), { shortcut: true }),
          },
        ]
      : [];
  return reply({
    headline,
    sections: [{ text: lines.join('\n') }, { text: t.registrationsTotal(offset + 1, last, result.total) }],
    buttons,
    context: t.registrationsHint,
    tone: 'info',
  });
}

export async function handleCorrect(session: Session, id: string, reason: string): Promise<Reply> {
  const { t } = session;
  const result = await correctRegistration(session.deps, session.actor, accessOf(session), id, reason);
  if (!result.ok && result.error === 'personal-number') return personalReasonReply(t, reason);
  if (!result.ok) return errorReply(t, t.correctErrors[result.error], t.nothingStored);
  const r = result.registration;
  return reply({
    // The id as stored, as long as it was typed (typed "A42CE90A", it is a42ce90a).
    headline: t.corrected(r.id.slice(0, id.trim().length), r.count, r.occurredOn),
    sections: [{ text: t.correctedText(reason.trim()) }],
    tone: 'success',
  });
}

/**
 * A reason refused for personal data (`/lofte rätta`, `/lofte radera …`): a personnummer is explained by its shape;
 * a phone, an e-mail or a name by what was found.
 */
export function personalReasonReply(t: Texts, reason: string): Reply {
  const why = personalDataText(t, reason);
  return errorReply(t, why === t.personalNumber ? t.correctErrors['personal-number'] : why, t.nothingStored);
}
