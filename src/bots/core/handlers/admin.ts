import { bindConversation, grantRole, isRole } from '../../../domain/admin.ts';
import { AREA_WIDE_ENTITIES, areaWideChanges } from '../../../domain/area-history.ts';
import { decide, type PermissionTarget } from '../../../domain/permissions.ts';
import { scopeName } from '../../../domain/scope.ts';
import { type AuditEntry, type PoliceArea, ROLES, type Scope } from '../../../domain/types.ts';
import { errorReply, peopleLabels, personLabel, reply } from '../build.ts';
import type { KommunRef } from '../grammar/types.ts';
import type { Lang, Reply } from '../reply.ts';
import type { Session } from '../session.ts';
import { textsFor } from '../texts/index.ts';
import { whenWords } from '../when-words.ts';
import { mayAdminister, resolveScope } from './admin-scope.ts';
import { forbiddenReply } from './errors.ts';
import { registrationFacts } from './history-registrations.ts';
import { describeAudit } from './history-words.ts';

/**
 * /lofte: `admin koppla <kommun>` binds this conversation, `admin roll @person <roll> <kommun>` grants a role
 * (both for admins of that kommun or area), `historik <kommun>` shows the audit trail, `språk en|sv` sets the
 * person's language; `historik <område>` the changes made over a police area itself.
 */

export async function handleBind(session: Session, scopeText: string): Promise<Reply> {
  const r = resolveScope(session, scopeText, (name) => `/lofte admin koppla ${name}`);
  if (!r.ok) return r.reply;
  const refused = mayAdminister(session, r);
  if (refused) return refused;
  // Moving a conversation takes admin rights over the scope it leaves as well as the one it joins.
  const current = session.binding?.scope;
  if (current) {
    const from: PermissionTarget =
      current.type === 'kommun' ? { type: 'kommun', code: current.id } : { type: 'area', id: current.id };
    if (!decide(session.grants, 'admin', from, session.areas).ok) {
      const name = scopeName(current, session.deps.register, session.areas);
      return errorReply(session.t, session.t.boundElsewhere(name), session.t.boundElsewhereText);
    }
  }
  const { platform, conversationId } = session.request;
  // Reminders bound to a conversation the bot cannot post into would all fail: asked before anything is stored.
  if ((await session.deps.reach?.(platform, conversationId)) === 'no')
    return errorReply(session.t, session.t.cannotPostHere, session.t.cannotPostHereText(r.name));
  const result = await bindConversation(session.deps, session.actor, platform, conversationId, scopeText);
  if (!result.ok) return errorReply(session.t, session.t.unknownScope(scopeText));
  return reply({ headline: session.t.bound(result.scopeName), visibility: 'channel', tone: 'success' });
}

export async function handleGrant(
  session: Session,
  person: string,
  role: string,
  scopeText: string,
): Promise<Reply> {
  const { t } = session;
  if (!isRole(role.toLowerCase())) {
    return errorReply(
      t,
      t.badRole(role, ROLES.join(', ')),
      undefined,
      '/lofte admin roll @anna samordnare Tranås',
    );
  }
  const r = resolveScope(
    session,
    scopeText,
    (name) => `/lofte admin roll @anna ${role.toLowerCase()} ${name}`,
    {
      all: true,
    },
  );
  if (!r.ok) return r.reply;
  const refused = mayAdminister(session, r);
  if (refused) return refused;
  const result = await grantRole(session.deps, session.actor, person, role, scopeText);
  if (!result.ok && result.error === 'all-admin-only')
    return errorReply(
      t,
      t.allAdminOnly(role.toLowerCase()),
      t.nothingStored,
      '/lofte admin roll @anna admin alla',
    );
  if (!result.ok) return errorReply(t, t.badPerson(person));
  const text = result.changed ? t.granted : t.alreadyGranted;
  const names = await session.deps.store.personNames([person]);
  return reply({
    headline: text(names.get(person) ?? personLabel(t, person), role.toLowerCase(), result.scopeName),
    tone: 'success',
  });
}

export async function handleHistory(session: Session, kommun: KommunRef): Promise<Reply> {
  const { t } = session;
  const decision = decide(session.grants, 'history', { type: 'kommun', code: kommun.code }, session.areas);
  if (!decision.ok) return forbiddenReply(t, session.actor.person, 'history', kommun.name, decision);
  const entries = await session.deps.store.audit({ municipalityCode: kommun.code, limit: HISTORY_ROWS });
  const facts = await registrationFacts(session, kommun.code, entries);
  const context = scopeName({ type: 'kommun', id: kommun.code }, session.deps.register, session.areas);
  return historyReply(session, kommun.name, entries, facts, context);
}

/** The latest changes one /lofte historik shows. */
const HISTORY_ROWS = 15;

/** `/lofte historik <område>`: the changes made over the police area itself (area-history.ts), by name. */
export async function handleAreaHistory(session: Session, area: PoliceArea): Promise<Reply> {
  const { t } = session;
  const decision = decide(session.grants, 'history', { type: 'area', id: area.id }, session.areas);
  if (!decision.ok) return forbiddenReply(t, session.actor.person, 'history', area.name, decision);
  const all = await session.deps.store.audit({ entities: AREA_WIDE_ENTITIES, limit: 1000 });
  const entries = areaWideChanges(all, area.id);
  return historyReply(session, area.name, entries.slice(0, HISTORY_ROWS), new Map(), area.name);
}

/** The history table: when, who (by name) and what (in words, people and places by name), newest first. */
async function historyReply(
  session: Session,
  name: string,
  entries: readonly AuditEntry[],
  facts: Awaited<ReturnType<typeof registrationFacts>>,
  context: string,
): Promise<Reply> {
  const { t } = session;
  if (entries.length === 0)
    return reply({ headline: t.historyHeadline(name), sections: [{ text: t.historyEmpty }] });
  const who = await peopleLabels(
    session.deps.store,
    t,
    entries.map((e) => e.actor),
  );
  // The people a role change names, by the names people know them by, and every scope by its name.
  const granted = entries.flatMap((e) => {
    const g = (e.after ?? e.before) as { person?: unknown } | null;
    return e.entity === 'role' && typeof g?.person === 'string' ? [g.person] : [];
  });
  const person = await peopleLabels(session.deps.store, t, granted);
  const names = {
    person,
    scope: (scope: Scope) => scopeName(scope, session.deps.register, session.areas),
  };
  const rows = entries.map((e) => [
    whenWords(t, e.at, session.now, session.deps.zone),
    who(e.actor),
    describeAudit(e, t, facts, names),
  ]);
  const columns = t.lang === 'en' ? ['When', 'Who', 'What'] : ['När', 'Vem', 'Vad'];
  return reply({
    headline: t.historyHeadline(name),
    sections: [{ table: { columns, rows } }],
    context,
    tone: 'info',
  });
}

export async function handleLang(session: Session, lang: Lang): Promise<Reply> {
  await session.deps.store.setPersonLang(session.actor.person, lang, session.now);
  return reply({ headline: textsFor(lang).langSet, tone: 'success' });
}
