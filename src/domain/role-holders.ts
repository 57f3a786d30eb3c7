import { scopeCovers } from './scope.ts';
import { type PoliceArea, ROLES, type Role, type RoleGrant, type Scope } from './types.ts';

/**
 * Who has which role in a kommun or police area (`/lofte admin roller`): for a kommun its own grants and those of
 * every police area covering it (and `alla`); for an area its own grants, those of its kommuner and `alla`.
 */

export interface RoleGroup {
  readonly role: Role;
  /** The grants of the role that apply, the scope's own first, then by person. */
  readonly grants: readonly RoleGrant[];
}

function applies(grant: RoleGrant, scope: Scope, areas: readonly PoliceArea[]): boolean {
  if (grant.scope.type === 'all' || scope.type === 'all') return true;
  if (scope.type === 'kommun') return scopeCovers(grant.scope, scope.id, areas);
  if (grant.scope.type === 'area') return grant.scope.id === scope.id;
  return scopeCovers(scope, grant.scope.id, areas);
}

const sameScope = (a: Scope, b: Scope) => a.type === b.type && a.id === b.id;

/** The roles that apply to `scope`, grouped in the order of ROLES; roles nobody holds are left out. */
export function rolesAt(
  grants: readonly RoleGrant[],
  scope: Scope,
  areas: readonly PoliceArea[],
): RoleGroup[] {
  const here = grants.filter((g) => applies(g, scope, areas));
  return ROLES.map((role) => ({
    role,
    grants: here
      .filter((g) => g.role === role)
      .sort(
        (a, b) =>
          Number(!sameScope(a.scope, scope)) - Number(!sameScope(b.scope, scope)) ||
          a.person.localeCompare(b.person, 'sv'),
      ),
  })).filter((g) => g.grants.length > 0);
}
