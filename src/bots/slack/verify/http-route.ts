import { type Route, send } from '../../../runtime/http.ts';
import { type HTTPReceiver, verifySlackRequest } from '../api/bolt.ts';
import { isAppRateLimited, slackBodyProblem } from './body-check.ts';

/** Where Slack posts slash commands, interactivity and events. */
export const SLACK_EVENTS_PATH = '/slack/events';

/** How far ahead of this machine's clock a request's timestamp may be (Slack's own window is 5 minutes). */
export const MAX_FUTURE_MS = 5 * 60 * 1000;

/** What the route needs to verify a request and refuse a malformed body before Bolt sees it. */
export interface SlackBodyCheck {
  readonly signingSecret: string;
  /** The registered slash commands (`/insats`, …). */
  readonly commands: readonly string[];
}

/**
 * Mounts Bolt's HTTPReceiver on our HTTP server. Our server has already read the body into `req.rawBody`, which
 * Bolt takes as it is. The route verifies the request first, with Bolt's own `verifySlackRequest` (signature and
 * timestamp; 401 when either is wrong or missing), so the refusal is logged with the request's id; the receiver is
 * made with `signatureVerification: false` (app.ts) and does not compute the same HMAC a second time. A correctly
 * signed body that is no request Slack sends us (see body-check.ts) gets 400 and a warning before Bolt or the chat
 * core see it. Bolt then parses the payload, dispatches it to the listeners and writes the ack. The route resolves
 * when the response is done, so in-flight counting and graceful shutdown see the whole request.
 */
export function slackEventsRoute(receiver: HTTPReceiver, check: SlackBodyCheck): Route {
  const commands = new Set(check.commands);
  return {
    method: 'POST',
    path: SLACK_EVENTS_PATH,
    name: 'slack',
    handler: (req, res) => {
      const refused = signatureProblem(check.signingSecret, req.rawBody, req.headers, Date.now());
      if (refused) {
        req.log.warn({ reason: refused }, 'slack: request refused');
        send(res, 401, { error: 'unauthorized' });
        return;
      }
      const contentType = headerOf(req.headers['content-type']);
      const problem = slackBodyProblem(req.rawBody, contentType, commands);
      if (problem) {
        req.log.warn({ reason: problem }, 'slack: malformed request refused');
        send(res, 400, { error: 'bad request' });
        return;
      }
      // Slack tells us it is dropping our events for a minute; it wants a 200, and Bolt has no listener for it.
      if (isAppRateLimited(req.rawBody, contentType)) {
        req.log.warn({ reason: 'app_rate_limited' }, 'slack: events are being rate limited for this app');
        send(res, 200, { ok: true });
        return;
      }
      return new Promise<void>((resolve) => {
        res.once('close', () => resolve());
        receiver.requestListener(req, res);
      });
    },
  };
}

/**
 * Why a request is not one Slack signed just now, or null when it is: Bolt's check (v0 HMAC-SHA256 of
 * `v0:<timestamp>:<body>` with the signing secret, timestamp at most 5 minutes old), plus a timestamp at most
 * 5 minutes ahead of this machine's clock (Bolt lets those through: a request dated ahead could be replayed for as
 * long as it likes).
 */
export function signatureProblem(
  secret: string,
  body: Buffer,
  headers: Record<string, string | string[] | undefined>,
  nowMs: number,
): string | null {
  const signature = headerOf(headers['x-slack-signature']);
  const timestamp = headerOf(headers['x-slack-request-timestamp']);
  if (!signature || !timestamp) return 'signature or timestamp missing';
  const seconds = Number(timestamp);
  if (!Number.isInteger(seconds)) return 'timestamp is not a number';
  if (seconds * 1000 > nowMs + MAX_FUTURE_MS) return 'timestamp in the future';
  try {
    verifySlackRequest({
      signingSecret: secret,
      body: body.toString('utf8'),
      headers: { 'x-slack-signature': signature, 'x-slack-request-timestamp': seconds },
      nowMilliseconds: nowMs,
    });
    return null;
  } catch (e) {
    return (e as Error).message.replace(/^Failed to verify authenticity: /, '');
  }
}

function headerOf(value: string | string[] | undefined): string | undefined {
  return Array.isArray(value) ? value[0] : value;
}
