import { createSign, createVerify, generateKeyPairSync, type KeyObject } from 'node:crypto';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';

/**
 * A stand-in for a Bot Framework cloud's identity service on 127.0.0.1, for the bot's TEAMS_CLOUD=custom setting:
 * - an OpenID configuration and a JWKS with one RSA key endorsed for `msteams`: botbuilder validates the channel's
 *   tokens to the bot against it, for real (signature, issuer, audience, serviceUrl claim, lifetime);
 * - a token endpoint answering the OAuth 2.0 client-credentials grant with tokens signed by the same key: the bot's
 *   own bearer tokens to the Bot Connector, which tests check with `botTokenClaims`.
 * Nothing in botbuilder is mocked; only the endpoints it is configured with are local.
 */
export interface FakeBotIdentity {
  readonly appId: string;
  readonly password: string;
  /** The `iss` of channel tokens (TEAMS_TOKEN_ISSUER). */
  readonly issuer: string;
  /** The audience of the bot's tokens to the connector (TEAMS_OAUTH_SCOPE). */
  readonly scope: string;
  /** MICROSOFT_APP_* and TEAMS_CLOUD=custom with this identity's endpoints. */
  readonly env: Readonly<Record<string, string>>;
  /** A channel token to the bot for `serviceUrl`, signed with the published key unless `withKey` is given. */
  channelToken(
    claims: { serviceUrl: string; appId?: string; issuer?: string; expiresIn?: number },
    withKey?: KeyObject,
  ): string;
  /** `{ authorization: 'Bearer …' }` for posting `activity` (its serviceUrl) as the channel. */
  authorize(activity: unknown): Record<string, string>;
  /** A key that is not published: tokens signed with it must fail. */
  strangerKey(): KeyObject;
  /** The claims of an `Authorization` value when it is a token this identity issued for the connector, else null. */
  botTokenClaims(authorization: string | null | undefined): Record<string, unknown> | null;
  /** Client-credentials grants asked of the token endpoint, and whether they were granted. */
  readonly grants: { clientId: string; scope: string; granted: boolean }[];
  close(): Promise<void>;
}

const KID = 'fake-bf-key-1';
const APP_ID = '00000000-0000-4000-8000-000000000b07';
const PASSWORD = 'local-test-secret';
const ISSUER = 'https://api.botframework.test';
const SCOPE = 'https://connector.botframework.test';
const TENANT = 'botframework.test';

const b64 = (o: unknown) => Buffer.from(JSON.stringify(o)).toString('base64url');

function sign(claims: Record<string, unknown>, key: KeyObject): string {
  const head = b64({ alg: 'RS256', typ: 'JWT', kid: KID });
  const body = b64(claims);
  const signature = createSign('RSA-SHA256').update(`${head}.${body}`).sign(key).toString('base64url');
  return `${head}.${body}.${signature}`;
}

async function readBody(req: AsyncIterable<unknown>): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of req) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks).toString('utf8');
}

export async function startFakeBotIdentity(): Promise<FakeBotIdentity> {
  const { privateKey, publicKey } = generateKeyPairSync('rsa', { modulusLength: 2048 });
  const jwk = publicKey.export({ format: 'jwk' });
  let stranger: KeyObject | null = null;
  const grants: FakeBotIdentity['grants'] = [];
  const server = createServer(async (req, res) => {
    const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
    res.setHeader('content-type', 'application/json');
    if (req.method === 'GET' && req.url === '/openid') {
      res.end(JSON.stringify({ issuer: ISSUER, jwks_uri: `${base}/keys` }));
    } else if (req.method === 'GET' && req.url === '/keys') {
      res.end(
        JSON.stringify({
          keys: [{ kty: 'RSA', use: 'sig', kid: KID, n: jwk.n, e: jwk.e, endorsements: ['msteams'] }],
        }),
      );
    } else if (req.method === 'POST' && req.url === `/${TENANT}/oauth2/v2.0/token`) {
      const form = new URLSearchParams(await readBody(req));
      const clientId = form.get('client_id') ?? '';
      const scope = form.get('scope') ?? '';
      const granted =
        form.get('grant_type') === 'client_credentials' &&
        clientId === APP_ID &&
        form.get('client_secret') === PASSWORD &&
        scope === `${SCOPE}/.default`;
      grants.push({ clientId, scope, granted });
      if (!granted) {
        res.statusCode = 401;
        res.end(JSON.stringify({ error: 'invalid_client' }));
        return;
      }
      const now = Math.floor(Date.now() / 1000);
      const token = sign(
        { iss: ISSUER, aud: SCOPE, appid: APP_ID, nbf: now - 60, exp: now + 3600 },
        privateKey,
      );
      res.end(JSON.stringify({ token_type: 'Bearer', expires_in: 3600, access_token: token }));
    } else {
      res.statusCode = 404;
      res.end('{}');
    }
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  server.unref();
  const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;

  const channelToken: FakeBotIdentity['channelToken'] = (claims, withKey = privateKey) => {
    const now = Math.floor(Date.now() / 1000);
    const expiresIn = claims.expiresIn ?? 3600;
    return sign(
      {
        iss: claims.issuer ?? ISSUER,
        aud: claims.appId ?? APP_ID,
        serviceurl: claims.serviceUrl,
        nbf: Math.min(now, now + expiresIn) - 60,
        exp: now + expiresIn,
      },
      withKey,
    );
  };

  return {
    appId: APP_ID,
    password: PASSWORD,
    issuer: ISSUER,
    scope: SCOPE,
    env: Object.freeze({
      MICROSOFT_APP_ID: APP_ID,
      MICROSOFT_APP_PASSWORD: PASSWORD,
      MICROSOFT_APP_TYPE: 'MultiTenant',
      TEAMS_CLOUD: 'custom',
      TEAMS_LOGIN_URL: `${base}/${TENANT}`,
      TEAMS_OAUTH_SCOPE: SCOPE,
      TEAMS_TOKEN_ISSUER: ISSUER,
      TEAMS_OPENID_METADATA_URL: `${base}/openid`,
    }),
    channelToken,
    authorize(activity) {
      const serviceUrl = (activity as { serviceUrl?: unknown } | null)?.serviceUrl;
      return { authorization: `Bearer ${channelToken({ serviceUrl: String(serviceUrl ?? '') })}` };
    },
    strangerKey() {
      stranger ??= generateKeyPairSync('rsa', { modulusLength: 2048 }).privateKey;
      return stranger;
    },
    botTokenClaims(authorization) {
      const m = /^Bearer ([\w-]+)\.([\w-]+)\.([\w-]+)$/.exec(authorization ?? '');
      if (!m) return null;
      const [, head, body, signature] = m as unknown as [string, string, string, string];
      const ok = createVerify('RSA-SHA256')
        .update(`${head}.${body}`)
        .verify(publicKey, Buffer.from(signature, 'base64url'));
      if (!ok) return null;
      const claims = JSON.parse(Buffer.from(body, 'base64url').toString('utf8')) as Record<string, unknown>;
      return claims.aud === SCOPE && claims.appid === APP_ID ? claims : null;
    },
    grants,
    close() {
      server.closeAllConnections();
      return new Promise((resolve) => server.close(() => resolve()));
    },
  };
}

let shared: Promise<FakeBotIdentity> | null = null;

/** One identity per test file (each file runs in its own process), started on first use; it never holds the process open. */
export function sharedBotIdentity(): Promise<FakeBotIdentity> {
  shared ??= startFakeBotIdentity();
  return shared;
}
