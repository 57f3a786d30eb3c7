import { publicTextFindings } from '../domain/personal-data/public-text.ts';
import type { PublishRuleId } from '../domain/personal-data/publish-checks.ts';
import { isSignatoryLine } from './signed-names.ts';

/**
 * The personal-data screen over a whole document: every line (1-based) that the one personal-data screen of
 * src/domain refuses, with what it found. A document's texts are shown on the public pages (promises, activities,
 * and status texts once published), so a line is refused for what the publish checks block — a personnummer (any
 * spelling: fullwidth and other digits, spaces and dashes between the groups), a phone number, an e-mail address, a
 * name next to "misstänkt", "greps" or a contact word. A document with any such line is refused whole.
 */

export interface ScreenedLine {
  readonly line: number;
  readonly found: readonly PublishRuleId[];
}

export function personalDataFindings(text: string): ScreenedLine[] {
  const out: ScreenedLine[] = [];
  text
    .replace(/\r\n?/g, '\n')
    .split('\n')
    .forEach((line, i) => {
      const found = publicTextFindings(line);
      if (!found.includes('named-person') && titledName(line)) found.push('named-person');
      if (found.length > 0) out.push({ line: i + 1, found });
    });
  return out;
}

const NAME = '\\p{Lu}\\p{Ll}+(?:-\\p{Lu}\\p{Ll}+)?';
/** A role right before a first and last name: "kommunpolis Anders Berg", "med fältsamordnare Lisa Ek". */
const TITLE_NAME = new RegExp(
  `(?<![\\p{L}])\\p{L}?\\p{Ll}*(?:polis|samordnare|ordförande|chef|direktör|handläggare|strateg|sekreterare|kommunalråd|kommissarie|inspektör|koordinator|assistent|fältare|kurator|rektor)\\s+(${NAME})\\s+(${NAME})(?![\\p{L}])`,
  'gu',
);
const NOT_NAMES =
  /^(Region|Regionen|Polisen|Kommunen|Länsstyrelsen|Socialtjänsten|Lokalpolisområde|Räddningstjänsten|Skolan)$/u;

/**
 * A person's name after a role inside a text ("… tillsammans med kommunpolis Anders Berg"): refused like a phone
 * number. A line that is nothing but a name and a title (a signature, "Kommunchef Olle Nilsson") is not refused:
 * the import leaves it out (signed-names.ts).
 */
function titledName(line: string): boolean {
  if (isSignatoryLine(line)) return false;
  return [...line.matchAll(TITLE_NAME)].some(
    (m) => !NOT_NAMES.test(m[1] ?? '') && !NOT_NAMES.test(m[2] ?? ''),
  );
}

/** The line numbers of personalDataFindings. */
export function personalDataLines(text: string): number[] {
  return personalDataFindings(text).map((f) => f.line);
}
