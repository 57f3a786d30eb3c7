import { describe, expect, it } from 'vitest';
import { testDialects } from '../support/databases.ts';
import { coreFixture } from './fixtures.ts';

/**
 * A registration's id is typed by hand from /lofte registreringar, and a phone capitalises its first letter
 * ("A42ce90a"). The lookup was SQL's LIKE: case-insensitive on SQLite, case-sensitive on PostgreSQL, so the same
 * /lofte rätta voided the registration on one and answered "Jag hittar ingen registrering" on the other.
 */
describe.each(testDialects())('/lofte rätta with the id in capitals ($name)', ({ name }) => {
  it('finds the registration however the id is capitalised, short or whole', async () => {
    const f = await coreFixture(name);
    try {
      const typings: readonly [string, (id: string) => string][] = [
        ['short, first letter capital', (id) => id.slice(0, 8).replace(/^./, (c) => c.toUpperCase())],
        ['short, all capitals', (id) => id.slice(0, 8).toUpperCase()],
        ['whole, all capitals', (id) => id.toUpperCase()],
      ];
      for (const [how, typed] of typings) {
        const note = `vid skolan ${how}`;
        await f.say('per', `/insats Sävsjö 1 ${note}`);
        const row = await f.db.handle.db
          .selectFrom('registrations')
          .select('id')
          .where('note', '=', note)
          .executeTakeFirstOrThrow();
        const id = row.id;
        const r = await f.say('sven', `/lofte rätta ${typed(id)} fel dag`);
        expect(r.headline, how).toBe(
          `Registreringen ${typed(id).toLowerCase()} är makulerad (antal 1, 2026-11-21)`,
        );
        expect((await f.db.store.registration(id))?.voidedAt, how).not.toBeNull();
      }
    } finally {
      await f.dispose();
    }
  });
});
