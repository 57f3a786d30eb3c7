import { createHmac, timingSafeEqual } from 'node:crypto';
import { type Route, send } from '../../../runtime/http.ts';
import type { HTTPReceiver } from '../api/bolt.ts';
import { isAppRateLimited, slackBodyProblem } from './body-check.ts';

/** Where Slack posts slash commands, interactivity and events. */
export const SLACK_EVENTS_PATH = '/slack/events';

/** How far ahead of this machine's clock a request's timestamp may be (Slack's own window is 5 minutes). */
export const MAX_FUTURE_MS = 5 * 60 * 1000;

/** How old a request's timestamp may be (Slack's and Bolt's window). */
export const MAX_AGE_MS = 5 * 60 * 1000;

/** What the route needs to verify a request and refuse a malformed body before Bolt sees it. */
export interface SlackBodyCheck {
  readonly signingSecret: string;
  /** The registered slash commands (`/insats`, …). */
  readonly commands: readonly string[];
}

/**
 * Mounts Bolt's HTTPReceiver on our HTTP server. Our server has already read the body into `req.rawBody`, which
 * Bolt takes as it is. The route verifies the request first (signature and timestamp, signatureProblem below; 401
 * when either is wrong or missing), so the refusal is logged with the request's id; the receiver is made with
 * `signatureVerification: false` (app.ts) and does not compute the same HMAC a second time. A correctly
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
 * Why a request is not one Slack signed just now, or null when it is. Slack's scheme, as Bolt checks it: the header
 * is `v0=` and the hex HMAC-SHA256 of `v0:<timestamp>:<body>` under the signing secret, and the timestamp is at most
 * 5 minutes old; and here also at most 5 minutes ahead of this machine's clock (Bolt lets those through: a request
 * dated ahead could be replayed for as long as it likes). One HMAC and Node's constant-time comparison: Bolt's
 * `verifySlackRequest` compares with `tsscmp`, which costs two more HMACs and random bytes on every request.
 */
export function signatureProblem(
  secret: string,
  body: Buffer,
  headers: Record<string, string | string[] | undefined>,
  nowMs: number,
): string | null {
  if (!secret) return 'no signing secret';
  const signature = headerOf(headers['x-slack-signature']);
  const timestamp = headerOf(headers['x-slack-request-timestamp']);
  if (!signature || !timestamp) return 'signature or timestamp missing';
  if (!/^\d{1,12}$/.test(timestamp)) return 'timestamp is not a number';
  const ms = Number(timestamp) * 1000;
  if (ms < nowMs - MAX_AGE_MS) return 'timestamp too old';
  if (ms > nowMs + MAX_FUTURE_MS) return 'timestamp in the future';
  if (!signature.startsWith('v0=')) return 'unknown signature version';
  const expected = createHmac('sha256', secret).update(`v0:${timestamp}:`).update(body).digest();
  const given = Buffer.from(signature.slice(3), 'hex');
  return given.length === expected.length && timingSafeEqual(given, expected) ? null : 'signature mismatch';
}

function headerOf(value: string | string[] | undefined): string | undefined {
  return Array.isArray(value) ? value[0] : value;
}
