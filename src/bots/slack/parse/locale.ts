import type { Clock } from '../../../domain/ports.ts';
import { TIMEOUT, withTimeout } from '../../../runtime/timeout.ts';
import type { Lang } from '../../core/reply.ts';

/** The one Web API call the locale lookup needs. */
export interface UsersInfoApi {
  users: {
    info(args: { user: string; include_locale?: boolean }): Promise<{ user?: { locale?: string } }>;
  };
}

/** The language of a Slack locale (`sv-SE` → sv, `en-GB` → en), or undefined for any other. */
export function langOfLocale(locale: string | undefined | null): Lang | undefined {
  const l = (locale ?? '').toLowerCase();
  if (l.startsWith('sv')) return 'sv';
  if (l.startsWith('en')) return 'en';
  return undefined;
}

export type LocaleResolver = (userId: string, api: UsersInfoApi) => Promise<Lang | undefined>;

/**
 * The language Slack reports for a person (their Slack UI locale), for the chat core's `lang`; the core decides
 * (a choice stored with `/lofte språk` wins). Looked up with users.info (include_locale), cached per person for
 * `ttlMs`, and given up after `timeoutMs` (a person is waiting).
 */
export function createLocaleResolver(options: {
  readonly clock: Clock;
  readonly ttlMs?: number;
  readonly timeoutMs?: number;
}): LocaleResolver {
  const ttl = options.ttlMs ?? 3_600_000;
  const timeoutMs = options.timeoutMs ?? 700;
  const cache = new Map<string, { lang: Lang | undefined; at: number }>();
  return async (userId, api) => {
    const now = options.clock.now();
    const hit = cache.get(userId);
    if (hit && now - hit.at < ttl) return hit.lang;
    let lang: Lang | undefined;
    try {
      const info = await withTimeout(api.users.info({ user: userId, include_locale: true }), timeoutMs);
      lang = info === TIMEOUT ? undefined : langOfLocale(info.user?.locale);
    } catch {
      lang = undefined;
    }
    if (cache.size > 10_000) cache.clear();
    cache.set(userId, { lang, at: now });
    return lang;
  };
}
