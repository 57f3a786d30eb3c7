import type { ConfigurationBotFrameworkAuthentication } from 'botbuilder';

/** botbuilder's ServiceClientCredentialsFactory, named through the constructor that takes it. */
export type CredentialsFactory = NonNullable<
  ConstructorParameters<typeof ConfigurationBotFrameworkAuthentication>[1]
>;

type Credentials = Awaited<ReturnType<CredentialsFactory['createCredentials']>>;

export interface ClientCredentialsOptions {
  readonly appId: string;
  readonly password: string;
  /** The authority, tenant included: the token endpoint is `<loginUrl>/oauth2/v2.0/token`. */
  readonly loginUrl: string;
  readonly now?: () => number;
}

/** Renew a token this long before it expires. */
const MARGIN_MS = 5 * 60_000;

/**
 * The bot's own tokens in a sovereign or private cloud (TEAMS_CLOUD=custom): the OAuth 2.0 client-credentials grant
 * (RFC 6749 §4.4) posted to the configured authority, one cached token per audience.
 *
 * botbuilder's own factory hands a non-Microsoft authority to MSAL, which first asks login.microsoftonline.com to
 * discover the instance (a private cloud may not reach it) and accepts only https authorities; this factory talks
 * to the configured authority alone. The public and US Government clouds keep botbuilder's MSAL path.
 */
export function clientCredentialsFactory(options: ClientCredentialsOptions): CredentialsFactory {
  const now = options.now ?? Date.now;
  const tokenUrl = `${options.loginUrl.replace(/\/+$/, '')}/oauth2/v2.0/token`;
  const cache = new Map<string, { token: string; renewAt: number }>();
  const pending = new Map<string, Promise<string>>();

  async function fetchToken(audience: string): Promise<string> {
    const scope = audience.endsWith('/.default') ? audience : `${audience.replace(/\/+$/, '')}/.default`;
    const res = await fetch(tokenUrl, {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded', accept: 'application/json' },
      body: new URLSearchParams({
        grant_type: 'client_credentials',
        client_id: options.appId,
        client_secret: options.password,
        scope,
      }).toString(),
      signal: AbortSignal.timeout(10_000),
    });
    const body = (await res.json().catch(() => null)) as {
      access_token?: unknown;
      expires_in?: unknown;
      error?: unknown;
    } | null;
    if (!res.ok || typeof body?.access_token !== 'string') {
      // The error code only: the description may echo the request.
      const code = typeof body?.error === 'string' ? body.error : 'no access token';
      throw new Error(`Bot Framework token endpoint answered ${res.status} (${code})`);
    }
    const seconds = Number(body.expires_in);
    const lifetime = Number.isFinite(seconds) && seconds > 0 ? seconds * 1000 : 3_600_000;
    cache.set(audience, { token: body.access_token, renewAt: now() + Math.max(0, lifetime - MARGIN_MS) });
    return body.access_token;
  }

  async function tokenFor(audience: string): Promise<string> {
    const cached = cache.get(audience);
    if (cached && cached.renewAt > now()) return cached.token;
    const inFlight = pending.get(audience);
    if (inFlight) return inFlight;
    const request = fetchToken(audience).finally(() => pending.delete(audience));
    pending.set(audience, request);
    return request;
  }

  return {
    isValidAppId: async (appId) => appId === options.appId,
    isAuthenticationDisabled: async () => false,
    async createCredentials(appId, audience) {
      if (appId !== options.appId) throw new Error('Invalid appId.');
      const target = audience ?? '';
      const credentials: Credentials = {
        async signRequest(webResource) {
          const token = await tokenFor(target);
          webResource.headers.set('authorization', `Bearer ${token}`);
          return webResource;
        },
      };
      return credentials;
    },
  };
}
