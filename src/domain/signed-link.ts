import type { Clock } from './ports.ts';

/**
 * Signed dashboard links: `/d/<område>?t=<token>` opens a police area's dashboard for 24 hours with no account.
 * The token is `<expiry in epoch seconds>.<MAC>`, where the MAC (HMAC-SHA256, base64url) covers a fixed purpose,
 * the area id and the expiry: changing any of them — or using the token under another area's path — breaks it.
 * The domain does no cryptography itself: the MAC function is injected (src/web/hmac.ts provides it).
 */

/** Computes the MAC of `message` with the link secret, as base64url. Deterministic for one secret. */
export type LinkSigner = (message: string) => string;

/** How long a dashboard link is valid. */
export const DASHBOARD_LINK_TTL_MS = 24 * 60 * 60 * 1000;

const PURPOSE = 'loftesbot/dashboard/v1';
const TOKEN = /^(\d{1,12})\.([A-Za-z0-9_-]{16,128})$/;

/** What signing and building a dashboard link needs. */
export interface LinkDeps {
  readonly sign: LinkSigner;
  readonly clock: Clock;
  /** The server's public base URL, e.g. `https://loftesbot.example.se` (no trailing slash needed). */
  readonly baseUrl: string;
  /** Validity; defaults to DASHBOARD_LINK_TTL_MS. */
  readonly ttlMs?: number;
}

export interface DashboardLink {
  readonly url: string;
  readonly areaId: string;
  readonly token: string;
  /** Epoch milliseconds after which the link is refused. */
  readonly expiresAt: number;
}

export type TokenCheck =
  | { readonly ok: true; readonly expiresAt: number }
  | { readonly ok: false; readonly reason: 'missing' | 'malformed' | 'bad-signature' | 'expired' };

function message(areaId: string, expSeconds: string): string {
  return `${PURPOSE}|${areaId}|${expSeconds}`;
}

/** A token for `areaId` valid until `expiresAt` (epoch ms, rounded down to a whole second). */
export function signDashboardToken(sign: LinkSigner, areaId: string, expiresAt: number): string {
  const exp = String(Math.floor(expiresAt / 1000));
  return `${exp}.${sign(message(areaId, exp))}`;
}

/**
 * Checks a token against the area of the path it came with, at `now`. The signature is checked before the expiry,
 * so an altered expiry reads as `bad-signature`, never as a still-valid or merely expired link.
 */
export function verifyDashboardToken(
  sign: LinkSigner,
  areaId: string,
  token: string | null | undefined,
  now: number,
): TokenCheck {
  if (token === null || token === undefined || token === '') return { ok: false, reason: 'missing' };
  const m = TOKEN.exec(token);
  if (!m) return { ok: false, reason: 'malformed' };
  const exp = m[1] as string;
  const mac = m[2] as string;
  if (!equalInConstantTime(sign(message(areaId, exp)), mac)) return { ok: false, reason: 'bad-signature' };
  const expiresAt = Number(exp) * 1000;
  if (now >= expiresAt) return { ok: false, reason: 'expired' };
  return { ok: true, expiresAt };
}

/** The dashboard path of an area with its token: `/d/<area>?t=<token>`. */
export function dashboardPath(areaId: string, token: string): string {
  return `/d/${encodeURIComponent(areaId)}?t=${encodeURIComponent(token)}`;
}

/** A fresh link to the dashboard of `areaId`, valid for 24 hours (or `ttlMs`) from now. */
export function dashboardLink(deps: LinkDeps, areaId: string): DashboardLink {
  const expiresAt = deps.clock.now() + (deps.ttlMs ?? DASHBOARD_LINK_TTL_MS);
  const token = signDashboardToken(deps.sign, areaId, expiresAt);
  // The token carries whole seconds; report the expiry the server will actually enforce.
  const enforced = Math.floor(expiresAt / 1000) * 1000;
  return {
    url: `${deps.baseUrl.replace(/\/+$/, '')}${dashboardPath(areaId, token)}`,
    areaId,
    token,
    expiresAt: enforced,
  };
}

/** String equality whose time does not depend on where the strings first differ. */
export function equalInConstantTime(a: string, b: string): boolean {
  let diff = a.length ^ b.length;
  for (let i = 0; i < Math.max(a.length, b.length); i++) {
    diff |= (a.charCodeAt(i) || 0) ^ (b.charCodeAt(i) || 0);
  }
  return diff === 0;
}
