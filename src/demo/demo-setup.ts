import type { MeetingSeries, Role, Scope, StatisticCategory } from '../domain/types.ts';

/** The demo's police area, meeting series, channel bindings, roles, pace and drug statistics. */

/** LPO Höglandet: Aneby, Eksjö, Nässjö, Sävsjö, Tranås, Vetlanda. */
export const HOGLANDET = {
  id: 'hoglandet',
  name: 'LPO Höglandet',
  municipalityCodes: ['0604', '0686', '0682', '0684', '0687', '0685'],
};

export const DEMO_SERIES: readonly MeetingSeries[] = [
  {
    id: 'demo-series-tranas',
    scope: { type: 'kommun', id: '0687' },
    firstDate: '2025-01-14',
    intervalWeeks: 6,
    time: '13:00',
    place: 'Tranås stadshus',
    remindAt: '09:00',
    active: true,
  },
  {
    id: 'demo-series-savsjo',
    scope: { type: 'kommun', id: '0684' },
    firstDate: '2025-01-21',
    intervalWeeks: 6,
    time: '10:00',
    place: 'Sävsjö kommunhus',
    remindAt: '09:00',
    active: true,
  },
];

export const DEMO_BINDINGS: readonly { conversationId: string; scope: Scope }[] = [
  { conversationId: 'tranas', scope: { type: 'kommun', id: '0687' } },
  { conversationId: 'savsjo', scope: { type: 'kommun', id: '0684' } },
  { conversationId: 'hoglandet', scope: { type: 'area', id: 'hoglandet' } },
];

export const DEMO_ROLES: readonly { person: string; role: Role; scope: Scope }[] = [
  { person: 'console:anna', role: 'samordnare', scope: { type: 'kommun', id: '0687' } },
  { person: 'console:sven', role: 'samordnare', scope: { type: 'kommun', id: '0684' } },
  { person: 'console:per', role: 'polis', scope: { type: 'area', id: 'hoglandet' } },
  { person: 'console:lena', role: 'chef', scope: { type: 'area', id: 'hoglandet' } },
  { person: 'console:admin', role: 'admin', scope: { type: 'area', id: 'hoglandet' } },
];

/** How far along each current demo activity is relative to an even pace, so the demo shows every state. */
export const DEMO_PACE: Readonly<Record<string, number>> = {
  '0687:trafikkontroll': 0.7,
  '0687:insats': 1.05,
  '0687:trygghetsvandring': 0.5,
  '0687:krogkontroll': 1,
  '0687:samverkansmöte': 1,
  '0684:insats': 0.95,
  '0684:samverkansmöte': 1,
};

/**
 * A typical tertial of each demo kommun's drug statistics (police figures; youth = 21 and younger), after the
 * kommun's own follow-ups: Tranås, twice Sävsjö's size, has several times its cases. Each tertial varies around it.
 */
export const DEMO_STATISTICS: Readonly<
  Record<string, readonly { category: StatisticCategory; count: number; youth: number | null }[]>
> = {
  '0687': [
    { category: 'narkotika.overlatelse', count: 4, youth: 1 },
    { category: 'narkotika.innehav', count: 36, youth: 4 },
    { category: 'narkotika.eget-bruk', count: 63, youth: 11 },
    { category: 'doping.eget-bruk', count: 2, youth: null },
  ],
  '0684': [
    { category: 'narkotika.overlatelse', count: 1, youth: null },
    { category: 'narkotika.innehav', count: 7, youth: 3 },
    { category: 'narkotika.eget-bruk', count: 18, youth: 11 },
    { category: 'doping.innehav', count: 1, youth: 1 },
  ],
};

/** A figure of one tertial: `base` moved by up to ±3, the same on every load. */
export function wobble(base: number, year: number, tertial: number, salt: number): number {
  const step = (year * 7 + tertial * 5 + salt * 3) % 7;
  return Math.max(0, base + step - 3);
}
