import type { AgreementBundle } from '../../src/domain/ports.ts';
import type { FollowUpStatus, Registration } from '../../src/domain/types.ts';

/** Small builders for store tests. Ids are derived from the agreement id so several can coexist. */

export const T0 = Date.UTC(2025, 4, 1, 10, 0, 0);

export function bundle(
  id: string,
  municipalityCode = '0687',
  periodFrom = 2025,
  periodTo = 2026,
  extra: { isDemo?: boolean; title?: string } = {},
): AgreementBundle {
  return {
    agreement: {
      id,
      municipalityCode,
      periodFrom,
      periodTo,
      signedOn: `${periodFrom - 1}-12-15`,
      title: extra.title ?? `Medborgarlöfte ${id}`,
      isDemo: extra.isDemo ?? false,
      source: `test:${id}`,
    },
    commitments: [
      { id: `${id}-c1`, agreementId: id, position: 1, text: 'Öka tryggheten i centrum' },
      { id: `${id}-c2`, agreementId: id, position: 2, text: 'Minska narkotikan' },
    ],
    activities: [
      {
        id: `${id}-a1`,
        agreementId: id,
        commitmentId: `${id}-c1`,
        position: 1,
        text: 'Trygghetsvandringar',
        responsible: 'gemensam',
        kind: 'trygghetsvandring',
        target: { count: 4, per: 'year' },
      },
      {
        id: `${id}-a2`,
        agreementId: id,
        commitmentId: `${id}-c2`,
        position: 2,
        text: 'Trafikkontroller',
        responsible: 'polis',
        kind: 'trafikkontroll',
        target: { count: 2, per: 'tertial' },
      },
      {
        id: `${id}-a3`,
        agreementId: id,
        commitmentId: null,
        position: 3,
        text: 'Föräldravandringar på fredagar',
        responsible: 'kommun',
        kind: null,
        target: null,
      },
    ],
  };
}

export function registration(
  id: string,
  activityId: string,
  occurredOn: string,
  count = 1,
  extra: Partial<Registration> = {},
): Registration {
  return {
    id,
    activityId,
    municipalityCode: '0687',
    occurredOn,
    count,
    note: null,
    actor: 'slack:U1',
    platform: 'slack',
    idempotencyKey: `key-${id}`,
    createdAt: T0,
    voidedAt: null,
    voidedBy: null,
    ...extra,
  };
}

export function status(
  id: string,
  activityId: string,
  text: string,
  extra: Partial<FollowUpStatus> = {},
): FollowUpStatus {
  return {
    id,
    activityId,
    year: 2025,
    tertial: 1,
    text,
    count: null,
    actor: 'teams:abc',
    platform: 'teams',
    createdAt: T0,
    published: false,
    ...extra,
  };
}
