import { createSign, generateKeyPairSync, type KeyObject } from 'node:crypto';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';

/**
 * A stand-in for the Bot Framework's token service on 127.0.0.1: an OpenID configuration and a JWKS with one RSA key
 * endorsed for `msteams`, and a signer for RS256 tokens. With botbuilder pointed at it, real token validation runs
 * offline: a token signed with the key is accepted, anything else is refused.
 */
export interface FakeTokenIssuer {
  readonly openIdMetadataUrl: string;
  /** A Bot Framework channel token for `appId` and `serviceUrl`, signed with the published key (or `withKey`). */
  token(claims: { appId: string; serviceUrl: string; expiresIn?: number }, withKey?: KeyObject): string;
  /** A key that is not published: tokens signed with it must fail. */
  readonly strangerKey: KeyObject;
  close(): Promise<void>;
}

const KID = 'fake-bf-key-1';

export async function startFakeTokenIssuer(): Promise<FakeTokenIssuer> {
  const { privateKey, publicKey } = generateKeyPairSync('rsa', { modulusLength: 2048 });
  const stranger = generateKeyPairSync('rsa', { modulusLength: 2048 }).privateKey;
  const jwk = publicKey.export({ format: 'jwk' });
  const server = createServer((req, res) => {
    const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
    res.setHeader('content-type', 'application/json');
    if (req.url === '/openid') {
      res.end(JSON.stringify({ issuer: 'https://api.botframework.com', jwks_uri: `${base}/keys` }));
    } else if (req.url === '/keys') {
      res.end(
        JSON.stringify({
          keys: [{ kty: 'RSA', use: 'sig', kid: KID, n: jwk.n, e: jwk.e, endorsements: ['msteams'] }],
        }),
      );
    } else {
      res.statusCode = 404;
      res.end('{}');
    }
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const port = (server.address() as AddressInfo).port;
  const b64 = (o: unknown) => Buffer.from(JSON.stringify(o)).toString('base64url');
  return {
    openIdMetadataUrl: `http://127.0.0.1:${port}/openid`,
    strangerKey: stranger,
    token({ appId, serviceUrl, expiresIn = 3600 }, withKey = privateKey) {
      const now = Math.floor(Date.now() / 1000);
      const head = b64({ alg: 'RS256', typ: 'JWT', kid: KID });
      const body = b64({
        iss: 'https://api.botframework.com',
        aud: appId,
        serviceurl: serviceUrl,
        nbf: Math.min(now, now + expiresIn) - 60,
        exp: now + expiresIn,
      });
      const signature = createSign('RSA-SHA256')
        .update(`${head}.${body}`)
        .sign(withKey)
        .toString('base64url');
      return `${head}.${body}.${signature}`;
    },
    close() {
      server.closeAllConnections();
      return new Promise((resolve) => server.close(() => resolve()));
    },
  };
}
