import { formatAddress, personAddressOf } from '../domain/address.ts';
import type { ChannelBinding, PoliceArea, Responsible, Role, RoleGrant, Scope } from '../domain/types.ts';
import type { ReminderTarget, RoleHolder } from './types.ts';

/**
 * Routing rules: which conversations and persons a reminder about a kommun or police area goes to.
 *
 * - Channels: the conversations bound to the scope itself. A kommun without a bound conversation of its own falls
 *   back to the conversations bound to its police area(s); a kommun that has its own channel does not also post
 *   into the area's channel (one reminder per place, no double posting).
 * - Persons: everyone holding the role for the kommun itself or for a police area the kommun belongs to
 *   (an area-wide role covers every member kommun). For an area scope: holders for that area.
 * - Meeting reminders: the channels; with none, the samordnare by direct message (`meetingReach`).
 */

export function channelTarget(binding: Pick<ChannelBinding, 'platform' | 'conversationId'>): ReminderTarget {
  return formatAddress({ kind: 'channel', platform: binding.platform, id: binding.conversationId });
}

export function personTarget(person: string): ReminderTarget {
  const target = personAddressOf(person);
  return target ? formatAddress(target) : `person:${person}`;
}

/** The police areas a kommun belongs to. */
export function areasOf(code: string, areas: readonly PoliceArea[]): PoliceArea[] {
  return areas.filter((a) => a.municipalityCodes.includes(code));
}

/** The bindings whose conversations get a scope's posts: its own, else (a kommun) its police areas'. */
export function channelBindings(
  scope: Scope,
  bindings: readonly ChannelBinding[],
  areas: readonly PoliceArea[],
): ChannelBinding[] {
  const bound = (s: Scope) => bindings.filter((b) => b.scope.type === s.type && b.scope.id === s.id);
  const found = bound(scope);
  if (found.length > 0 || scope.type !== 'kommun') return found;
  return areasOf(scope.id, areas).flatMap((a) => bound({ type: 'area', id: a.id }));
}

/** Channel targets for a scope, with a kommun falling back to its police area's channels. Sorted, unique. */
export function channelTargets(
  scope: Scope,
  bindings: readonly ChannelBinding[],
  areas: readonly PoliceArea[],
): ReminderTarget[] {
  return unique(channelBindings(scope, bindings, areas).map(channelTarget));
}

/**
 * Who gets a meeting series' reminders: the conversations bound to its scope (a kommun: else its police area's);
 * with none bound, the samordnare as direct messages — for a kommun those of the kommun and of its police areas, for
 * an area's series those of the area and of each member kommun — each person once. Neither → nobody (`persons` empty).
 */
export interface MeetingReach {
  readonly channels: readonly ChannelBinding[];
  /** Person ids (`slack:U123`), sorted; empty whenever a channel is bound. */
  readonly persons: readonly string[];
}

export function meetingReach(
  scope: Scope,
  inputs: { bindings: readonly ChannelBinding[]; roles: readonly RoleGrant[]; areas: readonly PoliceArea[] },
): MeetingReach {
  const channels = channelBindings(scope, inputs.bindings, inputs.areas);
  if (channels.length > 0) return { channels, persons: [] };
  const scopes: Scope[] =
    scope.type === 'kommun'
      ? [scope, ...areasOf(scope.id, inputs.areas).map((a): Scope => ({ type: 'area', id: a.id }))]
      : [
          scope,
          ...(inputs.areas.find((a) => a.id === scope.id)?.municipalityCodes ?? []).map(
            (id): Scope => ({ type: 'kommun', id }),
          ),
        ];
  const persons = inputs.roles
    .filter(
      (g) => g.role === 'samordnare' && scopes.some((s) => s.type === g.scope.type && s.id === g.scope.id),
    )
    .map((g) => g.person);
  return { channels, persons: [...new Set(persons)].sort() };
}

/** The targets of a meeting reminder (see `meetingReach`). Sorted, unique. */
export function meetingReminderTargets(
  scope: Scope,
  inputs: { bindings: readonly ChannelBinding[]; roles: readonly RoleGrant[]; areas: readonly PoliceArea[] },
): ReminderTarget[] {
  const reach = meetingReach(scope, inputs);
  return unique([...reach.channels.map(channelTarget), ...reach.persons.map(personTarget)]);
}

/** Person targets holding any of `roles` for the scope (a kommun also through its police areas). Sorted, unique. */
export function roleTargets(
  roles: readonly Role[],
  scope: Scope,
  grants: readonly RoleGrant[],
  areas: readonly PoliceArea[],
): ReminderTarget[] {
  const scopes: Scope[] =
    scope.type === 'kommun'
      ? [scope, ...areasOf(scope.id, areas).map((a): Scope => ({ type: 'area', id: a.id }))]
      : [scope];
  const holders = grants.filter(
    (g) => roles.includes(g.role) && scopes.some((s) => s.type === g.scope.type && s.id === g.scope.id),
  );
  return unique(holders.map((g) => personTarget(g.person)));
}

/** The persons holding any of `roles` for a kommun (directly or through its police areas), sorted, unique. */
export function roleHolders(
  roles: readonly Role[],
  code: string,
  grants: readonly RoleGrant[],
  areas: readonly PoliceArea[],
): RoleHolder[] {
  const scopes: Scope[] = [
    { type: 'kommun', id: code },
    ...areasOf(code, areas).map((a): Scope => ({ type: 'area', id: a.id })),
  ];
  const seen = new Map<string, RoleHolder>();
  for (const g of grants) {
    if (!roles.includes(g.role) || !scopes.some((s) => s.type === g.scope.type && s.id === g.scope.id))
      continue;
    seen.set(`${g.role} ${g.person}`, { role: g.role, person: g.person });
  }
  return [...seen.values()].sort((a, b) =>
    a.role === b.role ? a.person.localeCompare(b.person) : a.role.localeCompare(b.role),
  );
}

/** The roles answerable for an activity's status: its responsible party (gemensam → both) and the coordinators. */
export function rolesResponsibleFor(responsible: Responsible): Role[] {
  if (responsible === 'polis') return ['polis', 'samordnare'];
  if (responsible === 'kommun') return ['kommun', 'samordnare'];
  return ['polis', 'kommun', 'samordnare'];
}

/** Persons holding `roles` for the scope, or — when nobody does — the scope's channels. */
export function personsElseChannels(
  roles: readonly Role[],
  scope: Scope,
  inputs: { bindings: readonly ChannelBinding[]; roles: readonly RoleGrant[]; areas: readonly PoliceArea[] },
): ReminderTarget[] {
  const persons = roleTargets(roles, scope, inputs.roles, inputs.areas);
  return persons.length > 0 ? persons : channelTargets(scope, inputs.bindings, inputs.areas);
}

function unique(targets: ReminderTarget[]): ReminderTarget[] {
  return [...new Set(targets)].sort();
}
