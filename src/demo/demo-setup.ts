import type { MeetingSeries, Role, Scope } from '../domain/types.ts';

/** The demo's police area, meeting series, channel bindings, roles and pace. */

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
