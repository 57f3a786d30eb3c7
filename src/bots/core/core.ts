import type { AppContext } from '../../app/context.ts';
import type { DomainDeps } from '../../domain/deps.ts';
import { may } from '../../domain/permissions.ts';
import type { Logger, Prompt } from '../../domain/ports.ts';
import { type AskPromptInput, askPrompt } from '../../domain/prompts.ts';
import type { LinkDeps } from '../../domain/signed-link.ts';
import type { Platform } from '../../domain/types.ts';
import type { ReminderStore } from '../../scheduler/ports.ts';
import type { ReminderPayload } from '../../scheduler/types.ts';
import { type Recipient, visibleTo } from './access.ts';
import { type CommandInfo, commandNames } from './commands.ts';
import { dispatchAction, dispatchCommand, dispatchForm } from './dispatch.ts';
import { renderPromptReply } from './handlers/prompt-view.ts';
import { renderReminderReply } from './reminders.ts';
import type { Lang, Reply } from './reply.ts';
import { apologize, openSession, type Session } from './session.ts';
import { statusPromptReply } from './status-prompt.ts';
import { textsFor } from './texts/index.ts';

/**
 * The chat core's facade: one command language for every platform. Adapters (Slack, Teams, console) turn their
 * payloads into these requests and render the returned Reply; the core parses, checks permissions, calls the
 * domain's use cases and builds the reply. This is the core's single error boundary: an unexpected failure is
 * logged with an error id and answered with an apology that names the id — never a stack trace.
 */

/** What the core needs: the domain's ports, a logger and the workspace's default language (config.lang). */
export interface ChatCoreDeps extends DomainDeps {
  readonly logger: Logger;
  readonly defaultLang: Lang;
  /**
   * Signs dashboard and report links and knows the server's public address (src/web/hmac.ts `linkDepsOf`, which
   * must be the same process secret the web routes verify with). Without it the core answers that links are
   * unavailable here, and publishing replies carry no page address.
   */
  readonly links?: LinkDeps;
  /**
   * Writes reminders made on demand ("Påminn dem" on an overdue notice) for the scheduler to send. Without it the
   * notice offers no such button and the action answers that reminders cannot be sent from here.
   */
  readonly reminders?: Pick<ReminderStore, 'insertOnce'>;
  /**
   * Updates, in place, every message already sent that asks about a kommun's tertial (the status prompts), after
   * one of its questions was answered. Without it only the presser's own view changes.
   */
  readonly updates?: MessageUpdates;
}

/** Brings sent messages up to date after an answer (the composition root implements it over the notifiers). */
export interface MessageUpdates {
  tertialAnswered(municipalityCode: string, year: number, tertial: number): Promise<void>;
}

/** Who asks, from where. `person` is `slack:U123`, `teams:<aad id>` or `console:<name>`. */
export interface ChatRequest {
  /** The platform's id of this event (Slack trigger/action id, Teams activity id, a console counter). */
  readonly eventId: string;
  readonly platform: Platform;
  readonly person: string;
  /** The platform's conversation id, as used in channel bindings (Slack channel id, Teams conversation id). */
  readonly conversationId: string;
  /** The language the platform reports for the person; else the stored preference, else config.lang. */
  readonly lang?: Lang;
  /** The name the platform shows for the person (Teams `from.name`); remembered for replies and lists. */
  readonly displayName?: string;
}

/** A command: the words typed, e.g. `/insats Sävsjö 20/11 2 kväll`, with or without the leading `/`. */
export interface CommandRequest extends ChatRequest {
  readonly text: string;
}

/** A button press: a ReplyButton's `actionId` and `value`, handed back unchanged. */
export interface ActionRequest extends ChatRequest {
  readonly actionId: string;
  readonly value: string;
}

/** A filled-in form: a FormSpec's `formId` and `state` with the values by field id. */
export interface FormSubmission extends ChatRequest {
  readonly formId: string;
  readonly state: string;
  readonly values: Readonly<Record<string, string>>;
}

/** A form is either accepted (and answered) or refused with one message per field. */
export type FormResult =
  | { readonly ok: true; readonly reply: Reply }
  | { readonly ok: false; readonly errors: Readonly<Record<string, string>> };

export class ChatCore {
  constructor(private readonly deps: ChatCoreDeps) {}

  /** Handles a typed command; never throws. */
  async handleCommand(request: CommandRequest): Promise<Reply> {
    return this.guard(request, 'command', async (s) => forSession(await dispatchCommand(s, request.text), s));
  }

  /** Handles a button press; never throws. */
  async handleAction(request: ActionRequest): Promise<Reply> {
    return this.guard(request, 'action', async (s) =>
      forSession(await dispatchAction(s, request.actionId, request.value), s),
    );
  }

  /** Handles a submitted form; never throws. Field errors come back as `{ ok: false, errors }`. */
  async submitForm(request: FormSubmission): Promise<FormResult> {
    let session: Session | null = null;
    try {
      session = await openSession(this.deps, request);
      const result = await dispatchForm(session, request.formId, request.state, request.values);
      return result.ok ? { ok: true, reply: forSession(result.reply, session) } : result;
    } catch (error) {
      return { ok: true, reply: this.fail(error, request, 'form', session?.lang) };
    }
  }

  /** The canonical command list: names, English aliases, Swedish descriptions and usage hints. */
  commandNames(): readonly CommandInfo[] {
    return commandNames();
  }

  /** The message a scheduler reminder becomes (for any platform), with every button its payload offers. */
  renderReminder(payload: ReminderPayload, lang: Lang = this.deps.defaultLang): Reply {
    return renderReminderReply(payload, textsFor(lang), { canRemind: this.deps.reminders !== undefined });
  }

  /**
   * The message a reminder becomes for its target: a person gets it in their language (their stored choice, else
   * config.lang) with only the buttons their roles let them press; a channel gets every button (a press is checked).
   */
  async renderReminderFor(payload: ReminderPayload, target: string, late = false): Promise<Reply> {
    const { recipient, lang } = await this.recipientOf(target);
    const prompt = recipient.kind === 'person' ? await this.statusPromptFor(payload, recipient, lang) : null;
    const names =
      payload.kind === 'tertial-overdue' && payload.responsible
        ? await this.deps.store.personNames(payload.responsible.map((h) => h.person))
        : new Map<string, string>();
    const plain = renderReminderReply(payload, textsFor(lang), {
      canRemind: this.deps.reminders !== undefined,
      names,
    });
    const rendered = visibleTo(prompt ?? plain, recipient);
    return late ? this.markLate(rendered, lang) : rendered;
  }

  /**
   * The new version of a sent reminder after a prompt in it was answered, or null when what its recipient got
   * asks nothing (a channel's list, a police officer's figures): such a message needs no update.
   */
  async renderReminderUpdate(payload: ReminderPayload, target: string, late = false): Promise<Reply | null> {
    const { recipient, lang } = await this.recipientOf(target);
    if (recipient.kind !== 'person') return null;
    const prompt = await this.statusPromptFor(payload, recipient, lang);
    if (!prompt) return null;
    const rendered = visibleTo(prompt, recipient);
    return late ? this.markLate(rendered, lang) : rendered;
  }

  /**
   * A reminder target's roles and language: the person's choice (`/lofte språk`), else what their platform last
   * reported (Slack locale), else config.lang.
   */
  private async recipientOf(target: string): Promise<{ recipient: Recipient; lang: Lang }> {
    const person = target.startsWith('person:') ? target.slice('person:'.length) : null;
    if (!person) return { recipient: { kind: 'channel' }, lang: this.deps.defaultLang };
    const [stored, reported, grants, areas] = await Promise.all([
      this.deps.store.personLang(person),
      this.deps.store.personPlatformLang(person),
      this.deps.store.rolesOf(person),
      this.deps.store.listPoliceAreas(),
    ]);
    const lang = stored ?? reported ?? this.deps.defaultLang;
    return { recipient: { kind: 'person', person, grants, areas }, lang };
  }

  /** A tertial reminder to someone who may write the follow-up becomes a status prompt they answer in place. */
  private async statusPromptFor(
    payload: ReminderPayload,
    recipient: Extract<Recipient, { kind: 'person' }>,
    lang: Lang,
  ): Promise<Reply | null> {
    if (payload.kind !== 'tertial-reminder' && payload.kind !== 'tertial-nudge') return null;
    const code = payload.subject.municipalityCode;
    if (!code || !may(recipient.grants, 'follow-up', { type: 'kommun', code }, recipient.areas)) return null;
    const t = textsFor(lang);
    const ref = { year: payload.tertial.year, tertial: payload.tertial.tertial };
    const label = t.windowTertial(ref.tertial, ref.year);
    const headline =
      payload.kind === 'tertial-reminder'
        ? t.tertialReminder(payload.subject.name, label, t.day(payload.tertial.lastDay), payload.daysBefore)
        : t.tertialNudge(payload.subject.name, label);
    const context = payload.kind === 'tertial-nudge' ? t.nudgeBy(payload.requestedBy) : undefined;
    const ids = payload.missing.map((m) => m.activityId);
    return statusPromptReply(this.deps, t, code, ref, ids, headline, context);
  }

  /** The same reminder, marked as sent late (after downtime or retries): "⏰ Försenad påminnelse — …". */
  markLate(reminder: Reply, lang: Lang = this.deps.defaultLang): Reply {
    const label = textsFor(lang).lateReminder;
    return {
      ...reminder,
      headline: `${label} — ${reminder.headline}`,
      fallback: `${label} — ${reminder.fallback}`,
    };
  }

  /** The message that asks a stored prompt (buttons per option and a free-text button). */
  renderPrompt(prompt: Prompt, lang: Lang = this.deps.defaultLang): Reply {
    return renderPromptReply(prompt, textsFor(lang));
  }

  /** Stores a new open prompt and returns it with the message that asks it; the caller sends the message. */
  async ask(
    input: AskPromptInput,
    lang: Lang = this.deps.defaultLang,
  ): Promise<{ prompt: Prompt; reply: Reply }> {
    const prompt = await askPrompt(this.deps, input);
    return { prompt, reply: this.renderPrompt(prompt, lang) };
  }

  /** Remembers where a prompt was posted (a platform message address), so its answer can update it in place. */
  async notePromptMessage(promptId: string, messageRef: string): Promise<void> {
    await this.deps.store.setPromptMessageRef(promptId, messageRef);
  }

  private async guard(
    request: ChatRequest,
    kind: string,
    run: (session: Session) => Promise<Reply>,
  ): Promise<Reply> {
    let session: Session | null = null;
    try {
      session = await openSession(this.deps, request);
      return await run(session);
    } catch (error) {
      return this.fail(error, request, kind, session?.lang);
    }
  }

  private fail(error: unknown, request: ChatRequest, kind: string, lang: Lang | undefined): Reply {
    const errorId = this.deps.ids().replace(/-/g, '').slice(0, 8);
    this.deps.logger.error(
      {
        errorId,
        kind,
        platform: request.platform,
        eventId: request.eventId,
        code: (error as { code?: unknown })?.code,
        err:
          error instanceof Error
            ? { name: error.name, message: error.message, stack: error.stack }
            : String(error),
      },
      'chat core: unexpected error',
    );
    return apologize(textsFor(lang ?? request.lang ?? this.deps.defaultLang), errorId);
  }
}

/** A reply to a request as its asker sees it: only the buttons their roles let them press. */
function forSession(reply: Reply, session: Session): Reply {
  return visibleTo(reply, {
    kind: 'person',
    person: session.actor.person,
    grants: session.grants,
    areas: session.areas,
  });
}

/**
 * The chat core over an application context (the configured database, clock, ids, logger, zone and language).
 * `links` is injected (src/web/hmac.ts `linkDepsOf(config, clock)`) so the core itself needs no cryptography.
 */
export function createChatCore(
  ctx: Pick<AppContext, 'store' | 'register' | 'clock' | 'ids' | 'logger' | 'config'>,
  options: { readonly links?: LinkDeps; readonly reminders?: Pick<ReminderStore, 'insertOnce'> } = {},
): ChatCore {
  return new ChatCore({
    store: ctx.store,
    register: ctx.register,
    clock: ctx.clock,
    ids: ctx.ids,
    logger: ctx.logger,
    zone: ctx.config.timezone,
    defaultLang: ctx.config.lang,
    ...(options.links ? { links: options.links } : {}),
    ...(options.reminders ? { reminders: options.reminders } : {}),
  });
}
