import type { Config } from '../../config.ts';
import type { Logger } from '../../domain/ports.ts';
import type { ServerPlugin } from '../contract.ts';

/**
 * Whether Slack is configured: a bot token with a signing secret (HTTP) or an app token (Socket Mode). Kept apart
 * from the plugin so the composition root can decide without loading Bolt; when it is not, says so in the log.
 */
export function slackConfigured(config: Config, logger: Logger): boolean {
  const { botToken, signingSecret, appToken } = config.slack;
  if (botToken && (signingSecret || appToken)) return true;
  logger
    .child({ platform: 'slack' })
    .info(
      { configured: { botToken: !!botToken, signingSecret: !!signingSecret, appToken: !!appToken } },
      'Slack not started: set SLACK_BOT_TOKEN with SLACK_SIGNING_SECRET (HTTP) or SLACK_APP_TOKEN (Socket Mode)',
    );
  return false;
}

/**
 * Slack when it is not configured: no routes and no notifier (Bolt is not loaded), only its state on the detailed
 * /healthz — `{"state":"disabled","detail":"SLACK_BOT_TOKEN not set"}`, as Teams says its own.
 */
export function disabledSlackPlugin(): ServerPlugin {
  return {
    name: 'slack',
    routes: [],
    health: () => ({ state: 'disabled', detail: 'SLACK_BOT_TOKEN not set' }),
  };
}
