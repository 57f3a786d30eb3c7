import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { auditOf } from '../../src/domain/deps.ts';
import type { Actor } from '../../src/domain/types.ts';
import { uuid } from '../../src/runtime/system.ts';
import { createTestDatabase, type TestDatabase, testDialects } from '../support/databases.ts';
import { T0 } from './fixtures.ts';

const SARA: Actor = { person: 'console:sara', platform: 'console' };

// Lists the store returns in an order of its own must read the same on SQLite and PostgreSQL, whatever the
// server's collation: police areas and people in Swedish alphabetical order (å ä ö after z, case aside), and the
// rows of one change (the same time) in the order they were written.
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

  it('lists the audit rows of one change, written at the same time, newest first', async () => {
    const categories = ['innehav', 'eget-bruk', 'overlatelse', 'framstallning', 'doping', 'langning'];
    for (let round = 0; round < 3; round++) {
      for (const c of categories) {
        const entry = auditOf({ clock: { now: () => T0 + round }, ids: uuid }, SARA, {
          action: 'statistic.put',
          entity: 'statistic',
          entityId: `0687/2026/T3/${c}/${round}`,
          municipalityCode: '0687',
          before: null,
          after: null,
        });
        await t.store.appendAudit(entry);
      }
    }
    const listed = (await t.store.audit({ municipalityCode: '0687' })).map((e) => e.entityId);
    const written = [0, 1, 2].flatMap((round) => categories.map((c) => `0687/2026/T3/${c}/${round}`));
    expect(listed).toEqual(written.reverse());
  });
});
