import type { LinkSigner } from './signed-link.ts';

/**
 * The calendar feed link of a kommun's samverkansmöten: `/kalender/<kommunkod>.ics?t=<token>`. Calendar apps poll a
 * subscription for as long as it exists, so the token does not expire; it is the MAC (HMAC-SHA256, base64url, from
 * the link secret) of a fixed purpose and the kommunkod. Rotating LOFTESBOT_LINK_SECRET revokes every feed link.
 */

const PURPOSE = 'loftesbot/calendar/v1';

export function signCalendarToken(sign: LinkSigner, code: string): string {
  return sign(`${PURPOSE}|${code}`);
}

export function verifyCalendarToken(
  sign: LinkSigner,
  code: string,
  token: string | null | undefined,
): boolean {
  if (!token || !/^[A-Za-z0-9_-]{16,128}$/.test(token)) return false;
  const expected = signCalendarToken(sign, code);
  if (expected.length !== token.length) return false;
  let diff = 0;
  for (let i = 0; i < expected.length; i++) diff |= expected.charCodeAt(i) ^ token.charCodeAt(i);
  return diff === 0;
}

/** The feed's address under the server's public base URL. */
export function calendarUrl(baseUrl: string, sign: LinkSigner, code: string): string {
  return `${baseUrl.replace(/\/+$/, '')}/kalender/${code}.ics?t=${signCalendarToken(sign, code)}`;
}
