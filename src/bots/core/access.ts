import { mayAsAudience } from '../../domain/permissions.ts';
import type { PoliceArea, RoleGrant } from '../../domain/types.ts';
import type { ButtonRequirement, Reply, ReplyButton } from './reply.ts';

/**
 * The one rule for buttons: a button is shown to, and works for, only someone who holds what it requires. The
 * core applies it twice — when a message is rendered for its recipient (visibleTo) and when a button is pressed
 * (press.ts, with the requirement worked out again from the pressed value, never trusted from the client).
 */

/** Who a message is for: a person with their roles, or a conversation (a bound channel) of unknown members. */
export type Recipient =
  | {
      readonly kind: 'person';
      readonly person: string;
      readonly grants: readonly RoleGrant[];
      readonly areas: readonly PoliceArea[];
    }
  | { readonly kind: 'channel' };

/** True when `person` with `grants` may press a button requiring `req`. */
export function requirementMet(
  req: ButtonRequirement,
  person: string,
  grants: readonly RoleGrant[],
  areas: readonly PoliceArea[],
): boolean {
  if (req.permission === null) return true;
  return mayAsAudience(person, grants, req.permission, req.target, areas, req.audience);
}

/**
 * The reply as its recipient sees it: buttons they may not press are left out. In a channel everyone sees the
 * buttons (its members are not known); a press by someone without the permission is refused there.
 */
export function visibleTo(reply: Reply, recipient: Recipient): Reply {
  if (recipient.kind === 'channel') return reply;
  const allowed = (b: ReplyButton) =>
    requirementMet(b.requires, recipient.person, recipient.grants, recipient.areas);
  const sections = reply.sections.map((section) => {
    if (!section.buttons) return section;
    const { buttons: all, ...rest } = section;
    const kept = all.filter(allowed);
    return kept.length > 0 ? { ...rest, buttons: kept } : rest;
  });
  const { buttons: all, ...rest } = reply;
  const kept = (all ?? []).filter(allowed);
  return kept.length > 0 ? { ...rest, sections, buttons: kept } : { ...rest, sections };
}
