import { CloudAdapter, ConfigurationBotFrameworkAuthentication } from 'botbuilder';
import type { Config } from '../../config.ts';
import type { Logger } from '../../domain/ports.ts';
import type { TeamsAuthMode } from './auth.ts';

/**
 * botbuilder's CloudAdapter with ConfigurationBotFrameworkAuthentication: single- or multi-tenant (or a
 * user-assigned managed identity) from MICROSOFT_APP_TYPE. With no app id the adapter itself accepts anything,
 * which is why the route refuses requests first unless the auth mode is `open` (see auth.ts).
 *
 * `onTurnError` is the Teams runtime's one error boundary: the core never throws, so what lands here is a platform
 * failure (the Bot Connector refusing a reply); it is logged and the request still answers 200.
 */
export function createAdapter(mode: TeamsAuthMode, teams: Config['teams'], logger: Logger): CloudAdapter {
  const settings =
    mode.kind === 'authenticated'
      ? {
          MicrosoftAppId: mode.appId,
          MicrosoftAppType: mode.appType,
          ...(teams.appPassword ? { MicrosoftAppPassword: teams.appPassword } : {}),
          ...(mode.tenantId ? { MicrosoftAppTenantId: mode.tenantId } : {}),
        }
      : {};
  const adapter = new CloudAdapter(new ConfigurationBotFrameworkAuthentication(settings));
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
  return adapter;
}
