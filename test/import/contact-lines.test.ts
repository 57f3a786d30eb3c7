import { describe, expect, it } from 'vitest';
import { noteText } from '../../src/import/note-words.ts';
import { type Prepared, prepareImport } from '../../src/import/prepare.ts';
import { documentFromBytes } from '../../src/import/read-document.ts';
import { readRefusalText } from '../../src/import/read-refusal.ts';
import { loadRegister } from '../../src/runtime/register.ts';
import { docxFromText } from './docx-twin.ts';

/**
 * A kommun's agreement ends with who signed it and whom to contact, often with a phone number and an e-mail
 * address. Such a contact or signature line is left out with a warning that names where, never the number, the
 * address or the name — while a phone number, an e-mail address or a personnummer inside a promise, an activity
 * or a target still refuses the whole document. prepareImport is what the CLI, chat and the demo all call.
 */

const HEAD = [
  'Medborgarlöfte för Sävsjö kommun 2027',
  '',
  'Vi lovar att:',
  '1) Polisen ska genomföra minst tjugo (20) narkotikainsatser riktade mot unga under året.',
  '2) Kommunen ska genomföra föräldravandringar två gånger per termin.',
  '',
];
const ACTIVITIES = [
  'Polisen ska genomföra minst tjugo (20) narkotikainsatser riktade mot unga under året.',
  'Kommunen ska genomföra föräldravandringar två gånger per termin.',
];
/** Nothing of these may reach a warning, a promise or an activity. */
const SECRETS = /Eva|Ek\b|Olle|Nilsson|Anna|Berg|savsjo\.se|polisen\.se|0382|152 00|070|45 67|010/;

function prepare(text: string, fileName = 'savsjo.txt'): Prepared {
  return prepareImport({ fileName, format: 'text', text, sha256: 'x' }, loadRegister());
}

/** The lines of the warnings that say a contact or signature line was left out. */
function leftOut(warnings: readonly string[]): number[] {
  return warnings
    .filter((w) => /underskriftsrad|namn med titel/.test(w))
    .map((w) => Number(/^rad (\d+):/.exec(w)?.[1] ?? Number.NaN));
}

describe('a contact or signature block with phone numbers or e-mail addresses is left out, said without the data', () => {
  const cases: readonly [string, readonly string[], readonly number[]][] = [
    [
      'a contact person with address and number',
      ['Kontaktperson: Eva Ek, eva.ek@savsjo.se, 0382-152 00'],
      [7],
    ],
    ['a bare phone line', ['Tel 070-123 45 67'], [7]],
    ['a list item', ['- Kontakt: eva.ek@savsjo.se, 0382-152 00'], [7]],
    ['a table row', ['Kontakt\tEva Ek\t0382-152 00'], [7]],
    [
      'a block of labelled lines under a heading',
      [
        'Kontaktuppgifter:',
        'Eva Ek, trygghetssamordnare',
        'Telefon: 0382-152 00',
        'E-post: eva.ek@savsjo.se',
        'Mobil 070-123 45 67',
      ],
      [8, 9, 10, 11],
    ],
    [
      'signatures with a number and an address under each',
      [
        'Sävsjö 2026-12-01',
        '',
        'För Sävsjö kommun',
        'Olle Nilsson, kommunchef',
        'olle.nilsson@savsjo.se',
        '',
        'För polisen',
        'Anna Berg, lokalpolisområdeschef',
        'Tfn 010-140 00 00',
      ],
      [9, 10, 11, 13, 14, 15],
    ],
    [
      'signatures side by side in a table, as Word lays them out',
      [
        'För Sävsjö kommun\tFör polisen',
        'Olle Nilsson, kommunchef\tAnna Berg, lokalpolisområdeschef',
        'olle.nilsson@savsjo.se\tanna.berg@polisen.se',
      ],
      [7, 8, 9],
    ],
    [
      'names and roles without a number under "För polisen" at the end',
      ['Eva Ek', 'Trygghetssamordnare', '', 'För polisen', 'Anna Berg'],
      [7, 8, 10, 11],
    ],
    [
      'a name, a number and an address at the end of the document',
      ['Eva Ek', '0382-152 00', 'eva.ek@savsjo.se'],
      [7, 8, 9],
    ],
  ];
  for (const [name, block, lines] of cases) {
    it(name, () => {
      const prepared = prepare([...HEAD, ...block].join('\n'));
      if (!prepared.ok) throw new Error(prepared.message);
      const d = prepared.parsed.document;
      expect(d.activities.map((a) => a.text)).toEqual(ACTIVITIES);
      expect(leftOut(d.warnings)).toEqual(lines);
      expect(JSON.stringify(d)).not.toMatch(SECRETS);
    });
  }

  it('a Word document cites the paragraph before the line left out, never the line', async () => {
    const text = [...HEAD, 'För Sävsjö kommun', 'Olle Nilsson, kommunchef, olle.nilsson@savsjo.se'].join(
      '\n',
    );
    const read = await documentFromBytes('savsjo.docx', await docxFromText(text));
    if (!read.ok) throw new Error(readRefusalText(read.refusal));
    const prepared = prepareImport(read.source, loadRegister());
    if (!prepared.ok) throw new Error(prepared.message);
    const d = prepared.parsed.document;
    expect(d.activities.map((a) => a.text)).toEqual(ACTIVITIES);
    expect(d.warnings.filter((w) => w.includes('underskriftsrad'))).toEqual([
      'stycket efter ”Kommunen ska genomföra föräldravandringar …”: en kontakt- eller underskriftsrad togs bort och sparas inte — medborgarlöftets texter visas på den öppna sidan',
      'det andra stycket efter ”Kommunen ska genomföra föräldravandringar …”: en kontakt- eller underskriftsrad med en e-postadress togs bort och sparas inte — medborgarlöftets texter visas på den öppna sidan',
    ]);
    expect(JSON.stringify(d)).not.toMatch(SECRETS);
    // In English (chat for who chose English) the same places, worded in English.
    expect(prepared.parsed.notes.map((n) => noteText(n, 'en')).filter((w) => w.includes('contact'))).toEqual([
      "the paragraph after “Kommunen ska genomföra föräldravandringar …”: a contact or signature line was left out and is not stored — the agreement's texts are shown on the public page",
      "the second paragraph after “Kommunen ska genomföra föräldravandringar …”: a contact or signature line with an e-mail address was left out and is not stored — the agreement's texts are shown on the public page",
    ]);
  });
});

describe('a phone number, an e-mail address or a personnummer inside a promise, an activity or a target still refuses the whole document', () => {
  const cases: readonly [string, readonly string[], string, number][] = [
    ['in an activity', ['3) Polisen håller öppet hus; anmälan till eva.ek@savsjo.se'], 'email', 7],
    ['in a promise heading', ['Löfte 2: tryggare centrum, ring 0382-152 00', ''], 'phone', 7],
    ['in a target cell', ['Trygghetsvandring\tKommunen\t4 per år, tel 070-123 45 67'], 'phone', 7],
    [
      'a name with a title beside an activity in a table row',
      ['Trygghetsvandring i centrum\tKommunchef Olle Nilsson'],
      'named-person',
      7,
    ],
    ['a personnummer on a contact line', ['Kontakt: 811218-9876'], 'personnummer', 7],
    [
      'an address on the line an activity wraps onto',
      ['3) Anmälan till föräldravandringen görs senast en vecka före till', 'eva.ek@savsjo.se'],
      'email',
      8,
    ],
    [
      'a name with a title on the line an activity wraps onto',
      ['3) Polisen ska genomföra minst 5 insatser tillsammans med', 'Kommunchef Olle Nilsson'],
      'named-person',
      8,
    ],
    [
      'a number among the activities',
      ['0382-152 00', '3) Polisen ska hålla öppet hus två gånger per år.'],
      'phone',
      7,
    ],
    [
      'a number inside a note at the end',
      ['Anteckning: sammanställd av samordnaren (tel 0382-152 00).'],
      'phone',
      7,
    ],
  ];
  for (const [name, block, rule, line] of cases) {
    it(name, () => {
      const prepared = prepare([...HEAD, ...block].join('\n'));
      if (prepared.ok) throw new Error(`imported: ${JSON.stringify(prepared.parsed.document.activities)}`);
      expect(prepared.reason).toBe('personal-data');
      if (prepared.reason !== 'personal-data') return;
      expect(prepared.findings.filter((f) => f.found.includes(rule as never)).map((f) => f.line)).toEqual([
        line,
      ]);
      expect(prepared.message).not.toMatch(SECRETS);
    });
  }
});
