import type { Target } from '../../contract.ts';

/**
 * Slack addresses: the channel id chat.postMessage wants for a Target (a conversation id, or a user id for a
 * direct message in the app's tab with that person), person ids and stored message references.
 */

const SLACK_ID = /^[CDGUW][A-Z0-9]{2,30}$/;

/** What to pass as `channel` to chat.postMessage for `target`, or null when it is not a Slack target. */
export function slackChannelOf(target: Target): string | null {
  if (target.platform !== 'slack' || !SLACK_ID.test(target.id)) return null;
  return target.id;
}

/** The person id of a Slack user: `slack:U123`. */
export function personOf(userId: string): string {
  return `slack:${userId}`;
}

/** A message reference stored for later updates: `<channel>/<ts>`. */
export function messageRefOf(channel: string, ts: string): string {
  return `${channel}/${ts}`;
}

/** The channel and ts of a message reference, or null. */
export function parseMessageRef(ref: string): { channel: string; ts: string } | null {
  const m = /^([CDGUW][A-Z0-9]+)\/(\d+\.\d+)$/.exec(ref);
  return m?.[1] && m[2] ? { channel: m[1], ts: m[2] } : null;
}
