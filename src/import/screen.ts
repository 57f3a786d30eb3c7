import { publicTextFindings } from '../domain/personal-data/public-text.ts';
import type { PublishRuleId } from '../domain/personal-data/publish-checks.ts';
import { contactLines } from './contact-lines.ts';

/**
 * The personal-data screen over a whole document: every line (1-based) that the one personal-data screen of
 * src/domain refuses, with what it found. A document's texts are shown on the public pages (promises, activities,
 * and status texts once published), so a line is refused for what the publish checks block — a personnummer (any
 * spelling: fullwidth and other digits, spaces and dashes between the groups), a phone number, an e-mail address, a
 * name next to "misstänkt", "greps", a contact word or a role ("kommunpolis Anders Berg"). A document with any such
 * line is refused whole — except a signature or contact line (contact-lines.ts: "Kontaktperson: Eva Ek,
 * eva.ek@savsjo.se, 0382-152 00", "Kommunchef Olle Nilsson"), whose name, number or address the import leaves out.
 */

export interface ScreenedLine {
  readonly line: number;
  readonly found: readonly PublishRuleId[];
}

export function personalDataFindings(text: string): ScreenedLine[] {
  const out: ScreenedLine[] = [];
  const leftOut = new Set(contactLines(text).map((l) => l.line));
  text
    .replace(/\r\n?/g, '\n')
    .split('\n')
    .forEach((line, i) => {
      // A signature or contact line is left out by the import, not refused, unless it holds more (a personnummer).
      const found = publicTextFindings(line).filter(
        (f) => !leftOut.has(i + 1) || (f !== 'named-person' && f !== 'phone' && f !== 'email'),
      );
      if (found.length > 0) out.push({ line: i + 1, found });
    });
  return out;
}

/** The line numbers of personalDataFindings. */
export function personalDataLines(text: string): number[] {
  return personalDataFindings(text).map((f) => f.line);
}
