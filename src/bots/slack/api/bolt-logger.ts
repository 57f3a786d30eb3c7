import type { Logger as SlackLogger } from '@slack/bolt';
import type { Logger } from '../../../domain/ports.ts';
import { LogLevel } from './bolt.ts';
import { scrubSdkText } from './scrub.ts';

/**
 * Bolt's and the Web API client's logger, over our Logger port. Their debug lines carry request bodies (which may
 * hold note texts), so debug is dropped; info, warn and error go through as short, scrubbed messages (scrub.ts) with
 * `component: slack-sdk`.
 */
export function boltLogger(logger: Logger): SlackLogger {
  const log = logger.child({ component: 'slack-sdk' });
  const line = (parts: unknown[]) =>
    scrubSdkText(
      parts
        .map((p) => (p instanceof Error ? p.message : typeof p === 'string' ? p : JSON.stringify(p)))
        .join(' '),
    );
  let level = LogLevel.INFO;
  return {
    debug: () => {},
    info: (...msg: unknown[]) => log.info({}, line(msg)),
    warn: (...msg: unknown[]) => log.warn({}, line(msg)),
    error: (...msg: unknown[]) => log.error({}, line(msg)),
    setLevel: (l: LogLevel) => {
      level = l;
    },
    getLevel: () => level,
    setName: () => {},
  };
}
