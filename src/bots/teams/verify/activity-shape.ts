import { z } from 'zod';
import { jsonObject, nonEmptyText, problemOf } from '../../../runtime/schema-problem.ts';

/**
 * The Teams route's first look at a request body (read once into `rawBody` by our server): is it a JSON object, and
 * does it have what botbuilder reads before our turn handler runs.
 */

export type ParsedBody = { ok: true; body: Record<string, unknown> } | { ok: false; reason: string };

/** Parses the request body as a JSON object (an Activity). */
export function parseJsonObject(raw: Buffer): ParsedBody {
  if (raw.length === 0) return { ok: false, reason: 'empty body' };
  let parsed: unknown;
  try {
    parsed = JSON.parse(raw.toString('utf8'));
  } catch {
    return { ok: false, reason: 'body is not JSON' };
  }
  // A plain check, not a schema: a schema for "any object" copies every key of the activity (tens of µs a request).
  return typeof parsed === 'object' && parsed !== null && !Array.isArray(parsed)
    ? { ok: true, body: parsed as Record<string, unknown> }
    : { ok: false, reason: 'body is not a JSON object' };
}

const TYPES_NEEDING_A_CONVERSATION = new Set([
  'message',
  'conversationUpdate',
  'installationUpdate',
  'invoke',
]);

const activityType = nonEmptyText('activity without a type');

/** An activity of a kind we handle: what botbuilder reads before it reaches our turn handler. */
const conversationActivity = z.looseObject({
  serviceUrl: z
    .string({ error: 'activity without a valid serviceUrl' })
    .regex(/^https?:\/\/\S+$/, { error: 'activity without a valid serviceUrl' }),
  conversation: jsonObject('activity without a conversation id', {
    id: nonEmptyText('activity without a conversation id'),
  }),
  recipient: jsonObject('activity without a recipient', { id: nonEmptyText('activity without a recipient') }),
  from: jsonObject('bad from').optional(),
  text: z.string({ error: 'text is not a string' }).nullish(),
  entities: z.array(z.unknown(), { error: 'entities is not a list' }).nullish(),
});

/**
 * The least an Activity must have before botbuilder sees it (botbuilder would throw deep inside on less):
 * a type, and for the kinds we handle a serviceUrl, a conversation id and a recipient. Returns the reason or null.
 */
export function activityShapeProblem(body: Record<string, unknown>): string | null {
  const problem = problemOf(activityType, body.type);
  if (problem) return problem;
  return TYPES_NEEDING_A_CONVERSATION.has(body.type as string) ? problemOf(conversationActivity, body) : null;
}
