import { LogLevel, type Logger as SlackLogger } from '@slack/bolt';
import type { Logger } from '../../../domain/ports.ts';

/**
 * Bolt's and the Web API client's logger, over our Logger port. Their debug lines carry request bodies (which may
 * hold note texts), so debug is dropped; info, warn and error go through as short messages with `component: slack`.
 */
export function boltLogger(logger: Logger): SlackLogger {
  const log = logger.child({ component: 'slack-sdk' });
  const line = (parts: unknown[]) =>
    parts
      .map((p) => (p instanceof Error ? p.message : typeof p === 'string' ? p : JSON.stringify(p)))
      .join(' ')
      .slice(0, 500);
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
