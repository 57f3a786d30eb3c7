import type { Logger } from '../../../domain/ports.ts';
import { webApi } from './bolt.ts';
import { boltLogger } from './bolt-logger.ts';

/** How the Slack Web API clients of this process behave. */
export interface SlackApiSettings {
  /** The Web API base URL (SLACK_API_URL); Slack's own when undefined. Always ends with `/`. */
  readonly apiUrl?: string;
  /**
   * Retries of the SDK's own retry loop for calls made while answering a person (Bolt's client). The default is a
   * short policy (2 retries within ~2 s): a person is waiting. Tests use 0.
   */
  readonly retries?: number;
  /** Per-request timeout in milliseconds (default 10 s). */
  readonly timeoutMs?: number;
}

/** The base URL with exactly one trailing slash, or undefined for Slack's. */
export function normalizeApiUrl(url: string | undefined): string | undefined {
  if (!url) return undefined;
  return url.endsWith('/') ? url : `${url}/`;
}

/** WebClient options for Bolt's client (interactive replies): short retries, our logger, our base URL. */
export function interactiveClientOptions(
  settings: SlackApiSettings,
  logger: Logger,
): webApi.WebClientOptions {
  const retries = settings.retries ?? 2;
  const slackApiUrl = normalizeApiUrl(settings.apiUrl);
  return {
    ...(slackApiUrl ? { slackApiUrl } : {}),
    logger: boltLogger(logger),
    timeout: settings.timeoutMs ?? 10_000,
    retryConfig: { retries, factor: 2, minTimeout: 250, maxTimeout: 1_000, randomize: true },
  };
}

/**
 * A WebClient for the Notifier: no SDK retries and rate limits rejected at once, so the Notifier itself decides
 * how long to wait (Retry-After), how often to retry and when to give up.
 */
export function createDeliveryClient(
  token: string,
  settings: SlackApiSettings,
  logger: Logger,
): webApi.WebClient {
  const slackApiUrl = normalizeApiUrl(settings.apiUrl);
  return new webApi.WebClient(token, {
    ...(slackApiUrl ? { slackApiUrl } : {}),
    logger: boltLogger(logger),
    timeout: settings.timeoutMs ?? 10_000,
    retryConfig: { retries: 0 },
    rejectRateLimitedCalls: true,
  });
}
