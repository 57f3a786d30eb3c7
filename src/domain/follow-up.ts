import { auditOf, type DomainDeps } from './deps.ts';
import type { Access } from './log-activity.ts';
import { type Denied, decide } from './permissions.ts';
import { containsPersonalData } from './personal-data/stored-text.ts';
import type { AgreementBundle } from './ports.ts';
import type { TertialRef } from './tertial.ts';
import type { Actor, FollowUpStatus } from './types.ts';

/**
 * Follow-up status texts: one short text per activity and tertial ("Pågår", "Genomfört tre trygghetsvandringar").
 * History is kept; the latest wins. A coordinator writes them for all activities at once (/rapportera).
 */

export const MAX_STATUS_LENGTH = 1000;

export interface FollowUpSheet {
  readonly bundle: AgreementBundle;
  readonly tertial: TertialRef;
  /** The latest status of each activity for the tertial, by activity id. */
  readonly latest: ReadonlyMap<string, FollowUpStatus>;
}

export type SheetResult =
  | ({ readonly ok: true } & FollowUpSheet)
  | { readonly ok: false; readonly error: 'forbidden'; readonly decision: Denied }
  | { readonly ok: false; readonly error: 'no-agreement'; readonly year: number };

/** What the follow-up form of a kommun and tertial shows: the agreement's activities and their latest texts. */
export async function followUpSheet(
  deps: DomainDeps,
  access: Access,
  municipalityCode: string,
  tertial: TertialRef,
): Promise<SheetResult> {
  const decision = decide(
    access.grants,
    'follow-up',
    { type: 'kommun', code: municipalityCode },
    access.areas,
  );
  if (!decision.ok) return { ok: false, error: 'forbidden', decision };
  const bundle = await deps.store.agreementForYear(municipalityCode, tertial.year);
  if (!bundle) return { ok: false, error: 'no-agreement', year: tertial.year };
  const statuses = await deps.store.latestStatuses(
    bundle.activities.map((a) => a.id),
    [tertial.year],
  );
  const latest = new Map(statuses.filter((s) => s.tertial === tertial.tertial).map((s) => [s.activityId, s]));
  return { ok: true, bundle, tertial, latest };
}

export type StatusFieldError = 'too-long' | 'personal-number' | 'unknown-activity';

export type RecordResult =
  | { readonly ok: true; readonly saved: readonly FollowUpStatus[] }
  | { readonly ok: false; readonly error: 'forbidden'; readonly decision: Denied }
  | { readonly ok: false; readonly error: 'no-agreement'; readonly year: number }
  | {
      readonly ok: false;
      readonly error: 'invalid';
      readonly fields: Readonly<Record<string, StatusFieldError>>;
    };

/**
 * Records the status texts of a tertial (by activity id). Empty or unchanged texts are skipped. Every text is
 * checked first (length, personnummer); if any is wrong nothing is stored. All are stored in one transaction,
 * each with an audit entry.
 */
export async function recordFollowUps(
  deps: DomainDeps,
  actor: Actor,
  access: Access,
  input: {
    readonly municipalityCode: string;
    readonly tertial: TertialRef;
    readonly texts: Readonly<Record<string, string>>;
  },
): Promise<RecordResult> {
  const sheet = await followUpSheet(deps, access, input.municipalityCode, input.tertial);
  if (!sheet.ok) return sheet;
  const ids = new Set(sheet.bundle.activities.map((a) => a.id));
  const fields: Record<string, StatusFieldError> = {};
  const changes: [string, string][] = [];
  for (const [activityId, raw] of Object.entries(input.texts)) {
    const text = raw.trim();
    if (!ids.has(activityId)) fields[activityId] = 'unknown-activity';
    else if (text.length > MAX_STATUS_LENGTH) fields[activityId] = 'too-long';
    else if (containsPersonalData(text)) fields[activityId] = 'personal-number';
    else if (text !== '' && text !== sheet.latest.get(activityId)?.text) changes.push([activityId, text]);
  }
  if (Object.keys(fields).length > 0) return { ok: false, error: 'invalid', fields };
  const now = deps.clock.now();
  const saved = changes.map(
    ([activityId, text]): FollowUpStatus => ({
      id: deps.ids(),
      activityId,
      year: input.tertial.year,
      tertial: input.tertial.tertial,
      text,
      count: null,
      actor: actor.person,
      platform: actor.platform,
      createdAt: now,
      published: false,
    }),
  );
  if (saved.length === 0) return { ok: true, saved };
  await deps.store.transaction(async (tx) => {
    for (const status of saved) {
      await tx.insertStatus(status);
      await tx.appendAudit(
        auditOf(deps, actor, {
          action: 'status.create',
          entity: 'follow-up-status',
          entityId: status.id,
          municipalityCode: input.municipalityCode,
          before: sheet.latest.get(status.activityId) ?? null,
          after: status,
        }),
      );
    }
  });
  return { ok: true, saved };
}
