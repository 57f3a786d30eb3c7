import type { Logger } from '../../../domain/ports.ts';
import type { ChatCore } from '../../core/core.ts';
import type { Lang, Reply } from '../../core/reply.ts';
import type { LocaleResolver } from '../parse/locale.ts';

/** What the listeners need from the chat core (tests pass a fake). */
export type SlackCore = Pick<ChatCore, 'handleCommand' | 'handleAction' | 'submitForm' | 'commandNames'>;

/** A document to upload next to a summary (the report module's HTML and Markdown). */
export interface ReportFile {
  readonly filename: string;
  readonly title: string;
  readonly content: string;
}

/**
 * Builds the report documents of a `/sammanfattning … dokument` command (its text without the word `dokument`),
 * or null when there is nothing to upload (unknown kommun, no agreement: the summary reply says why).
 */
export type ReportDocuments = (input: {
  readonly text: string;
  readonly person: string;
  readonly lang: Lang;
}) => Promise<{ readonly title: string; readonly files: readonly ReportFile[] } | null>;

/** Everything the Slack listeners are built from. */
export interface ListenerDeps {
  readonly core: SlackCore;
  readonly logger: Logger;
  readonly defaultLang: Lang;
  /** How long a listener waits for the core before it acks empty and answers later (Slack waits 3 s). */
  readonly ackBudgetMs: number;
  readonly resolveLang: LocaleResolver;
  /** The person's App Home overview. */
  readonly home: (person: string, lang: Lang) => Promise<Reply>;
  /** The report documents, when the report module is wired. */
  readonly documents?: ReportDocuments;
  /** Counts handled requests (metrics). */
  readonly count?: (kind: string, name: string, outcome: string) => void;
}
