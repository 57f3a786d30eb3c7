import { checkPublishText, type PublishRuleId } from './publish-checks.ts';

/**
 * Texts that a public page shows as they are written — the agreement's title, its promises and its activities — are
 * screened against the `block` rules of the publish checks (personnummer, phone numbers, e-mail addresses, names
 * next to "misstänkt", "greps"…) when they enter, by any path (chat, the command line, an import), and again before
 * a page shows them. A public official's work phone or e-mail is still personal data on a public page: the text
 * names a role or the kommun's växel instead. One table of rules (publish-checks.ts), read the same everywhere.
 */

/** The rules that keep a text off a public page, each at most once, in the table's order. */
export function publicTextFindings(text: string): PublishRuleId[] {
  return checkPublishText(text)
    .filter((f) => f.action === 'block')
    .map((f) => f.rule);
}

/** True when the text may be shown on a public page as written. */
export function publicTextAllowed(text: string): boolean {
  return publicTextFindings(text).length === 0;
}

const FOUND_SV: Record<PublishRuleId, string> = {
  personnummer: 'ett personnummer',
  phone: 'ett telefonnummer',
  email: 'en e-postadress',
  plate: 'ett registreringsnummer',
  'named-person': 'en persons namn',
  'small-count': 'ett litet antal',
  age: 'en ålder',
  'street-address': 'en gatuadress',
};

const FOUND_EN: Record<PublishRuleId, string> = {
  personnummer: 'a personal identity number',
  phone: 'a phone number',
  email: 'an e-mail address',
  plate: 'a registration number',
  'named-person': "a person's name",
  'small-count': 'a small count',
  age: 'an age',
  'street-address': 'a street address',
};

/** "ett telefonnummer och en e-postadress" */
export function foundText(rules: readonly PublishRuleId[], lang: 'sv' | 'en' = 'sv'): string {
  const words = rules.map((r) => (lang === 'en' ? FOUND_EN : FOUND_SV)[r]);
  if (words.length <= 1) return words[0] ?? '';
  return `${words.slice(0, -1).join(', ')} ${lang === 'en' ? 'and' : 'och'} ${words[words.length - 1]}`;
}

/** How to write a contact instead of a person's own details. */
export const PUBLIC_TEXT_ADVICE_SV =
  'Texten syns på den öppna sidan, så den får inte innehålla en persons telefonnummer, e-postadress eller namn — inte heller en tjänstepersons. Skriv en roll eller en väg in i stället, t.ex. ”kommunens trygghetssamordnare” eller ”via kommunens växel”.';

export const PUBLIC_TEXT_ADVICE_EN =
  'The text is shown on the public page, so it must not hold a person\'s phone number, e-mail address or name — not even an official\'s. Write a role or a way in instead, e.g. "the kommun\'s safety coordinator" or "via the kommun\'s switchboard".';
