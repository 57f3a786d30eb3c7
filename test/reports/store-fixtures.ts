import type { AgreementBundle, Store } from '../../src/domain/ports.ts';
import type { Activity, Target, TertialNumber } from '../../src/domain/types.ts';
import { loadRegister } from '../../src/runtime/register.ts';

export interface ActivitySpec {
  readonly kind: string | null;
  readonly target: Target | null;
  readonly text?: string;
}

/** An agreement for one kommun with the given activities (ids derived from `id`). */
export function agreementOf(
  id: string,
  municipalityCode: string,
  activities: readonly ActivitySpec[],
  period: { from: number; to: number } = { from: 2025, to: 2026 },
): AgreementBundle {
  return {
    agreement: {
      id,
      municipalityCode,
      periodFrom: period.from,
      periodTo: period.to,
      signedOn: null,
      title: `Medborgarlöfte ${id}`,
      isDemo: false,
      source: null,
    },
    commitments: [{ id: `${id}-c1`, agreementId: id, position: 1, text: 'Öka tryggheten' }],
    activities: activities.map(
      (a, i): Activity => ({
        id: `${id}-a${i + 1}`,
        agreementId: id,
        commitmentId: `${id}-c1`,
        position: i + 1,
        text: a.text ?? `Aktivitet ${i + 1} (${a.kind ?? 'fri'})`,
        responsible: 'gemensam',
        kind: a.kind,
        target: a.target,
      }),
    ),
  };
}

/** Registers `count` occurrences of an activity on `day`. */
export async function register(
  store: Store,
  bundle: AgreementBundle,
  activityIndex: number,
  day: string,
  count: number,
): Promise<void> {
  const activity = bundle.activities[activityIndex] as Activity;
  await store.insertRegistration({
    id: `${activity.id}-r-${day}-${count}`,
    activityId: activity.id,
    municipalityCode: bundle.agreement.municipalityCode,
    occurredOn: day,
    count,
    note: null,
    actor: 'console:test',
    platform: 'console',
    idempotencyKey: null,
    createdAt: 0,
    voidedAt: null,
    voidedBy: null,
  });
}

/** Writes a status text for an activity and tertial. */
export async function status(
  store: Store,
  bundle: AgreementBundle,
  activityIndex: number,
  year: number,
  tertial: TertialNumber,
  text: string,
): Promise<void> {
  const activity = bundle.activities[activityIndex] as Activity;
  await store.insertStatus({
    id: `${activity.id}-s${year}t${tertial}-${text.length}`,
    activityId: activity.id,
    year,
    tertial,
    text,
    count: null,
    actor: 'console:test',
    platform: 'console',
    createdAt: 0,
    published: false,
  });
}

const OTHER_KINDS: readonly ActivitySpec[] = [
  { kind: 'trafikkontroll', target: { count: 30, per: 'year' } },
  { kind: 'insats', target: { count: 15, per: 'period' } },
  { kind: 'krogkontroll', target: null },
  { kind: null, target: null },
];

/**
 * Agreements with registrations, statuses and statistics for `kommuner` kommuner other than LPO Höglandet's,
 * so that a query that scans instead of searching would read rows of other kommuner.
 */
export async function seedOtherKommuner(
  store: Store,
  kommuner: number,
  registrationsPerActivity: number,
): Promise<string[]> {
  const codes = loadRegister()
    .all.map((m) => m.code)
    .filter((c) => !c.startsWith('06'))
    .slice(0, kommuner);
  await store.transaction(async (tx) => {
    for (const code of codes) {
      const bundle = agreementOf(`other-${code}`, code, OTHER_KINDS);
      await tx.insertAgreement(bundle, 0);
      for (const [i] of bundle.activities.entries()) {
        for (let r = 0; r < registrationsPerActivity; r++) {
          const month = String((r % 12) + 1).padStart(2, '0');
          await register(tx, bundle, i, `${r % 2 === 0 ? 2026 : 2025}-${month}-1${r % 10}`, 1);
        }
        await status(tx, bundle, i, 2026, 1, 'Pågår');
      }
      for (const t of [1, 2, 3] as const) {
        await tx.putStatistic({
          municipalityCode: code,
          year: 2025,
          tertial: t,
          category: 'narkotika.innehav',
          count: 5,
          youth: 1,
          actor: 'console:test',
          platform: 'console',
          createdAt: 0,
        });
      }
    }
  });
  return codes;
}
