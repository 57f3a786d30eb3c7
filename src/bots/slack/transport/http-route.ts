import type { HTTPReceiver } from '@slack/bolt';
import type { Route } from '../../../http/server.ts';

/** Where Slack posts slash commands, interactivity and events. */
export const SLACK_EVENTS_PATH = '/slack/events';

/**
 * Mounts Bolt's HTTPReceiver on our HTTP server. Our server has already read the body into `req.rawBody`, which
 * Bolt takes as it is; Bolt then verifies the signature and timestamp (401 when either is wrong or missing),
 * parses the payload, dispatches it to the listeners and writes the ack. The route resolves when the response is
 * done, so in-flight counting and graceful shutdown see the whole request.
 */
export function slackEventsRoute(receiver: HTTPReceiver): Route {
  return {
    method: 'POST',
    path: SLACK_EVENTS_PATH,
    name: 'slack',
    handler: (req, res) =>
      new Promise<void>((resolve) => {
        res.once('close', () => resolve());
        receiver.requestListener(req, res);
      }),
  };
}
