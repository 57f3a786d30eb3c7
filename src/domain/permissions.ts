import { scopeCovers } from './scope.ts';
import type { PoliceArea, Role, RoleGrant } from './types.ts';

/**
 * Who may do what, where. A role is granted for one kommun or one police area; an area grant covers every kommun
 * of the area. The rules are one table (PERMISSION_RULES) so they can be read, documented and tested row by row.
 */

export type Permission =
  /** Register an activity (/insats, /logga, samverkan genomfört). */
  | 'log'
  /** Write follow-up status texts (/rapportera) and answer follow-up prompts. */
  | 'follow-up'
  /** Report the tertial's drug statistics (/statistik). */
  | 'statistics'
  /** Plan and change samverkansmöten (/samverkan flytta, ställ in, genomfört). */
  | 'meetings'
  /** Read a kommun's progress and summary (/status, /sammanfattning <kommun>). */
  | 'read'
  /** Read a police area's or county's summary (/sammanfattning LPO …). */
  | 'read-area'
  /** Read the audit history of a kommun (/lofte historik). */
  | 'history'
  /** Remind those responsible for a late follow-up once more ("Påminn dem" on the overdue notice). */
  | 'remind'
  /** Bind channels and grant roles (/lofte admin …). */
  | 'admin';

export interface PermissionRule {
  readonly permission: Permission;
  readonly roles: readonly Role[];
  /** What the rule is about, in Swedish, for help texts and the README. */
  readonly description: string;
}

export const PERMISSION_RULES: readonly PermissionRule[] = [
  {
    permission: 'log',
    roles: ['polis', 'kommun', 'samordnare', 'admin'],
    description: 'registrera aktiviteter',
  },
  {
    permission: 'follow-up',
    roles: ['samordnare', 'admin'],
    description: 'skriva lägestexter för uppföljningen',
  },
  { permission: 'statistics', roles: ['polis', 'samordnare', 'admin'], description: 'rapportera statistik' },
  { permission: 'meetings', roles: ['samordnare', 'admin'], description: 'ändra samverkansmöten' },
  {
    permission: 'read',
    roles: ['polis', 'kommun', 'samordnare', 'chef', 'admin'],
    description: 'se läget och sammanfattningen för en kommun',
  },
  {
    permission: 'read-area',
    roles: ['chef', 'admin'],
    description: 'se sammanfattningen för ett polisområde',
  },
  { permission: 'history', roles: ['samordnare', 'chef', 'admin'], description: 'se ändringshistoriken' },
  {
    permission: 'remind',
    roles: ['chef', 'admin'],
    description: 'påminna de ansvariga när uppföljningen är försenad',
  },
  { permission: 'admin', roles: ['admin'], description: 'koppla kanaler och dela ut roller' },
];

/** What a permission is asked about: one kommun (by kommunkod) or one police area (by id). */
export type PermissionTarget =
  | { readonly type: 'kommun'; readonly code: string }
  | { readonly type: 'area'; readonly id: string };

export type PermissionDecision =
  | { readonly ok: true; readonly role: Role }
  /** `no-roles`: the person has no role anywhere; `wrong-role`: roles, but none that allows this here. */
  | { readonly ok: false; readonly reason: 'no-roles' | 'wrong-role'; readonly allowed: readonly Role[] };

export function rolesFor(permission: Permission): readonly Role[] {
  return PERMISSION_RULES.find((r) => r.permission === permission)?.roles ?? [];
}

/** True when a grant's scope covers the target: the kommun itself or an area containing it; an area only itself. */
export function grantCovers(
  grant: RoleGrant,
  target: PermissionTarget,
  areas: readonly PoliceArea[],
): boolean {
  if (grant.scope.type === 'all') return true;
  if (target.type === 'kommun') return scopeCovers(grant.scope, target.code, areas);
  return grant.scope.type === 'area' && grant.scope.id === target.id;
}

/** Decides whether a person holding `grants` may do `permission` for `target`. */
export function decide(
  grants: readonly RoleGrant[],
  permission: Permission,
  target: PermissionTarget,
  areas: readonly PoliceArea[],
): PermissionDecision {
  const allowed = rolesFor(permission);
  if (grants.length === 0) return { ok: false, reason: 'no-roles', allowed };
  const grant = grants.find((g) => allowed.includes(g.role) && grantCovers(g, target, areas));
  return grant ? { ok: true, role: grant.role } : { ok: false, reason: 'wrong-role', allowed };
}

/** Shorthand for `decide(...).ok`. */
export function may(
  grants: readonly RoleGrant[],
  permission: Permission,
  target: PermissionTarget,
  areas: readonly PoliceArea[],
): boolean {
  return decide(grants, permission, target, areas).ok;
}

/**
 * True when `person` may do `permission` for `target`, or is the audience named: a person id (`slack:U123`) or a
 * role name whose holders for the target may (a prompt addressed to `samordnare`, to one officer).
 */
export function mayAsAudience(
  person: string,
  grants: readonly RoleGrant[],
  permission: Permission,
  target: PermissionTarget,
  areas: readonly PoliceArea[],
  audience: string | undefined,
): boolean {
  if (may(grants, permission, target, areas)) return true;
  if (audience === undefined) return false;
  if (audience === person) return true;
  return grants.some((g) => g.role === audience && grantCovers(g, target, areas));
}

/** The kommuner (codes) a person may do `permission` for, among `codes`. */
export function permittedKommuner(
  grants: readonly RoleGrant[],
  permission: Permission,
  codes: readonly string[],
  areas: readonly PoliceArea[],
): string[] {
  return codes.filter((code) => may(grants, permission, { type: 'kommun', code }, areas));
}

/** A refusal: why, and which roles would have been allowed. */
export type Denied = Extract<PermissionDecision, { ok: false }>;
