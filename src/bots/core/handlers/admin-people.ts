import { isLastAdmin, isRole, revokeRole, unbindConversation } from '../../../domain/admin.ts';
import { rolesAt } from '../../../domain/role-holders.ts';
import { scopeCovers, scopeName } from '../../../domain/scope.ts';
import { ROLES, type Role, type Scope } from '../../../domain/types.ts';
import { suggestionValue } from '../answered.ts';
import { errorReply, personLabel, reply } from '../build.ts';
import type { ParsedCommand } from '../grammar/types.ts';
import { ACTION, type ButtonRequirement, needs, needsInArea, OPEN_TO_ALL, type Reply } from '../reply.ts';
import type { Session } from '../session.ts';
import { handleBind, handleGrant } from './admin.ts';
import { type AdminTarget, mayAdminister, resolveScope } from './admin-scope.ts';

/**
 * /lofte admin: `roller <kommun|område>` lists who has which role there, `ta bort roll @person <roll> <scope>`
 * asks the asker first and then removes it (never the last admin over `alla`), `koppla bort` unbinds this
 * conversation. For an admin of the scope, as granting is (admin.ts).
 */

type AdminCommand = Extract<ParsedCommand, { kind: 'bind' | 'grant' | 'revoke' | 'roles' | 'unbind' }>;

/** Routes the `/lofte admin …` commands for channels and roles. */
export function handleAdmin(session: Session, cmd: AdminCommand, eventId: string): Promise<Reply> {
  switch (cmd.kind) {
    case 'bind':
      return handleBind(session, cmd.scopeText);
    case 'grant':
      return handleGrant(session, cmd.person, cmd.role, cmd.scopeText);
    case 'revoke':
      return handleRevoke(session, cmd, eventId);
    case 'roles':
      return handleRoles(session, cmd.scopeText);
    case 'unbind':
      return handleUnbind(session);
  }
}

const sameScope = (a: Scope, b: Scope) => a.type === b.type && a.id === b.id;

async function labels(session: Session, persons: readonly string[]): Promise<(person: string) => string> {
  const names = await session.deps.store.personNames([...new Set(persons)]);
  return (person) => names.get(person) ?? personLabel(session.t, person);
}

export async function handleRoles(session: Session, scopeText: string): Promise<Reply> {
  const { t, deps, areas } = session;
  const r = resolveScope(session, scopeText, (name) => `/lofte admin roller ${name}`, { all: true });
  if (!r.ok) return r.reply;
  const refused = mayAdminister(session, r);
  if (refused) return refused;
  const groups = rolesAt(await deps.store.allRoles(), r.scope, areas);
  const label = await labels(
    session,
    groups.flatMap((g) => g.grants.map((x) => x.person)),
  );
  const sections = groups.map((g) => {
    const own = (s: Scope) => sameScope(s, r.scope);
    const lines = [...g.grants]
      .sort(
        (a, b) =>
          Number(!own(a.scope)) - Number(!own(b.scope)) ||
          label(a.person).localeCompare(label(b.person), 'sv'),
      )
      .map((x) =>
        own(x.scope) ? label(x.person) : `${label(x.person)} (${scopeName(x.scope, deps.register, areas)})`,
      );
    return { title: g.role, text: lines.join('\n') };
  });
  return reply({
    headline: t.rolesHeadline(r.name),
    sections: sections.length > 0 ? sections : [{ text: t.rolesNone(r.name) }],
    context: t.rolesHint(r.name),
    tone: 'info',
  });
}

function requirement(target: AdminTarget): ButtonRequirement {
  if (target.type === 'kommun') return needs('admin', target.code);
  if (target.type === 'area') return needsInArea('admin', target.id);
  return OPEN_TO_ALL;
}

export async function handleRevoke(
  session: Session,
  cmd: { person: string; role: string; scopeText: string; confirmed: boolean },
  eventId: string,
): Promise<Reply> {
  const { t, deps } = session;
  const role = cmd.role.toLowerCase();
  if (!isRole(role))
    return errorReply(
      t,
      t.badRole(cmd.role, ROLES.join(', ')),
      t.nothingStored,
      '/lofte admin ta bort roll @anna samordnare Tranås',
    );
  const example = (name: string) => `/lofte admin ta bort roll @anna ${role} ${name}`;
  const r = resolveScope(session, cmd.scopeText, example, { all: true });
  if (!r.ok) return r.reply;
  const refused = mayAdminister(session, r);
  if (refused) return refused;
  const label = await labels(session, [cmd.person]);
  const who = label(cmd.person);
  const grants = await deps.store.allRoles();
  if (isLastAdmin(grants, cmd.person, role, r.scope)) return errorReply(t, t.lastAdmin(who), t.lastAdminText);
  // Removing one's own admin role from chat would lock the person out of the very command that gives it back.
  if (role === 'admin' && cmd.person === session.actor.person)
    return errorReply(t, t.ownAdmin, t.ownAdminText, `/lofte admin roller ${r.name}`);
  const held = grants.filter((g) => g.person === cmd.person && g.role === role);
  if (!held.some((g) => sameScope(g.scope, r.scope)))
    return notHeld(
      session,
      cmd.person,
      who,
      role as Role,
      r,
      held.map((g) => g.scope),
    );
  if (!cmd.confirmed) {
    const asker = session.actor.person;
    const typed = `/lofte admin ta bort roll ${cmd.person} ${role} ${r.name}`;
    return reply({
      headline: t.confirmRevoke(who, role, r.name),
      sections: [{ text: t.confirmRevokeText }],
      buttons: [
        {
          actionId: `${ACTION.run}/yes`,
          requires: requirement(r.target),
          label: t.yesRemove,
          value: suggestionValue(`${eventId}:yes`, `${typed} ja`, {
            asker,
            label: t.yesRemove,
            asked: session.now,
          }),
          style: 'danger',
        },
        {
          actionId: `${ACTION.run}/no`,
          requires: OPEN_TO_ALL,
          label: t.no,
          value: suggestionValue(`${eventId}:no`, `/lofte admin roller ${r.name}`, {
            asker,
            label: t.no,
            asked: session.now,
          }),
        },
      ],
      tone: 'warning',
    });
  }
  const result = await revokeRole(deps, session.actor, cmd.person, role, r.name);
  if (!result.ok && result.error === 'last-admin') return errorReply(t, t.lastAdmin(who), t.lastAdminText);
  if (!result.ok || !result.changed) return notHeld(session, cmd.person, who, role as Role, r, []);
  return reply({
    headline: t.revoked(who, role, r.name),
    sections: [{ text: t.revokedText }],
    tone: 'success',
  });
}

/** "Per har inte rollen polis för Sävsjö." — and where they do have it, when that covers the scope. */
function notHeld(
  session: Session,
  person: string,
  who: string,
  role: Role,
  r: { scope: Scope; name: string },
  heldAt: readonly Scope[],
): Reply {
  const { t, deps, areas } = session;
  const covering = heldAt.find((s) => r.scope.type === 'kommun' && scopeCovers(s, r.scope.id, areas));
  const typedPerson = person.startsWith('console:') ? `@${person.slice(8)}` : person;
  const text = covering
    ? (() => {
        const where = scopeName(covering, deps.register, areas);
        return t.heldElsewhere(
          who,
          role,
          where,
          r.name,
          `/lofte admin ta bort roll ${typedPerson} ${role} ${where}`,
        );
      })()
    : t.boundElsewhereText;
  return reply({ headline: t.notHeld(who, role, r.name), sections: [{ text }], tone: 'warning' });
}

export async function handleUnbind(session: Session): Promise<Reply> {
  const { t, deps, areas, binding } = session;
  if (!binding) return reply({ headline: t.notBound, sections: [{ text: t.notBoundText }], tone: 'warning' });
  const name = scopeName(binding.scope, deps.register, areas);
  const target: AdminTarget =
    binding.scope.type === 'kommun'
      ? { type: 'kommun', code: binding.scope.id }
      : binding.scope.type === 'area'
        ? { type: 'area', id: binding.scope.id }
        : { type: 'all' };
  const refused = mayAdminister(session, { target, name });
  if (refused) return refused;
  const { platform, conversationId } = session.request;
  const before = await unbindConversation(deps, session.actor, platform, conversationId);
  if (!before) return reply({ headline: t.notBound, sections: [{ text: t.notBoundText }], tone: 'warning' });
  return reply({
    headline: t.unbound(name),
    sections: [{ text: t.unboundText(name) }],
    visibility: 'channel',
    tone: 'success',
  });
}
