import { auditOf } from '../../../domain/deps.ts';
import { activitiesWithText } from '../../../domain/erased-status.ts';
import { decide } from '../../../domain/permissions.ts';
import { type TertialRef, tertialLastDay } from '../../../domain/tertial.ts';
import type { Scope } from '../../../domain/types.ts';
import { missingOf } from '../../../scheduler/agenda.ts';
import { byRecipient } from '../../../scheduler/plan/tertials.ts';
import type { MissingActivity, PlannedReminder } from '../../../scheduler/types.ts';
import { errorReply, reply } from '../build.ts';
import type { KommunRef } from '../grammar/types.ts';
import type { Reply } from '../reply.ts';
import { nameOf, type Session } from '../session.ts';
import { forbiddenReply } from './errors.ts';

/**
 * "Påminn dem" on a manager's overdue notice: the tertial prompts go out again, now, to those responsible for the
 * activities still lacking a status (the same routing as the planned tertial reminders). The rows are written to
 * the reminders table with the day in their key, so the scheduler sends each exactly once and a second press the
 * same day sends nothing. Audited as `tertial.remind`.
 */
export async function handleRemind(session: Session, kommun: KommunRef, ref: TertialRef): Promise<Reply> {
  const { t, deps } = session;
  const label = t.windowTertial(ref.tertial, ref.year);
  const decision = decide(session.grants, 'remind', { type: 'kommun', code: kommun.code }, session.areas);
  if (!decision.ok) return forbiddenReply(t, session.actor.person, 'remind', kommun.name, decision);
  if (!deps.reminders) return errorReply(t, t.remindUnavailable);
  const bundle = await deps.store.agreementForYear(kommun.code, ref.year);
  if (!bundle) return errorReply(t, t.noAgreement(kommun.name), t.noAgreementHint);
  const statuses = await deps.store.latestStatuses(
    bundle.activities.map((a) => a.id),
    [ref.year],
  );
  const reported = activitiesWithText(statuses, ref);
  const missing: MissingActivity[] = missingOf(kommun.code, bundle.activities, reported);
  if (missing.length === 0) return reply({ headline: t.remindNothing(kommun.name, label), tone: 'info' });
  const [roles, bindings] = await Promise.all([deps.store.allRoles(), deps.store.allBindings()]);
  const scope: Scope = { type: 'kommun', id: kommun.code };
  const recipients = byRecipient(missing, scope, { roles, bindings, areas: session.areas });
  if (recipients.size === 0) return errorReply(t, t.remindNobody(kommun.name));
  const subject = { scope, name: kommun.name, municipalityCode: kommun.code };
  const tertial = { year: ref.year, tertial: ref.tertial, lastDay: tertialLastDay(ref) };
  const rows: PlannedReminder[] = [...recipients].map(([target, activities]) => ({
    key: `tertial-nudge:${kommun.code}:${ref.year}-T${ref.tertial}:${session.today}:${target}`,
    kind: 'tertial-nudge',
    at: session.now,
    subject,
    target,
    payload: {
      kind: 'tertial-nudge',
      subject,
      tertial,
      missing: activities,
      requestedBy: session.actor.person,
    },
  }));
  const written = await deps.reminders.insertOnce(rows, session.now);
  if (written === 0) return reply({ headline: t.remindAlready(kommun.name, label), tone: 'info' });
  await deps.store.appendAudit(
    auditOf(deps, session.actor, {
      action: 'tertial.remind',
      entity: 'tertial',
      entityId: `${kommun.code}:${ref.year}-T${ref.tertial}`,
      municipalityCode: kommun.code,
      before: null,
      after: { recipients: rows.map((r) => r.target), missing: missing.length, day: session.today },
    }),
  );
  // Whom it reaches, by name: the chef reads who is being chased.
  const persons = rows.flatMap((r) =>
    r.target.startsWith('person:') ? [r.target.slice('person:'.length)] : [],
  );
  const names = await deps.store.personNames(persons);
  const whom = [
    ...persons.map((p) => nameOf(names, p)).sort((a, b) => a.localeCompare(b, 'sv')),
    ...rows.filter((r) => !r.target.startsWith('person:')).map(() => null),
  ];
  return reply({ headline: t.remindSent(whom, kommun.name, label), tone: 'success' });
}
