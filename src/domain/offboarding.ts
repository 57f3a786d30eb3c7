import { isLastAdmin, kommunerOf } from './admin.ts';
import { auditRowsOf, type DomainDeps } from './deps.ts';
import type { Actor, Platform, RoleGrant } from './types.ts';

/**
 * What the bot keeps about one person, and removing it when they leave (the DPO's offboarding): every role (each
 * audited as a removed role, the last admin over `alla` refused), the name their platform reported, their language
 * choice, and the address of their personal chat with the bot (for Teams it holds their display name). What they
 * did — registrations, status texts, answers and the audit trail — is the official record and stays, under their
 * platform id; the history shows that id once the name is gone.
 */

const PERSON = /^(slack|teams|console):[^\s]+$/;

export interface PersonRecord {
  readonly person: string;
  readonly roles: readonly RoleGrant[];
  /** The name the platform reported, or null. */
  readonly name: string | null;
  /** The language the person chose (`/lofte språk`), or null. */
  readonly lang: 'sv' | 'en' | null;
  /** True when the address of a personal chat with the bot is kept. */
  readonly personalChat: boolean;
}

export type PersonResult =
  | { readonly ok: true; readonly record: PersonRecord }
  | { readonly ok: false; readonly error: 'bad-person'; readonly person: string };

export type RemovePersonResult =
  | { readonly ok: true; readonly removed: PersonRecord }
  | {
      readonly ok: false;
      readonly error: 'bad-person' | 'last-admin' | 'unknown-person';
      readonly person: string;
    };

function platformOf(person: string): Platform {
  return person.slice(0, person.indexOf(':')) as Platform;
}

/** Everything the bot keeps about `person` (not what they did: that is the record). */
export async function personRecord(deps: Pick<DomainDeps, 'store'>, person: string): Promise<PersonResult> {
  if (!PERSON.test(person)) return { ok: false, error: 'bad-person', person };
  const [roles, names, lang, chat] = await Promise.all([
    deps.store.rolesOf(person),
    deps.store.personNames([person]),
    deps.store.personLang(person),
    deps.store.conversationRefOfPerson(platformOf(person), person),
  ]);
  return {
    ok: true,
    record: { person, roles, name: names.get(person) ?? null, lang, personalChat: chat !== null },
  };
}

/** Removes every role, the name, the language choice and the personal chat of `person`; audited. */
export async function removePerson(
  deps: DomainDeps,
  actor: Actor,
  person: string,
): Promise<RemovePersonResult> {
  const found = await personRecord(deps, person);
  if (!found.ok) return found;
  const { record } = found;
  if (record.roles.length === 0 && record.name === null && record.lang === null && !record.personalChat)
    return { ok: false, error: 'unknown-person', person };
  const done = await deps.store.transaction(async (tx) => {
    const all = await tx.allRoles();
    if (record.roles.some((g) => isLastAdmin(all, person, g.role, g.scope))) return false;
    const areas = await tx.listPoliceAreas();
    for (const grant of record.roles) {
      if (!(await tx.revokeRole(grant))) continue;
      const change = {
        action: 'role.revoke',
        entity: 'role',
        entityId: `${person}/${grant.role}/${grant.scope.type}:${grant.scope.id}`,
        before: grant,
        after: null,
      };
      for (const row of auditRowsOf(deps, actor, change, kommunerOf(grant.scope, areas)))
        await tx.appendAudit(row);
    }
    await tx.forgetPerson(person);
    // What was removed, never the name itself: the trail stays free of what the removal took away.
    const change = {
      action: 'person.remove',
      entity: 'person',
      entityId: person,
      before: {
        roles: record.roles.length,
        name: record.name !== null,
        lang: record.lang !== null,
        personalChat: record.personalChat,
      },
      after: null,
    };
    for (const row of auditRowsOf(deps, actor, change, [])) await tx.appendAudit(row);
    return true;
  });
  return done ? { ok: true, removed: record } : { ok: false, error: 'last-admin', person };
}
