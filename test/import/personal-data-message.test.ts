import { describe, expect, it } from 'vitest';
import { personalDataMessage, prepareImport } from '../../src/import/prepare.ts';
import type { DocumentSource } from '../../src/import/read-document.ts';
import type { ScreenedLine } from '../../src/import/screen.ts';
import { loadRegister } from '../../src/runtime/register.ts';

/**
 * The refusal of an imported document holding personal data names what was found and on which lines — never the
 * data — and says what to do, in the person’s language (Swedish for the command line and Swedish speakers).
 */
const source = (fileName: string, format: 'docx' | 'text' = 'text'): DocumentSource => ({
  fileName,
  format,
  text: '',
  sha256: '0',
});

const CASES: readonly [
  lang: 'sv' | 'en',
  src: DocumentSource,
  findings: readonly ScreenedLine[],
  kind: 'agreement' | 'follow-up',
  says: string,
][] = [
  [
    'sv',
    source('inklistrad-text.txt'),
    [{ line: 3, found: ['personnummer'] }],
    'agreement',
    'Den inklistrade texten innehåller något som ser ut som ett personnummer (rad 3) och importerades inte. Ta bort det ur texten och klistra in den igen — medborgarlöftets texter visas på den öppna sidan och får inte innehålla personuppgifter.',
  ],
  [
    'en',
    source('inklistrad-text.txt'),
    [{ line: 3, found: ['personnummer'] }],
    'agreement',
    'The pasted text holds something that looks like a personal identity number (line 3) and was not imported. Remove it from the text and paste it again — the agreement’s texts are shown on the public page and may not hold personal data.',
  ],
  // A signature block's two phone numbers are two: "telefonnummer (rad 20 och 21)", not "ett telefonnummer".
  [
    'sv',
    source('vaggeryd.txt'),
    [
      { line: 20, found: ['phone'] },
      { line: 21, found: ['phone'] },
    ],
    'agreement',
    'vaggeryd.txt innehåller telefonnummer (rad 20 och 21) och importerades inte. Ta bort dem ur dokumentet och importera igen — medborgarlöftets texter visas på den öppna sidan och får inte innehålla personuppgifter. Skriv en roll eller en väg in i stället för en persons namn, telefonnummer eller e-post, t.ex. ”kommunens trygghetssamordnare” eller ”via kommunens växel”.',
  ],
  [
    'sv',
    source('nassjo.txt'),
    [{ line: 15, found: ['email'] }],
    'agreement',
    'nassjo.txt innehåller en e-postadress (rad 15) och importerades inte. Ta bort den ur dokumentet och importera igen — medborgarlöftets texter visas på den öppna sidan och får inte innehålla personuppgifter. Skriv en roll eller en väg in i stället för en persons namn, telefonnummer eller e-post, t.ex. ”kommunens trygghetssamordnare” eller ”via kommunens växel”.',
  ],
  [
    'en',
    source('uppfoljning.docx', 'docx'),
    [
      { line: 2, found: ['personnummer', 'phone'] },
      { line: 7, found: ['phone'] },
    ],
    'follow-up',
    'uppfoljning.docx holds something that looks like a personal identity number (line 2 in the document’s text) and phone numbers (lines 2 and 7 in the document’s text) and was not imported. Remove them from the document and import it again — the follow-up may hold only totals, and its texts may become public. Write a role or a way in instead of a person’s name, phone number or e-mail, e.g. “the kommun’s safety coordinator” or “via the kommun’s switchboard”.',
  ],
];

describe('the refusal of a document with personal data', () => {
  it('names what was found and where, and what to do, in Swedish and English', () => {
    for (const [lang, src, findings, kind, says] of CASES)
      expect(personalDataMessage(src, findings, kind, lang)).toBe(says);
  });

  it('is worded in the language asked for by prepareImport, Swedish by default', () => {
    const pasted = {
      ...source('inklistrad-text.txt'),
      text: 'Medborgarlöfte Sävsjö 2026\nSamtal med 850101 1234',
    };
    const register = loadRegister();
    const sv = prepareImport(pasted, register);
    const en = prepareImport(pasted, register, 'en');
    expect(sv.ok || sv.message).toContain('något som ser ut som ett personnummer (rad 2)');
    expect(en.ok || en.message).toContain('something that looks like a personal identity number (line 2)');
    expect(en.ok || en.message).not.toContain('1234');
  });
});
