import type { Clock, Store } from '../../../domain/ports.ts';
import { TIMEOUT, withTimeout } from '../../../runtime/timeout.ts';
import { langOfLocale } from '../../core/locale.ts';
import type { Lang } from '../../core/reply.ts';
import { personOf } from './address.ts';

/** The one Web API call the locale lookup needs. */
export interface UsersInfoApi {
  users: {
    info(args: { user: string; include_locale?: boolean }): Promise<{
      user?: {
        locale?: string;
        real_name?: string;
        profile?: { display_name?: string; real_name?: string };
      };
    }>;
  };
}

export type LocaleResolver = (userId: string, api: UsersInfoApi) => Promise<Lang | undefined>;

/**
 * The language Slack reports for a person (their Slack UI locale), for the chat core's `lang`; the core decides
 * (a choice stored with `/lofte språk` wins). Looked up with users.info (include_locale), cached per person for
 * `ttlMs`, and given up after `timeoutMs` (a person is waiting).
 */
export function createLocaleResolver(options: {
  readonly clock: Clock;
  /** Where the profile name from the same users.info call is kept, for replies and lists (optional). */
  readonly names?: Pick<
    Store,
    'personNames' | 'setPersonName' | 'personPlatformLang' | 'setPersonPlatformLang'
  >;
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
      const name = info === TIMEOUT ? undefined : slackName(info.user);
      const store = options.names;
      if (store) {
        // The profile name and the locale, for messages sent unasked (reminders): kept when they change.
        const person = personOf(userId);
        const known = name ? await store.personNames([person]) : null;
        if (name && known?.get(person) !== name) await store.setPersonName(person, name, now);
        if (lang && (await store.personPlatformLang(person)) !== lang) {
          await store.setPersonPlatformLang(person, lang, now);
        }
      }
    } catch {
      lang = undefined;
    }
    if (cache.size > 10_000) cache.clear();
    cache.set(userId, { lang, at: now });
    return lang;
  };
}

/** The name a Slack user goes by: their display name, else their full name. */
function slackName(
  user: { real_name?: string; profile?: { display_name?: string; real_name?: string } } | undefined,
): string | undefined {
  const name =
    user?.profile?.display_name?.trim() || user?.profile?.real_name?.trim() || user?.real_name?.trim();
  return name ? name.slice(0, 200) : undefined;
}
