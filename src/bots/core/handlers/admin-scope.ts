import { decide, type PermissionTarget } from '../../../domain/permissions.ts';
import { ALL_NAME, isAllWord, lookupScope } from '../../../domain/scope.ts';
import type { Scope } from '../../../domain/types.ts';
import { errorReply, joinOr } from '../build.ts';
import type { Reply } from '../reply.ts';
import type { Session } from '../session.ts';
import { forbiddenReply } from './errors.ts';

/**
 * The kommun or police area an `/lofte admin …` command names, and whether the person may administer it: an admin
 * of that kommun, of an area containing it, or over `alla`. `alla` itself (where the command takes it) is for an
 * admin over `alla` only.
 */

export type AdminTarget = PermissionTarget | { readonly type: 'all' };
export type Resolved =
  | { ok: true; target: AdminTarget; scope: Scope; name: string }
  | { ok: false; reply: Reply };

export function resolveScope(
  session: Session,
  scopeText: string,
  example: (name: string) => string,
  options: { readonly all?: boolean } = {},
): Resolved {
  const { t } = session;
  if (options.all && isAllWord(scopeText))
    return { ok: true, target: { type: 'all' }, scope: { type: 'all', id: ALL_NAME }, name: ALL_NAME };
  // A name matched only without its å ä ö ("Savsjo"), or a letter off, was asked about by the grammar already
  // (misspeltScope, the same "Menade du Sävsjö?" with a button as every command's).
  const lookup = lookupScope(scopeText, session.deps.register, session.areas);
  if (lookup.kind === 'kommun') {
    const code = lookup.municipality.code;
    const scope: Scope = { type: 'kommun', id: code };
    return { ok: true, target: { type: 'kommun', code }, scope, name: lookup.municipality.name };
  }
  if (lookup.kind === 'area') {
    const scope: Scope = { type: 'area', id: lookup.area.id };
    return { ok: true, target: { type: 'area', id: lookup.area.id }, scope, name: lookup.area.name };
  }
  const suggestions = lookup.kind === 'unknown' ? lookup.suggestions : [];
  return {
    ok: false,
    reply: errorReply(
      t,
      t.unknownScope(scopeText),
      suggestions.length > 0 ? t.suggestions(joinOr(t, suggestions)) : t.nothingStored,
      example('Tranås'),
    ),
  };
}

/** Null when the person may administer the target, else the refusal. */
export function mayAdminister(session: Session, r: { target: AdminTarget; name: string }): Reply | null {
  const { grants, areas, t, actor } = session;
  if (r.target.type === 'all') {
    if (grants.some((g) => g.role === 'admin' && g.scope.type === 'all')) return null;
    const reason = grants.length === 0 ? 'no-roles' : 'wrong-role';
    return forbiddenReply(t, actor.person, 'admin', r.name, { ok: false, reason, allowed: ['admin'] });
  }
  const decision = decide(grants, 'admin', r.target, areas);
  return decision.ok ? null : forbiddenReply(t, actor.person, 'admin', r.name, decision);
}
