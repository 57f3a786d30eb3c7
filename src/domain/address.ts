/**
 * Where an outbound message goes: a conversation (a Slack channel, a Teams conversation, a console conversation) or a
 * person's direct chat, on one platform. The id is opaque: the platform's adapter alone knows what is inside.
 *
 * Stored as text (the scheduler's reminder rows) in one format, `channel:<platform>:<id>` or
 * `person:<platform>:<id>`, written and read only by the two functions below.
 */
export interface Address {
  readonly platform: string;
  readonly kind: 'channel' | 'person';
  readonly id: string;
}

/** The stored text of a target: `channel:slack:C123`, `person:teams:<aad id>`. */
export function formatAddress(target: Address): string {
  return `${target.kind}:${target.platform}:${target.id}`;
}

/** The target a stored text names, or null when it is not one. */
export function parseAddress(text: string): Address | null {
  const m = /^(channel|person):([a-z]+):(.+)$/s.exec(text.trim());
  if (!m?.[1] || !m[2] || !m[3]) return null;
  return { kind: m[1] as Address['kind'], platform: m[2], id: m[3] };
}

/** The target of a person id (`slack:U123` → person slack U123), or null when the id names no platform. */
export function personAddressOf(person: string): Address | null {
  const m = /^([a-z]+):(.+)$/s.exec(person);
  return m?.[1] && m[2] ? { kind: 'person', platform: m[1], id: m[2] } : null;
}
