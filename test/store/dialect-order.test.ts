import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createTestDatabase, type TestDatabase, testDialects } from '../support/databases.ts';
import { T0 } from './fixtures.ts';

// Lists the store returns in an order of its own must read the same on SQLite and PostgreSQL, whatever the
// server's collation: police areas and people in Swedish alphabetical order (å ä ö after z, case aside).
describe.each(testDialects())('the order of lists ($name)', ({ name }) => {
  let t: TestDatabase;
  beforeEach(async () => {
    t = await createTestDatabase(name);
  });
  afterEach(async () => {
    await t.dispose();
  });

  it('lists police areas in Swedish alphabetical order', async () => {
    const names = ['LPO Öland', 'LPO Zeta', 'lpo Eslöv', 'LPO Åre', 'LPO Älmhult', 'LPO Arvika', 'LPO ärla'];
    for (const [i, n] of names.entries()) {
      await t.store.savePoliceArea({ id: `a${i}`, name: n, municipalityCodes: [] }, T0);
    }
    const listed = (await t.store.listPoliceAreas()).map((a) => a.name);
    expect(listed).toEqual([
      'LPO Arvika',
      'lpo Eslöv',
      'LPO Zeta',
      'LPO Åre',
      'LPO Älmhult',
      'LPO ärla',
      'LPO Öland',
    ]);
  });

  it('lists every role grant in Swedish order of the person, then the role', async () => {
    const persons = [
      'console:örjan',
      'console:Zlatan',
      'console:åsa',
      'console:anna',
      'console:Bertil',
      'console:ärla',
    ];
    for (const person of persons) {
      for (const role of ['samordnare', 'polis'] as const) {
        await t.store.grantRole({ person, role, scope: { type: 'kommun', id: '0687' } }, T0);
      }
    }
    const listed = (await t.store.allRoles()).map((g) => `${g.person} ${g.role}`);
    const expected = ['anna', 'Bertil', 'Zlatan', 'åsa', 'ärla', 'örjan'].flatMap((p) => [
      `console:${p} polis`,
      `console:${p} samordnare`,
    ]);
    expect(listed).toEqual(expected);
  });
});
