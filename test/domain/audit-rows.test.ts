import { describe, expect, it } from 'vitest';
import { auditRowsOf } from '../../src/domain/deps.ts';

describe('the audit rows of one change over several kommuner', () => {
  it('carry one time, however the clock moves while they are written', () => {
    let tick = 1_000;
    let id = 0;
    const deps = { clock: { now: () => tick++ }, ids: () => `id-${++id}` };
    const change = {
      action: 'area.save',
      entity: 'police-area',
      entityId: 'hoglandet',
      before: null,
      after: {},
    };
    const rows = auditRowsOf(deps, { person: 'console:admin', platform: 'console' }, change, [
      '0687',
      '0684',
      '0682',
    ]);
    expect(rows.map((r) => r.municipalityCode)).toEqual(['0682', '0684', '0687']);
    expect(new Set(rows.map((r) => r.at))).toEqual(new Set([1_000]));
    expect(new Set(rows.map((r) => r.id)).size).toBe(3);
  });
});
