import { auditOf, type DomainDeps } from './deps.ts';
import type { Access } from './log-activity.ts';
import { may } from './permissions.ts';
import { containsPersonalData } from './personal-data/stored-text.ts';
import { localDay } from './tertial.ts';
import { endedTertialInWindow } from './tertial-due.ts';
import type { Activity, Actor, Municipality, Registration } from './types.ts';

/**
 * Corrections after the 24 hours of Ångra: the recent registrations of a kommun with short ids
 * (`/lofte registreringar`, `npx loftesbot registrations list`), and voiding one with a reason
 * (`/lofte rätta`, `npx loftesbot registrations void`) — by a samordnare or admin of the kommun, or the operator at
 * the command line. The row stays (struck out) and the correction is audited with its reason. Public figures change
 * only when the tertial is published again.
 */

/** Characters of a registration id shown and accepted as its short id. */
export const SHORT_ID_LENGTH = 8;
/** The longest reason for a correction. */
export const MAX_REASON_LENGTH = 200;

/** The first SHORT_ID_LENGTH characters of each id, or the whole id where that prefix is shared within `ids`. */
export function shortIds(ids: readonly string[]): Map<string, string> {
  const seen = new Map<string, number>();
  for (const id of ids)
    seen.set(id.slice(0, SHORT_ID_LENGTH), (seen.get(id.slice(0, SHORT_ID_LENGTH)) ?? 0) + 1);
  return new Map(
    ids.map((id) => [id, seen.get(id.slice(0, SHORT_ID_LENGTH)) === 1 ? id.slice(0, SHORT_ID_LENGTH) : id]),
  );
}

export interface ListedRegistration {
  readonly shortId: string;
  readonly registration: Registration;
  readonly activity: Activity;
  /** The activity's number in /status (1-based). */
  readonly activityNumber: number;
}

export type ListResult =
  | {
      readonly ok: true;
      readonly municipality: Municipality;
      readonly rows: readonly ListedRegistration[];
      /** How many live registrations there are in all (of the activity, when one was asked for). */
      readonly total: number;
    }
  | { readonly ok: false; readonly error: 'no-agreement' | 'forbidden' | 'unknown-activity' };

/**
 * The latest live registrations of a kommun's agreement in force, optionally of one activity (its /status number):
 * newest day first (the day it was for; on one day the last logged first), at most `limit` from the `offset`th.
 * `access` null: the operator at the command line; otherwise `read` is needed.
 */
export async function listRegistrations(
  deps: DomainDeps,
  access: Access | null,
  municipality: Municipality,
  activityNumber: number | null,
  limit = 20,
  offset = 0,
): Promise<ListResult> {
  if (access && !may(access.grants, 'read', { type: 'kommun', code: municipality.code }, access.areas))
    return { ok: false, error: 'forbidden' };
  const today = localDay(deps.clock.now(), deps.zone);
  const year = Number(today.slice(0, 4));
  const current = await deps.store.agreementForYear(municipality.code, year);
  // In January the agreement that ended on 31 December is still followed up (T3), and its registrations corrected:
  // numbered by it when no agreement is stored for this year yet, listed after this year's when one is.
  const ended = endedTertialInWindow(today);
  const before =
    ended && ended.year < year ? await deps.store.agreementForYear(municipality.code, ended.year) : null;
  const bundle = current ?? before;
  if (!bundle) return { ok: false, error: 'no-agreement' };
  const numbered = bundle.activities.map((activity, i) => ({ activity, activityNumber: i + 1 }));
  const chosen =
    activityNumber === null ? numbered : numbered.filter((a) => a.activityNumber === activityNumber);
  if (chosen.length === 0) return { ok: false, error: 'unknown-activity' };
  const also =
    activityNumber === null && before && before.agreement.id !== bundle.agreement.id
      ? before.activities.map((activity, i) => ({ activity, activityNumber: i + 1 }))
      : [];
  const rows = (
    await Promise.all(
      [
        { agreement: bundle.agreement, listed: chosen },
        { agreement: before?.agreement, listed: also },
      ].map(({ agreement, listed }) =>
        agreement && listed.length > 0
          ? deps.store.registrationsOf(
              listed.map((a) => a.activity.id),
              `${agreement.periodFrom}-01-01`,
              `${agreement.periodTo}-12-31`,
            )
          : [],
      ),
    )
  ).flat();
  const byId = new Map([...chosen, ...also].map((a) => [a.activity.id, a]));
  const latest = [...rows]
    .sort((a, b) =>
      a.occurredOn === b.occurredOn ? b.createdAt - a.createdAt : a.occurredOn < b.occurredOn ? 1 : -1,
    )
    .slice(offset, offset + limit);
  const short = shortIds(rows.map((r) => r.id));
  return {
    ok: true,
    municipality,
    total: rows.length,
    rows: latest.flatMap((registration) => {
      const a = byId.get(registration.activityId);
      return a ? [{ shortId: short.get(registration.id) ?? registration.id, registration, ...a }] : [];
    }),
  };
}

export type CorrectionResult =
  | { readonly ok: true; readonly registration: Registration }
  | {
      readonly ok: false;
      readonly error:
        | 'not-found'
        | 'ambiguous'
        | 'no-reason'
        | 'reason-too-long'
        | 'personal-number'
        | 'already-voided'
        | 'forbidden';
    };

/**
 * Voids a registration with a reason, at any time. `idText`: a short id as listed, or the whole id (an exact id
 * wins over a prefix). `access` null:
 * the operator at the command line; otherwise `follow-up` for the registration's kommun (samordnare, admin).
 */
/** What a reason and a (short) registration id typed to act on a registration can be refused for. */
export type ReasonAndRegistrationError =
  | 'no-reason'
  | 'reason-too-long'
  | 'personal-number'
  | 'not-found'
  | 'ambiguous';

/**
 * The reason (trimmed, within MAX_REASON_LENGTH, free of personal data) and the one registration a full or short id
 * names — what voiding and erasing a note both begin with.
 */
export async function reasonAndRegistration(
  deps: DomainDeps,
  idText: string,
  reasonText: string,
): Promise<
  | { readonly ok: true; readonly reason: string; readonly registration: Registration }
  | { readonly ok: false; readonly error: ReasonAndRegistrationError }
> {
  const reason = reasonText.trim();
  if (reason === '') return { ok: false, error: 'no-reason' };
  if (reason.length > MAX_REASON_LENGTH) return { ok: false, error: 'reason-too-long' };
  if (containsPersonalData(reason)) return { ok: false, error: 'personal-number' };
  // Ids are lower-case hex; a phone capitalises the first letter typed ("A42ce90a"), and SQL's LIKE would then
  // find it on SQLite (case-insensitive) and not on PostgreSQL.
  const key = idText.trim().toLowerCase();
  const exact = key === '' ? null : await deps.store.registration(key);
  if (!exact && key.length < SHORT_ID_LENGTH) return { ok: false, error: 'not-found' };
  const matches = exact ? [exact] : await deps.store.registrationsByIdPrefix(key, 2);
  if (matches.length === 0) return { ok: false, error: 'not-found' };
  if (matches.length > 1) return { ok: false, error: 'ambiguous' };
  return { ok: true, reason, registration: matches[0] as Registration };
}

export async function correctRegistration(
  deps: DomainDeps,
  actor: Actor,
  access: Access | null,
  idText: string,
  reasonText: string,
): Promise<CorrectionResult> {
  const found = await reasonAndRegistration(deps, idText, reasonText);
  if (!found.ok) return found;
  const { reason, registration } = found;
  const target = { type: 'kommun', code: registration.municipalityCode } as const;
  if (access && !may(access.grants, 'follow-up', target, access.areas))
    return { ok: false, error: 'forbidden' };
  if (registration.voidedAt !== null) return { ok: false, error: 'already-voided' };
  const now = deps.clock.now();
  const done = await deps.store.transaction(async (tx) => {
    if (!(await tx.voidRegistration(registration.id, actor.person, now))) return false;
    await tx.appendAudit(
      auditOf(deps, actor, {
        action: 'registration.correct',
        entity: 'registration',
        entityId: registration.id,
        municipalityCode: registration.municipalityCode,
        before: { voidedAt: null, count: registration.count, occurredOn: registration.occurredOn },
        after: { voidedAt: now, voidedBy: actor.person, reason },
      }),
    );
    return true;
  });
  if (!done) return { ok: false, error: 'already-voided' };
  return { ok: true, registration: { ...registration, voidedAt: now, voidedBy: actor.person } };
}
