import type { PoliceArea, Scope } from '../../../domain/types.ts';
import { meetingReach } from '../../../scheduler/recipients.ts';
import { DEFAULT_OFFSETS } from '../../../scheduler/types.ts';
import type { KommunRef } from '../grammar/types.ts';
import { nameOf, type Session } from '../session.ts';

/**
 * Who a series' meeting reminders reach, said the way the scheduler will do it (the same `meetingReach`): the
 * channel bound to the kommun or its area, else the samordnare by direct message (named), else no one — with how to
 * fix that. The time is the series' own reminder time, as the plan uses it.
 */
export async function reminderReachNote(
  session: Session,
  kommun: KommunRef,
  area: PoliceArea | undefined,
  remindAt: string,
): Promise<string> {
  const { t } = session;
  const scope: Scope = area ? { type: 'area', id: area.id } : { type: 'kommun', id: kommun.code };
  const [bindings, roles] = await Promise.all([
    session.deps.store.allBindings(),
    session.deps.store.allRoles(),
  ]);
  const reach = meetingReach(scope, { bindings, roles, areas: session.areas });
  const when = t.series.reminderWhen(
    DEFAULT_OFFSETS.meetingReminderDays,
    remindAt || DEFAULT_OFFSETS.defaultRemindAt,
  );
  const name = area?.name ?? kommun.name;
  if (reach.channels.length > 0) {
    const where = reach.channels.map((b) =>
      b.scope.type === 'kommun'
        ? kommun.name
        : (session.areas.find((a) => a.id === b.scope.id)?.name ?? name),
    );
    return t.series.reachChannels(when, reach.channels.length, [...new Set(where)]);
  }
  if (reach.persons.length > 0) {
    const names = await session.deps.store.personNames(reach.persons);
    return t.series.reachPersons(
      when,
      name,
      reach.persons.map((p) => nameOf(names, p)),
    );
  }
  return t.series.reachNobody(when, name);
}
