import { describe, expect, it } from 'vitest';
import type { Meeting } from '../../src/domain/types.ts';
import { plan } from '../../src/scheduler/plan/plan.ts';
import { activity, at, binding, days, inputs, kommun, line, series, status } from './fixtures.ts';

const TRANAS = { type: 'kommun', id: '0687' } as const;
const SAVSJO = { type: 'kommun', id: '0684' } as const;
const AREA = { type: 'area', id: 'hoglandet' } as const;
const ANNA = { person: 'console:anna', role: 'samordnare', scope: TRANAS } as const;

describe('meeting reminders', () => {
  it('a six-weekly series across both DST changes and New Year: 09:00 stays 09:00 local', () => {
    const got = plan(
      inputs({
        series: [series({ firstDate: '2026-02-17' })],
        bindings: [binding('tranas', TRANAS)],
        roles: [ANNA],
      }),
      days('2026-03-01', '2027-01-31'),
    ).map(line);
    const r = (d: string) => `${d} meeting-reminder Tranås channel:console:tranas`;
    const f = (d: string) => `${d} meeting-followup Tranås person:console:anna`;
    expect(got).toEqual([
      // 31 March: DST starts on Sunday 29 March, between the two reminders.
      r('2026-03-24T09:00:00+01:00'),
      r('2026-03-30T09:00:00+02:00'),
      f('2026-04-01T09:00:00+02:00'),
      r('2026-05-05T09:00:00+02:00'),
      r('2026-05-11T09:00:00+02:00'),
      f('2026-05-13T09:00:00+02:00'),
      r('2026-06-16T09:00:00+02:00'),
      r('2026-06-22T09:00:00+02:00'),
      f('2026-06-24T09:00:00+02:00'),
      r('2026-07-28T09:00:00+02:00'),
      r('2026-08-03T09:00:00+02:00'),
      f('2026-08-05T09:00:00+02:00'),
      r('2026-09-08T09:00:00+02:00'),
      r('2026-09-14T09:00:00+02:00'),
      f('2026-09-16T09:00:00+02:00'),
      // 27 October: DST ends on Sunday 25 October, between the two reminders.
      r('2026-10-20T09:00:00+02:00'),
      r('2026-10-26T09:00:00+01:00'),
      f('2026-10-28T09:00:00+01:00'),
      r('2026-12-01T09:00:00+01:00'),
      r('2026-12-07T09:00:00+01:00'),
      f('2026-12-09T09:00:00+01:00'),
      // Across New Year: the rhythm continues into 2027.
      r('2027-01-12T09:00:00+01:00'),
      r('2027-01-18T09:00:00+01:00'),
      f('2027-01-20T09:00:00+01:00'),
    ]);
  });

  it('a meeting on nyårsdagen: reminders move off juldagen and nyårsafton, the follow-up goes to 2 January', () => {
    const got = plan(
      inputs({
        series: [series({ firstDate: '2025-11-20' })],
        bindings: [binding('tranas', TRANAS)],
        roles: [ANNA],
      }),
      days('2025-12-15', '2026-01-10'),
    ).map(line);
    expect(got).toEqual([
      '2025-12-23T09:00:00+01:00 meeting-reminder Tranås channel:console:tranas',
      '2025-12-30T09:00:00+01:00 meeting-reminder Tranås channel:console:tranas',
      '2026-01-02T09:00:00+01:00 meeting-followup Tranås person:console:anna',
    ]);
  });

  it('a reminder due on midsommarafton (Friday 19 June 2026) goes on Thursday 18 June', () => {
    const got = plan(
      inputs({
        series: [series({ firstDate: '2026-06-26' })],
        bindings: [binding('tranas', TRANAS)],
        roles: [ANNA],
      }),
      days('2026-06-01', '2026-06-30'),
    ).map(line);
    expect(got).toEqual([
      '2026-06-18T09:00:00+02:00 meeting-reminder Tranås channel:console:tranas',
      '2026-06-25T09:00:00+02:00 meeting-reminder Tranås channel:console:tranas',
      // The follow-up belongs after the meeting: Saturday 27 June → Monday 29 June.
      '2026-06-29T09:00:00+02:00 meeting-followup Tranås person:console:anna',
    ]);
  });

  it('a reminder due on Saturday 2 May 2026 goes on Thursday 30 April (1 May is a holiday); offsets are configurable', () => {
    const got = plan(
      inputs({
        series: [series({ firstDate: '2026-05-04', remindAt: '08:30' })],
        bindings: [binding('tranas', TRANAS)],
        offsets: { meetingReminderDays: [7, 2] },
      }),
      days('2026-04-20', '2026-05-04'),
    );
    expect(got.map(line)).toEqual([
      '2026-04-27T08:30:00+02:00 meeting-reminder Tranås channel:console:tranas',
      '2026-04-30T08:30:00+02:00 meeting-reminder Tranås channel:console:tranas',
    ]);
    expect(got[1]?.key).toBe('meeting-reminder:series-tranas:2026-05-04:2d:channel:console:tranas');
  });

  it('keys are kind + subject + occurrence + target, and the payload carries the meeting', () => {
    const [first] = plan(
      inputs({ series: [series()], bindings: [binding('tranas', TRANAS), binding('tranas-2', TRANAS)] }),
      days('2026-03-03', '2026-03-03'),
    );
    expect(first).toMatchObject({
      key: 'meeting-reminder:series-tranas:2026-03-10:7d:channel:console:tranas',
      kind: 'meeting-reminder',
      at: at('2026-03-03 09:00'),
      subject: { scope: TRANAS, name: 'Tranås', municipalityCode: '0687' },
      payload: {
        kind: 'meeting-reminder',
        daysBefore: 7,
        meeting: {
          seriesId: 'series-tranas',
          originalOn: '2026-03-10',
          date: '2026-03-10',
          time: '13:00',
          place: 'Tranås stadshus',
        },
      },
    });
  });

  it('every bound channel gets one; none bound → no meeting reminder', () => {
    const two = plan(
      inputs({ series: [series()], bindings: [binding('tranas', TRANAS), binding('tranas-2', TRANAS)] }),
      days('2026-03-03', '2026-03-03'),
    );
    expect(two.map((r) => r.target)).toEqual(['channel:console:tranas', 'channel:console:tranas-2']);
    expect(plan(inputs({ series: [series()] }), days('2026-03-01', '2026-03-31'))).toEqual([]);
  });

  it('a kommun without its own channel uses its police area channel; one with its own does not', () => {
    const got = plan(
      inputs({
        series: [series(), series({ id: 'series-savsjo', scope: SAVSJO, firstDate: '2025-01-21' })],
        bindings: [binding('tranas', TRANAS), binding('hoglandet', AREA)],
      }),
      days('2026-03-09', '2026-03-10'),
    ).map(line);
    expect(got).toEqual([
      '2026-03-09T09:00:00+01:00 meeting-reminder Tranås channel:console:tranas',
      '2026-03-10T09:00:00+01:00 meeting-reminder Sävsjö channel:console:hoglandet',
    ]);
  });

  it('the follow-up goes to the coordinators (also an area-wide one), else to the channel', () => {
    const area = { person: 'console:olle', role: 'samordnare', scope: AREA } as const;
    const withBoth = plan(
      inputs({ series: [series()], bindings: [binding('tranas', TRANAS)], roles: [ANNA, area] }),
      days('2026-03-11', '2026-03-11'),
    );
    expect(withBoth.map((r) => r.target)).toEqual(['person:console:anna', 'person:console:olle']);
    const none = plan(
      inputs({ series: [series()], bindings: [binding('tranas', TRANAS)] }),
      days('2026-03-11', '2026-03-11'),
    );
    expect(none.map((r) => [r.kind, r.target])).toEqual([['meeting-followup', 'channel:console:tranas']]);
  });

  it('an agenda of activities behind target, or lacking a status text that is due', () => {
    const k = kommun(
      '0687',
      'Tranås',
      [
        activity('a1', 'polis', { count: 12, per: 'year' }),
        activity('a2', 'kommun'),
        activity('a3', 'gemensam', { count: 2, per: 'year' }),
        activity('a4', 'polis', { count: 2, per: 'period' }),
      ],
      [status('a2', 2026, 2), status('a3', 2026, 2)],
    );
    const data = { ...k, counts: { tertial: {}, year: { a1: 1, a3: 2, a4: 0 }, period: { a4: 2 } } };
    const T2 = { year: 2026, tertial: 2 };
    const T1 = { year: 2026, tertial: 1 };
    // Planned at: which activities, why, and for which tertial a status text is missing.
    const CASES: readonly [string, [string, string[], typeof T1?][]][] = [
      // Mid-tertial no text is due yet: only what is behind.
      ['2026-06-15 12:00', [['a1', ['behind']]]],
      // The last 14 days of T2: its texts are asked for (a2 and a3 have theirs).
      [
        '2026-08-20 12:00',
        [
          ['a1', ['behind', 'no-status'], T2],
          ['a4', ['no-status'], T2],
        ],
      ],
      // In May the ended T1 is the one due, and none of its texts is in.
      [
        '2026-05-12 12:00',
        [
          ['a1', ['behind', 'no-status'], T1],
          ['a2', ['no-status'], T1],
          ['a3', ['no-status'], T1],
          ['a4', ['no-status'], T1],
        ],
      ],
    ];
    for (const [asOf, expected] of CASES) {
      const [r] = plan(
        inputs({
          series: [series()],
          bindings: [binding('tranas', TRANAS)],
          kommuner: [data],
          asOf: at(asOf),
        }),
        days('2026-07-07', '2026-07-07'),
      );
      if (r?.payload.kind !== 'meeting-reminder') throw new Error(`expected a meeting reminder (${asOf})`);
      expect(
        r.payload.agenda.map((a) => [a.activityId, a.reasons, ...(a.statusFor ? [a.statusFor] : [])]),
        asOf,
      ).toEqual(expected);
    }
  });

  it('a police-area series: named after the area, its channel, every member kommun on the agenda', () => {
    const got = plan(
      inputs({
        series: [series({ id: 'series-lpo', scope: AREA })],
        bindings: [binding('tranas', TRANAS), binding('hoglandet', AREA)],
        kommuner: [
          kommun('0687', 'Tranås', [activity('t1', 'polis')]),
          kommun('0684', 'Sävsjö', [activity('s1', 'kommun')]),
        ],
      }),
      days('2026-03-03', '2026-03-03'),
    );
    expect(got.map(line)).toEqual([
      '2026-03-03T09:00:00+01:00 meeting-reminder LPO Höglandet channel:console:hoglandet',
    ]);
    const p = got[0]?.payload;
    if (p?.kind !== 'meeting-reminder') throw new Error('expected a meeting reminder');
    expect(p.subject).toEqual({ scope: AREA, name: 'LPO Höglandet', municipalityCode: null });
    expect(p.agenda.map((a) => a.activityId).sort()).toEqual(['s1', 't1']);
  });

  it('inactive series plan nothing', () => {
    expect(
      plan(
        inputs({ series: [series({ active: false })], bindings: [binding('tranas', TRANAS)] }),
        days('2026-01-01', '2026-12-31'),
      ),
    ).toEqual([]);
  });
});

describe('moved, cancelled and held meetings re-plan', () => {
  const base = { series: [series()], bindings: [binding('tranas', TRANAS)], roles: [ANNA] };
  const window = days('2026-03-01', '2026-03-31');
  const exception = (status: Meeting['status'], scheduledOn = '2026-03-10'): Meeting => ({
    seriesId: 'series-tranas',
    originalOn: '2026-03-10',
    scheduledOn,
    status,
    updatedAt: 0,
  });

  it('a moved meeting gets reminders for its new day under new keys; the old keys are gone', () => {
    const before = plan(inputs(base), window);
    const after = plan(inputs({ ...base, exceptions: [exception('moved', '2026-03-12')] }), window);
    expect(before.map((r) => r.key)).toEqual([
      'meeting-reminder:series-tranas:2026-03-10:7d:channel:console:tranas',
      'meeting-reminder:series-tranas:2026-03-10:1d:channel:console:tranas',
      'meeting-followup:series-tranas:2026-03-10:person:console:anna',
    ]);
    expect(after.map(line)).toEqual([
      '2026-03-05T09:00:00+01:00 meeting-reminder Tranås channel:console:tranas',
      '2026-03-11T09:00:00+01:00 meeting-reminder Tranås channel:console:tranas',
      '2026-03-13T09:00:00+01:00 meeting-followup Tranås person:console:anna',
    ]);
    expect(after.every((r) => r.key.includes(':2026-03-12:'))).toBe(true);
  });

  it('a cancelled meeting has no reminders; a held one no follow-up', () => {
    expect(plan(inputs({ ...base, exceptions: [exception('cancelled')] }), window)).toEqual([]);
    const held = plan(inputs({ ...base, exceptions: [exception('held')] }), window);
    expect(held.map((r) => r.kind)).toEqual(['meeting-reminder', 'meeting-reminder']);
  });
});

describe('tertial reminders and overdue notices', () => {
  const activities = [activity('p', 'polis'), activity('k', 'kommun'), activity('g', 'gemensam')];
  const roles = [
    ANNA,
    { person: 'console:per', role: 'polis', scope: AREA },
    { person: 'console:kim', role: 'kommun', scope: TRANAS },
    { person: 'console:lena', role: 'chef', scope: AREA },
  ] as const;
  const t1 = days('2026-04-01', '2026-05-31');

  it('14 and 3 days before 30 April to each responsible person with their missing activities; overdue to chef', () => {
    const got = plan(
      inputs({
        kommuner: [kommun('0687', 'Tranås', activities)],
        roles: [...roles],
        bindings: [binding('tranas', TRANAS)],
      }),
      t1,
    );
    expect(got.map(line)).toEqual([
      '2026-04-16T09:00:00+02:00 tertial-reminder Tranås person:console:anna',
      '2026-04-16T09:00:00+02:00 tertial-reminder Tranås person:console:kim',
      '2026-04-16T09:00:00+02:00 tertial-reminder Tranås person:console:per',
      '2026-04-27T09:00:00+02:00 tertial-reminder Tranås person:console:anna',
      '2026-04-27T09:00:00+02:00 tertial-reminder Tranås person:console:kim',
      '2026-04-27T09:00:00+02:00 tertial-reminder Tranås person:console:per',
      // Five working days after Thursday 30 April: 1 May and the weekend do not count.
      '2026-05-08T09:00:00+02:00 tertial-overdue Tranås person:console:lena',
    ]);
    const missingOf = (target: string) => {
      const p = got.find((r) => r.target === target)?.payload;
      return p?.kind === 'tertial-reminder' ? p.missing.map((m) => m.activityId) : null;
    };
    expect(missingOf('person:console:anna')).toEqual(['p', 'k', 'g']);
    expect(missingOf('person:console:per')).toEqual(['p', 'g']);
    expect(missingOf('person:console:kim')).toEqual(['k', 'g']);
    expect(got[0]?.key).toBe('tertial-reminder:0687:2026-T1:14d:person:console:anna');
    expect(got.at(-1)?.key).toBe('tertial-overdue:0687:2026-T1:person:console:lena');
    const overdue = got.at(-1)?.payload;
    expect(overdue).toMatchObject({
      kind: 'tertial-overdue',
      tertial: { year: 2026, tertial: 1, lastDay: '2026-04-30' },
    });
  });

  it('only what still lacks a status; nothing at all when every status is in', () => {
    const some = plan(
      inputs({
        kommuner: [kommun('0687', 'Tranås', activities, [status('p', 2026, 1), status('g', 2026, 1)])],
        roles: [...roles],
      }),
      t1,
    );
    expect([...new Set(some.map((r) => r.target))]).toEqual([
      'person:console:anna',
      'person:console:kim',
      'person:console:lena',
    ]);
    const all = [status('p', 2026, 1), status('k', 2026, 1), status('g', 2026, 1)];
    expect(
      plan(inputs({ kommuner: [kommun('0687', 'Tranås', activities, all)], roles: [...roles] }), t1),
    ).toEqual([]);
  });

  it('with nobody holding a role, prompts and notices go to the kommun channel', () => {
    const got = plan(
      inputs({ kommuner: [kommun('0687', 'Tranås', activities)], bindings: [binding('tranas', TRANAS)] }),
      t1,
    );
    expect(got.map((r) => `${r.kind} ${r.target}`)).toEqual([
      'tertial-reminder channel:console:tranas',
      'tertial-reminder channel:console:tranas',
      'tertial-overdue channel:console:tranas',
    ]);
  });

  it('T2 and T3: weekend and holiday days move back; the T3 notice lands in January', () => {
    const got = plan(
      inputs({
        kommuner: [kommun('0687', 'Tranås', [activity('p', 'polis')], [], [2026, 2027])],
        roles: [...roles],
      }),
      days('2026-08-01', '2027-01-31'),
    );
    expect(got.map(line)).toEqual([
      '2026-08-17T09:00:00+02:00 tertial-reminder Tranås person:console:anna',
      '2026-08-17T09:00:00+02:00 tertial-reminder Tranås person:console:per',
      '2026-08-28T09:00:00+02:00 tertial-reminder Tranås person:console:anna',
      '2026-08-28T09:00:00+02:00 tertial-reminder Tranås person:console:per',
      '2026-09-07T09:00:00+02:00 tertial-overdue Tranås person:console:lena',
      '2026-12-17T09:00:00+01:00 tertial-reminder Tranås person:console:anna',
      '2026-12-17T09:00:00+01:00 tertial-reminder Tranås person:console:per',
      '2026-12-28T09:00:00+01:00 tertial-reminder Tranås person:console:anna',
      '2026-12-28T09:00:00+01:00 tertial-reminder Tranås person:console:per',
      '2027-01-11T09:00:00+01:00 tertial-overdue Tranås person:console:lena',
    ]);
  });

  it('nothing for a tertial outside the agreement period', () => {
    const got = plan(
      inputs({ kommuner: [kommun('0687', 'Tranås', activities, [], [2024, 2025])], roles: [...roles] }),
      t1,
    );
    expect(got).toEqual([]);
  });
});
