import { auditRowsOf, type DomainDeps } from './deps.ts';
import { nameKey } from './names.ts';
import { ALL_NAME, isAllWord, lookupScope, type ScopeLookup, scopeOf } from './scope.ts';
import {
  type Actor,
  type ChannelBinding,
  type Platform,
  type PoliceArea,
  ROLES,
  type Role,
  type RoleGrant,
  type Scope,
} from './types.ts';

/** The kommuner a scope covers: the kommun itself, or every kommun of the police area. */
export function kommunerOf(scope: Scope, areas: readonly PoliceArea[]): string[] {
  if (scope.type === 'kommun') return [scope.id];
  return [...(areas.find((a) => a.id === scope.id)?.municipalityCodes ?? [])];
}

/** Outcome of an administrative change. Expected failures are values. */
export type AdminResult =
  | { readonly ok: true; readonly changed: boolean; readonly scope: Scope; readonly scopeName: string }
  | { readonly ok: false; readonly error: 'unknown-role'; readonly role: string }
  | { readonly ok: false; readonly error: 'unknown-scope'; readonly lookup: ScopeLookup }
  | { readonly ok: false; readonly error: 'bad-person'; readonly person: string }
  /** The scope `alla` (everything) exists for the admin role only. */
  | { readonly ok: false; readonly error: 'all-admin-only'; readonly role: string }
  /** Removing the only admin over `alla` would leave nobody able to administer everything. */
  | { readonly ok: false; readonly error: 'last-admin'; readonly person: string };

const PERSON = /^(slack|teams|console):[^\s]+$/;

/**
 * A person id as stored: a console name in lower case (`console:Örjan` → `console:örjan`), as the terminal chat makes
 * it from `--as Örjan`; Slack and Teams ids as they are (their case is part of the id).
 */
export function personId(typed: string): string {
  return typed.startsWith('console:') ? `console:${typed.slice('console:'.length).toLowerCase()}` : typed;
}

export function isRole(value: string): value is Role {
  return (ROLES as readonly string[]).includes(value);
}

async function resolve(
  deps: DomainDeps,
  scopeText: string,
): Promise<{ scope: Scope; name: string } | ScopeLookup> {
  const lookup = lookupScope(scopeText, deps.register, await deps.store.listPoliceAreas());
  const scope = scopeOf(lookup);
  if (!scope) return lookup;
  return {
    scope,
    name:
      lookup.kind === 'kommun' ? lookup.municipality.name : lookup.kind === 'area' ? lookup.area.name : '',
  };
}

/** Grants `role` to `person` for a kommun or police area; audited. Idempotent. */
export async function grantRole(
  deps: DomainDeps,
  actor: Actor,
  person: string,
  role: string,
  scopeText: string,
): Promise<AdminResult> {
  return changeRole(deps, actor, person, role, scopeText, 'grant');
}

/** Revokes a role; audited. */
export async function revokeRole(
  deps: DomainDeps,
  actor: Actor,
  person: string,
  role: string,
  scopeText: string,
): Promise<AdminResult> {
  return changeRole(deps, actor, person, role, scopeText, 'revoke');
}

async function changeRole(
  deps: DomainDeps,
  actor: Actor,
  typed: string,
  role: string,
  scopeText: string,
  op: 'grant' | 'revoke',
): Promise<AdminResult> {
  if (!PERSON.test(typed)) return { ok: false, error: 'bad-person', person: typed };
  const person = personId(typed);
  const r = role.toLowerCase();
  if (!isRole(r)) return { ok: false, error: 'unknown-role', role };
  const resolved = isAllWord(scopeText)
    ? { scope: { type: 'all', id: 'alla' } as Scope, name: ALL_NAME }
    : await resolve(deps, scopeText);
  if (!('scope' in resolved)) return { ok: false, error: 'unknown-scope', lookup: resolved };
  if (resolved.scope.type === 'all' && r !== 'admin') return { ok: false, error: 'all-admin-only', role: r };
  const grant = { person, role: r, scope: resolved.scope };
  const changed = await deps.store.transaction(async (tx) => {
    if (op === 'revoke' && isLastAdmin(await tx.allRoles(), person, grant.role, grant.scope)) return null;
    const did = op === 'grant' ? await tx.grantRole(grant, deps.clock.now()) : await tx.revokeRole(grant);
    if (did) {
      const change = {
        action: op === 'grant' ? 'role.grant' : 'role.revoke',
        entity: 'role',
        entityId: `${person}/${r}/${resolved.scope.type}:${resolved.scope.id}`,
        before: op === 'grant' ? null : grant,
        after: op === 'grant' ? grant : null,
      };
      const codes = kommunerOf(resolved.scope, await tx.listPoliceAreas());
      for (const row of auditRowsOf(deps, actor, change, codes)) await tx.appendAudit(row);
    }
    return did;
  });
  if (changed === null) return { ok: false, error: 'last-admin', person };
  return { ok: true, changed, scope: resolved.scope, scopeName: resolved.name };
}

/** True when `person`'s `role` for `scope` is the only admin grant over `alla`. */
export function isLastAdmin(grants: readonly RoleGrant[], person: string, role: Role, scope: Scope): boolean {
  if (role !== 'admin' || scope.type !== 'all') return false;
  const admins = grants.filter((g) => g.role === 'admin' && g.scope.type === 'all');
  return admins.length === 1 && admins[0]?.person === person;
}

/** Binds a platform conversation to a kommun or police area (replacing an earlier binding); audited. */
export async function bindConversation(
  deps: DomainDeps,
  actor: Actor,
  platform: Platform,
  conversationId: string,
  scopeText: string,
): Promise<AdminResult> {
  const resolved = await resolve(deps, scopeText);
  if (!('scope' in resolved)) return { ok: false, error: 'unknown-scope', lookup: resolved };
  const binding = { platform, conversationId, scope: resolved.scope };
  await deps.store.transaction(async (tx) => {
    const before = await tx.binding(platform, conversationId);
    await tx.saveBinding(binding, deps.clock.now());
    const areas = await tx.listPoliceAreas();
    // Visible from the kommuner the conversation left as well as those it now belongs to.
    const codes = [...kommunerOf(resolved.scope, areas), ...(before ? kommunerOf(before.scope, areas) : [])];
    const change = {
      action: 'binding.save',
      entity: 'binding',
      entityId: `${platform}:${conversationId}`,
      before,
      after: binding,
    };
    for (const row of auditRowsOf(deps, actor, change, codes)) await tx.appendAudit(row);
  });
  return { ok: true, changed: true, scope: resolved.scope, scopeName: resolved.name };
}

/** Removes a conversation's binding; audited. Null when it was not bound (nothing changes). */
export async function unbindConversation(
  deps: DomainDeps,
  actor: Actor,
  platform: Platform,
  conversationId: string,
): Promise<ChannelBinding | null> {
  return deps.store.transaction(async (tx) => {
    const before = await tx.binding(platform, conversationId);
    if (!before || !(await tx.removeBinding(platform, conversationId))) return null;
    const change = {
      action: 'binding.remove',
      entity: 'binding',
      entityId: `${platform}:${conversationId}`,
      before,
      after: null,
    };
    const codes = kommunerOf(before.scope, await tx.listPoliceAreas());
    for (const row of auditRowsOf(deps, actor, change, codes)) await tx.appendAudit(row);
    return before;
  });
}

export type AreaResult =
  | { readonly ok: true; readonly id: string; readonly name: string; readonly municipalities: string[] }
  | {
      readonly ok: false;
      readonly error: 'unknown-kommun';
      readonly query: string;
      readonly suggestions: string[];
    }
  | { readonly ok: false; readonly error: 'empty' };

/** Creates or replaces a police area (id from its name) with its kommuner; audited. */
export async function savePoliceArea(
  deps: DomainDeps,
  actor: Actor,
  name: string,
  municipalityTexts: readonly string[],
): Promise<AreaResult> {
  if (name.trim() === '' || municipalityTexts.length === 0) return { ok: false, error: 'empty' };
  const codes: string[] = [];
  const names: string[] = [];
  for (const text of municipalityTexts) {
    const m = deps.register.lookup(text);
    if (m.kind !== 'found')
      return {
        ok: false,
        error: 'unknown-kommun',
        query: text,
        suggestions: m.suggestions.map((s) => s.name),
      };
    codes.push(m.municipality.code);
    names.push(m.municipality.name);
  }
  const id = nameKey(name.replace(/^\s*lpo\s+/i, '')) || deps.ids();
  const area = { id, name: name.trim(), municipalityCodes: [...new Set(codes)] };
  await deps.store.transaction(async (tx) => {
    const before = (await tx.listPoliceAreas()).find((a) => a.id === id) ?? null;
    await tx.savePoliceArea(area, deps.clock.now());
    const change = { action: 'area.save', entity: 'police-area', entityId: id, before, after: area };
    const codes = [...area.municipalityCodes, ...(before?.municipalityCodes ?? [])];
    for (const row of auditRowsOf(deps, actor, change, codes)) await tx.appendAudit(row);
  });
  return { ok: true, id, name: area.name, municipalities: names };
}

export type FirstAdminResult =
  | { readonly granted: true; readonly person: string }
  | { readonly granted: false };

/**
 * The first administrator: on a database without any role, the local console person (`console:<name>`) is made
 * admin over `alla`, audited, so a newcomer can set everything up from the terminal. Never a Slack or Teams
 * person: they get roles from an administrator.
 */
export async function ensureFirstAdmin(deps: DomainDeps, person: string): Promise<FirstAdminResult> {
  if (!person.startsWith('console:') || !PERSON.test(person)) return { granted: false };
  if ((await deps.store.allRoles()).length > 0) return { granted: false };
  const result = await grantRole(
    deps,
    { person: 'cli:first-start', platform: 'cli' },
    person,
    'admin',
    ALL_NAME,
  );
  return result.ok && result.changed ? { granted: true, person } : { granted: false };
}
