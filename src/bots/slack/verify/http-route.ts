import type { Logger } from '../../../domain/ports.ts';
import { type Route, send } from '../../../runtime/http.ts';
import { type HTTPReceiver, isValidSlackRequest } from '../api/bolt.ts';
import { isAppRateLimited, slackBodyProblem } from './body-check.ts';

/** Where Slack posts slash commands, interactivity and events. */
export const SLACK_EVENTS_PATH = '/slack/events';

/** How far ahead of this machine's clock a request's timestamp may be (Slack's own window is 5 minutes). */
export const MAX_FUTURE_MS = 5 * 60 * 1000;

/** What the route needs to refuse a malformed body before Bolt sees it. */
export interface SlackBodyCheck {
  readonly signingSecret: string;
  /** The registered slash commands (`/insats`, …). */
  readonly commands: readonly string[];
  readonly logger: Logger;
}

/**
 * Mounts Bolt's HTTPReceiver on our HTTP server. Our server has already read the body into `req.rawBody`, which
 * Bolt takes as it is; Bolt then verifies the signature and timestamp (401 when either is wrong or missing),
 * parses the payload, dispatches it to the listeners and writes the ack. The route resolves when the response is
 * done, so in-flight counting and graceful shutdown see the whole request.
 * With `check`, a correctly signed body that is no request Slack sends us (see body-check.ts) gets 400 and a
 * warning before Bolt or the chat core see it; an unsigned one still goes to Bolt for its 401.
 */
export function slackEventsRoute(receiver: HTTPReceiver, check?: SlackBodyCheck): Route {
  const commands = new Set(check?.commands ?? []);
  return {
    method: 'POST',
    path: SLACK_EVENTS_PATH,
    name: 'slack',
    handler: (req, res) => {
      // Bolt refuses timestamps more than 5 minutes old, not those in the future: a request dated ahead could be
      // replayed for as long as it likes. Refused here, signed or not.
      const timestamp = Number(headerOf(req.headers['x-slack-request-timestamp']));
      if (Number.isFinite(timestamp) && timestamp * 1000 > Date.now() + MAX_FUTURE_MS) {
        check?.logger.warn({ reason: 'timestamp in the future' }, 'slack: request refused');
        send(res, 401, { error: 'unauthorized' });
        return;
      }
      if (check) {
        const problem = slackBodyProblem(req.rawBody, headerOf(req.headers['content-type']), commands);
        if (problem && signed(check.signingSecret, req.rawBody, req.headers)) {
          check.logger.warn({ reason: problem }, 'slack: malformed request refused');
          send(res, 400, { error: 'bad request' });
          return;
        }
        // Slack tells us it is dropping our events for a minute; it wants a 200, and Bolt has no listener for it.
        const contentType = headerOf(req.headers['content-type']);
        if (
          isAppRateLimited(req.rawBody, contentType) &&
          signed(check.signingSecret, req.rawBody, req.headers)
        ) {
          check.logger.warn(
            { reason: 'app_rate_limited' },
            'slack: events are being rate limited for this app',
          );
          send(res, 200, { ok: true });
          return;
        }
      }
      return new Promise<void>((resolve) => {
        res.once('close', () => resolve());
        receiver.requestListener(req, res);
      });
    },
  };
}

function headerOf(value: string | string[] | undefined): string | undefined {
  return Array.isArray(value) ? value[0] : value;
}

function signed(
  secret: string,
  body: Buffer,
  headers: Record<string, string | string[] | undefined>,
): boolean {
  return isValidSlackRequest({
    signingSecret: secret,
    body: body.toString('utf8'),
    headers: {
      'x-slack-signature': headerOf(headers['x-slack-signature']) ?? '',
      'x-slack-request-timestamp': Number(headerOf(headers['x-slack-request-timestamp'])),
    },
  });
}
