import type { Config } from '../../../config.ts';

/**
 * Who may talk to POST /api/messages.
 *
 * botbuilder's CloudAdapter with no app id accepts any request, even with a bogus token, so the bot decides here:
 * - `authenticated`: credentials are configured; botbuilder validates the Bot Framework JWT on every request (and we
 *   refuse a missing or malformed Authorization header before it even parses the body).
 * - `open`: no credentials and TEAMS_ALLOW_UNAUTHENTICATED=true — local use with the Bot Framework Emulator only.
 * - `refuse`: no credentials and not explicitly opened — every request gets 401.
 */
export type TeamsAuthMode =
  | {
      readonly kind: 'authenticated';
      readonly appId: string;
      readonly appType: Config['teams']['appType'];
      readonly tenantId: string | null;
      /** TEAMS_ALLOW_UNAUTHENTICATED was set but is ignored because credentials are configured. */
      readonly openIgnored: boolean;
    }
  | { readonly kind: 'open' }
  | { readonly kind: 'refuse' };

/** The auth mode the Teams configuration puts the bot in. Credentials always win over the local no-auth switch. */
export function teamsAuthMode(
  teams: Pick<Config['teams'], 'appId' | 'appType' | 'tenantId' | 'allowUnauthenticated'>,
): TeamsAuthMode {
  if (teams.appId) {
    return {
      kind: 'authenticated',
      appId: teams.appId,
      appType: teams.appType,
      tenantId: teams.tenantId ?? null,
      openIgnored: teams.allowUnauthenticated,
    };
  }
  return teams.allowUnauthenticated ? { kind: 'open' } : { kind: 'refuse' };
}

/** One log line's worth of description (fields and message) of the mode in force; never a secret. */
export function describeAuthMode(mode: TeamsAuthMode): { fields: Record<string, unknown>; message: string } {
  switch (mode.kind) {
    case 'authenticated':
      return {
        fields: { authMode: 'authenticated', appType: mode.appType, tenant: mode.tenantId ?? 'multi-tenant' },
        message:
          mode.appType === 'SingleTenant'
            ? 'teams: Bot Framework authentication on (single tenant)'
            : mode.appType === 'UserAssignedMSI'
              ? 'teams: Bot Framework authentication on (user-assigned managed identity)'
              : 'teams: Bot Framework authentication on (multi-tenant)',
      };
    case 'open':
      return {
        fields: { authMode: 'unauthenticated' },
        message:
          'teams: NO authentication (TEAMS_ALLOW_UNAUTHENTICATED=true) — for the Bot Framework Emulator on a local machine only; no conversation reference is kept, so no reminders reach Teams',
      };
    case 'refuse':
      return {
        fields: { authMode: 'refuse' },
        message:
          'teams: not configured (MICROSOFT_APP_ID unset): POST /api/messages answers 401 to every request',
      };
  }
}

/** A Bearer token with the shape of a signed JWT: three base64url parts, the signature not empty. */
const BEARER_JWT = /^Bearer\s+([A-Za-z0-9_-]+)\.[A-Za-z0-9_-]+\.[A-Za-z0-9_-]+$/;

/** The signing algorithms the Bot Framework uses (botframework-connector's AllowedSigningAlgorithms). */
const ALGORITHMS = new Set(['RS256', 'RS384', 'RS512']);

function jwtHeader(part: string): { alg?: unknown; kid?: unknown } | null {
  try {
    const header = JSON.parse(Buffer.from(part, 'base64url').toString('utf8')) as unknown;
    return header !== null && typeof header === 'object'
      ? (header as { alg?: unknown; kid?: unknown })
      : null;
  } catch {
    return null;
  }
}

/**
 * The refusal the bot makes before botbuilder sees the request, or null to let botbuilder authenticate it.
 * In `authenticated` mode a missing header, or one that cannot be a Bot Framework token (not a signed JWT, an
 * algorithm other than RS256/384/512, no key id), is refused here without a network round trip; anything else is
 * validated by botbuilder against Microsoft's published keys.
 */
export function refusal(mode: TeamsAuthMode, authorization: string | undefined): string | null {
  if (mode.kind === 'refuse') return 'Microsoft Teams is not configured on this server';
  if (mode.kind === 'open') return null;
  if (!authorization) return 'missing Authorization header';
  const m = BEARER_JWT.exec(authorization.trim());
  const header = m?.[1] ? jwtHeader(m[1]) : null;
  if (!header) return 'malformed Authorization header';
  if (typeof header.alg !== 'string' || !ALGORITHMS.has(header.alg)) return 'token algorithm not allowed';
  if (typeof header.kid !== 'string' || header.kid === '') return 'token without a key id';
  return null;
}
