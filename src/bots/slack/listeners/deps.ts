import type { Logger } from '../../../domain/ports.ts';
import type { ChatCore } from '../../core/core.ts';
import type { Lang } from '../../core/reply.ts';
import type { LocaleResolver } from '../parse/locale.ts';

/** What the listeners need from the chat core (tests pass a fake). */
export type SlackCore = Pick<
  ChatCore,
  'handleCommand' | 'handleAction' | 'submitForm' | 'commandNames' | 'home' | 'reportDocuments'
>;

/** Everything the Slack listeners are built from. */
export interface ListenerDeps {
  readonly core: SlackCore;
  readonly logger: Logger;
  /** The language of the adapter's own words before the core has answered (config.lang). */
  readonly defaultLang: Lang;
  /** How long a listener waits for the core before it acks empty and answers later (Slack waits 3 s). */
  readonly ackBudgetMs: number;
  /** The language Slack reports for a person (the core decides which language wins). */
  readonly resolveLang: LocaleResolver;
}
