import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Store } from '../../src/domain/ports.ts';
import { createTestDatabase, type TestDatabase, testDialects } from '../support/databases.ts';
import { bundle, registration, status, T0 } from './fixtures.ts';

describe.each(testDialects())('store: areas, agreements, registrations [$name]', ({ name }) => {
  let t: TestDatabase;
  let store: Store;
  beforeEach(async () => {
    t = await createTestDatabase(name);
    store = t.store;
  });
  afterEach(async () => {
    await t.dispose();
  });

  describe('police areas', () => {
    it('saves, lists and replaces an area with its members', async () => {
      await store.savePoliceArea(
        { id: 'hoglandet', name: 'LPO Höglandet', municipalityCodes: ['0687', '0684'] },
        T0,
      );
      await store.savePoliceArea({ id: 'alpha', name: 'LPO Alfa', municipalityCodes: [] }, T0);
      expect(await store.listPoliceAreas()).toEqual([
        { id: 'alpha', name: 'LPO Alfa', municipalityCodes: [] },
        { id: 'hoglandet', name: 'LPO Höglandet', municipalityCodes: ['0684', '0687'] },
      ]);
      await store.savePoliceArea({ id: 'hoglandet', name: 'Höglandet', municipalityCodes: ['0604'] }, T0 + 1);
      const areas = await store.listPoliceAreas();
      expect(areas.find((a) => a.id === 'hoglandet')).toEqual({
        id: 'hoglandet',
        name: 'Höglandet',
        municipalityCodes: ['0604'],
      });
      expect(areas).toHaveLength(2);
    });
  });

  describe('agreements', () => {
    it('inserts a bundle and reads it back in document order', async () => {
      const b = bundle('tranas-2025', '0687', 2025, 2026, { isDemo: true });
      await store.insertAgreement(b, T0);
      expect(await store.agreementBundle('tranas-2025')).toEqual(b);
      expect(await store.agreementBundle('missing')).toBeNull();
    });

    it('agreementsOf lists a kommun’s agreements newest period first', async () => {
      await store.insertAgreement(bundle('t-2019', '0687', 2019, 2020), T0);
      await store.insertAgreement(bundle('t-2023', '0687', 2023, 2024), T0);
      await store.insertAgreement(bundle('s-2020', '0684', 2020, 2021), T0);
      expect((await store.agreementsOf('0687')).map((a) => a.id)).toEqual(['t-2023', 't-2019']);
      expect((await store.agreementsOf('0684'))[0]).toMatchObject({
        id: 's-2020',
        isDemo: false,
        signedOn: '2019-12-15',
      });
      expect(await store.agreementsOf('1480')).toEqual([]);
    });

    it('agreementForYear picks the period containing the year, the latest started if several', async () => {
      await store.insertAgreement(bundle('t-2019', '0687', 2019, 2020), T0);
      await store.insertAgreement(bundle('t-2020', '0687', 2020, 2022), T0);
      expect((await store.agreementForYear('0687', 2019))?.agreement.id).toBe('t-2019');
      expect((await store.agreementForYear('0687', 2020))?.agreement.id).toBe('t-2020');
      expect((await store.agreementForYear('0687', 2022))?.activities).toHaveLength(3);
      expect(await store.agreementForYear('0687', 2023)).toBeNull();
      expect(await store.agreementForYear('0684', 2020)).toBeNull();
    });

    it('agreementsInYear lists every kommun’s agreement for the year', async () => {
      await store.insertAgreement(bundle('t-2025', '0687', 2025, 2026), T0);
      await store.insertAgreement(bundle('s-2026', '0684', 2026, 2027), T0);
      await store.insertAgreement(bundle('t-2023', '0687', 2023, 2024), T0);
      expect((await store.agreementsInYear(2026)).map((a) => a.id)).toEqual(['s-2026', 't-2025']);
      expect((await store.agreementsInYear(2024)).map((a) => a.id)).toEqual(['t-2023']);
      expect(await store.agreementsInYear(2030)).toEqual([]);
    });

    it('deleteAgreement removes it with its registrations and statuses, and nothing else', async () => {
      await store.insertAgreement(bundle('gone'), T0);
      await store.insertAgreement(bundle('kept'), T0);
      await store.insertRegistration(registration('r-gone', 'gone-a1', '2025-05-02'));
      await store.insertRegistration(registration('r-kept', 'kept-a1', '2025-05-02'));
      await store.insertStatus(status('s-gone', 'gone-a1', 'Pågår'));
      await store.insertStatus(status('s-kept', 'kept-a1', 'Pågår'));
      await store.deleteAgreement('gone');
      expect(await store.agreementBundle('gone')).toBeNull();
      expect(await store.registration('r-gone')).toBeNull();
      expect(await store.latestStatuses(['gone-a1'], [2025])).toEqual([]);
      expect(await store.agreementBundle('kept')).not.toBeNull();
      expect(await store.registration('r-kept')).not.toBeNull();
      expect(await store.latestStatuses(['kept-a1'], [2025])).toHaveLength(1);
      await store.deleteAgreement('never-was');
    });
  });

  describe('registrations', () => {
    beforeEach(async () => {
      await store.insertAgreement(bundle('ag'), T0);
    });

    it('inserts, reads by id and by idempotency key', async () => {
      const r = registration('r1', 'ag-a1', '2025-05-02', 2, { note: 'Centrum, 12 deltagare' });
      expect(await store.insertRegistration(r)).toBe(true);
      expect(await store.registration('r1')).toEqual(r);
      expect(await store.registrationByKey('key-r1')).toEqual(r);
      expect(await store.registration('nope')).toBeNull();
      expect(await store.registrationByKey('nope')).toBeNull();
    });

    it('a duplicate idempotency key returns false and writes nothing', async () => {
      expect(await store.insertRegistration(registration('r1', 'ag-a1', '2025-05-02'))).toBe(true);
      const again = registration('r1-retry', 'ag-a1', '2025-05-03', 5, { idempotencyKey: 'key-r1' });
      expect(await store.insertRegistration(again)).toBe(false);
      expect(await store.registration('r1-retry')).toBeNull();
      expect(await store.registrationCounts(['ag-a1'], '2025-01-01', '2025-12-31')).toEqual({ 'ag-a1': 1 });
    });

    it('registrations without an idempotency key never collide', async () => {
      expect(
        await store.insertRegistration(registration('a', 'ag-a1', '2025-05-02', 1, { idempotencyKey: null })),
      ).toBe(true);
      expect(
        await store.insertRegistration(registration('b', 'ag-a1', '2025-05-02', 1, { idempotencyKey: null })),
      ).toBe(true);
      expect(await store.registrationCounts(['ag-a1'], '2025-05-02', '2025-05-02')).toEqual({ 'ag-a1': 2 });
    });

    it('voids once; a voided registration no longer counts', async () => {
      await store.insertRegistration(registration('r1', 'ag-a1', '2025-05-02', 3));
      expect(await store.voidRegistration('r1', 'slack:U2', T0 + 5)).toBe(true);
      expect(await store.voidRegistration('r1', 'slack:U2', T0 + 6)).toBe(false);
      expect(await store.voidRegistration('nope', 'slack:U2', T0)).toBe(false);
      expect(await store.registration('r1')).toMatchObject({ voidedAt: T0 + 5, voidedBy: 'slack:U2' });
      expect(await store.registrationCounts(['ag-a1'], '2025-01-01', '2025-12-31')).toEqual({ 'ag-a1': 0 });
      expect(await store.registrationsOf(['ag-a1'], '2025-01-01', '2025-12-31')).toEqual([]);
    });

    it('counts sum per activity over an inclusive day range, zero for none', async () => {
      await store.insertRegistration(registration('r1', 'ag-a1', '2025-04-30', 2));
      await store.insertRegistration(registration('r2', 'ag-a1', '2025-05-01', 3));
      await store.insertRegistration(registration('r3', 'ag-a1', '2025-08-31', 4));
      await store.insertRegistration(registration('r4', 'ag-a2', '2025-09-01', 5));
      expect(await store.registrationCounts(['ag-a1', 'ag-a2', 'ag-a3'], '2025-05-01', '2025-08-31')).toEqual(
        {
          'ag-a1': 7,
          'ag-a2': 0,
          'ag-a3': 0,
        },
      );
      expect(await store.registrationCounts([], '2025-01-01', '2025-12-31')).toEqual({});
    });

    it('monthlyCounts groups by activity and month', async () => {
      await store.insertRegistration(registration('r1', 'ag-a1', '2025-05-02', 2));
      await store.insertRegistration(registration('r2', 'ag-a1', '2025-05-31', 1));
      await store.insertRegistration(registration('r3', 'ag-a1', '2025-06-01', 4));
      await store.insertRegistration(registration('r4', 'ag-a2', '2025-05-15', 1));
      await store.insertRegistration(
        registration('r5', 'ag-a2', '2025-05-16', 9, { voidedAt: T0, voidedBy: 'x' }),
      );
      expect(await store.monthlyCounts(['ag-a1', 'ag-a2'], '2025-01-01', '2025-12-31')).toEqual([
        { activityId: 'ag-a1', month: '2025-05', count: 3 },
        { activityId: 'ag-a1', month: '2025-06', count: 4 },
        { activityId: 'ag-a2', month: '2025-05', count: 1 },
      ]);
      expect(await store.monthlyCounts([], '2025-01-01', '2025-12-31')).toEqual([]);
    });

    it('registrationsOf lists the range newest first', async () => {
      await store.insertRegistration(registration('old', 'ag-a1', '2025-05-02', 1, { createdAt: T0 }));
      await store.insertRegistration(registration('new', 'ag-a1', '2025-06-02', 1, { createdAt: T0 }));
      await store.insertRegistration(registration('later', 'ag-a1', '2025-05-02', 1, { createdAt: T0 + 9 }));
      await store.insertRegistration(registration('out', 'ag-a1', '2025-09-02'));
      await store.insertRegistration(registration('other', 'ag-a2', '2025-05-02'));
      const ids = (await store.registrationsOf(['ag-a1'], '2025-05-01', '2025-08-31')).map((r) => r.id);
      expect(ids).toEqual(['new', 'later', 'old']);
      expect(await store.registrationsOf([], '2025-01-01', '2025-12-31')).toEqual([]);
    });
  });
});
