import type { PoliceArea, Scope } from '../../../domain/types.ts';
import type { KommunRef } from '../grammar/types.ts';
import type { Session } from '../session.ts';

/** True when a channel gets the meeting reminders: one bound to the kommun or its area (an area's series: any). */
export async function remindersHaveChannel(
  session: Session,
  kommun: KommunRef,
  area?: PoliceArea,
): Promise<boolean> {
  const areas = area ? [area] : session.areas.filter((a) => a.municipalityCodes.includes(kommun.code));
  const scopes: Scope[] = [
    ...areas.map((a): Scope => ({ type: 'area', id: a.id })),
    ...(area ? area.municipalityCodes : [kommun.code]).map((id): Scope => ({ type: 'kommun', id })),
  ];
  const bound = await Promise.all(scopes.map((scope) => session.deps.store.bindingsFor(scope)));
  return bound.some((b) => b.length > 0);
}
