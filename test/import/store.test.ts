import { readFileSync } from 'node:fs';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Store } from '../../src/domain/ports.ts';
import { parseDocument } from '../../src/import/parse-document.ts';
import { importSource, storeImport } from '../../src/import/store-import.ts';
import { loadRegister } from '../../src/runtime/register.ts';
import { fixedClock } from '../../src/runtime/system.ts';
import { createTestDatabase, type TestDatabase, testDialects } from '../support/databases.ts';

const NOW = Date.UTC(2026, 10, 20, 9, 0, 0);
const TRANAS = '0687';
const SAVSJO = '0684';

function read(path: string): string {
  return readFileSync(new URL(path, import.meta.url), 'utf8');
}

function input(path: string, fileName: string, sha256: string) {
  return { parsed: parseDocument(read(path), { register: loadRegister(), fileName }), fileName, sha256 };
}

const AGREEMENT = () =>
  input('../../data/seeds/tranas-medborgarlofte-2023-2024.txt', 'tranas-2023.txt', 'a'.repeat(64));
const SAVSJO_T3 = () =>
  input('../../data/seeds/savsjo-uppfoljning-2020-t3.txt', 'savsjo-t3.txt', 'b'.repeat(64));
const TRANAS_2023_T1 = () =>
  input('./fixtures/tranas-uppfoljning-2023-t1.txt', 'tranas-2023-t1.txt', 'c'.repeat(64));

describe.each(testDialects())('importing into the store [$name]', ({ name }) => {
  let db: TestDatabase;
  let n = 0;
  const deps = () => ({ store: db.store, clock: fixedClock(NOW), ids: () => `id-${++n}` });
  const rows = async (
    table: 'follow_up_statuses' | 'registrations' | 'statistics' | 'audit_log' | 'agreements',
  ) =>
    Number(
      (
        await db.handle.db
          .selectFrom(table)
          .select((eb) => eb.fn.countAll<number>().as('n'))
          .executeTakeFirstOrThrow()
      ).n,
    );

  beforeEach(async () => {
    db = await createTestDatabase(name);
    n = 0;
  });
  afterEach(async () => {
    await db.dispose();
  });

  it('remembers the chat press that stored it in the same transaction, and only when it stored', async () => {
    const press = { key: 'import-saved:k1', summary: 'medborgarlöfte för Tranås 2023–2024' };
    expect(await storeImport(deps(), { ...AGREEMENT(), processed: press })).toMatchObject({
      status: 'imported',
    });
    expect(await db.store.processedEvent(press.key)).toBe(press.summary);
    const again = { key: 'import-saved:k2', summary: 'x' };
    expect(await storeImport(deps(), { ...AGREEMENT(), processed: again })).toMatchObject({
      status: 'already-imported',
    });
    expect(await db.store.processedEvent(again.key)).toBeNull();
  });

  it('stores an agreement with its promises and activities, audited once, and a second import changes nothing', async () => {
    const first = await storeImport(deps(), AGREEMENT());
    expect(first).toMatchObject({
      status: 'imported',
      createdAgreement: true,
      statuses: 0,
      registrations: 0,
    });
    const [agreement, ...others] = await db.store.agreementsOf(TRANAS);
    expect(others).toEqual([]);
    expect(agreement).toMatchObject({
      periodFrom: 2023,
      periodTo: 2024,
      title: 'Medborgarlöfte i Tranås kommun 2023-2024',
      isDemo: false,
      source: importSource('tranas-2023.txt', 'a'.repeat(64)),
    });
    const bundle = await db.store.agreementBundle(agreement?.id ?? '');
    expect(bundle?.commitments.map((c) => c.text)).toHaveLength(4);
    expect(bundle?.activities.map((a) => [a.responsible, a.kind, a.target])).toEqual([
      ['polis', 'trafikkontroll', { count: 30, per: 'year' }],
      ['polis', 'insats', { count: 15, per: 'year' }],
      ['polis', 'lob-pl', null],
      ['gemensam', 'trygghetsvandring', { count: 2, per: 'year' }],
      ['gemensam', 'krogkontroll', null],
      ['kommun', 'informationsinsats', null],
      ['gemensam', 'samverkansmöte', null],
    ]);
    const audit = await db.store.audit({ municipalityCode: TRANAS });
    expect(audit).toHaveLength(1);
    expect(audit[0]).toMatchObject({
      actor: 'import',
      platform: 'import',
      action: 'import',
      entityId: agreement?.id,
    });
    expect(audit[0]?.after).toMatchObject({
      file: 'tranas-2023.txt',
      sha256: 'a'.repeat(64),
      kind: 'agreement',
    });

    const again = await storeImport(deps(), AGREEMENT());
    expect(again).toEqual({ status: 'already-imported', agreementId: agreement?.id });
    expect(await rows('agreements')).toBe(1);
    expect(await rows('audit_log')).toBe(1);
  });

  it('a follow-up with no stored agreement creates it, with statuses, T-only statistics and registrations', async () => {
    const outcome = await storeImport(deps(), SAVSJO_T3());
    expect(outcome).toMatchObject({
      status: 'imported',
      createdAgreement: true,
      statuses: 17,
      statistics: 13,
    });
    const bundle = await db.store.agreementForYear(SAVSJO, 2020);
    expect(bundle?.agreement).toMatchObject({ periodFrom: 2020, periodTo: 2021 });
    expect(bundle?.commitments).toHaveLength(2);
    const insats = bundle?.activities.find((a) => a.kind === 'insats');
    const meetings = bundle?.activities.find((a) => a.kind === 'samverkansmöte');
    expect(insats?.commitmentId).toBe(bundle?.commitments[1]?.id);

    const regs = await db.store.registrationsOf(
      [insats?.id ?? '', meetings?.id ?? ''],
      '2020-01-01',
      '2020-12-31',
    );
    const byDay = regs
      .map((r) => [r.activityId === insats?.id ? 'insats' : 'möte', r.occurredOn, r.count])
      .sort();
    expect(byDay).toEqual([
      ['insats', '2020-04-30', 10],
      ['insats', '2020-08-31', 7],
      ['insats', '2020-12-31', 3],
      ['möte', '2020-04-30', 2],
      ['möte', '2020-08-31', 1],
      ['möte', '2020-12-31', 3],
    ]);
    expect(
      regs.every(
        (r) => r.actor === 'import' && r.platform === 'import' && r.idempotencyKey?.startsWith('import:'),
      ),
    ).toBe(true);

    const statuses = await db.store.latestStatuses([insats?.id ?? ''], [2020]);
    expect(statuses.map((s) => [s.tertial, s.text, s.count])).toEqual([
      [1, 'Genomfört tio riktade insatser under perioden.', 10],
      [2, 'Genomfört sju riktade insatser under perioden.', 7],
      [3, 'Genomfört sammanlagt 20 riktade insatser under året.', 20],
    ]);
    const stats = await db.store.statisticsOf(SAVSJO, [2020]);
    expect(stats.find((s) => s.tertial === 3 && s.category === 'narkotika.eget-bruk')).toMatchObject({
      count: 17,
      youth: 11,
    });

    const before = await Promise.all([
      rows('follow_up_statuses'),
      rows('registrations'),
      rows('statistics'),
      rows('audit_log'),
    ]);
    expect(before).toEqual([17, 6, 13, 1]);
    expect(await storeImport(deps(), SAVSJO_T3())).toMatchObject({ status: 'already-imported' });
    expect(
      await Promise.all([
        rows('follow_up_statuses'),
        rows('registrations'),
        rows('statistics'),
        rows('audit_log'),
      ]),
    ).toEqual(before);
  });

  it('a follow-up for a stored agreement attaches to its activities by their text', async () => {
    await storeImport(deps(), AGREEMENT());
    const stored = await db.store.agreementForYear(TRANAS, 2023);
    const byKind = (kind: string) => stored?.activities.find((a) => a.kind === kind)?.id ?? '';
    // A riktad insats already logged in chat this tertial: the import must not count it again.
    await db.store.insertRegistration({
      id: 'live-1',
      activityId: byKind('insats'),
      municipalityCode: TRANAS,
      occurredOn: '2023-03-02',
      count: 1,
      note: null,
      actor: 'slack:U1',
      platform: 'slack',
      idempotencyKey: null,
      createdAt: NOW,
      voidedAt: null,
      voidedBy: null,
    });

    const outcome = await storeImport(deps(), TRANAS_2023_T1());
    expect(outcome).toMatchObject({
      status: 'imported',
      createdAgreement: false,
      agreementId: stored?.agreement.id,
      statuses: 7,
      registrations: 3,
      unmatched: ['Ny grannsamverkan i Norrby'],
    });
    expect(await rows('agreements')).toBe(1);
    const latest = await db.store.latestStatuses(stored?.activities.map((a) => a.id) ?? [], [2023]);
    const textOf = (kind: string) => latest.find((s) => s.activityId === byKind(kind))?.text;
    expect(textOf('trafikkontroll')).toBe('Genomfört 9 trafikkontroller');
    expect(textOf('lob-pl')).toBe('Pågår');
    expect(textOf('samverkansmöte')).toBe('Genomfört tre samverkansmöten');
    const counts = await db.store.registrationCounts(
      stored?.activities.map((a) => a.id) ?? [],
      '2023-01-01',
      '2023-04-30',
    );
    expect(counts[byKind('trafikkontroll')]).toBe(9);
    expect(counts[byKind('insats')]).toBe(1);
    expect(counts[byKind('krogkontroll')]).toBe(2);
    expect(counts[byKind('samverkansmöte')]).toBe(3);
    expect(await db.store.audit({ municipalityCode: TRANAS })).toHaveLength(2);
  });

  it('rolls everything back when a write fails half-way', async () => {
    const failing: Store = {
      ...db.store,
      transaction: (fn) =>
        db.store.transaction((tx) =>
          fn({ ...tx, putStatistic: () => Promise.reject(new Error('disk full')) }),
        ),
    };
    await expect(storeImport({ ...deps(), store: failing }, SAVSJO_T3())).rejects.toThrow('disk full');
    expect(
      await Promise.all([
        rows('agreements'),
        rows('follow_up_statuses'),
        rows('registrations'),
        rows('audit_log'),
      ]),
    ).toEqual([0, 0, 0, 0]);
  });

  it('refuses a document without a kommun, storing nothing', async () => {
    const parsed = parseDocument('Polisen ska genomföra minst tio riktade insatser.', {
      register: loadRegister(),
    });
    expect(await storeImport(deps(), { parsed, fileName: 'x.txt', sha256: 'd'.repeat(64) })).toEqual({
      status: 'incomplete',
      reason: 'hittade ingen kommun i dokumentet',
    });
    expect(await rows('agreements')).toBe(0);
  });
});
