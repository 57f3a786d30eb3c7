import { personName } from '../../domain/names.ts';
import type { Logger } from '../../domain/ports.ts';
import { localDay } from '../../domain/tertial.ts';
import type { Actor, ChannelBinding, PoliceArea, RoleGrant } from '../../domain/types.ts';
import { reply } from './build.ts';
import type { Lang, Reply } from './reply.ts';
import type { ChatCoreDeps, ChatRequest } from './requests.ts';
import { type Texts, textsFor } from './texts/index.ts';

/** Everything one request is handled with: who asks, where, in which language, with which roles, on which day. */
export interface Session {
  readonly deps: ChatCoreDeps;
  readonly request: ChatRequest;
  readonly actor: Actor;
  readonly lang: Lang;
  readonly t: Texts;
  readonly now: number;
  /** Today in the configured zone, `YYYY-MM-DD`. */
  readonly today: string;
  readonly grants: readonly RoleGrant[];
  readonly areas: readonly PoliceArea[];
  /** The kommun or area this conversation is bound to, or null. */
  readonly binding: ChannelBinding | null;
}

/** Reads what a request needs: the person's language and roles, the police areas and the channel binding. */
export async function openSession(deps: ChatCoreDeps, request: ChatRequest): Promise<Session> {
  const [stored, grants, areas, binding] = await Promise.all([
    deps.store.personLang(request.person),
    deps.store.rolesOf(request.person),
    deps.store.listPoliceAreas(),
    deps.store.binding(request.platform, request.conversationId),
    rememberName(deps, request),
  ]);
  // One rule: the person's own choice (/lofte språk), else what the platform reports, else the default.
  const lang = stored ?? request.lang ?? deps.defaultLang;
  const now = deps.clock.now();
  return {
    deps,
    request,
    actor: { person: request.person, platform: request.platform },
    lang,
    t: textsFor(lang),
    now,
    today: localDay(now, deps.zone),
    grants,
    areas,
    binding,
  };
}

/** Stores the name the platform reported for the person, when it is new or changed (one read, rarely a write). */
async function rememberName(deps: ChatCoreDeps, request: ChatRequest): Promise<void> {
  const name = request.displayName?.replace(/\s+/g, ' ').trim().slice(0, 200);
  if (!name) return;
  const known = await deps.store.personNames([request.person]);
  if (known.get(request.person) !== name)
    await deps.store.setPersonName(request.person, name, deps.clock.now());
}

/** A person as people know them: the name their platform shows, else their id. */
export function nameOf(names: ReadonlyMap<string, string>, person: string): string {
  // The terminal person is known by the name they chose (`--as kalle`), as personLabel says.
  return personName(names, person);
}

/** The answer to an unexpected failure: an apology with the error id, nothing more. */
export function apologize(t: Texts, errorId: string): Reply {
  return reply({ headline: t.apology(errorId), sections: [{ text: t.apologyText }], tone: 'error' });
}

/** The person's roles and the police areas, as the domain's permission checks take them. */
export function accessOf(session: Session): { grants: readonly RoleGrant[]; areas: readonly PoliceArea[] } {
  return { grants: session.grants, areas: session.areas };
}

/**
 * The idempotency key of a platform event: platform, conversation, sender and the event's id. Teams activity ids are
 * unique only within a conversation, and a suggestion button's event id comes from data the client sends back, so
 * the key holds the conversation and the sender too: one person can only ever replay their own answers.
 */
export function eventKey(session: Session, eventId: string): string {
  const { platform, conversationId, person } = session.request;
  return `${platform}:${conversationId}:${person}:${eventId}`;
}

/** A kommun's display name. */
export function kommunName(session: Session, code: string): string {
  return session.deps.register.byCodeOrNull(code)?.name ?? code;
}

/** The core's logger for what happens while handling this request: its lines carry the request's id when known. */
export function sessionLog(session: Session): Logger {
  const { requestId } = session.request;
  return requestId ? session.deps.logger.child({ requestId }) : session.deps.logger;
}
