import { findPersonalNumbers } from '../../../domain/personnummer.ts';

/** How much of an SDK error text reaches a log line. */
export const MAX_SDK_TEXT = 300;

const PATTERNS: readonly [RegExp, string][] = [
  // Slack tokens (bot, user, app-level, refresh, configuration).
  [/\bx(?:ox[a-z]|app|oxe\.xox[a-z])-[A-Za-z0-9-]+/g, '[token]'],
  // Authorization headers and bearer tokens.
  [/\b(Bearer|Basic)\s+[A-Za-z0-9._~+/=-]+/gi, '$1 [redacted]'],
  // Webhook and response URLs carry a secret in their path; any URL's query may carry one.
  [/https?:\/\/hooks\.slack\.com\/\S+/gi, 'https://hooks.slack.com/[redacted]'],
  [/(https?:\/\/[^\s?#]+)\?\S*/gi, '$1?[redacted]'],
  // Long hex or base64 runs (signing secrets, signatures, client secrets).
  [/\b[A-Fa-f0-9]{32,}\b/g, '[secret]'],
  [/\b[A-Za-z0-9+/_-]{40,}={0,2}/g, '[secret]'],
  // E-mail addresses.
  [/[\p{L}\p{N}._%+-]+@[\p{L}\p{N}-]+(?:\.[\p{L}\p{N}-]+)+/gu, '[e-mail]'],
];

/**
 * An error text of the Slack SDK (Bolt, the Web API client) as it may be logged: tokens, secrets, webhook URLs,
 * query strings, e-mail addresses and anything that looks like a personnummer replaced, and cut to MAX_SDK_TEXT
 * characters. The SDK's messages can quote request bodies and URLs; logs must hold neither secrets nor personal data.
 */
export function scrubSdkText(text: string, max = MAX_SDK_TEXT): string {
  let out = text;
  for (const [re, replacement] of PATTERNS) out = out.replace(re, replacement);
  for (const pnr of findPersonalNumbers(out)) out = out.split(pnr).join('[personnummer]');
  return out.length > max ? `${out.slice(0, max)}…` : out;
}
