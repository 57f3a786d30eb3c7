import type { Kysely } from 'kysely';
import { nameKey, swedishOrder } from '../../domain/names.ts';
import type { Store } from '../../domain/ports.ts';
import type { PoliceArea } from '../../domain/types.ts';
import { atomically } from '../atomic.ts';
import type { Database } from '../schema.ts';

type AreaRepo = Pick<Store, 'listPoliceAreas' | 'savePoliceArea'>;

export function areaRepository(db: Kysely<Database>): AreaRepo {
  return {
    async listPoliceAreas() {
      const areas = (await db.selectFrom('police_areas').selectAll().execute()).sort((a, b) =>
        swedishOrder(a.name, b.name),
      );
      const members = await db
        .selectFrom('police_area_members')
        .selectAll()
        .orderBy('municipality_code')
        .execute();
      return areas.map(
        (a): PoliceArea => ({
          id: a.id,
          name: a.name,
          municipalityCodes: members.filter((m) => m.police_area_id === a.id).map((m) => m.municipality_code),
        }),
      );
    },

    async savePoliceArea(area, now) {
      await atomically(db, async (db) => {
        await db
          .insertInto('police_areas')
          .values({ id: area.id, name: area.name, name_key: nameKey(area.name), created_at: now })
          .onConflict((oc) => oc.column('id').doUpdateSet({ name: area.name, name_key: nameKey(area.name) }))
          .execute();
        await db.deleteFrom('police_area_members').where('police_area_id', '=', area.id).execute();
        if (area.municipalityCodes.length > 0) {
          await db
            .insertInto('police_area_members')
            .values(
              area.municipalityCodes.map((code) => ({ police_area_id: area.id, municipality_code: code })),
            )
            .execute();
        }
      });
    },
  };
}
