import {
  type Activity,
  CloudAdapter,
  ConfigurationBotFrameworkAuthentication,
  type InvokeResponse,
  type TurnContext,
} from 'botbuilder';
import { validateAndFixActivity } from 'botbuilder/lib/activityValidator.js';
import type { Config } from '../../../config.ts';
import type { Logger } from '../../../domain/ports.ts';
import type { TeamsAuthMode } from './auth.ts';
import { clientCredentialsFactory } from './client-credentials.ts';
import { reuseConnectors } from './connector-reuse.ts';

/** The US Government cloud's ChannelService value: botbuilder then uses its GovernmentConstants endpoints. */
const US_GOVERNMENT_CHANNEL_SERVICE = 'https://botframework.azure.us';

/**
 * botbuilder's settings for the cloud: nothing for the public cloud (botbuilder's defaults), ChannelService for the
 * US Government cloud, and every endpoint for a custom cloud (once one is given, botbuilder expects them all). A
 * custom cloud validates emulator tokens against its own keys too, so no request goes to Microsoft's.
 */
export function cloudSettings(cloud: Config['teams']['cloud']): Record<string, string> {
  switch (cloud.kind) {
    case 'public':
      return {};
    case 'usgov':
      return { ChannelService: US_GOVERNMENT_CHANNEL_SERVICE };
    case 'custom':
      return {
        ToChannelFromBotLoginUrl: cloud.loginUrl,
        ToChannelFromBotOAuthScope: cloud.oauthScope,
        ToBotFromChannelTokenIssuer: cloud.tokenIssuer,
        // The user-token (sign-in) service; Löftesbot signs no one in, botbuilder only wants a value.
        OAuthUrl: cloud.oauthScope,
        ToBotFromChannelOpenIdMetadataUrl: cloud.openIdMetadataUrl,
        ToBotFromEmulatorOpenIdMetadataUrl: cloud.openIdMetadataUrl,
      };
  }
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
   * Validates the request's Bot Framework token (botbuilder's authenticateRequest). botbuilder's own `process`
   * answers a token with a bad signature, or an expired one, with 500 (jsonwebtoken's errors are not its
   * AuthenticationError); this turns every token problem into `unauthorized` (401), and a failure to fetch
   * Microsoft's keys into `unavailable` (503). A verified request comes back with its authentication result.
   */
  verify(activity: Record<string, unknown>, authorization: string): Promise<Verdict>;
  /**
   * Runs the turn of a verified activity: botbuilder's own processActivity (connector client, turn context,
   * middleware, our logic), given the authentication result `verify` already has — so the token is checked once,
   * and none of `process`'s per-request schema building for an HTTP request we have already parsed. Returns
   * the invoke response, if the turn left one.
   */
  runTurn(
    verified: Verified,
    activity: Record<string, unknown>,
    logic: (context: TurnContext) => Promise<void>,
  ): Promise<InvokeResponse | undefined>;
}

/** What botbuilder's authenticateRequest returns for a verified request. */
type Authenticated = Awaited<ReturnType<ConfigurationBotFrameworkAuthentication['authenticateRequest']>>;

export type Verified = { readonly ok: true; readonly auth: Authenticated };
export type Verdict = Verified | { readonly ok: false; readonly reason: 'unauthorized' | 'unavailable' };

/** CloudAdapter with botbuilder's processActivity (protected there) open to the route. */
class TurnAdapter extends CloudAdapter {
  runTurn(
    auth: Authenticated,
    activity: Activity,
    logic: (context: TurnContext) => Promise<void>,
  ): Promise<InvokeResponse | undefined> {
    return this.processActivity(auth, activity, logic);
  }
}

const TOKEN_ERRORS = new Set(['JsonWebTokenError', 'TokenExpiredError', 'NotBeforeError']);

export function createAdapter(mode: TeamsAuthMode, teams: Config['teams'], logger: Logger): TeamsAdapter {
  const settings =
    mode.kind === 'authenticated'
      ? {
          MicrosoftAppId: mode.appId,
          MicrosoftAppType: mode.appType,
          ...(teams.appPassword ? { MicrosoftAppPassword: teams.appPassword } : {}),
          ...(mode.tenantId ? { MicrosoftAppTenantId: mode.tenantId } : {}),
          ...cloudSettings(teams.cloud),
        }
      : {};
  // A custom cloud gets its tokens from its own authority (client-credentials.ts); the others through MSAL.
  const credentials =
    mode.kind === 'authenticated' && teams.cloud.kind === 'custom' && teams.appPassword
      ? clientCredentialsFactory({
          appId: mode.appId,
          password: teams.appPassword,
          loginUrl: teams.cloud.loginUrl,
        })
      : undefined;
  // One connector client per service URL for every turn, not a new one per turn (connector-reuse.ts).
  const auth = reuseConnectors(new ConfigurationBotFrameworkAuthentication(settings, credentials));
  const adapter = new TurnAdapter(auth);
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
      try {
        // Without an app id (open mode) botbuilder authenticates nothing and answers at once.
        const result = await auth.authenticateRequest(
          activity as Partial<Activity> as Activity,
          mode.kind === 'authenticated' ? authorization : '',
        );
        return { ok: true, auth: result };
      } catch (error) {
        const e = error as { name?: string; statusCode?: number; message?: string };
        if (e.statusCode === 401 || TOKEN_ERRORS.has(e.name ?? ''))
          return { ok: false, reason: 'unauthorized' };
        logger.error({ err: { name: e.name, message: e.message } }, 'teams: cannot verify tokens');
        return { ok: false, reason: 'unavailable' };
      }
    },
    runTurn(verified, activity, logic) {
      return adapter.runTurn(
        verified.auth,
        validateAndFixActivity(activity as Partial<Activity> as Activity),
        logic,
      );
    },
  };
}
