import type { AppContext } from '../../app/context.ts';
import type { DomainDeps } from '../../domain/deps.ts';
import type { Logger, Prompt } from '../../domain/ports.ts';
import { type AskPromptInput, askPrompt } from '../../domain/prompts.ts';
import type { LinkDeps } from '../../domain/signed-link.ts';
import type { Platform } from '../../domain/types.ts';
import type { ReminderPayload } from '../../scheduler/types.ts';
import { type CommandInfo, commandNames } from './commands.ts';
import { dispatchAction, dispatchCommand, dispatchDocument, dispatchForm } from './dispatch.ts';
import { renderPromptReply } from './handlers/prompt-view.ts';
import { PendingImports } from './pending-imports.ts';
import { renderReminderReply } from './reminders.ts';
import type { Lang, Reply } from './reply.ts';
import { apologize, openSession, type Session } from './session.ts';
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
  /** Import previews waiting for "Spara" (one per core when not given). */
  readonly pendingImports?: PendingImports;
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

/** A document the person sent to the bot (a file in a direct message), already downloaded by the adapter. */
export interface DocumentRequest extends ChatRequest {
  readonly fileName: string;
  readonly bytes: Uint8Array;
  /** Why the adapter could not fetch the file (too large, unreachable): answered as an error, nothing stored. */
  readonly refused?: string;
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
  private readonly deps: ChatCoreDeps;

  constructor(deps: ChatCoreDeps) {
    this.deps = deps.pendingImports ? deps : { ...deps, pendingImports: new PendingImports() };
  }

  /** Handles a typed command; never throws. */
  async handleCommand(request: CommandRequest): Promise<Reply> {
    return this.guard(request, 'command', (s) => dispatchCommand(s, request.text));
  }

  /** Handles a document sent to the bot: the import preview with Spara/Avbryt; never throws. */
  async handleDocument(request: DocumentRequest): Promise<Reply> {
    return this.guard(request, 'document', (s) =>
      dispatchDocument(s, request.fileName, request.bytes, request.refused),
    );
  }

  /** Handles a button press; never throws. */
  async handleAction(request: ActionRequest): Promise<Reply> {
    return this.guard(request, 'action', (s) => dispatchAction(s, request.actionId, request.value));
  }

  /** Handles a submitted form; never throws. Field errors come back as `{ ok: false, errors }`. */
  async submitForm(request: FormSubmission): Promise<FormResult> {
    let session: Session | null = null;
    try {
      session = await openSession(this.deps, request);
      return await dispatchForm(session, request.formId, request.state, request.values);
    } catch (error) {
      return { ok: true, reply: this.fail(error, request, 'form', session?.lang) };
    }
  }

  /** The canonical command list: names, English aliases, Swedish descriptions and usage hints. */
  commandNames(): readonly CommandInfo[] {
    return commandNames();
  }

  /** The message a scheduler reminder becomes (for any platform). */
  renderReminder(payload: ReminderPayload, lang: Lang = this.deps.defaultLang): Reply {
    return renderReminderReply(payload, textsFor(lang), this.deps.zone);
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

/**
 * The chat core over an application context (the configured database, clock, ids, logger, zone and language).
 * `links` is injected (src/web/hmac.ts `linkDepsOf(config, clock)`) so the core itself needs no cryptography.
 */
export function createChatCore(
  ctx: Pick<AppContext, 'store' | 'register' | 'clock' | 'ids' | 'logger' | 'config'>,
  options: { readonly links?: LinkDeps } = {},
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
  });
}
