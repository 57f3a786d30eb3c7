import type { Prompt } from '../../domain/ports.ts';
import { type AskPromptInput, askPrompt } from '../../domain/prompts.ts';
import type { ReminderPayload } from '../../scheduler/types.ts';
import { visibleTo } from './access.ts';
import { type CommandInfo, commandNames } from './commands.ts';
import { dispatchAction, dispatchCommand, dispatchDocument, dispatchForm } from './dispatch.ts';
import { buildReportDocuments, type ReportDocuments } from './documents.ts';
import { renderPromptReply } from './handlers/prompt-view.ts';
import { homeReply } from './home.ts';
import { actionLabel, commandLabel, formLabel } from './metric-labels.ts';
import { PendingImports } from './pending-imports.ts';
import { markLate, type ReminderRecipient, reminderToSend, reminderUpdate } from './reminder-render.ts';
import { renderReminderReply } from './reminders.ts';
import type { Lang, Reply, ReportRef } from './reply.ts';
import type {
  ActionRequest,
  ChatCoreDeps,
  ChatRequest,
  CommandRequest,
  DocumentRequest,
  FormResult,
  FormSubmission,
} from './requests.ts';
import { apologize, openSession, type Session } from './session.ts';
import { textsFor } from './texts/index.ts';
import { canonicalTyped, canonicalValues } from './typed-text.ts';

export type { ReminderRecipient } from './reminder-render.ts';
export type {
  ActionRequest,
  ChatCoreDeps,
  ChatRequest,
  CommandRequest,
  DocumentRequest,
  FormResult,
  FormSubmission,
  MessageUpdates,
} from './requests.ts';

/**
 * The chat core's facade: the one chat application of every platform. Adapters (Slack, Teams, console) turn their
 * payloads into these requests and render the returned Reply; the core resolves the language (one rule, one read,
 * carried on the reply), answers a repeated event id once (in flight here, after the fact from the store), counts
 * every request with one label set, parses, checks permissions, calls the domain's use cases and builds the reply.
 * This is the core's single error boundary: an unexpected failure is logged with an error id and answered with an
 * apology that names the id — never a stack trace.
 */
export class ChatCore {
  /** Requests being handled, by platform and event id: a second copy waits for the first and gets its answer. */
  private readonly running = new Map<string, Promise<unknown>>();

  private readonly deps: ChatCoreDeps;

  constructor(deps: ChatCoreDeps) {
    this.deps = deps.pendingImports ? deps : { ...deps, pendingImports: new PendingImports() };
  }

  /** Handles a document sent to the bot: the import preview with Spara/Avbryt; never throws. */
  async handleDocument(request: DocumentRequest): Promise<Reply> {
    return this.once(request, async () => {
      const reply = await this.guard(request, 'document', (s) =>
        dispatchDocument(s, request.fileName, request.bytes, request.refused),
      );
      this.count(request, 'lofte', reply.tone ?? 'ok');
      return reply;
    });
  }

  /** Handles a typed command; never throws. */
  async handleCommand(request: CommandRequest): Promise<Reply> {
    return this.once(request, async () => {
      const reply = await this.guard(request, 'command', (s) =>
        dispatchCommand(s, canonicalTyped(request.text)),
      );
      this.count(request, commandLabel(request.text), reply.tone ?? 'ok');
      return reply;
    });
  }

  /** Handles a button press; never throws. */
  async handleAction(request: ActionRequest): Promise<Reply> {
    return this.once(request, async () => {
      const reply = await this.guard(request, 'action', (s) =>
        dispatchAction(s, request.actionId, request.value),
      );
      this.count(request, actionLabel(request.actionId), reply.tone ?? 'ok');
      return reply;
    });
  }

  /** Handles a submitted form; never throws. Field errors come back as `{ ok: false, errors }`. */
  async submitForm(request: FormSubmission): Promise<FormResult> {
    return this.once(request, async () => {
      let session: Session | null = null;
      let result: FormResult;
      try {
        session = await openSession(this.deps, request);
        const s = session;
        const done = await dispatchForm(s, request.formId, request.state, canonicalValues(request.values));
        result = done.ok
          ? { ok: true, reply: { ...forSession(done.reply, s), lang: s.lang } }
          : { ...done, lang: s.lang };
      } catch (error) {
        result = { ok: true, reply: this.fail(error, request, 'form', session?.lang) };
      }
      this.count(request, formLabel(request.formId), result.ok ? (result.reply.tone ?? 'ok') : 'invalid');
      return result;
    });
  }

  /** A person's home (Slack's App Home tab): their kommuner's progress this tertial and next meetings. */
  async home(request: ChatRequest): Promise<Reply> {
    return this.guard(request, 'home', (s) => homeReply(s));
  }

  /** The files of a report a summary referred to (`reply.documents`), for platforms that attach files. */
  async reportDocuments(ref: ReportRef, lang: Lang = this.deps.defaultLang): Promise<ReportDocuments | null> {
    return buildReportDocuments(this.deps, ref, lang);
  }

  /** The canonical command list: names, English aliases, Swedish descriptions and usage hints. */
  commandNames(): readonly CommandInfo[] {
    return commandNames();
  }

  /**
   * The message a scheduler reminder becomes for its recipient: in a person's chosen language (a channel gets the
   * default language), marked "⏰ Försenad påminnelse — …" when it is sent late (after downtime or retries).
   */
  async renderReminderFor(
    recipient: ReminderRecipient,
    payload: ReminderPayload,
    late = false,
  ): Promise<Reply> {
    const options = { nothingAsNull: false };
    return (await reminderToSend(this.deps, recipient, payload, late, options)) as Reply;
  }

  /** The same, or null when a snoozed prompt has nothing left to ask (the scheduler then sends nothing). */
  async renderReminderToSend(
    recipient: ReminderRecipient,
    payload: ReminderPayload,
    late = false,
  ): Promise<Reply | null> {
    return reminderToSend(this.deps, recipient, payload, late);
  }

  /**
   * The new version of a sent reminder after a question in it was answered (a status prompt, the meeting
   * follow-up), or null when what its recipient got asks nothing (a channel's list, a police officer's figures).
   */
  async renderReminderUpdate(
    recipient: ReminderRecipient,
    payload: ReminderPayload,
    late = false,
  ): Promise<Reply | null> {
    return reminderUpdate(this.deps, recipient, payload, late);
  }

  /** The message a scheduler reminder becomes, in `lang`, with every button its payload offers. */
  renderReminder(payload: ReminderPayload, lang: Lang = this.deps.defaultLang): Reply {
    const options = { canRemind: this.deps.reminders !== undefined };
    return { ...renderReminderReply(payload, textsFor(lang), options), lang };
  }

  /** The same reminder, marked as sent late (after downtime or retries): "⏰ Försenad påminnelse — …". */
  markLate(reminder: Reply, lang: Lang = reminder.lang ?? this.deps.defaultLang): Reply {
    return markLate(reminder, lang);
  }

  /** The message that asks a stored prompt (buttons per option and a free-text button). */
  renderPrompt(prompt: Prompt, lang: Lang = this.deps.defaultLang): Reply {
    return { ...renderPromptReply(prompt, textsFor(lang)), lang };
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

  /** In-flight dedupe: while an event id is being handled, a copy of it waits for the same answer. */
  private once<T>(request: ChatRequest, run: () => Promise<T>): Promise<T> {
    const key = `${request.platform}:${request.eventId}`;
    const current = this.running.get(key);
    if (current) return current as Promise<T>;
    const started = run().finally(() => this.running.delete(key));
    this.running.set(key, started);
    return started;
  }

  private count(request: ChatRequest, command: string, outcome: string): void {
    this.deps.count?.({ platform: request.platform, command, outcome });
  }

  private async guard(
    request: ChatRequest,
    kind: string,
    run: (session: Session) => Promise<Reply>,
  ): Promise<Reply> {
    let session: Session | null = null;
    try {
      session = await openSession(this.deps, request);
      return { ...forSession(await run(session), session), lang: session.lang };
    } catch (error) {
      return this.fail(error, request, kind, session?.lang);
    }
  }

  private fail(error: unknown, request: ChatRequest, kind: string, known: Lang | undefined): Reply {
    const errorId = this.deps.ids().replace(/-/g, '').slice(0, 8);
    this.deps.logger.error(
      {
        errorId,
        kind,
        platform: request.platform,
        eventId: request.eventId,
        ...(request.requestId ? { requestId: request.requestId } : {}),
        code: (error as { code?: unknown })?.code,
        err:
          error instanceof Error
            ? { name: error.name, message: error.message, stack: error.stack }
            : String(error),
      },
      'chat core: unexpected error',
    );
    const lang = known ?? request.lang ?? this.deps.defaultLang;
    return { ...apologize(textsFor(lang), errorId), lang };
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

/** The parts of the application the chat core is built from (narrow: no database handle, no whole context). */
export interface ChatCoreParts extends Omit<ChatCoreDeps, 'zone' | 'defaultLang'> {
  readonly config: { readonly timezone: string; readonly lang: Lang };
}

/**
 * The chat core over the application's parts (the store, register, clock, ids, logger and the configured zone and
 * language). `links` is injected (src/web/hmac.ts `linkDepsOf(config, clock)`) so the core needs no cryptography.
 */
export function createChatCore(parts: ChatCoreParts): ChatCore {
  const { config, ...deps } = parts;
  return new ChatCore({ ...deps, zone: config.timezone, defaultLang: config.lang });
}
