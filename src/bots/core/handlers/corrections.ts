import { activityName } from '../../../domain/activity-name.ts';
import { correctRegistration, listRegistrations } from '../../../domain/corrections.ts';
import { errorReply, peopleLabels, reply } from '../build.ts';
import type { KommunRef } from '../grammar/types.ts';
import type { Reply } from '../reply.ts';
import { accessOf, type Session } from '../session.ts';
import { forbiddenReply } from './errors.ts';

/**
 * `/lofte registreringar <kommun> [aktivitet]` lists the latest registrations with short ids (anyone who may read
 * the kommun); `/lofte rätta <id> <skäl>` voids one after the 24 hours of Ångra, with a reason (samordnare, admin).
 */
export async function handleRegistrations(
  session: Session,
  kommun: KommunRef,
  activity: number | null,
): Promise<Reply> {
  const { t } = session;
  const municipality = session.deps.register.get(kommun.code);
  const result = await listRegistrations(session.deps, accessOf(session), municipality, activity);
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
  if (result.rows.length === 0)
    return reply({
      headline: t.registrationsHeadline(kommun.name),
      sections: [{ text: t.registrationsEmpty }],
    });
  const who = await peopleLabels(
    session.deps.store,
    t,
    result.rows.map((r) => r.registration.actor),
  );
  const rows = result.rows.map((r) => [
    r.shortId,
    r.registration.occurredOn,
    String(r.registration.count),
    `${r.activityNumber}. ${activityName(r.activity, 80)}`,
    who(r.registration.actor),
  ]);
  return reply({
    headline: t.registrationsHeadline(kommun.name),
    sections: [{ table: { columns: [...t.registrationsColumns], rows } }],
    context: t.registrationsHint,
    tone: 'info',
  });
}

export async function handleCorrect(session: Session, id: string, reason: string): Promise<Reply> {
  const { t } = session;
  const result = await correctRegistration(session.deps, session.actor, accessOf(session), id, reason);
  if (!result.ok) return errorReply(t, t.correctErrors[result.error], t.nothingStored);
  const r = result.registration;
  return reply({
    headline: t.corrected(id, r.count, r.occurredOn),
    sections: [{ text: t.correctedText(reason.trim()) }],
    tone: 'success',
  });
}
