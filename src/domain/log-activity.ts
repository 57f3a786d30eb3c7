import { type ActivityKind, activityKind } from './activity-kinds.ts';
import { activitiesByWords, activityByName, activityName } from './activity-name.ts';
import { type ConfirmationReason, confirmationReasons } from './confirmation.ts';
import { auditOf, type DomainDeps } from './deps.ts';
import { type Denied, decide } from './permissions.ts';
import { containsPersonalData } from './personal-data/stored-text.ts';
import type { AgreementBundle, Store } from './ports.ts';
import { type ActivityLine, composeSummary, type SummaryWindow, summaryPlan } from './summary.ts';
import { isIsoDay, localDay, type TertialRef, tertialOfDay } from './tertial.ts';
import type {
  Activity,
  Actor,
  Agreement,
  PoliceArea,
  Registration,
  RoleGrant,
  TargetBasis,
} from './types.ts';

/**
 * Logging an activity: one registration (count, day, note) against the kommun's agreement in force on that day,
 * idempotent by a key (the platform event), audited, and answered with the activity's progress afterwards.
 */

export const MAX_NOTE_LENGTH = 500;
export const MAX_COUNT = 999;

/** Who asks, with what roles (for the permission check). */
export interface Access {
  readonly grants: readonly RoleGrant[];
  readonly areas: readonly PoliceArea[];
}

export interface LogActivityInput {
  readonly municipalityCode: string;
  /** By kind id (`insats`, `trafikkontroll`) or by position in the agreement (1-based, as /status numbers them). */
  readonly activity: { readonly kind: string } | { readonly number: number } | { readonly name: string };
  readonly day: string;
  readonly count: number;
  readonly note: string | null;
  /** Unique per incoming event: the same key twice stores once. */
  readonly idempotencyKey: string;
  /** True when the person already answered the confirmation question (confirmation.ts) with Yes. */
  readonly confirmed?: boolean;
}

export interface Logged {
  readonly registration: Registration;
  readonly activity: Activity;
  readonly kind: ActivityKind | null;
  readonly agreement: Agreement;
  /** The activity's progress after the registration, over its target's own window. */
  readonly line: ActivityLine | null;
  readonly window: SummaryWindow;
}

export type LogActivityError =
  | { readonly ok: false; readonly error: 'forbidden'; readonly decision: Denied }
  | { readonly ok: false; readonly error: 'bad-date' | 'future-date'; readonly day: string }
  | { readonly ok: false; readonly error: 'bad-count' | 'note-too-long' | 'personal-number' }
  | {
      readonly ok: false;
      readonly error: 'no-agreement';
      readonly year: number;
      readonly municipalityCode: string;
    }
  | { readonly ok: false; readonly error: 'outside-period'; readonly agreement: Agreement }
  | {
      readonly ok: false;
      readonly error: 'no-such-activity';
      readonly kinds: readonly ActivityKind[];
      /** The agreement's short names, by number (`/lofte avtal … namn`). */
      readonly names: readonly { readonly number: number; readonly name: string }[];
      /** The activities the words typed may mean, by number, best first (`activitiesByWords`). */
      readonly near: readonly { readonly number: number; readonly name: string }[];
    }
  | { readonly ok: false; readonly error: 'no-such-number'; readonly max: number }
  /** The confirmation rule asks first (day far back, tertial published, count over the limit): nothing stored. */
  | {
      readonly ok: false;
      readonly error: 'needs-confirmation';
      readonly reasons: readonly ConfirmationReason[];
    }
  /** The idempotency key is already stored: this event was handled before. */
  | { readonly ok: false; readonly error: 'duplicate'; readonly registration: Registration | null };

export type LogActivityResult = ({ readonly ok: true } & Logged) | LogActivityError;

/**
 * Logs an activity. Checks permission (log) and input, finds the agreement in force on the day and the activity,
 * then in ONE transaction inserts the registration (idempotent by key), appends the audit entry, computes the
 * progress and runs `within(tx, logged)` — the caller's hook to record the processed event in the same transaction.
 */
export async function logActivity(
  deps: DomainDeps,
  actor: Actor,
  access: Access,
  input: LogActivityInput,
  within?: (tx: Store, logged: Logged) => Promise<void>,
): Promise<LogActivityResult> {
  const decision = decide(
    access.grants,
    'log',
    { type: 'kommun', code: input.municipalityCode },
    access.areas,
  );
  if (!decision.ok) return { ok: false, error: 'forbidden', decision };
  const checked = checkInput(deps, input);
  if (checked) return checked;
  const year = Number(input.day.slice(0, 4));
  const bundle = await deps.store.agreementForYear(input.municipalityCode, year);
  if (!bundle) {
    const current = await deps.store.agreementForYear(
      input.municipalityCode,
      Number(localDay(deps.clock.now(), deps.zone).slice(0, 4)),
    );
    return current
      ? { ok: false, error: 'outside-period', agreement: current.agreement }
      : { ok: false, error: 'no-agreement', year, municipalityCode: input.municipalityCode };
  }
  const found = findActivity(bundle, input.activity);
  if (!found.ok) return found;
  const activity = found.activity;
  const now = deps.clock.now();
  if (!input.confirmed) {
    const reasons = confirmationReasons({
      day: input.day,
      today: localDay(now, deps.zone),
      count: input.count,
      sanityLimit: activity.sanityLimit ?? null,
      publishedTertial: await publishedTertial(deps.store, bundle, input.day),
    });
    if (reasons.length > 0) return { ok: false, error: 'needs-confirmation', reasons };
  }
  const registration: Registration = {
    id: deps.ids(),
    activityId: activity.id,
    municipalityCode: input.municipalityCode,
    occurredOn: input.day,
    count: input.count,
    note: input.note,
    actor: actor.person,
    platform: actor.platform,
    idempotencyKey: input.idempotencyKey,
    createdAt: now,
    voidedAt: null,
    voidedBy: null,
  };
  const window = progressWindow(activity.target?.per ?? 'year', input.day, bundle.agreement, deps);
  return deps.store.transaction(async (tx): Promise<LogActivityResult> => {
    if (!(await tx.insertRegistration(registration))) {
      return {
        ok: false,
        error: 'duplicate',
        registration: await tx.registrationByKey(input.idempotencyKey),
      };
    }
    await tx.appendAudit(
      auditOf(deps, actor, {
        action: 'registration.create',
        entity: 'registration',
        entityId: registration.id,
        municipalityCode: input.municipalityCode,
        before: null,
        after: registration,
      }),
    );
    const line = await progressLine(deps, tx, bundle, activity, window, now);
    const logged: Logged = {
      registration,
      activity,
      kind: activity.kind ? activityKind(activity.kind) : null,
      agreement: bundle.agreement,
      line,
      window,
    };
    if (within) await within(tx, logged);
    return { ok: true, ...logged };
  });
}

/**
 * The logged activity's line of the kommun summary over `window`, read inside the transaction (so it counts the new
 * registration). Only this activity's counts and statuses are read — not the whole kommun summary with its
 * statistics — since the reply shows one line (docs/performance.md). `bundle` is the agreement in force in the
 * window's year: progressWindow only picks windows inside the day's year or the period of the agreement now in force.
 */
async function progressLine(
  deps: DomainDeps,
  tx: Store,
  bundle: AgreementBundle,
  activity: Activity,
  window: SummaryWindow,
  now: number,
): Promise<ActivityLine | null> {
  const plan = summaryPlan(window, bundle.agreement, deps.zone);
  const [monthly, statuses] = await Promise.all([
    tx.monthlyCounts([activity.id], plan.firstDay, plan.lastDay),
    tx.latestStatuses([activity.id], plan.years),
  ]);
  const municipality = deps.register.get(bundle.agreement.municipalityCode);
  const one = { ...bundle, activities: [activity] };
  const summary = composeSummary(
    municipality,
    one,
    window,
    { monthly, statuses, statistics: [] },
    now,
    deps.zone,
  );
  return summary.activities[0] ?? null;
}

/** The day's tertial when any status of the agreement's activities for it is published, else null. */
async function publishedTertial(
  store: Store,
  bundle: AgreementBundle,
  day: string,
): Promise<TertialRef | null> {
  const ref = tertialOfDay(day);
  const statuses = await store.latestStatuses(
    bundle.activities.map((a) => a.id),
    [ref.year],
  );
  return statuses.some((s) => s.published && s.tertial === ref.tertial && s.year === ref.year) ? ref : null;
}

function checkInput(deps: DomainDeps, input: LogActivityInput): LogActivityError | null {
  if (!isIsoDay(input.day)) return { ok: false, error: 'bad-date', day: input.day };
  if (input.day > localDay(deps.clock.now(), deps.zone))
    return { ok: false, error: 'future-date', day: input.day };
  if (!Number.isInteger(input.count) || input.count < 1 || input.count > MAX_COUNT) {
    return { ok: false, error: 'bad-count' };
  }
  if (input.note !== null && input.note.length > MAX_NOTE_LENGTH)
    return { ok: false, error: 'note-too-long' };
  if (input.note !== null && containsPersonalData(input.note)) return { ok: false, error: 'personal-number' };
  return null;
}

/** The activity a log means: the first of the kind (preferring one with a target), or the n-th of the agreement. */
export function findActivity(
  bundle: AgreementBundle,
  ref: LogActivityInput['activity'],
):
  | { ok: true; activity: Activity }
  | Extract<LogActivityError, { error: 'no-such-activity' | 'no-such-number' }> {
  if ('number' in ref) {
    const activity = bundle.activities[ref.number - 1];
    return activity
      ? { ok: true, activity }
      : { ok: false, error: 'no-such-number', max: bundle.activities.length };
  }
  const named = 'name' in ref ? activityByName(bundle.activities, ref.name) : null;
  if (named) return { ok: true, activity: named };
  // Words that point to one activity only, each in any form ("trafikkontroll vid skolan"); else those it may be.
  const byWords = 'name' in ref ? activitiesByWords(bundle.activities, ref.name) : null;
  if (byWords?.sure) return { ok: true, activity: byWords.sure };
  const near = (byWords?.near ?? []).map((a) => ({
    number: bundle.activities.indexOf(a) + 1,
    name: activityName(a, 60),
  }));
  const ofKind = 'kind' in ref ? bundle.activities.filter((a) => a.kind === ref.kind) : [];
  const activity = ofKind.find((a) => a.target !== null) ?? ofKind[0];
  if (activity) return { ok: true, activity };
  const names = bundle.activities.flatMap((a, i) =>
    a.shortName ? [{ number: i + 1, name: a.shortName }] : [],
  );
  const kinds = [...new Set(bundle.activities.map((a) => a.kind).filter((k): k is string => k !== null))]
    .map((k) => activityKind(k))
    .filter((k): k is ActivityKind => k !== null);
  return { ok: false, error: 'no-such-activity', kinds, names, near };
}

/**
 * The window progress is shown over after a registration on `day`: the target's own basis (year, tertial or the
 * agreement's period). The period window only applies to the agreement in force now; an older one shows its year.
 */
export function progressWindow(
  basis: TargetBasis,
  day: string,
  agreement: Agreement,
  deps: Pick<DomainDeps, 'clock' | 'zone'>,
): SummaryWindow {
  const year = Number(day.slice(0, 4));
  if (basis === 'tertial') return { kind: 'tertial', ...tertialOfDay(day) };
  if (basis === 'period') {
    const thisYear = Number(localDay(deps.clock.now(), deps.zone).slice(0, 4));
    if (agreement.periodFrom <= thisYear && thisYear <= agreement.periodTo) return { kind: 'period' };
  }
  return { kind: 'year', year };
}
