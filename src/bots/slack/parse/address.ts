/**
 * Slack addresses as the rest of the bot writes them, and the channel id chat.postMessage wants. The scheduler
 * addresses reminders as `channel:slack:<channel id>` or `person:slack:<user id>`; OutboundMessage uses
 * `slack:<id>`; a plain Slack id is accepted too. A user id posts into the app's direct-message tab with that person.
 */

const SLACK_ID = /^[CDGUW][A-Z0-9]{2,30}$/;

export interface SlackAddress {
  /** What to pass as `channel` to chat.postMessage: a conversation id, or a user id for a direct message. */
  readonly channel: string;
  readonly kind: 'channel' | 'person';
}

/** The Slack address in `to`, or null when it is not a Slack address. */
export function parseSlackAddress(to: string): SlackAddress | null {
  const text = to.trim();
  const id = text.startsWith('channel:slack:')
    ? text.slice('channel:slack:'.length)
    : text.startsWith('person:slack:')
      ? text.slice('person:slack:'.length)
      : text.startsWith('slack:')
        ? text.slice('slack:'.length)
        : text;
  if (!SLACK_ID.test(id)) return null;
  return { channel: id, kind: /^[UW]/.test(id) ? 'person' : 'channel' };
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
