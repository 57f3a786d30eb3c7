import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  type AreaLine,
  type AreaScope,
  areaHeadline,
  areaLineText,
  areaScopeOf,
  summarizeArea,
} from '../../src/domain/area-summary.ts';
import type { DomainDeps } from '../../src/domain/deps.ts';
import { attentionOf } from '../../src/domain/headline.ts';
import type { Store } from '../../src/domain/ports.ts';
import { lookupScope } from '../../src/domain/scope.ts';
import { summarizeKommun } from '../../src/domain/summary.ts';
import { loadRegister } from '../../src/runtime/register.ts';
import { fixedClock } from '../../src/runtime/system.ts';
import { createTestDatabase, type TestDatabase, testDialects } from '../support/databases.ts';
import { type ActivitySpec, agreementOf, register, seedOtherKommuner, status } from './store-fixtures.ts';

const ZONE = 'Europe/Stockholm';
const NOW = Date.parse('2026-05-15T12:00:00+02:00');
const YEAR = { kind: 'year', year: 2026 } as const;

const TARGETED: readonly ActivitySpec[] = [
  { kind: 'trafikkontroll', target: { count: 30, per: 'year' } },
  { kind: 'insats', target: { count: 6, per: 'year' } },
  { kind: 'krogkontroll', target: null },
];

const HOGLANDET: AreaScope = {
  kind: 'area',
  name: 'LPO Höglandet',
  municipalityCodes: ['0604', '0686', '0682', '0684', '0687', '0685'],
};

/** A Store that records which port methods were called. */
function counting(store: Store, calls: string[]): Store {
  return new Proxy(store, {
    get(target, prop, receiver) {
      const value = Reflect.get(target, prop, receiver);
      if (typeof value !== 'function') return value;
      return (...args: unknown[]) => {
        calls.push(String(prop));
        return value.apply(target, args);
      };
    },
  });
}

describe.each(testDialects())('summarizeArea [$name]', ({ name }) => {
  let db: TestDatabase;
  let deps: DomainDeps;

  beforeAll(async () => {
    db = await createTestDatabase(name);
    const s = db.store;
    // Tranås: two activities behind (nothing done), T1 statuses written.
    const tranas = agreementOf('tranas', '0687', TARGETED);
    // Sävsjö: one behind, one without its T1 status.
    const savsjo = agreementOf('savsjo', '0684', TARGETED);
    // Eksjö: on pace, but two activities lack their T1 status.
    const eksjo = agreementOf('eksjo', '0686', TARGETED);
    // Nässjö: every target reached.
    const nassjo = agreementOf('nassjo', '0682', TARGETED.slice(0, 2));
    // Aneby: only an old agreement (not in force in 2026). Vetlanda: none at all.
    const aneby = agreementOf('aneby', '0604', TARGETED, { from: 2023, to: 2024 });
    // Tranås also has an older agreement overlapping 2026: the later-started one is the one in force.
    const tranasOld = agreementOf('tranas-old', '0687', TARGETED.slice(0, 1), { from: 2024, to: 2026 });
    for (const b of [tranas, savsjo, eksjo, nassjo, aneby, tranasOld]) await s.insertAgreement(b, 0);
    for (const i of [0, 1, 2]) await status(s, tranas, i, 2026, 1, 'Pågår');
    await register(s, tranas, 2, '2026-02-01', 1);
    await register(s, savsjo, 0, '2026-03-01', 12);
    await status(s, savsjo, 0, 2026, 1, 'Genomfört tolv');
    await status(s, savsjo, 1, 2026, 1, 'Inget ännu');
    await register(s, eksjo, 0, '2026-03-01', 12);
    await register(s, eksjo, 1, '2026-04-01', 3);
    await status(s, eksjo, 0, 2026, 1, 'Pågår');
    await register(s, nassjo, 0, '2026-04-01', 30);
    await register(s, nassjo, 1, '2026-04-02', 6);
    deps = { store: s, register: loadRegister(), clock: fixedClock(NOW), ids: () => 'unused', zone: ZONE };
  });
  afterAll(async () => {
    await db?.dispose();
  });

  it('one line per kommun, worst first, kommuner without an agreement in force last', async () => {
    const area = await summarizeArea(deps, HOGLANDET, YEAR);
    expect(area.lines.map((l) => l.municipality.name)).toEqual([
      'Tranås',
      'Sävsjö',
      'Eksjö',
      'Nässjö',
      'Aneby',
      'Vetlanda',
    ]);
    expect(area.lines.map((l) => [l.state, l.behind, l.missingStatus])).toEqual([
      ['efter', 2, 0],
      ['efter', 1, 1],
      ['i fas', 0, 2],
      ['klar', 0, 2],
      [null, 0, 0],
      [null, 0, 0],
    ]);
    expect(area.lines[0]?.agreement?.id).toBe('tranas');
    expect(area.tally).toEqual({ kommuner: 6, withAgreement: 4, ended: false, behind: 2 });
  });

  it('says each line and the whole area in words, in Swedish and English', async () => {
    const area = await summarizeArea(deps, HOGLANDET, YEAR);
    expect(area.lines.map((l) => areaLineText(l))).toEqual([
      'Tranås: efter — 2 aktiviteter efter',
      'Sävsjö: efter — 1 aktivitet efter, 1 utan status T1',
      'Eksjö: i fas — 2 utan status T1',
      'Nässjö: klar — 2 utan status T1',
      'Aneby: saknar gällande medborgarlöfte',
      'Vetlanda: saknar gällande medborgarlöfte',
    ]);
    expect(areaLineText(area.lines[0] as AreaLine, 'en')).toBe('Tranås: behind — 2 activities behind');
    // With nothing to flag: the activities with a target the state is about, then those followed up in text —
    // never "i fas — 8 aktiviteter" when 6 of the 8 have no target.
    const calm = { ...(area.lines[3] as AreaLine), missingStatus: 0 };
    const cases: readonly [Partial<AreaLine>, string, string][] = [
      [{}, 'Nässjö: klar — 2 aktiviteter med mål', 'Nässjö: done — 2 activities with a target'],
      [
        { state: 'i fas', total: 8, textOnly: 6 },
        'Nässjö: i fas — 2 aktiviteter med mål, 6 följs upp med text',
        'Nässjö: on track — 2 activities with a target, 6 followed up in text',
      ],
      [
        { state: 'i fas', total: 2, textOnly: 1 },
        'Nässjö: i fas — 1 aktivitet med mål, 1 följs upp med text',
        'Nässjö: on track — 1 activity with a target, 1 followed up in text',
      ],
      [
        { state: 'följs upp med text', total: 3, textOnly: 3 },
        'Nässjö: följs upp med text — 3 aktiviteter',
        'Nässjö: followed up in text — 3 activities',
      ],
    ];
    for (const [patch, sv, en] of cases) {
      expect(areaLineText({ ...calm, ...patch }), sv).toBe(sv);
      expect(areaLineText({ ...calm, ...patch }, 'en'), en).toBe(en);
    }
    expect(areaHeadline(area)).toBe(
      'LPO Höglandet: 2 av 6 kommuner har aktiviteter efter. 2 saknar gällande medborgarlöfte.',
    );
    expect(areaHeadline(area, 'en')).toBe(
      'LPO Höglandet: 2 of 6 municipalities have activities behind. 2 have no agreement in force.',
    );
  });

  it('agrees with the per-kommun summary for every kommun', async () => {
    const area = await summarizeArea(deps, HOGLANDET, YEAR);
    for (const line of area.lines) {
      const single = await summarizeKommun(deps, line.municipality.code, YEAR);
      expect(single.ok).toBe(line.summary !== null);
      if (!single.ok) continue;
      const attention = attentionOf(single.summary);
      expect([line.behind, line.missingStatus, line.onTrack]).toEqual([
        attention.behind.length,
        attention.missingStatus.length,
        attention.onTrack,
      ]);
      expect(line.summary?.activities.map((a) => a.done)).toEqual(
        single.summary.activities.map((a) => a.done),
      );
    }
  });

  it('takes a police area or a län from a scope lookup', async () => {
    const reg = loadRegister();
    const county = areaScopeOf(lookupScope('Jönköpings län', reg, []));
    expect(county?.kind).toBe('county');
    expect(county?.municipalityCodes).toHaveLength(13);
    const area = await summarizeArea(deps, county as AreaScope, YEAR);
    expect(area.lines).toHaveLength(13);
    expect(area.lines[0]?.municipality.name).toBe('Tranås');
    expect(area.lines.slice(4).every((l) => l.summary === null)).toBe(true);
    const lpo = areaScopeOf(lookupScope('Höglandet', reg, [{ id: 'hoglandet', ...HOGLANDET }]));
    expect(lpo).toEqual(HOGLANDET);
    expect(areaScopeOf(lookupScope('Tranås', reg, []))).toBeNull();
  });

  it('the national case (290 kommuner) costs three port calls, not one per kommun', async () => {
    await seedOtherKommuner(db.store, 25, 2);
    const calls: string[] = [];
    const all = loadRegister().all.map((m) => m.code);
    expect(all).toHaveLength(290);
    const nation = await summarizeArea(
      { ...deps, store: counting(db.store, calls) },
      {
        kind: 'county',
        name: 'Sverige',
        municipalityCodes: all,
      },
      YEAR,
    );
    expect(calls.sort()).toEqual(['agreementBundlesInYear', 'latestStatuses', 'monthlyCounts']);
    expect(nation.lines).toHaveLength(290);
    expect(nation.tally.withAgreement).toBe(4 + 25);
    expect(nation.lines.slice(0, 29).every((l) => l.summary !== null)).toBe(true);
  });

  it('an empty scope or one with no agreements reads no counts', async () => {
    const calls: string[] = [];
    const store = counting(db.store, calls);
    const none = await summarizeArea(
      { ...deps, store },
      { kind: 'area', name: 'Tomt', municipalityCodes: ['0685'] },
      YEAR,
    );
    expect(none.lines.map((l) => l.state)).toEqual([null]);
    expect(calls).toEqual(['agreementBundlesInYear']);
  });
});
