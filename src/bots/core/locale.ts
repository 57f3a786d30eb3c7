import type { Lang } from './reply.ts';

/**
 * The language of a platform's locale — Slack's user locale, a Teams client's activity `locale` — (`sv-SE`, `sv-FI`
 * → sv, `en-GB`, `en-US` → en), or undefined for any other: then the default applies.
 */
export function langOfLocale(locale: string | undefined | null): Lang | undefined {
  const l = (locale ?? '').toLowerCase();
  if (l.startsWith('sv')) return 'sv';
  if (l.startsWith('en')) return 'en';
  return undefined;
}
