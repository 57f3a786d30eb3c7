import { shortNameClash } from './activity-name.ts';
import { auditOf, type DomainDeps } from './deps.ts';
import { type Denied, decide } from './permissions.ts';
import { publicTextFindings } from './personal-data/public-text.ts';
import type { PublishRuleId } from './personal-data/publish-checks.ts';
import type { AgreementBundle } from './ports.ts';
import { localDay } from './tertial.ts';
import type { Activity, Actor, Agreement, PoliceArea, Responsible, RoleGrant, Target } from './types.ts';

/**
 * Keeping an imported agreement up to date: list it with numbers, change an activity's short name, responsible
 * party, promise, target (the signed target is kept, so pages can say "ändrat från …") or sanity limit (the count
 * per registration above which the confirmation rule asks; default 50), add an activity, remove
 * one nothing was registered for, and undo an import while nothing has been registered against it. Samordnare and
 * admin of the kommun (the `follow-up` permission) change; anyone with a role there reads. Every change is audited.
 */

export interface UpkeepAccess {
  readonly grants: readonly RoleGrant[];
  readonly areas: readonly PoliceArea[];
}

export type UpkeepRefusal =
  | { readonly ok: false; readonly error: 'forbidden'; readonly decision: Denied }
  | { readonly ok: false; readonly error: 'no-agreement' }
  | { readonly ok: false; readonly error: 'no-such-number'; readonly max: number }
  | { readonly ok: false; readonly error: 'no-such-commitment'; readonly max: number }
  | { readonly ok: false; readonly error: 'has-registrations'; readonly count: number }
  /** Status texts written for the agreement (not those its own import stored): undoing would delete them. */
  | { readonly ok: false; readonly error: 'has-status-texts'; readonly count: number }
  | { readonly ok: false; readonly error: 'not-imported' }
  /** The short name starts with another kind's word or a number, or is another activity's short name. */
  | {
      readonly ok: false;
      readonly error: 'name-taken';
      readonly clash: NonNullable<ReturnType<typeof shortNameClash>>;
    }
  /** The change sets what is already there: nothing is stored or audited. */
  | { readonly ok: false; readonly error: 'unchanged'; readonly number: number; readonly activity: Activity }
  /** A name or text that looks like it holds a personnummer: nothing is stored. */
  | { readonly ok: false; readonly error: 'personal-number' }
  /**
   * A name or text holding a phone number, an e-mail address or a named person (the `block` rules of the publish
   * checks; agreement texts are shown on the public pages): nothing is stored.
   */
  | { readonly ok: false; readonly error: 'public-personal-data'; readonly found: readonly PublishRuleId[] };

/** The entry screen of a text the public pages show: null when it may be stored. */
export function agreementTextRefusal(text: string): UpkeepRefusal | null {
  const found = publicTextFindings(text);
  if (found.length === 0) return null;
  if (found.includes('personnummer')) return { ok: false, error: 'personal-number' };
  return { ok: false, error: 'public-personal-data', found };
}

/** The agreement in force this year, else the latest one; with `year` (`/lofte avtal Sävsjö 2027`) that year's only. */
export async function currentAgreement(
  deps: DomainDeps,
  code: string,
  year?: number,
): Promise<AgreementBundle | null> {
  const y = year ?? Number(localDay(deps.clock.now(), deps.zone).slice(0, 4));
  const current = await deps.store.agreementForYear(code, y);
  if (current || year !== undefined) return current;
  const latest = (await deps.store.agreementsOf(code))[0];
  return latest ? deps.store.agreementBundle(latest.id) : null;
}

/** The agreement (of `year` if given); without a year also the next one stored (agreementsOf lists the latest first). */
export async function showAgreement(
  deps: DomainDeps,
  access: UpkeepAccess,
  code: string,
  year?: number,
): Promise<{ readonly ok: true; bundle: AgreementBundle; next: Agreement | null } | UpkeepRefusal> {
  const decision = decide(access.grants, 'read', { type: 'kommun', code }, access.areas);
  if (!decision.ok) return { ok: false, error: 'forbidden', decision };
  const bundle = await currentAgreement(deps, code, year);
  if (!bundle) return { ok: false, error: 'no-agreement' };
  const later = (year === undefined ? await deps.store.agreementsOf(code) : []).filter(
    (a) => a.periodFrom > bundle.agreement.periodTo,
  );
  return { ok: true, bundle, next: later.at(-1) ?? null };
}

/** One change to an activity; only the given parts change. `commitment` is the promise's number (1-based). */
export interface ActivityChange {
  readonly shortName?: string;
  readonly responsible?: Responsible;
  readonly commitment?: number;
  readonly target?: Target | null;
  /** The count per registration above which the confirmation rule asks; null: back to the default. */
  readonly sanityLimit?: number | null;
}

export type EditResult =
  | {
      readonly ok: true;
      readonly number: number;
      readonly before: Activity;
      readonly after: Activity;
      readonly bundle: AgreementBundle;
    }
  | UpkeepRefusal;

export async function writable(
  deps: DomainDeps,
  access: UpkeepAccess,
  code: string,
  year?: number,
): Promise<{ ok: true; bundle: AgreementBundle } | UpkeepRefusal> {
  const decision = decide(access.grants, 'follow-up', { type: 'kommun', code }, access.areas);
  if (!decision.ok) return { ok: false, error: 'forbidden', decision };
  const bundle = await currentAgreement(deps, code, year);
  return bundle ? { ok: true, bundle } : { ok: false, error: 'no-agreement' };
}

export async function editActivity(
  deps: DomainDeps,
  actor: Actor,
  access: UpkeepAccess,
  code: string,
  number: number,
  change: ActivityChange,
  year?: number,
): Promise<EditResult> {
  const w = await writable(deps, access, code, year);
  if (!w.ok) return w;
  const refused = change.shortName ? agreementTextRefusal(change.shortName) : null;
  if (refused) return refused;
  const before = w.bundle.activities[number - 1];
  if (!before) return { ok: false, error: 'no-such-number', max: w.bundle.activities.length };
  let commitmentId = before.commitmentId;
  if (change.commitment !== undefined) {
    const c = w.bundle.commitments[change.commitment - 1];
    if (!c) return { ok: false, error: 'no-such-commitment', max: w.bundle.commitments.length };
    commitmentId = c.id;
  }
  const name = change.shortName?.trim();
  if (name) {
    const clash = shortNameClash(w.bundle.activities, before, name);
    if (clash) return { ok: false, error: 'name-taken', clash };
  }
  const today = localDay(deps.clock.now(), deps.zone);
  const targetChanged = change.target !== undefined && !sameTarget(change.target, before.target);
  // Before the agreement's period starts a new target corrects the signed one: nothing to say "ändrat från" about.
  const corrects = today < `${w.bundle.agreement.periodFrom}-01-01`;
  const after: Activity = {
    ...before,
    commitmentId,
    ...(change.shortName !== undefined ? { shortName: change.shortName.trim() || null } : {}),
    ...(change.responsible !== undefined ? { responsible: change.responsible } : {}),
    ...(change.sanityLimit !== undefined ? { sanityLimit: change.sanityLimit } : {}),
    ...(targetChanged && corrects ? { target: change.target ?? null } : {}),
    ...(targetChanged && !corrects
      ? {
          target: change.target ?? null,
          targetChange: {
            signed: before.targetChange ? before.targetChange.signed : before.target,
            on: today,
          },
        }
      : {}),
  };
  if (sameSettings(before, after)) return { ok: false, error: 'unchanged', number, activity: before };
  await deps.store.transaction(async (tx) => {
    await tx.saveActivity(after);
    await tx.appendAudit(
      auditOf(deps, actor, {
        action: targetChanged
          ? 'activity.target'
          : change.sanityLimit !== undefined
            ? 'activity.limit'
            : 'activity.edit',
        entity: 'activity',
        entityId: before.id,
        municipalityCode: code,
        // The activity's number then, for /lofte historik ("ändrade aktivitet 4 ”föräldramöten”").
        before: { ...before, number },
        after: { ...after, number },
      }),
    );
  });
  return { ok: true, number, before, after, bundle: w.bundle };
}

export async function addActivity(
  deps: DomainDeps,
  actor: Actor,
  access: UpkeepAccess,
  code: string,
  text: string,
  responsible: Responsible,
  year?: number,
): Promise<EditResult> {
  const w = await writable(deps, access, code, year);
  if (!w.ok) return w;
  const refused = agreementTextRefusal(text);
  if (refused) return refused;
  const position = Math.max(-1, ...w.bundle.activities.map((a) => a.position)) + 1;
  const activity: Activity = {
    id: deps.ids(),
    agreementId: w.bundle.agreement.id,
    commitmentId: null,
    position,
    text: text.trim(),
    responsible,
    kind: null,
    target: null,
    addedOn: localDay(deps.clock.now(), deps.zone),
  };
  await deps.store.transaction(async (tx) => {
    await tx.saveActivity(activity);
    await tx.appendAudit(
      auditOf(deps, actor, {
        action: 'activity.add',
        entity: 'activity',
        entityId: activity.id,
        municipalityCode: code,
        before: null,
        after: { ...activity, number: w.bundle.activities.length + 1 },
      }),
    );
  });
  return {
    ok: true,
    number: w.bundle.activities.length + 1,
    before: activity,
    after: activity,
    bundle: w.bundle,
  };
}

/** Whether an edit leaves every setting of the activity as it was. */
function sameSettings(a: Activity, b: Activity): boolean {
  return (
    (a.shortName ?? null) === (b.shortName ?? null) &&
    a.responsible === b.responsible &&
    a.commitmentId === b.commitmentId &&
    (a.sanityLimit ?? null) === (b.sanityLimit ?? null) &&
    sameTarget(a.target, b.target)
  );
}

function sameTarget(a: Target | null, b: Target | null): boolean {
  return (a?.count ?? null) === (b?.count ?? null) && (a?.per ?? null) === (b?.per ?? null);
}
