import type { CloudAdapter } from 'botbuilder';

// botbuilder's authentication types live in botframework-connector, a transitive package: taken from CloudAdapter.
type BotFrameworkAuthentication = NonNullable<ConstructorParameters<typeof CloudAdapter>[0]>;
type ClaimsIdentity = Parameters<BotFrameworkAuthentication['createConnectorFactory']>[0];
type ConnectorFactory = ReturnType<BotFrameworkAuthentication['createConnectorFactory']>;
type ConnectorClient = Awaited<ReturnType<ConnectorFactory['create']>>;
type UserTokenClient = Awaited<ReturnType<BotFrameworkAuthentication['createUserTokenClient']>>;

/**
 * botbuilder's CloudAdapter asks its authentication for a new ConnectorFactory on every turn, and the factory builds
 * a new ConnectorClient (credentials and an HTTP pipeline of about a dozen policies) and a new UserTokenClient (a
 * second pipeline) each time: a third of the CPU a Teams message cost (docs/performance.md). The clients hold no
 * state of a turn — the credentials keep and renew their own token — so one per bot app id, service URL and audience
 * serves every turn, as botbuilder's older BotFrameworkAdapter kept them. A client whose creation failed is not
 * kept; at most `limit` of each are (the oldest goes first).
 */
export function reuseConnectors(auth: BotFrameworkAuthentication, limit = 64): BotFrameworkAuthentication {
  const clients = new Map<string, Promise<ConnectorClient>>();
  const tokenClients = new Map<string, Promise<UserTokenClient>>();

  const reusing = (factory: ConnectorFactory, appId: string): ConnectorFactory =>
    ({
      create: (serviceUrl: string, audience?: string) =>
        remember(clients, `${appId}\n${serviceUrl}\n${audience ?? ''}`, limit, () =>
          factory.create(serviceUrl, audience),
        ),
    }) as ConnectorFactory;

  const overrides: Partial<BotFrameworkAuthentication> = {
    async authenticateRequest(
      activity: Parameters<BotFrameworkAuthentication['authenticateRequest']>[0],
      authHeader: string,
    ) {
      const result = await auth.authenticateRequest(activity, authHeader);
      return result.connectorFactory
        ? { ...result, connectorFactory: reusing(result.connectorFactory, appIdOf(result.claimsIdentity)) }
        : result;
    },
    createConnectorFactory: (identity: ClaimsIdentity) =>
      reusing(auth.createConnectorFactory(identity), appIdOf(identity)),
    createUserTokenClient: (identity: ClaimsIdentity) =>
      remember(tokenClients, appIdOf(identity), limit, () => auth.createUserTokenClient(identity)),
  };
  return new Proxy(auth, {
    get(target, property, receiver) {
      const own = (overrides as Record<PropertyKey, unknown>)[property];
      if (own) return own;
      const value = Reflect.get(target, property, receiver) as unknown;
      return typeof value === 'function' ? value.bind(target) : value;
    },
  });
}

/** The bot's app id the way botbuilder picks it for outbound calls: the token's audience, else its appid claim. */
function appIdOf(identity: ClaimsIdentity): string {
  return identity.getClaimValue('aud') ?? identity.getClaimValue('appid') ?? '';
}

function remember<T>(
  cache: Map<string, Promise<T>>,
  key: string,
  limit: number,
  make: () => Promise<T>,
): Promise<T> {
  const known = cache.get(key);
  if (known) return known;
  if (cache.size >= limit) cache.delete(cache.keys().next().value as string);
  const made = make();
  cache.set(key, made);
  made.catch(() => {
    if (cache.get(key) === made) cache.delete(key);
  });
  return made;
}
