import { describe, expect, it } from 'vitest';
import { grammarErrorReply } from '../../src/bots/core/handlers/errors.ts';
import { textsFor } from '../../src/bots/core/texts/index.ts';

/**
 * The refusal of a text holding a personnummer says what was found — by its shape, never the number — and shows how
 * to write instead: a note without personal data, a date with a time, and the command with such a note.
 */
const CASES: readonly [lang: 'sv' | 'en', kommun: string | null, says: readonly string[]][] = [
  [
    'sv',
    'Tranås',
    [
      'personnummer eller samordningsnummer',
      'ett födelsedatum och fyra siffror (”ÅÅMMDD-NNNN”, också med mellanslag)',
      '”samtal med en ungdom och vårdnadshavare”',
      '”2026-12-01 kl. 19.00”',
      'Ingenting har sparats.',
      'Exempel: /insats Tranås 20/11 1 kvällsinsats vid stationen',
    ],
  ],
  [
    'en',
    null,
    [
      'personal identity number (personnummer or samordningsnummer)',
      'a birth date and four digits (“YYMMDD-NNNN”, also with a space)',
      '“talked with a young person and their guardian”',
      // An English time with a colon, not the Swedish "kl. 19.00".
      '“2026-12-01 19:00”',
      'Nothing was saved.',
      '/insats Tranås 20/11 1 evening at the station',
    ],
  ],
];

describe('the refusal of a personnummer', () => {
  it('says what was found and how to write it instead, in Swedish and English', () => {
    const missing: string[] = [];
    for (const [lang, kommun, says] of CASES) {
      const reply = grammarErrorReply(
        textsFor(lang),
        'insats',
        { error: 'personal-number' },
        'e1',
        'x',
        0,
        kommun,
      );
      expect(reply.tone).toBe('error');
      for (const s of says) if (!reply.fallback.includes(s)) missing.push(`${lang}: ${s}`);
      expect(reply.fallback).not.toMatch(/\d{6}[ -]?\d{4}/);
    }
    expect(missing).toEqual([]);
  });
});
