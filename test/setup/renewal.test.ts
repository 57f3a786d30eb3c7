import { DateTime } from 'luxon';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { renderReminderReply } from '../../src/bots/core/reminders.ts';
import { textsFor } from '../../src/bots/core/texts/index.ts';
import { loadRegister } from '../../src/runtime/register.ts';
import { scheduleTable } from '../../src/scheduler/format.ts';
import { loadPlanInputs } from '../../src/scheduler/plan/load-inputs.ts';
import { plan } from '../../src/scheduler/plan/plan.ts';
import { DEFAULT_OFFSETS } from '../../src/scheduler/types.ts';
import { type CoreFixture, coreFixture, NOW, ZONE } from '../core/fixtures.ts';

/** The renewal reminder, 60 and 14 days before an agreement ends, until a later agreement is stored. */

describe('agreement renewal reminders', () => {
  let f: CoreFixture;
  beforeEach(async () => {
    f = await coreFixture('sqlite');
  });
  afterEach(async () => {
    await f.dispose();
  });

  const window = (from: string, to: string) => ({
    start: DateTime.fromISO(from, { zone: ZONE }).toMillis(),
    end: DateTime.fromISO(to, { zone: ZONE }).toMillis(),
  });

  async function renewals(from: string, to: string) {
    const w = window(from, to);
    const inputs = await loadPlanInputs(f.db.store, loadRegister(), w, {
      zone: ZONE,
      asOf: NOW,
      offsets: DEFAULT_OFFSETS,
    });
    return plan(inputs, w).filter((r) => r.kind === 'agreement-renewal');
  }

  it('reaches the samordnare and the area chef 60 and 14 days before the end, and stops once a successor exists', async () => {
    const rows = await renewals('2026-10-01', '2027-01-01');
    expect(
      rows.map(
        (r) =>
          `${DateTime.fromMillis(r.at, { zone: ZONE }).toISO({ suppressMilliseconds: true })} ${r.subject.name} ${r.target}`,
      ),
    ).toEqual([
      // 60 days before 31 December 2026 is Sunday 1 November: the Friday before.
      '2026-10-30T09:00:00+01:00 Sävsjö person:console:lena',
      '2026-10-30T09:00:00+01:00 Sävsjö person:console:sven',
      '2026-10-30T09:00:00+01:00 Tranås person:console:anna',
      '2026-10-30T09:00:00+01:00 Tranås person:console:lena',
      '2026-12-17T09:00:00+01:00 Sävsjö person:console:lena',
      '2026-12-17T09:00:00+01:00 Sävsjö person:console:sven',
      '2026-12-17T09:00:00+01:00 Tranås person:console:anna',
      '2026-12-17T09:00:00+01:00 Tranås person:console:lena',
    ]);
    const payload = rows.find(
      (r) => r.subject.name === 'Tranås' && r.payload.kind === 'agreement-renewal',
    )?.payload;
    const sv = renderReminderReply(payload as never, textsFor('sv'));
    expect(sv.headline).toMatch(
      /^📄 Medborgarlöftet 2025–2026 i Tranås slutar 31 dec 2026 \(om (60|14) dagar\)$/,
    );
    expect(sv.fallback).toContain(
      'importerar en samordnare det: skicka filen (Word eller text) till mig i ett direktmeddelande, eller klistra in texten efter /lofte import',
    );
    const en = renderReminderReply(payload as never, textsFor('en'));
    expect(en.headline).toMatch(
      /^📄 The agreement 2025–2026 of Tranås ends on 31 Dec 2026 \(in (60|14) days\)$/,
    );
    const table = scheduleTable(rows, ZONE);
    expect(table).toContain('Förnya medborgarlöftet');
    // The weekday as chat writes it (17 Dec 2026 is a Thursday: "tor", never luxon's "tors").
    expect(table).toMatch(/^tor 2026-12-17 09:00 /m);
    expect(table).not.toMatch(/^tors /m);

    // A successor for Tranås is imported: its renewal reminders go, Sävsjö's stay.
    const current = await f.db.store.agreementForYear('0687', 2026);
    if (!current) throw new Error('demo agreement missing');
    await f.db.store.insertAgreement(
      {
        agreement: {
          ...current.agreement,
          id: 'tranas-2027',
          periodFrom: 2027,
          periodTo: 2028,
          isDemo: false,
          source: 'test',
        },
        commitments: [],
        activities: [],
      },
      NOW,
    );
    expect((await renewals('2026-10-01', '2027-01-01')).map((r) => r.subject.name)).toEqual([
      'Sävsjö',
      'Sävsjö',
      'Sävsjö',
      'Sävsjö',
    ]);
  });

  it('a kommun without a current agreement says so in its summary', async () => {
    const r = await f.say('admin', '/sammanfattning Eksjö');
    expect(r.fallback).toMatch(/Eksjö har inget (gällande )?medborgarlöfte/);
  });
});
