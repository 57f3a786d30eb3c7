import { createHmac, randomBytes } from 'node:crypto';
import type { Config } from '../config.ts';
import type { Clock } from '../domain/ports.ts';
import type { LinkDeps, LinkSecretSource, LinkSigner } from '../domain/signed-link.ts';

/**
 * The runtime half of signed dashboard links: the HMAC-SHA256 signer the domain is given, and where its secret
 * comes from. LOFTESBOT_LINK_SECRET when set; else the installation's own secret, made once (32 random bytes) and
 * kept in the database, so every process on that database — the server, `npx loftesbot chat`, the CLI — signs
 * and checks links with the same key. Rotating: README "Signed links".
 */

export interface LinkSecret {
  readonly key: Buffer;
  readonly source: LinkSecretSource;
}

export type { LinkSecretSource };

/** The installation's secrets (src/store/stores.ts): the stored one by name, or `candidate` stored now. */
export interface InstallationSecrets {
  installationSecret(name: string, candidate: string, now: number): Promise<string>;
}

/** The name of the link secret's row in `installation_secrets`. */
export const LINK_SECRET_NAME = 'link';

/** The link secret of this installation and where it came from; makes and stores it the first time. */
export async function loadLinkSecret(
  config: Config,
  secrets: InstallationSecrets,
  now: number,
): Promise<LinkSecret> {
  if (config.linkSecret) return { key: Buffer.from(config.linkSecret, 'utf8'), source: 'configured' };
  const stored = await secrets.installationSecret(
    LINK_SECRET_NAME,
    randomBytes(32).toString('base64url'),
    now,
  );
  return { key: Buffer.from(stored, 'base64url'), source: 'database' };
}

/** An HMAC-SHA256 signer (base64url) over `key`. */
export function hmacSigner(key: Buffer): LinkSigner {
  return (message) => createHmac('sha256', key).update(message, 'utf8').digest('base64url');
}

/**
 * Everything the domain needs to make dashboard links for this installation: the signer, the clock and the base
 * URL (config.publicUrl, else `http://localhost:<port>`).
 */
export function linkDepsOf(
  config: Config,
  clock: Clock,
  secret: LinkSecret,
): LinkDeps & { readonly secretSource: LinkSecretSource } {
  return {
    sign: hmacSigner(secret.key),
    clock,
    baseUrl: config.publicUrl ?? `http://localhost:${config.port}`,
    secretSource: secret.source,
  };
}
