import type { Store } from '../../src/domain/ports.ts';

/**
 * A Sävsjö agreement 2027–2028 and its corrected version (one target changed), and what can be recorded against
 * the stored one: the re-import tests of the store, chat and command line share them.
 */

const lines = (target: string) =>
  [
    'Medborgarlöfte för Sävsjö kommun 2027–2028',
    '',
    'Polisen och kommunen lovar att gemensamt arbeta för:',
    '- att öka tryggheten i Sävsjö centrum',
    '',
    'Det ska vi åstadkomma genom följande aktiviteter:',
    `- Polisen ska genomföra minst ${target} riktade insatser per år.`,
    '- Kommunen ska genomföra minst två (2) föräldrakvällar per år.',
  ].join('\n');

export const SAVSJO_2027 = lines('tolv (12)');
/** The corrected file: 14 insatser instead of 12. */
export const SAVSJO_2027_FIXED = lines('fjorton (14)');
/** The agreement before it, 2026–2027: 2027–2028 is its renewal. */
export const SAVSJO_2026 = lines('tio (10)').replace('2027–2028', '2026–2027');
/** A one-year agreement that only partly overlaps 2027–2028. */
export const SAVSJO_2027_ONLY = lines('tolv (12)').replace('2027–2028', '2027');

export type RecordKind = 'nothing' | 'registrations' | 'statuses' | 'registrations 2026';

/** Records `kind` against the kommun's stored agreement (12 registrations, 3 status texts), as people would. */
export async function recordAgainst(store: Store, code: string, kind: RecordKind, at: number): Promise<void> {
  if (kind === 'nothing') return;
  const [agreement] = await store.agreementsOf(code);
  const bundle = agreement ? await store.agreementBundle(agreement.id) : null;
  const [first, second] = bundle?.activities ?? [];
  if (!first || !second) throw new Error('no stored agreement to record against');
  if (kind === 'registrations' || kind === 'registrations 2026') {
    for (let i = 0; i < 12; i++) {
      await store.insertRegistration({
        id: `reg-${code}-${i}`,
        activityId: first.id,
        municipalityCode: code,
        occurredOn: kind === 'registrations' ? '2027-02-01' : '2026-02-01',
        count: 1,
        note: null,
        actor: 'console:per',
        platform: 'console',
        idempotencyKey: null,
        createdAt: at,
        voidedAt: null,
        voidedBy: null,
      });
    }
    return;
  }
  const statuses = [
    [first.id, 1],
    [second.id, 1],
    [first.id, 2],
  ] as const;
  for (const [i, [activityId, tertial]] of statuses.entries()) {
    await store.insertStatus({
      id: `status-${code}-${i}`,
      activityId,
      year: 2027,
      tertial,
      text: 'Genomfört enligt plan.',
      count: null,
      actor: 'console:sven',
      platform: 'console',
      createdAt: at,
      published: false,
    });
  }
}

/** The words each kind of record is named by in the refusal. */
export const RECORDED_WORDS: Record<RecordKind, string | null> = {
  nothing: null,
  registrations: '12 registreringar',
  statuses: '3 lägestexter',
  'registrations 2026': '12 registreringar',
};
