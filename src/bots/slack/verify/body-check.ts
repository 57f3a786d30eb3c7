import { z } from 'zod';
import { jsonObject, nonEmptyText, problemOf } from '../../../runtime/schema-problem.ts';
import { FORM_CALLBACK } from '../render/modal.ts';

/**
 * What Bolt may be handed: a slash command we registered, a button press or one of our modals being submitted,
 * an Events API callback, or Slack's URL verification and SSL check. Anything else — a body that is not a form or
 * JSON, a payload that is not a JSON object, an interactivity type we have no listener for, a command we do not
 * know — is refused with 400 before Bolt sees it. (Bolt would crash the process on `payload=null`, answer 500 on a
 * payload missing the fields it reads, or leave the request hanging for 3 s and log an error.) One zod schema per
 * payload kind; each check's message is the reason logged. Pure.
 */

/** A slash command form, as `{ command, user_id, text: [every text field] }`. */
const slashCommand = (commands: ReadonlySet<string>) =>
  z.object({
    command: z.string().refine((c) => commands.has(c), { error: 'unknown slash command' }),
    user_id: nonEmptyText('slash command without user_id'),
    text: z.array(z.string()).max(1, { error: 'slash command with several texts' }),
  });
const commandSchemas = new WeakMap<ReadonlySet<string>, ReturnType<typeof slashCommand>>();

/** What every interactivity payload must have: Bolt routes on and builds `respond` from these first. */
const interactivity = jsonObject('payload is not a JSON object', {
  user: jsonObject('payload without user.id', { id: nonEmptyText('payload without user.id') }),
  team: jsonObject('payload with a bad team').nullish(),
  enterprise: jsonObject('payload with a bad enterprise').nullish(),
  // A `name` makes Bolt treat it as an options request.
  name: z.never({ error: 'payload with a name' }).optional(),
  response_url: z.string({ error: 'bad response_url' }).optional(),
  response_urls: z
    .array(jsonObject('bad response_urls', { response_url: nonEmptyText('bad response_urls') }), {
      error: 'bad response_urls',
    })
    .optional(),
});

/** A button press. Present means an object: Bolt reads `channel.id` whenever `channel` is not undefined. */
const blockActions = interactivity.extend({
  actions: z
    .array(jsonObject('action without action_id', { action_id: nonEmptyText('action without action_id') }), {
      error: 'block_actions without actions',
    })
    .min(1, { error: 'block_actions without actions' }),
  container: jsonObject('bad container').optional(),
  channel: jsonObject('bad channel').optional(),
  message: jsonObject('bad message').optional(),
  view: jsonObject('bad view').optional(),
});

/** One of our modals submitted. */
const ourView = 'view_submission of a view that is not ours';
const viewSubmission = interactivity.extend({
  actions: z.never({ error: 'view_submission with actions' }).optional(),
  view: jsonObject('view_submission without view.id', {
    id: nonEmptyText('view_submission without view.id'),
    callback_id: z.string({ error: ourView }).startsWith(FORM_CALLBACK, { error: ourView }),
    state: jsonObject('view_submission with a bad state').optional(),
  }),
});

const INTERACTIVITY: Readonly<Record<string, z.ZodType>> = {
  block_actions: blockActions,
  view_submission: viewSubmission,
};

const urlVerification = z.object({ challenge: nonEmptyText('url_verification without challenge') });

/** An Events API callback. Bolt looks for the conversation in these: `'id' in channel`, `'channel' in item`. */
const eventCallback = z.object({
  event: jsonObject('event_callback without event.type', {
    type: nonEmptyText('event_callback without event.type'),
    channel: z.union([z.string(), z.looseObject({})], { error: 'bad event.channel' }).optional(),
    item: jsonObject('bad event.item').optional(),
  }),
  authorizations: z.array(jsonObject('bad authorizations'), { error: 'bad authorizations' }).optional(),
});

/** Slack's notice that it is dropping events for the app this minute; acknowledged with 200 (see http-route.ts). */
const appRateLimited = z.object({
  type: z.literal('app_rate_limited'),
  minute_rate_limited: z.number().optional(),
});

const EVENTS: Readonly<Record<string, z.ZodType>> = {
  url_verification: urlVerification,
  event_callback: eventCallback,
  app_rate_limited: appRateLimited,
};

/** True for a JSON body of Slack's `app_rate_limited` notice. */
export function isAppRateLimited(raw: Buffer, contentType: string | undefined): boolean {
  if ((contentType ?? '').split(';')[0]?.trim().toLowerCase() !== 'application/json') return false;
  const body = parseJson(raw.toString('utf8'));
  return appRateLimited.safeParse(body).success;
}

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
  if (command === null) return 'neither a slash command nor an interactivity payload';
  let schema = commandSchemas.get(commands);
  if (!schema) {
    schema = slashCommand(commands);
    commandSchemas.set(commands, schema);
  }
  return problemOf(schema, { command, user_id: form.get('user_id'), text: form.getAll('text') });
}

/** The schema named by a JSON object's `type`, or undefined. */
function kindOf(body: unknown, kinds: Readonly<Record<string, z.ZodType>>): z.ZodType | undefined {
  const type = (body as { type?: unknown } | null)?.type;
  return typeof type === 'string' && Object.hasOwn(kinds, type) ? kinds[type] : undefined;
}

function interactivityProblem(body: unknown): string | null {
  const schema = kindOf(body, INTERACTIVITY);
  return problemOf(schema ?? interactivity, body) ?? (schema ? null : 'unsupported interactivity type');
}

function eventProblem(body: unknown): string | null {
  const problem = problemOf(jsonObject('body is not a JSON object'), body);
  if (problem) return problem;
  const schema = kindOf(body, EVENTS);
  return schema ? problemOf(schema, body) : 'unsupported event type';
}
