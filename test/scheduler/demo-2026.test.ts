import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { main } from '../../src/cli/main.ts';
import { loadConfig } from '../../src/config.ts';
import { loadDemo } from '../../src/demo/load-demo.ts';
import { loadRegister } from '../../src/runtime/register.ts';
import { fixedClock } from '../../src/runtime/system.ts';
import { loadPlanInputs } from '../../src/scheduler/plan/load-inputs.ts';
import { plan } from '../../src/scheduler/plan/plan.ts';
import { DEFAULT_OFFSETS, type PlannedReminder } from '../../src/scheduler/types.ts';
import { reminderRepository } from '../../src/store/repositories/reminders.ts';
import { createTestDatabase, type TestDatabase, testDialects } from '../support/databases.ts';
import { at, days, line, ZONE } from './fixtures.ts';

/**
 * Every reminder of 2026 for the demo data, loaded on 1 January 2026 (so 2025's tertials are reported and none of
 * 2026's). Worked out by hand:
 * - Tranås meets every 6 weeks from Tue 14 Jan 2025 → 2026: 27 Jan, 10 Mar, 21 Apr, 2 Jun, 14 Jul, 25 Aug, 6 Oct,
 *   17 Nov, 29 Dec (Tuesdays: reminders Tue a week before and Mon the day before, follow-up Wed; no holiday hit).
 * - Sävsjö every 6 weeks from Tue 21 Jan 2025 → 2026: 3 Feb, 17 Mar, 28 Apr, 9 Jun, 21 Jul, 1 Sep, 13 Oct, 24 Nov,
 *   and 5 Jan 2027, whose 7-day reminder falls on Tue 29 Dec 2026.
 * - Meeting reminders go to the kommun's own console channel; follow-ups to its samordnare (anna, sven).
 * - Tertial prompts 14 and 3 days before 30 Apr (Thu 16 Apr, Mon 27 Apr), 31 Aug (Mon 17 Aug, Fri 28 Aug) and
 *   31 Dec (Thu 17 Dec, Mon 28 Dec) to the samordnare (all activities) and per, polis for the whole area
 *   (polis and gemensam activities).
 * - Overdue notices to lena (chef, area) 5 working days after 30 Apr (Fri 8 May) and 31 Aug (Mon 7 Sep);
 *   T3 2026's falls on 11 Jan 2027, and T3 2025 is reported.
 * Summer time (+02:00) from 29 March to 25 October.
 */
const EXPECTED_2026 = `
2026-01-20T09:00:00+01:00 meeting-reminder Tranås channel:console:tranas
2026-01-26T09:00:00+01:00 meeting-reminder Tranås channel:console:tranas
2026-01-27T09:00:00+01:00 meeting-reminder Sävsjö channel:console:savsjo
2026-01-28T09:00:00+01:00 meeting-followup Tranås person:console:anna
2026-02-02T09:00:00+01:00 meeting-reminder Sävsjö channel:console:savsjo
2026-02-04T09:00:00+01:00 meeting-followup Sävsjö person:console:sven
2026-03-03T09:00:00+01:00 meeting-reminder Tranås channel:console:tranas
2026-03-09T09:00:00+01:00 meeting-reminder Tranås channel:console:tranas
2026-03-10T09:00:00+01:00 meeting-reminder Sävsjö channel:console:savsjo
2026-03-11T09:00:00+01:00 meeting-followup Tranås person:console:anna
2026-03-16T09:00:00+01:00 meeting-reminder Sävsjö channel:console:savsjo
2026-03-18T09:00:00+01:00 meeting-followup Sävsjö person:console:sven
2026-04-14T09:00:00+02:00 meeting-reminder Tranås channel:console:tranas
2026-04-16T09:00:00+02:00 tertial-reminder Sävsjö person:console:per
2026-04-16T09:00:00+02:00 tertial-reminder Sävsjö person:console:sven
2026-04-16T09:00:00+02:00 tertial-reminder Tranås person:console:anna
2026-04-16T09:00:00+02:00 tertial-reminder Tranås person:console:per
2026-04-20T09:00:00+02:00 meeting-reminder Tranås channel:console:tranas
2026-04-21T09:00:00+02:00 meeting-reminder Sävsjö channel:console:savsjo
2026-04-22T09:00:00+02:00 meeting-followup Tranås person:console:anna
2026-04-27T09:00:00+02:00 meeting-reminder Sävsjö channel:console:savsjo
2026-04-27T09:00:00+02:00 tertial-reminder Sävsjö person:console:per
2026-04-27T09:00:00+02:00 tertial-reminder Sävsjö person:console:sven
2026-04-27T09:00:00+02:00 tertial-reminder Tranås person:console:anna
2026-04-27T09:00:00+02:00 tertial-reminder Tranås person:console:per
2026-04-29T09:00:00+02:00 meeting-followup Sävsjö person:console:sven
2026-05-08T09:00:00+02:00 tertial-overdue Sävsjö person:console:lena
2026-05-08T09:00:00+02:00 tertial-overdue Tranås person:console:lena
2026-05-26T09:00:00+02:00 meeting-reminder Tranås channel:console:tranas
2026-06-01T09:00:00+02:00 meeting-reminder Tranås channel:console:tranas
2026-06-02T09:00:00+02:00 meeting-reminder Sävsjö channel:console:savsjo
2026-06-03T09:00:00+02:00 meeting-followup Tranås person:console:anna
2026-06-08T09:00:00+02:00 meeting-reminder Sävsjö channel:console:savsjo
2026-06-10T09:00:00+02:00 meeting-followup Sävsjö person:console:sven
2026-07-07T09:00:00+02:00 meeting-reminder Tranås channel:console:tranas
2026-07-13T09:00:00+02:00 meeting-reminder Tranås channel:console:tranas
2026-07-14T09:00:00+02:00 meeting-reminder Sävsjö channel:console:savsjo
2026-07-15T09:00:00+02:00 meeting-followup Tranås person:console:anna
2026-07-20T09:00:00+02:00 meeting-reminder Sävsjö channel:console:savsjo
2026-07-22T09:00:00+02:00 meeting-followup Sävsjö person:console:sven
2026-08-17T09:00:00+02:00 tertial-reminder Sävsjö person:console:per
2026-08-17T09:00:00+02:00 tertial-reminder Sävsjö person:console:sven
2026-08-17T09:00:00+02:00 tertial-reminder Tranås person:console:anna
2026-08-17T09:00:00+02:00 tertial-reminder Tranås person:console:per
2026-08-18T09:00:00+02:00 meeting-reminder Tranås channel:console:tranas
2026-08-24T09:00:00+02:00 meeting-reminder Tranås channel:console:tranas
2026-08-25T09:00:00+02:00 meeting-reminder Sävsjö channel:console:savsjo
2026-08-26T09:00:00+02:00 meeting-followup Tranås person:console:anna
2026-08-28T09:00:00+02:00 tertial-reminder Sävsjö person:console:per
2026-08-28T09:00:00+02:00 tertial-reminder Sävsjö person:console:sven
2026-08-28T09:00:00+02:00 tertial-reminder Tranås person:console:anna
2026-08-28T09:00:00+02:00 tertial-reminder Tranås person:console:per
2026-08-31T09:00:00+02:00 meeting-reminder Sävsjö channel:console:savsjo
2026-09-02T09:00:00+02:00 meeting-followup Sävsjö person:console:sven
2026-09-07T09:00:00+02:00 tertial-overdue Sävsjö person:console:lena
2026-09-07T09:00:00+02:00 tertial-overdue Tranås person:console:lena
2026-09-29T09:00:00+02:00 meeting-reminder Tranås channel:console:tranas
2026-10-05T09:00:00+02:00 meeting-reminder Tranås channel:console:tranas
2026-10-06T09:00:00+02:00 meeting-reminder Sävsjö channel:console:savsjo
2026-10-07T09:00:00+02:00 meeting-followup Tranås person:console:anna
2026-10-12T09:00:00+02:00 meeting-reminder Sävsjö channel:console:savsjo
2026-10-14T09:00:00+02:00 meeting-followup Sävsjö person:console:sven
2026-11-10T09:00:00+01:00 meeting-reminder Tranås channel:console:tranas
2026-11-16T09:00:00+01:00 meeting-reminder Tranås channel:console:tranas
2026-11-17T09:00:00+01:00 meeting-reminder Sävsjö channel:console:savsjo
2026-11-18T09:00:00+01:00 meeting-followup Tranås person:console:anna
2026-11-23T09:00:00+01:00 meeting-reminder Sävsjö channel:console:savsjo
2026-11-25T09:00:00+01:00 meeting-followup Sävsjö person:console:sven
2026-10-30T09:00:00+01:00 agreement-renewal Sävsjö person:console:lena
2026-10-30T09:00:00+01:00 agreement-renewal Sävsjö person:console:sven
2026-10-30T09:00:00+01:00 agreement-renewal Tranås person:console:anna
2026-10-30T09:00:00+01:00 agreement-renewal Tranås person:console:lena
2026-12-17T09:00:00+01:00 agreement-renewal Sävsjö person:console:lena
2026-12-17T09:00:00+01:00 agreement-renewal Sävsjö person:console:sven
2026-12-17T09:00:00+01:00 agreement-renewal Tranås person:console:anna
2026-12-17T09:00:00+01:00 agreement-renewal Tranås person:console:lena
2026-12-17T09:00:00+01:00 tertial-reminder Sävsjö person:console:per
2026-12-17T09:00:00+01:00 tertial-reminder Sävsjö person:console:sven
2026-12-17T09:00:00+01:00 tertial-reminder Tranås person:console:anna
2026-12-17T09:00:00+01:00 tertial-reminder Tranås person:console:per
2026-12-22T09:00:00+01:00 meeting-reminder Tranås channel:console:tranas
2026-12-28T09:00:00+01:00 meeting-reminder Tranås channel:console:tranas
2026-12-28T09:00:00+01:00 tertial-reminder Sävsjö person:console:per
2026-12-28T09:00:00+01:00 tertial-reminder Sävsjö person:console:sven
2026-12-28T09:00:00+01:00 tertial-reminder Tranås person:console:anna
2026-12-28T09:00:00+01:00 tertial-reminder Tranås person:console:per
2026-12-29T09:00:00+01:00 meeting-reminder Sävsjö channel:console:savsjo
2026-12-30T09:00:00+01:00 meeting-followup Tranås person:console:anna
`
  .trim()
  .split('\n');

const LOADED_AT = at('2026-01-01 09:00');

describe.each(testDialects())('the demo data’s reminders for 2026 [$name]', ({ name }) => {
  let t: TestDatabase;
  let planned: PlannedReminder[];

  beforeAll(async () => {
    t = await createTestDatabase(name);
    await loadDemo(t.store, fixedClock(LOADED_AT), ZONE);
    const window = days('2026-01-01', '2026-12-31');
    const inputs = await loadPlanInputs(t.store, loadRegister(), window, {
      zone: ZONE,
      asOf: LOADED_AT,
      offsets: DEFAULT_OFFSETS,
    });
    planned = plan(inputs, window);
  });
  afterAll(async () => {
    await t.dispose();
  });

  it('match the hand-checked list, 88 reminders (with the renewal reminders of the agreements)', () => {
    expect(EXPECTED_2026).toHaveLength(88);
    const got = planned.map(line);
    expect([...got].sort()).toEqual([...EXPECTED_2026].sort());
    expect(new Set(planned.map((r) => r.key)).size).toBe(88);
  });

  it('carry the agenda and the missing activities as domain data', () => {
    const first = planned.find((r) => r.kind === 'meeting-reminder');
    expect(first?.payload).toMatchObject({
      kind: 'meeting-reminder',
      meeting: {
        seriesId: 'demo-series-tranas',
        date: '2026-01-27',
        time: '13:00',
        place: 'Tranås stadshus',
      },
    });
    if (first?.payload.kind !== 'meeting-reminder') throw new Error('expected a meeting reminder');
    // Planned on 1 January: T1 2026 has just begun (none of its texts is due yet, so none is taken up as missing),
    // T3 2025's texts are all in, and nothing can be behind a day into the year: an empty agenda.
    expect(first.payload.agenda).toEqual([]);
    const per = planned.find(
      (r) =>
        r.kind === 'tertial-reminder' && r.target === 'person:console:per' && r.subject.name === 'Tranås',
    );
    if (per?.payload.kind !== 'tertial-reminder') throw new Error('expected a tertial reminder');
    expect(per.payload.missing.map((m) => m.responsible).sort()).toEqual([
      'gemensam',
      'gemensam',
      'gemensam',
      'polis',
      'polis',
      'polis',
    ]);
  });

  it('`npx loftesbot schedule --json` prints exactly this plan, one object per line, and writes nothing', async () => {
    const out: string[] = [];
    const err: string[] = [];
    const io = {
      out: (s: string) => out.push(s),
      err: (s: string) => err.push(s),
      stdin: process.stdin,
      stdinIsTty: false,
    };
    const config = loadConfig({ DATABASE_URL: t.url, LOG_LEVEL: 'silent' });
    // Lena's platform told us her name; the others are named by their id.
    await t.store.setPersonName('console:lena', 'Lena Chef', 0);
    const code = await main(['schedule', '--from', '2026-01-01', '--to', '2026-12-31', '--json'], io, config);
    expect(err).toEqual([]);
    expect(code).toBe(0);
    const lines = out.join('\n').split('\n');
    expect(lines).toHaveLength(88);
    expect(lines).toContain(
      '{"at": "2026-11-23T09:00:00+01:00", "kind": "meeting-reminder", "municipality": "Sävsjö", "target": "channel:console:savsjo", "targetName": "channel:console:savsjo", "key": "meeting-reminder:demo-series-savsjo:2026-11-24:1d:channel:console:savsjo"}',
    );
    const parsed = lines.map((l) => JSON.parse(l) as Record<string, string>);
    expect(parsed.every((p) => Object.keys(p).join() === 'at,kind,municipality,target,targetName,key')).toBe(
      true,
    );
    const names = new Map(parsed.map((p) => [p.target, p.targetName]));
    // Each recipient by the name chat uses for them: the platform's name, a terminal person by the name they chose
    // (`--as sven` → sven, never the id), a channel by its address.
    const named: readonly [string, string][] = [
      ['person:console:lena', 'Lena Chef'],
      ['person:console:sven', 'sven'],
      ['channel:console:savsjo', 'channel:console:savsjo'],
    ];
    for (const [target, name] of named) expect(names.get(target), target).toBe(name);
    expect(parsed.map((p) => `${p.at} ${p.kind} ${p.municipality} ${p.target}`)).toEqual(planned.map(line));
    expect(parsed.map((p) => p.key)).toEqual(planned.map((r) => r.key));
    expect(await reminderRepository(t.handle.db, t.handle.dialect).list({})).toEqual([]);
  });

  it('the human table is Swedish and counts the reminders', async () => {
    const out: string[] = [];
    const io = { out: (s: string) => out.push(s), err: () => {}, stdin: process.stdin, stdinIsTty: false };
    const config = loadConfig({ DATABASE_URL: t.url, LOG_LEVEL: 'silent' });
    await t.store.setPersonName('console:lena', 'Lena Chef', 0);
    expect(await main(['schedule', '--from', '2026-05-01', '--to', '2026-05-10'], io, config)).toBe(0);
    const text = out.join('\n');
    expect(text).toContain('Tid');
    expect(text).toContain('Mottagare');
    expect(text).toMatch(
      /fre 2026-05-08 09:00\s+Försenad tertialrapport\s+Sävsjö\s+Lena Chef\s+T1 2026: 8 saknas/,
    );
    expect(text).toContain('2 påminnelser 2026-05-01 – 2026-05-10.');
  });

  it('rejects a bad date with exit code 2', async () => {
    const err: string[] = [];
    const io = { out: () => {}, err: (s: string) => err.push(s), stdin: process.stdin, stdinIsTty: false };
    const config = loadConfig({ DATABASE_URL: t.url, LOG_LEVEL: 'silent' });
    expect(await main(['schedule', '--from', '2026-13-01'], io, config)).toBe(2);
    expect(err.join('')).toContain('--from');
  });
});
