import { activityName } from './activity-name.ts';
import { auditOf, type DomainDeps } from './deps.ts';
import { hasStatusText } from './erased-status.ts';
import { closest, nameKey } from './names.ts';
import { decide } from './permissions.ts';
import { checkPublishText } from './personal-data/publish-checks.ts';
import { refreshPublicSnapshot } from './public-snapshot.ts';
import { agreementTextChecks, type PublishCheckFinding } from './public-texts.ts';
import { findArea } from './scope.ts';
import {
  type DashboardLink,
  dashboardLink,
  type LinkDeps,
  type ReportLink,
  type ReportRef,
  reportLink,
} from './signed-link.ts';
import { tertialOf } from './tertial.ts';
import type { Actor, Agreement, Municipality, PoliceArea, Role, TertialNumber } from './types.ts';

/**
 * What leaves the bot's closed circle: a tertial's follow-up released to the public pages by a coordinator, a
 * signed 24-hour dashboard link handed to a manager, and signed 24-hour report downloads. All are
 * permission-checked and audited.
 */

export type PublishResult =
  | {
      readonly ok: true;
      readonly municipality: Municipality;
      readonly agreement: Agreement;
      readonly year: number;
      readonly tertial: TertialNumber;
      /** Status rows whose published flag changed now (0: it was already so). */
      readonly changed: number;
      /** Activities that have a status text for the tertial (their latest text is what the public sees). */
      readonly withText: number;
      /** Activities with no status text for the tertial: nothing of theirs is published. */
      readonly withoutText: number;
    }
  | {
      readonly ok: false;
      readonly error: 'unknown-kommun';
      readonly query: string;
      readonly suggestions: string[];
    }
  | {
      readonly ok: false;
      readonly error: 'forbidden';
      readonly reason: 'no-roles' | 'wrong-role';
      readonly allowed: readonly Role[];
    }
  | {
      readonly ok: false;
      readonly error: 'no-agreement';
      readonly municipality: Municipality;
      readonly year: number;
    }
  | {
      readonly ok: false;
      readonly error: 'future-tertial';
      readonly year: number;
      readonly tertial: TertialNumber;
    }
  | {
      readonly ok: false;
      readonly error: 'no-status';
      readonly municipality: Municipality;
      readonly year: number;
    }
  | {
      readonly ok: false;
      /** `blocked`: a text must be edited first; `needs-confirmation`: "Publicera ändå" or "Redigera". */
      readonly error: 'blocked' | 'needs-confirmation';
      readonly municipality: Municipality;
      readonly year: number;
      readonly tertial: TertialNumber;
      readonly findings: readonly PublishCheckFinding[];
    };

export type { PublishCheckFinding } from './public-texts.ts';

export interface PublishOptions {
  /** The samordnare has seen the `confirm` findings (ages, street addresses) and publishes anyway. */
  readonly confirmed?: boolean;
}

function resolveKommun(
  deps: DomainDeps,
  kommun: string,
): Municipality | { error: 'unknown-kommun'; query: string; suggestions: string[] } {
  const byCode = /^\d{4}$/.test(kommun.trim()) ? deps.register.byCodeOrNull(kommun.trim()) : null;
  if (byCode) return byCode;
  const m = deps.register.lookup(kommun);
  if (m.kind === 'found') return m.municipality;
  return { error: 'unknown-kommun', query: kommun, suggestions: m.suggestions.map((s) => s.name) };
}

/**
 * Publishes a tertial's follow-up of a kommun's agreement (the one in force in `year`): the latest status text of
 * every activity for that tertial becomes visible on the public pages. Who: samordnare or admin for the kommun
 * (permission `follow-up`). A text written after publishing is not public until published again. Audited.
 * `kommun` is a kommunkod or a name. The texts are checked first (personal-data/publish-checks.ts): a `block`
 * finding stops publishing until the text is edited; a `confirm` finding stops it unless `options.confirmed`.
 */
export async function publishFollowUp(
  deps: DomainDeps,
  actor: Actor,
  kommun: string,
  year: number,
  tertial: TertialNumber,
  options: PublishOptions = {},
): Promise<PublishResult> {
  return setFollowUpPublished(deps, actor, kommun, year, tertial, true, options);
}

/** Withdraws a published tertial from the public pages (a correction); same rules as publishFollowUp. Audited. */
export async function unpublishFollowUp(
  deps: DomainDeps,
  actor: Actor,
  kommun: string,
  year: number,
  tertial: TertialNumber,
): Promise<PublishResult> {
  return setFollowUpPublished(deps, actor, kommun, year, tertial, false);
}

async function setFollowUpPublished(
  deps: DomainDeps,
  actor: Actor,
  kommun: string,
  year: number,
  tertial: TertialNumber,
  published: boolean,
  options: PublishOptions = {},
): Promise<PublishResult> {
  const municipality = resolveKommun(deps, kommun);
  if ('error' in municipality) return { ok: false, ...municipality };
  const [grants, areas] = await Promise.all([deps.store.rolesOf(actor.person), deps.store.listPoliceAreas()]);
  const decision = decide(grants, 'follow-up', { type: 'kommun', code: municipality.code }, areas);
  if (!decision.ok)
    return { ok: false, error: 'forbidden', reason: decision.reason, allowed: decision.allowed };
  const current = tertialOf(deps.clock.now(), deps.zone);
  if (year > current.year || (year === current.year && tertial > current.tertial)) {
    return { ok: false, error: 'future-tertial', year, tertial };
  }
  const bundle = await deps.store.agreementForYear(municipality.code, year);
  if (!bundle) return { ok: false, error: 'no-agreement', municipality, year };
  const ids = bundle.activities.map((a) => a.id);
  return deps.store.transaction(async (tx) => {
    const statuses = (await tx.latestStatuses(ids, [year])).filter((s) => s.tertial === tertial);
    if (statuses.length === 0) return { ok: false, error: 'no-status', municipality, year } as const;
    if (published) {
      // Named as in chat (the findings are a chat reply): the short name, else the signed text without its period.
      const textOf = new Map(bundle.activities.map((a) => [a.id, activityName(a, 100)]));
      const checked = statuses.map((s) => ({ status: s, findings: checkPublishText(s.text) }));
      const stopped = (action: 'block' | 'confirm'): PublishCheckFinding[] =>
        checked
          .map(({ status, findings }) => ({
            activityId: status.activityId,
            activityText: textOf.get(status.activityId) ?? '',
            rules: findings.filter((f) => f.action === action).map((f) => f.rule),
          }))
          .filter((f) => f.rules.length > 0);
      const texts = agreementTextChecks(bundle);
      const blocked = [...texts.filter((f) => f.part === 'activity'), ...stopped('block')];
      if (blocked.length > 0)
        return { ok: false, error: 'blocked', municipality, year, tertial, findings: blocked } as const;
      const unconfirmed = options.confirmed
        ? []
        : [...texts.filter((f) => f.part !== 'activity'), ...stopped('confirm')];
      if (unconfirmed.length > 0)
        return {
          ok: false,
          error: 'needs-confirmation',
          municipality,
          year,
          tertial,
          findings: unconfirmed,
        } as const;
    }
    const before = statuses.filter((s) => s.published).length;
    const changed = statuses.filter((s) => s.published !== published).length;
    await tx.setPublished(ids, year, tertial, published);
    await refreshPublicSnapshot(tx, municipality, bundle, deps.clock.now(), deps.zone, published);
    await tx.appendAudit(
      auditOf(deps, actor, {
        action: published ? 'follow-up.publish' : 'follow-up.unpublish',
        entity: 'follow-up',
        entityId: `${bundle.agreement.id}/${year}-T${tertial}`,
        municipalityCode: municipality.code,
        before: { publishedTexts: before },
        after: { publishedTexts: published ? statuses.length : 0 },
      }),
    );
    return {
      ok: true,
      municipality,
      agreement: bundle.agreement,
      year,
      tertial,
      changed,
      withText: statuses.filter(hasStatusText).length,
      withoutText: ids.length - new Set(statuses.filter(hasStatusText).map((s) => s.activityId)).size,
    } as const;
  });
}

export type DashboardLinkResult =
  | { readonly ok: true; readonly area: PoliceArea; readonly link: DashboardLink }
  | {
      readonly ok: false;
      readonly error: 'unknown-area';
      readonly query: string;
      readonly suggestions: string[];
    }
  | {
      readonly ok: false;
      readonly error: 'forbidden';
      readonly reason: 'no-roles' | 'wrong-role';
      readonly allowed: readonly Role[];
    };

/**
 * A signed 24-hour link to the dashboard of a police area (`/sammanfattning <område> länk`). Who: chef or admin
 * for the area (permission `read-area`). Audited with the expiry, never the token.
 */
export async function requestDashboardLink(
  deps: DomainDeps,
  links: LinkDeps,
  actor: Actor,
  areaText: string,
): Promise<DashboardLinkResult> {
  const areas = await deps.store.listPoliceAreas();
  const area = findArea(areaText, areas);
  if (!area) {
    const bare = (name: string): string => nameKey(name.replace(/^\s*(lpo|lokalpolisområde)\s+/i, ''));
    const suggestions = closest(bare(areaText), areas, (a) => bare(a.name)).map((a) => a.name);
    return { ok: false, error: 'unknown-area', query: areaText, suggestions };
  }
  const grants = await deps.store.rolesOf(actor.person);
  const decision = decide(grants, 'read-area', { type: 'area', id: area.id }, areas);
  if (!decision.ok)
    return { ok: false, error: 'forbidden', reason: decision.reason, allowed: decision.allowed };
  const link = dashboardLink(links, area.id);
  await deps.store.appendAudit(
    auditOf(deps, actor, {
      action: 'dashboard.link',
      entity: 'police-area',
      entityId: area.id,
      municipalityCode: null,
      before: null,
      after: { expiresAt: link.expiresAt },
    }),
  );
  return { ok: true, area, link };
}

export type ReportLinkResult =
  | { readonly ok: true; readonly municipality: Municipality; readonly link: ReportLink }
  | { readonly ok: false; readonly error: 'unknown-kommun'; readonly code: string }
  | {
      readonly ok: false;
      readonly error: 'forbidden';
      readonly reason: 'no-roles' | 'wrong-role';
      readonly allowed: readonly Role[];
    };

/**
 * Signed 24-hour download links (HTML, Markdown, CSV) for one kommun's follow-up report
 * (`/sammanfattning <kommun> dokument` on Teams and the console). Who: anyone who may read the kommun (permission
 * `read`). Audited with the report and the expiry, never the token. The caller checks that the report exists.
 */
export async function requestReportLink(
  deps: DomainDeps,
  links: LinkDeps,
  actor: Actor,
  ref: ReportRef,
  lang?: 'sv' | 'en',
): Promise<ReportLinkResult> {
  const municipality = deps.register.byCodeOrNull(ref.municipalityCode);
  if (!municipality) return { ok: false, error: 'unknown-kommun', code: ref.municipalityCode };
  const [grants, areas] = await Promise.all([deps.store.rolesOf(actor.person), deps.store.listPoliceAreas()]);
  const decision = decide(grants, 'read', { type: 'kommun', code: municipality.code }, areas);
  if (!decision.ok)
    return { ok: false, error: 'forbidden', reason: decision.reason, allowed: decision.allowed };
  const link = reportLink(links, ref, lang);
  await deps.store.appendAudit(
    auditOf(deps, actor, {
      action: 'report.link',
      entity: 'report',
      entityId: `${municipality.code}/${ref.year}-T${ref.tertial}`,
      municipalityCode: municipality.code,
      before: null,
      after: { expiresAt: link.expiresAt },
    }),
  );
  return { ok: true, municipality, link };
}
