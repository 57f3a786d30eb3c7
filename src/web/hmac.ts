import { createHmac, randomBytes } from 'node:crypto';
import type { Config } from '../config.ts';
import type { Clock } from '../domain/ports.ts';
import type { LinkDeps, LinkSigner } from '../domain/signed-link.ts';

/**
 * The runtime half of signed dashboard links: the HMAC-SHA256 signer the domain is given, and where its secret
 * comes from. In order: LOFTESBOT_LINK_SECRET; else a key derived from the configured platform secrets (so every
 * process of one installation agrees, and rotating those secrets also invalidates links); else a random key made
 * once per process (links then stop working when the process restarts, and processes do not share them).
 */

export type LinkSecretSource = 'configured' | 'derived' | 'random';

export interface LinkSecret {
  readonly key: Buffer;
  readonly source: LinkSecretSource;
}

let processSecret: Buffer | null = null;

/** The link secret of `config` and where it came from. */
export function linkSecretOf(config: Config): LinkSecret {
  if (config.linkSecret) return { key: Buffer.from(config.linkSecret, 'utf8'), source: 'configured' };
  const material = [
    config.slack.signingSecret,
    config.slack.botToken,
    config.slack.appToken,
    config.teams.appPassword,
  ].filter((s): s is string => typeof s === 'string' && s !== '');
  if (material.length > 0) {
    const key = createHmac('sha256', material.join('\u0000')).update('loftesbot/link-secret/v1').digest();
    return { key, source: 'derived' };
  }
  processSecret ??= randomBytes(32);
  return { key: processSecret, source: 'random' };
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
): LinkDeps & { readonly secretSource: LinkSecretSource } {
  const secret = linkSecretOf(config);
  return {
    sign: hmacSigner(secret.key),
    clock,
    baseUrl: config.publicUrl ?? `http://localhost:${config.port}`,
    secretSource: secret.source,
  };
}
