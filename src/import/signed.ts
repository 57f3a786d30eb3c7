import { DateTime } from 'luxon';
import { SWEDISH_MONTHS as MONTHS } from '../domain/date-words.ts';
import type { Block } from './blocks.ts';

/** The place-and-date line under the signatures: "Tranås 2023-03-15", "Laxå den 26 oktober 2018". */

const PLACE = '\\p{Lu}[\\p{L}-]+(?: \\p{Lu}[\\p{L}-]+)?,?\\s+(?:den\\s+)?';
const SIGNED_ISO = new RegExp(`^${PLACE}(\\d{4})-(\\d{2})-(\\d{2})$`, 'u');
const SIGNED_WORDS = new RegExp(`^${PLACE}(\\d{1,2})(?::[ae])?\\s+(${MONTHS.join('|')})\\s+(\\d{4})$`, 'iu');

/** The signing date of a "Tranås 2023-03-15" / "Laxå den 26 oktober 2018" line, as `YYYY-MM-DD`, or null. */
export function signedOnOf(blocks: readonly Block[]): string | null {
  for (const b of blocks) {
    if (b.type !== 'paragraph') continue;
    const iso = SIGNED_ISO.exec(b.text);
    const words = SIGNED_WORDS.exec(b.text);
    const parts = iso
      ? [iso[1], iso[2], iso[3]]
      : words
        ? [words[3], String(MONTHS.indexOf((words[2] ?? '').toLocaleLowerCase('sv-SE')) + 1), words[1]]
        : null;
    if (!parts) continue;
    const [y, mo, d] = parts.map(Number) as [number, number, number];
    const date = DateTime.utc(y, mo, d);
    if (date.isValid) return date.toISODate();
  }
  return null;
}

/** True for a signature line ("Uddevalla den 2 februari 2023"): never a promise or an activity. */
export function isSignatureLine(text: string): boolean {
  return SIGNED_ISO.test(text) || SIGNED_WORDS.test(text);
}
