import type { Kysely } from 'kysely';
import { swedishOrder } from '../../domain/names.ts';
import type { Store } from '../../domain/ports.ts';
import type { ChannelBinding, Platform, Role, RoleGrant } from '../../domain/types.ts';
import type { Database } from '../schema.ts';
import { toScope } from './meetings.ts';

type AccessRepo = Pick<
  Store,
  | 'saveBinding'
  | 'removeBinding'
  | 'binding'
  | 'bindingsFor'
  | 'allBindings'
  | 'grantRole'
  | 'revokeRole'
  | 'rolesOf'
  | 'holders'
  | 'allRoles'
>;

function toBinding(r: {
  platform: string;
  conversation_id: string;
  scope_type: string;
  scope_id: string;
}): ChannelBinding {
  return {
    platform: r.platform as Platform,
    conversationId: r.conversation_id,
    scope: toScope(r.scope_type, r.scope_id),
  };
}

function toGrant(r: { person: string; role: string; scope_type: string; scope_id: string }): RoleGrant {
  return { person: r.person, role: r.role as Role, scope: toScope(r.scope_type, r.scope_id) };
}

/** Channel bindings and role grants: who and where, for permissions and routing. */
export function accessRepository(db: Kysely<Database>): AccessRepo {
  return {
    async saveBinding(b, now) {
      const values = { scope_type: b.scope.type, scope_id: b.scope.id };
      await db
        .insertInto('channel_bindings')
        .values({ platform: b.platform, conversation_id: b.conversationId, created_at: now, ...values })
        .onConflict((oc) => oc.columns(['platform', 'conversation_id']).doUpdateSet(values))
        .execute();
    },

    async removeBinding(platform, conversationId) {
      const r = await db
        .deleteFrom('channel_bindings')
        .where('platform', '=', platform)
        .where('conversation_id', '=', conversationId)
        .executeTakeFirst();
      return Number(r.numDeletedRows) > 0;
    },

    async binding(platform, conversationId) {
      const row = await db
        .selectFrom('channel_bindings')
        .selectAll()
        .where('platform', '=', platform)
        .where('conversation_id', '=', conversationId)
        .executeTakeFirst();
      return row ? toBinding(row) : null;
    },

    async bindingsFor(scope) {
      const rows = await db
        .selectFrom('channel_bindings')
        .selectAll()
        .where('scope_type', '=', scope.type)
        .where('scope_id', '=', scope.id)
        .orderBy('platform')
        .orderBy('conversation_id')
        .execute();
      return rows.map(toBinding);
    },

    async allBindings() {
      const rows = await db
        .selectFrom('channel_bindings')
        .selectAll()
        .orderBy('platform')
        .orderBy('conversation_id')
        .execute();
      return rows.map(toBinding);
    },

    async grantRole(g, now) {
      const r = await db
        .insertInto('role_grants')
        .values({
          person: g.person,
          role: g.role,
          scope_type: g.scope.type,
          scope_id: g.scope.id,
          created_at: now,
        })
        .onConflict((oc) => oc.columns(['person', 'role', 'scope_type', 'scope_id']).doNothing())
        .executeTakeFirst();
      return Number(r.numInsertedOrUpdatedRows ?? 0) > 0;
    },

    async revokeRole(g) {
      const r = await db
        .deleteFrom('role_grants')
        .where('person', '=', g.person)
        .where('role', '=', g.role)
        .where('scope_type', '=', g.scope.type)
        .where('scope_id', '=', g.scope.id)
        .executeTakeFirst();
      return Number(r.numDeletedRows) > 0;
    },

    async rolesOf(person) {
      const rows = await db
        .selectFrom('role_grants')
        .selectAll()
        .where('person', '=', person)
        .orderBy('role')
        .execute();
      return rows.map(toGrant);
    },

    async holders(role, scope) {
      const rows = await db
        .selectFrom('role_grants')
        .selectAll()
        .where('role', '=', role)
        .where('scope_type', '=', scope.type)
        .where('scope_id', '=', scope.id)
        .orderBy('person')
        .execute();
      return rows.map(toGrant);
    },

    async allRoles() {
      const rows = await db.selectFrom('role_grants').selectAll().execute();
      // Sorted here, not by ORDER BY: the database's collation would put "console:åsa" elsewhere on each.
      rows.sort(
        (a, b) =>
          swedishOrder(a.person, b.person) ||
          swedishOrder(a.role, b.role) ||
          swedishOrder(`${a.scope_type}:${a.scope_id}`, `${b.scope_type}:${b.scope_id}`),
      );
      return rows.map(toGrant);
    },
  };
}
