import {
  type Activity,
  CallerIdConstants,
  CloudAdapter,
  ConfigurationBotFrameworkAuthentication,
} from 'botbuilder';
import type { Config } from '../../../config.ts';
import type { Logger } from '../../../domain/ports.ts';
import type { TeamsAuthMode } from './auth.ts';
import { reuseConnectors } from './connector-reuse.ts';

/** Test and private-cloud settings for the adapter. */
export interface AdapterOverrides {
  /**
   * Where botbuilder fetches the keys that sign the Bot Framework's tokens (default: Microsoft's public cloud).
   * Tests point it at a local issuer to exercise real token validation; a private cloud would too.
   */
  readonly openIdMetadataUrl?: string;
}

/**
 * botbuilder applies its public-cloud defaults only when no endpoint is given at all; once one is overridden every
 * other must be spelled out. These are the public cloud's values, as in botframework-connector's
 * AuthenticationConstants (a transitive package we do not import directly); test/teams/auth.test.ts compares them.
 */
export function publicCloudWith(openIdMetadataUrl: string): Record<string, string> {
  return {
    ToChannelFromBotLoginUrl: 'https://login.microsoftonline.com/botframework.com',
    ToChannelFromBotOAuthScope: 'https://api.botframework.com',
    ToBotFromChannelTokenIssuer: 'https://api.botframework.com',
    OAuthUrl: 'https://api.botframework.com',
    ToBotFromChannelOpenIdMetadataUrl: openIdMetadataUrl,
    ToBotFromEmulatorOpenIdMetadataUrl:
      'https://login.microsoftonline.com/common/v2.0/.well-known/openid-configuration',
    CallerId: CallerIdConstants.PublicAzureChannel,
  };
}

/**
 * botbuilder's CloudAdapter with ConfigurationBotFrameworkAuthentication: single- or multi-tenant (or a
 * user-assigned managed identity) from MICROSOFT_APP_TYPE. With no app id the adapter itself accepts anything,
 * which is why the route refuses requests first unless the auth mode is `open` (see auth.ts).
 *
 * `onTurnError` is the Teams runtime's one error boundary: the core never throws, so what lands here is a platform
 * failure (the Bot Connector refusing a reply); it is logged and the request still answers 200.
 */
export interface TeamsAdapter {
  readonly adapter: CloudAdapter;
  /**
   * Validates the request's Bot Framework token before `adapter.process` sees it. botbuilder answers a token with a
   * bad signature, or an expired one, with 500 (jsonwebtoken's errors are not its AuthenticationError); this turns
   * every token problem into `unauthorized` (401), and a failure to fetch Microsoft's keys into `unavailable` (503).
   */
  verify(
    activity: Record<string, unknown>,
    authorization: string,
  ): Promise<'ok' | 'unauthorized' | 'unavailable'>;
}

const TOKEN_ERRORS = new Set(['JsonWebTokenError', 'TokenExpiredError', 'NotBeforeError']);

export function createAdapter(
  mode: TeamsAuthMode,
  teams: Config['teams'],
  logger: Logger,
  overrides: AdapterOverrides = {},
): TeamsAdapter {
  const settings =
    mode.kind === 'authenticated'
      ? {
          MicrosoftAppId: mode.appId,
          MicrosoftAppType: mode.appType,
          ...(teams.appPassword ? { MicrosoftAppPassword: teams.appPassword } : {}),
          ...(mode.tenantId ? { MicrosoftAppTenantId: mode.tenantId } : {}),
          ...(overrides.openIdMetadataUrl ? publicCloudWith(overrides.openIdMetadataUrl) : {}),
        }
      : {};
  const auth = reuseConnectors(new ConfigurationBotFrameworkAuthentication(settings));
  const adapter = new CloudAdapter(auth);
  adapter.onTurnError = async (context, error) => {
    const e = error as { statusCode?: number; code?: string; message?: string; name?: string };
    logger.error(
      {
        platform: 'teams',
        activityType: context.activity?.type,
        activityId: context.activity?.id,
        err: { name: e?.name, code: e?.code, status: e?.statusCode, message: e?.message },
      },
      'teams: turn failed',
    );
  };
  return {
    adapter,
    async verify(activity, authorization) {
      if (mode.kind !== 'authenticated') return 'ok';
      try {
        await auth.authenticateRequest(activity as Partial<Activity> as Activity, authorization);
        return 'ok';
      } catch (error) {
        const e = error as { name?: string; statusCode?: number; message?: string };
        if (e.statusCode === 401 || TOKEN_ERRORS.has(e.name ?? '')) return 'unauthorized';
        logger.error({ err: { name: e.name, message: e.message } }, 'teams: cannot verify tokens');
        return 'unavailable';
      }
    },
  };
}
