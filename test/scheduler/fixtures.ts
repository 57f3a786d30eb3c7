import { DateTime } from 'luxon';
import type { AgreementBundle, DeliveryResult } from '../../src/domain/ports.ts';
import type {
  Activity,
  ChannelBinding,
  FollowUpStatus,
  Meeting,
  MeetingSeries,
  PoliceArea,
  Responsible,
  RoleGrant,
} from '../../src/domain/types.ts';
import type { ReminderSender, ReminderToSend } from '../../src/scheduler/ports.ts';
import {
  DEFAULT_OFFSETS,
  type KommunPlanData,
  type PlanInputs,
  type PlannedReminder,
  type PlanWindow,
} from '../../src/scheduler/types.ts';

export const ZONE = 'Europe/Stockholm';

/** Epoch ms of a local wall-clock time in Stockholm: `at('2026-06-18 09:00')`. */
export function at(local: string): number {
  const dt = DateTime.fromFormat(local, 'yyyy-MM-dd HH:mm', { zone: ZONE });
  if (!dt.isValid) throw new Error(`bad local time ${local}`);
  return dt.toMillis();
}

/** The local days `from`..`to` inclusive as a plan window. */
export function days(from: string, to: string): PlanWindow {
  return {
    start: DateTime.fromISO(from, { zone: ZONE }).toMillis(),
    end: DateTime.fromISO(to, { zone: ZONE }).plus({ days: 1 }).toMillis(),
  };
}

/** `2026-03-24T09:00:00+01:00 meeting-reminder Tranås channel:console:tranas` — a reminder as one readable line. */
export function line(r: PlannedReminder): string {
  return `${DateTime.fromMillis(r.at, { zone: ZONE }).toISO({ suppressMilliseconds: true })} ${r.kind} ${r.subject.name} ${r.target}`;
}

export const HOGLANDET: PoliceArea = {
  id: 'hoglandet',
  name: 'LPO Höglandet',
  municipalityCodes: ['0604', '0686', '0682', '0684', '0687', '0685'],
};

export function series(overrides: Partial<MeetingSeries> = {}): MeetingSeries {
  return {
    id: 'series-tranas',
    scope: { type: 'kommun', id: '0687' },
    firstDate: '2025-01-14',
    intervalWeeks: 6,
    time: '13:00',
    place: 'Tranås stadshus',
    remindAt: '09:00',
    active: true,
    ...overrides,
  };
}

export function binding(conversationId: string, scope: ChannelBinding['scope']): ChannelBinding {
  return { platform: 'console', conversationId, scope };
}

export function activity(id: string, responsible: Responsible, target: Activity['target'] = null): Activity {
  return {
    id,
    agreementId: 'ag',
    commitmentId: null,
    position: 1,
    text: `Aktivitet ${id}`,
    responsible,
    kind: null,
    target,
  };
}

export function status(activityId: string, year: number, tertial: 1 | 2 | 3): FollowUpStatus {
  return {
    id: `${activityId}-${year}-${tertial}`,
    activityId,
    year,
    tertial,
    text: 'Pågår',
    count: null,
    actor: 'console:anna',
    platform: 'console',
    createdAt: 0,
    published: false,
  };
}

/** A kommun with one agreement over `years` and the given activities and statuses. */
export function kommun(
  code: string,
  name: string,
  activities: Activity[],
  statuses: FollowUpStatus[] = [],
  years: [number, number] = [2025, 2026],
): KommunPlanData {
  const bundle: AgreementBundle = {
    agreement: {
      id: `ag-${code}`,
      municipalityCode: code,
      periodFrom: years[0],
      periodTo: years[1],
      signedOn: null,
      title: `Medborgarlöfte ${name}`,
      isDemo: false,
      source: null,
    },
    commitments: [],
    activities: activities.map((a) => ({ ...a, agreementId: `ag-${code}` })),
  };
  const byYear = new Map<number, AgreementBundle>();
  for (let y = years[0]; y <= years[1]; y++) byYear.set(y, bundle);
  return { code, name, agreementsByYear: byYear, statuses, counts: { tertial: {}, year: {}, period: {} } };
}

export interface InputParts {
  series?: MeetingSeries[];
  exceptions?: Meeting[];
  bindings?: ChannelBinding[];
  roles?: RoleGrant[];
  kommuner?: KommunPlanData[];
  asOf?: number;
  offsets?: Partial<PlanInputs['offsets']>;
}

/** Plan inputs for Höglandet with Tranås and Sävsjö named; everything else from `parts`. */
export function inputs(parts: InputParts = {}): PlanInputs {
  return {
    zone: ZONE,
    asOf: parts.asOf ?? at('2026-01-01 00:00'),
    offsets: { ...DEFAULT_OFFSETS, ...parts.offsets },
    areas: [HOGLANDET],
    series: parts.series ?? [],
    exceptions: parts.exceptions ?? [],
    bindings: parts.bindings ?? [],
    roles: parts.roles ?? [],
    kommuner: new Map((parts.kommuner ?? []).map((k) => [k.code, k])),
    scopeNames: new Map([
      ['kommun:0687', 'Tranås'],
      ['kommun:0684', 'Sävsjö'],
      ['area:hoglandet', 'LPO Höglandet'],
    ]),
  };
}

/** An in-memory sender that counts deliveries per key and fails when `failWith` says so. */
export function fakeSender(failWith: (r: ReminderToSend) => DeliveryResult | null = () => null) {
  const deliveries = new Map<string, number>();
  const sent: ReminderToSend[] = [];
  const attempts: ReminderToSend[] = [];
  let seq = 0;
  const sender: ReminderSender = {
    async send(r) {
      attempts.push(r);
      await new Promise((resolve) => setImmediate(resolve));
      const failure = failWith(r);
      if (failure) return failure;
      deliveries.set(r.key, (deliveries.get(r.key) ?? 0) + 1);
      sent.push(r);
      return { ok: true, messageId: `m${++seq}` };
    },
  };
  return { sender, deliveries, sent, attempts };
}
