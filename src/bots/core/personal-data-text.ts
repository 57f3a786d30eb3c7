import { foundText } from '../../domain/personal-data/public-text.ts';
import { storedTextFindings } from '../../domain/personal-data/stored-text.ts';
import type { Texts } from './texts/index.ts';

/**
 * Why a free text was refused, in the reader's language: a personnummer is explained by its shape (t.personalNumber);
 * a phone number, an e-mail address or a named person by what was found ("Texten innehåller ett telefonnummer.").
 * `text` is the refused text (several for a form); the words never quote it.
 */
export function personalDataText(t: Texts, ...texts: readonly (string | null | undefined)[]): string {
  const found = [...new Set(texts.flatMap((x) => (x ? storedTextFindings(x) : [])))];
  if (found.length === 0 || found.includes('personnummer')) return t.personalNumber;
  return (t.lang === 'en' ? FOUND_EN : FOUND_SV)(foundText(found, t.lang));
}

/** "Texten innehåller ett telefonnummer och en persons namn. …" */
const FOUND_SV = (found: string) =>
  `Texten innehåller ${found}. Uppgifter som pekar ut en person får inte sparas här — skriv utan namn, kontaktuppgifter och registreringsnummer, t.ex. ”samtal med en ungdom, 15 år, och vårdnadshavare” eller ”kontakt via kommunens trygghetssamordnare”. Ingenting har sparats.`;

const FOUND_EN = (found: string) =>
  `The text holds ${found}. Details that point out a person may not be stored here — write it without names, contact details and registration numbers, e.g. “talked with a young person, 15, and their guardian” or “contact via the kommun’s safety coordinator”. Nothing was saved.`;
