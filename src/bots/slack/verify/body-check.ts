import { FORM_CALLBACK } from '../render/modal.ts';

/**
 * What Bolt may be handed: a slash command we registered, a button press or one of our modals being submitted,
 * an Events API callback, or Slack's URL verification and SSL check. Anything else — a body that is not a form or
 * JSON, a payload that is not a JSON object, an interactivity type we have no listener for, a command we do not
 * know — is refused with 400 before Bolt sees it. (Bolt would crash the process on `payload=null`, answer 500 on a
 * payload missing the fields it reads, or leave the request hanging for 3 s and log an error.) Pure.
 */

type Json = Record<string, unknown>;

const isObject = (v: unknown): v is Json => typeof v === 'object' && v !== null && !Array.isArray(v);
const isText = (v: unknown): v is string => typeof v === 'string' && v !== '';

/** Why a request body to /slack/events cannot be one Slack sends us, or null when it can. */
export function slackBodyProblem(
  raw: Buffer,
  contentType: string | undefined,
  commands: ReadonlySet<string>,
): string | null {
  const type = (contentType ?? '').split(';')[0]?.trim().toLowerCase();
  const text = raw.toString('utf8');
  if (type === 'application/x-www-form-urlencoded') return formProblem(new URLSearchParams(text), commands);
  if (type === 'application/json') {
    const body = parseJson(text);
    return body === undefined ? 'body is not JSON' : eventProblem(body);
  }
  return 'unsupported content type';
}

function parseJson(text: string): unknown {
  try {
    return JSON.parse(text) as unknown;
  } catch {
    return undefined;
  }
}

function formProblem(form: URLSearchParams, commands: ReadonlySet<string>): string | null {
  if (form.get('ssl_check') === '1') return null;
  const payload = form.get('payload');
  if (payload !== null) {
    const body = parseJson(payload);
    return body === undefined ? 'payload is not JSON' : interactivityProblem(body);
  }
  const command = form.get('command');
  if (command !== null) {
    if (!commands.has(command)) return 'unknown slash command';
    if (!isText(form.get('user_id'))) return 'slash command without user_id';
    if (form.has('text') && form.getAll('text').length > 1) return 'slash command with several texts';
    return null;
  }
  return 'neither a slash command nor an interactivity payload';
}

function interactivityProblem(body: unknown): string | null {
  if (!isObject(body)) return 'payload is not a JSON object';
  if (!isObject(body.user) || !isText(body.user.id)) return 'payload without user.id';
  for (const key of ['team', 'enterprise'] as const) {
    if (body[key] !== undefined && body[key] !== null && !isObject(body[key]))
      return `payload with a bad ${key}`;
  }
  // Bolt routes on these before it looks at `type`: a `name` makes it an options request.
  if (body.name !== undefined) return 'payload with a name';
  // …and builds `respond` from these before any listener runs.
  if (body.response_url !== undefined && typeof body.response_url !== 'string') return 'bad response_url';
  const urls = body.response_urls;
  if (
    urls !== undefined &&
    (!Array.isArray(urls) || !urls.every((u) => isObject(u) && isText(u.response_url)))
  ) {
    return 'bad response_urls';
  }
  if (body.type === 'block_actions') {
    const actions = body.actions;
    if (!Array.isArray(actions) || actions.length === 0) return 'block_actions without actions';
    if (!actions.every((a) => isObject(a) && isText(a.action_id))) return 'action without action_id';
    // Present means an object: Bolt reads `channel.id` whenever `channel` is not undefined.
    for (const key of ['container', 'channel', 'message', 'view'] as const) {
      if (body[key] !== undefined && !isObject(body[key])) return `bad ${key}`;
    }
    return null;
  }
  if (body.type === 'view_submission') {
    if (body.actions !== undefined) return 'view_submission with actions';
    const view = body.view;
    if (!isObject(view) || !isText(view.id)) return 'view_submission without view.id';
    if (typeof view.callback_id !== 'string' || !view.callback_id.startsWith(FORM_CALLBACK)) {
      return 'view_submission of a view that is not ours';
    }
    if (view.state !== undefined && !isObject(view.state)) return 'view_submission with a bad state';
    return null;
  }
  return 'unsupported interactivity type';
}

function eventProblem(body: unknown): string | null {
  if (!isObject(body)) return 'body is not a JSON object';
  if (body.type === 'url_verification')
    return isText(body.challenge) ? null : 'url_verification without challenge';
  if (body.type === 'event_callback') {
    const event = body.event;
    if (!isObject(event) || !isText(event.type)) return 'event_callback without event.type';
    // Bolt looks for the conversation in these: `'id' in channel`, `'channel' in item`.
    if ('channel' in event && typeof event.channel !== 'string' && !isObject(event.channel))
      return 'bad event.channel';
    if ('item' in event && !isObject(event.item)) return 'bad event.item';
    const auth = body.authorizations;
    if (auth !== undefined && (!Array.isArray(auth) || !auth.every(isObject))) return 'bad authorizations';
    return null;
  }
  return 'unsupported event type';
}
