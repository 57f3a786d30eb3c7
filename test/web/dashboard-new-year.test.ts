import { DateTime } from 'luxon';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { loadRegister } from '../../src/runtime/register.ts';
import { fixedClock } from '../../src/runtime/system.ts';
import { dashboardData } from '../../src/web/site-data.ts';
import { type CoreFixture, coreFixture, ZONE } from '../core/fixtures.ts';
import { testDialects } from '../support/databases.ts';

/**
 * The managers' dashboard in January, before any kommun of the area has its 2027 agreement: the year just ended (the
 * T3 2026 follow-up and the year for the council), as `/sammanfattning LPO Höglandet` shows it — not six kommuner
 * "without an agreement in force".
 */

const HOGLANDET = {
  id: 'hoglandet',
  name: 'LPO Höglandet',
  municipalityCodes: ['0604', '0686', '0682', '0684', '0687', '0685'],
};

describe.each(testDialects())('the dashboard at the turn of the year [$name]', ({ name }) => {
  let f: CoreFixture;
  beforeEach(async () => {
    f = await coreFixture(name);
  });
  afterEach(async () => {
    await f.dispose();
  });

  it.each([
    ['2026-12-31T12:00', 2026, 2],
    ['2027-01-11T09:00', 2026, 2],
    ['2027-02-01T09:00', 2027, 0],
  ] as const)('at %s: year %s, %s kommuner with an agreement', async (now, year, withAgreement) => {
    const clock = fixedClock(DateTime.fromISO(now, { zone: ZONE }).toMillis());
    const deps = { store: f.db.store, register: loadRegister(), clock, ids: () => 'x', zone: ZONE };
    const area = await dashboardData(deps, HOGLANDET);
    expect(area.window).toEqual({ kind: 'year', year });
    expect(area.lines.filter((l) => l.summary !== null)).toHaveLength(withAgreement);
  });
});
