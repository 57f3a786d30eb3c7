import { publicTextFindings } from './public-text.ts';
import type { PublishRuleId } from './publish-checks.ts';

/**
 * The screen of the internal free texts — registration notes, status texts, prompt answers, comments to the
 * samordnare, meeting follow-up notes and correction reasons. They are kept for good (the follow-up is an official
 * record), so what identifies a person never enters them: a personnummer, a phone number, an e-mail address, or a
 * name next to an offence, an age or a "kontakt" ("Kalle Andersson, 15 år", "greps Kalle", "ring Eva Ek"). The
 * same `block` rules as the public texts (publish-checks.ts), read the same everywhere.
 */
export function storedTextFindings(text: string): PublishRuleId[] {
  return publicTextFindings(text);
}

/** True when the text holds personal data that may not be stored. */
export function containsPersonalData(text: string): boolean {
  return storedTextFindings(text).length > 0;
}
