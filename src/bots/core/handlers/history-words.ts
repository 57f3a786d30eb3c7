import { activityName, clipText } from '../../../domain/activity-name.ts';
import { DEFAULT_SANITY_LIMIT } from '../../../domain/confirmation.ts';
import type {
  AuditEntry,
  ChannelBinding,
  Responsible,
  RoleGrant,
  Scope,
  Target,
} from '../../../domain/types.ts';
import type { Texts } from '../texts/index.ts';
import { describeMore } from './history-more.ts';
import type { RegistrationFacts } from './history-registrations.ts';

/**
 * The audit trail in words for /lofte historik — never the internal action codes (`meeting.move`): the catalogue's
 * words (`t.auditActions`), and for a meeting change the days it concerns: "flyttade mötet 9 feb 2027 → 16 feb 2027".
 */

function field(s: unknown, key: string): string | null {
  const v = s && typeof s === 'object' ? (s as Record<string, unknown>)[key] : undefined;
  return typeof v === 'string' ? v : null;
}

/** How the history names people and places: a person by the name people know, a scope by its name. */
export interface HistoryNames {
  readonly person: (person: string) => string;
  readonly scope: (scope: Scope) => string;
}

export function describeAudit(
  e: AuditEntry,
  t: Texts,
  registrations: ReadonlyMap<string, RegistrationFacts> = new Map(),
  names?: HistoryNames,
): string {
  const en = t.lang === 'en';
  const day = (iso: string | null) => (iso && /^\d{4}-\d{2}-\d{2}$/.test(iso) ? t.day(iso) : '?');
  switch (e.action) {
    case 'meeting.move': {
      const from = day(field(e.before, 'scheduledOn') ?? field(e.after, 'originalOn'));
      const to = day(field(e.after, 'scheduledOn'));
      return en ? `moved the meeting ${from} → ${to}` : `flyttade mötet ${from} → ${to}`;
    }
    case 'meeting.held': {
      const on = day(field(e.after, 'scheduledOn'));
      return en ? `marked the meeting ${on} held` : `markerade mötet ${on} som hållet`;
    }
    case 'meeting.cancel': {
      const on = day(field(e.after, 'scheduledOn') ?? field(e.after, 'originalOn'));
      return en ? `cancelled the meeting ${on}` : `ställde in mötet ${on}`;
    }
    case 'activity.limit': {
      const limit = (s: unknown) => {
        const v = s && typeof s === 'object' ? (s as Record<string, unknown>).sanityLimit : undefined;
        return typeof v === 'number' ? v : DEFAULT_SANITY_LIMIT;
      };
      const what = activityOf(e, t);
      const [from, to] = [limit(e.before), limit(e.after)];
      return what ? t.agreement.history.limit(what, from, to) : t.agreement.limitChanged(from, to);
    }
    case 'registration.create':
    case 'registration.void':
    case 'registration.correct': {
      const r = registrations.get(e.entityId);
      const reason = field(e.after, 'reason');
      if (r?.what) return t.agreement.history.registration(e.action, r.count, r.what, r.day, reason);
      return t.auditActions[e.action] ?? t.agreement.history.registration(e.action, 0, '', '', reason);
    }
    case 'role.grant':
    case 'role.revoke': {
      const g = (e.after ?? e.before) as Partial<RoleGrant> | null;
      if (!names || !g?.person || !g.role || !g.scope) return generic(e, t);
      return t.historyRole(e.action === 'role.grant', names.person(g.person), g.role, names.scope(g.scope));
    }
    case 'binding.save':
    case 'binding.remove': {
      const b = (e.after ?? e.before) as Partial<ChannelBinding> | null;
      if (!names || !b?.scope) return generic(e, t);
      return t.historyBinding(e.action === 'binding.save', names.scope(b.scope));
    }
    case 'import': {
      const file = field(e.after, 'file');
      return file ? t.historyImport(file) : generic(e, t);
    }
    case 'commitment.edit':
    case 'agreement.title': {
      const text = (s: unknown) => clipText(field(s, 'text') ?? '', 60);
      if (e.action === 'agreement.title') return t.agreement.history.title(text(e.before), text(e.after));
      const n = (e.after as Record<string, unknown> | null)?.number;
      return t.agreement.history.promiseText(typeof n === 'number' ? n : null, text(e.before), text(e.after));
    }
    case 'activity.edit':
    case 'activity.target':
    case 'activity.add':
    case 'activity.remove': {
      const what = activityOf(e, t);
      if (what) return activityChange(e, t, what);
      return t.agreement.auditActions[e.action] ?? '';
    }
    default:
      return describeMore(e, t, day, registrations.get(e.entityId)?.what ?? null) ?? generic(e, t);
  }
}

/** The action in the catalogue's words, when there is nothing more particular to say. */
function generic(e: AuditEntry, t: Texts): string {
  return (
    t.auditActions[e.action] ??
    t.agreement.auditActions[e.action] ??
    (t.lang === 'en' ? 'made another change' : 'gjorde en annan ändring')
  );
}

/** "aktivitet 4 ”föräldramöten”": the activity an upkeep entry concerned, by its number then and its name. */
function activityOf(e: AuditEntry, t: Texts): string | null {
  const a = (e.after ?? e.before) as Record<string, unknown> | null;
  if (!a || typeof a !== 'object' || typeof a.text !== 'string') return null;
  const name = activityName({ text: a.text, shortName: field(a, 'shortName') }, 50);
  return t.agreement.history.activity(typeof a.number === 'number' ? a.number : null, name);
}

/** What changed, from → to: "ändrade aktivitet 4 ”…”: kortnamn inget → ”föräldramöten”". */
function activityChange(e: AuditEntry, t: Texts, what: string): string {
  const h = t.agreement.history;
  const before = (e.before ?? {}) as Record<string, unknown>;
  const after = (e.after ?? {}) as Record<string, unknown>;
  if (e.action === 'activity.add') return h.add(what);
  if (e.action === 'activity.remove') return h.remove(what);
  const target = (v: unknown) => (v && typeof v === 'object' ? (v as Target) : null);
  if (e.action === 'activity.target') return h.target(what, target(before.target), target(after.target));
  const changes: string[] = [];
  const name = (v: unknown) => (typeof v === 'string' && v.trim() ? v : null);
  if (name(before.shortName) !== name(after.shortName))
    changes.push(h.name(name(before.shortName), name(after.shortName)));
  if (before.responsible !== after.responsible)
    changes.push(h.responsible(before.responsible as Responsible, after.responsible as Responsible));
  if (before.commitmentId !== after.commitmentId) changes.push(h.commitment);
  return changes.length > 0 ? h.edit(what, changes.join(', ')) : (t.agreement.auditActions[e.action] ?? '');
}
