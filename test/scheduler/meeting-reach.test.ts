import { describe, expect, it } from 'vitest';
import type { ChannelBinding, RoleGrant } from '../../src/domain/types.ts';
import { plan } from '../../src/scheduler/plan/plan.ts';
import { binding, days, inputs, line, series } from './fixtures.ts';

/** Meeting reminders reach someone: the bound channel, else the samordnare by direct message, each person once. */

const TRANAS = { type: 'kommun', id: '0687' } as const;
const SAVSJO = { type: 'kommun', id: '0684' } as const;
const JONKOPING = { type: 'kommun', id: '0680' } as const; // not in LPO Höglandet
const AREA = { type: 'area', id: 'hoglandet' } as const;
const grant = (person: string, role: RoleGrant['role'], scope: RoleGrant['scope']): RoleGrant => ({
  person: `console:${person}`,
  role,
  scope,
});
const ANNA = grant('anna', 'samordnare', TRANAS);
const OLLE = grant('olle', 'samordnare', AREA);
const SVEN = grant('sven', 'samordnare', SAVSJO);
const PER = grant('per', 'polis', AREA);
const LENA = grant('lena', 'chef', AREA);
const ADMIN = grant('admin', 'admin', AREA);
const OUTSIDE = grant('jon', 'samordnare', JONKOPING);

const TRANAS_SERIES = series(); // meets Tuesday 10 March 2026: reminders Tue 3 March and Mon 9 March
const AREA_SERIES = series({ id: 'series-lpo', scope: AREA });

const cases: {
  name: string;
  series: ReturnType<typeof series>;
  bindings: ChannelBinding[];
  roles: RoleGrant[];
  targets: string[];
}[] = [
  {
    name: 'kommun channel bound: only the channel, as before',
    series: TRANAS_SERIES,
    bindings: [binding('tranas', TRANAS)],
    roles: [ANNA, OLLE],
    targets: ['channel:console:tranas'],
  },
  {
    name: 'only the area channel bound: the area channel, as before',
    series: TRANAS_SERIES,
    bindings: [binding('hoglandet', AREA)],
    roles: [ANNA],
    targets: ['channel:console:hoglandet'],
  },
  {
    name: 'no channel: the kommun and area samordnare, nobody else',
    series: TRANAS_SERIES,
    bindings: [binding('savsjo', SAVSJO)],
    roles: [ANNA, OLLE, SVEN, PER, LENA, ADMIN, OUTSIDE],
    targets: ['person:console:anna', 'person:console:olle'],
  },
  {
    name: 'no channel: a samordnare of both the kommun and the area gets it once',
    series: TRANAS_SERIES,
    bindings: [],
    roles: [ANNA, grant('anna', 'samordnare', AREA)],
    targets: ['person:console:anna'],
  },
  {
    name: 'neither a channel nor a samordnare: nobody',
    series: TRANAS_SERIES,
    bindings: [],
    roles: [PER, LENA, ADMIN, OUTSIDE],
    targets: [],
  },
  {
    name: 'area series with its channel: the channel only',
    series: AREA_SERIES,
    bindings: [binding('hoglandet', AREA)],
    roles: [ANNA, OLLE],
    targets: ['channel:console:hoglandet'],
  },
  {
    name: 'area series without an area channel: the samordnare of the area and of each member kommun, once each',
    series: AREA_SERIES,
    bindings: [binding('tranas', TRANAS)],
    roles: [ANNA, OLLE, SVEN, grant('sven', 'samordnare', TRANAS), PER, OUTSIDE],
    targets: ['person:console:anna', 'person:console:olle', 'person:console:sven'],
  },
];

describe('who gets a meeting reminder', () => {
  it.each(cases)('$name', (c) => {
    const got = plan(
      inputs({ series: [c.series], bindings: c.bindings, roles: c.roles }),
      days('2026-03-03', '2026-03-03'),
    ).filter((r) => r.kind === 'meeting-reminder');
    expect(got.map((r) => r.target)).toEqual(c.targets);
    for (const r of got) expect(r.key).toBe(`meeting-reminder:${c.series.id}:2026-03-10:7d:${r.target}`);
  });

  it('direct messages keep the series reminder time and move off weekends and holidays to the working day before', () => {
    // Meets Monday 4 May 2026: 7 days before is Monday 27 April; 1 day before is Sunday 3 May → Thursday 30 April
    // (1 May is a holiday). The follow-up goes to the samordnare as it always did.
    const got = plan(
      inputs({
        series: [series({ firstDate: '2026-05-04', remindAt: '08:30' })],
        roles: [ANNA, OLLE, PER],
      }),
      days('2026-04-20', '2026-05-05'),
    ).map(line);
    expect(got).toEqual([
      '2026-04-27T08:30:00+02:00 meeting-reminder Tranås person:console:anna',
      '2026-04-27T08:30:00+02:00 meeting-reminder Tranås person:console:olle',
      '2026-04-30T08:30:00+02:00 meeting-reminder Tranås person:console:anna',
      '2026-04-30T08:30:00+02:00 meeting-reminder Tranås person:console:olle',
      '2026-05-05T08:30:00+02:00 meeting-followup Tranås person:console:anna',
      '2026-05-05T08:30:00+02:00 meeting-followup Tranås person:console:olle',
    ]);
  });
});
