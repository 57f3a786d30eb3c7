import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseDocument } from '../../src/import/parse-document.ts';
import { documentFromBytes } from '../../src/import/read-document.ts';
import { readRefusalText } from '../../src/import/read-refusal.ts';
import type { ParsedDocument } from '../../src/import/types.ts';
import { loadRegister } from '../../src/runtime/register.ts';
import { docxFromText } from './docx-twin.ts';

/** What the second trial of the agreement import found (December 2026): texts, rhythms, ranges, years, places. */

function parse(name: string): ParsedDocument['document'] {
  const text = readFileSync(new URL(`./fixtures/trial/${name}`, import.meta.url), 'utf8');
  return parseDocument(text, { register: loadRegister(), fileName: name }).document;
}

const brief = (d: ParsedDocument['document']) =>
  d.activities.map((a) => [a.text, a.responsible, a.target ? `${a.target.count} per ${a.target.per}` : null]);

describe('an item under "… lovar att:" is stored as a sentence, without its leading "att"', () => {
  it('gislaved-lovar-att.txt', () => {
    expect(brief(parse('gislaved-lovar-att.txt'))).toEqual([
      ['Polisen genomför trafikkontroller vid skolorna minst 10 per år', 'polis', '10 per year'],
      ['Genomföra minst 20 riktade insatser mot narkotika per år', 'polis', '20 per year'],
      ['Utöka belysningen i Ekbackens park', 'kommun', null],
      ['Genomföra minst 2 trygghetsvandringar per år', 'gemensam', '2 per year'],
      ['Att hålla medborgardialog en gång per termin', 'gemensam', '2 per year'], // already a sentence
    ]);
  });
});

describe('a rhythm with no count ("vår och höst", "varje år", "varannan fredag", "varje helg") is said, with the command', () => {
  const note = (line: number, phrase: string, times: string, nr: number, count: number) =>
    `rad ${line}: målet kunde inte läsas: ”${phrase}” blir ${times} per år; sätt det med /lofte mål Gnosjö ${nr} ${count} per år om det är målet — aktiviteten sparas utan mål`;
  it('gnosjo-rytmer.txt', () => {
    const d = parse('gnosjo-rytmer.txt');
    expect(d.activities.map((a) => a.target)).toEqual([
      null,
      null,
      { count: 1, per: 'year' },
      null,
      null,
      null,
      null,
    ]);
    expect(d.warnings).toEqual([
      note(4, 'vår och höst', '2 gånger', 1, 2),
      note(5, 'varje år', '1 gång', 2, 1),
      note(7, 'årligen', '1 gång', 4, 1),
      note(8, 'varannan vecka', '26 gånger', 5, 26),
      note(9, 'varannan fredag', '26 gånger', 6, 26),
      note(10, 'varje helg', '52 gånger', 7, 52),
    ]);
  });
});

describe('a range ("6–8", "10-12", "mellan 4 och 6") keeps its lower bound, and a warning names the range', () => {
  const note = (line: number, range: string, low: number, high: number, nr: number, basis: string) =>
    `rad ${line}: målet är ett intervall (”${range}”); sparas som minst ${low} ${basis} — ändra med /lofte mål Habo ${nr} ${high} ${basis} om målet är ${high}`;
  it('habo-intervall.txt', () => {
    const d = parse('habo-intervall.txt');
    expect(d.activities.map((a) => a.target)).toEqual([
      { count: 6, per: 'year' },
      { count: 10, per: 'year' },
      { count: 4, per: 'tertial' },
      { count: 15, per: 'year' },
    ]);
    expect(d.warnings).toEqual([
      note(4, '6–8', 6, 8, 1, 'per år'),
      note(5, '10-12', 10, 12, 2, 'per år'),
      note(6, 'mellan 4 och 6', 4, 6, 3, 'per tertial'),
    ]);
  });
});

describe('a table with a target per year ("Mål 2027", "Mål 2028") stores the first year\'s and warns when they differ', () => {
  // A Word table pasted with tabs, and the same typed with "|" and no outer pipes or rule (was not read at all).
  it.each(['mullsjo-mal-per-ar.txt', 'mullsjo-mal-per-ar-pipes.txt'])('%s', (file) => {
    const d = parse(file);
    expect(brief(d)).toEqual([
      ['Riktade insatser mot narkotika', 'polis', '10 per year'],
      ['Trygghetsvandringar', 'gemensam', '2 per year'],
      ['Kontrollköp av tobak', 'kommun', '4 per year'],
    ]);
    expect(d.warnings).toEqual(
      [
        [4, 10, 12, 1],
        [6, 4, 6, 3],
      ].map(
        ([line, first, next, nr]) =>
          `rad ${line}: målet skiljer sig mellan åren (2027: ${first}, 2028: ${next}); sparas som ${first} per år — när 2028 börjar, ändra det med /lofte mål Mullsjö ${nr} ${next} per år (2027 bedöms då fortfarande mot ${first})`,
      ),
    );
  });
});

describe("a warning on a Word document cites the paragraph's first words, not a line number Word does not show", () => {
  const cases: [string, string[]][] = [
    [
      'habo-intervall.txt',
      [
        'stycket ”genomföra 6–8 riktade insatser …”: målet är ett intervall (”6–8”)',
        'stycket ”genomföra 10-12 trafikkontroller vid …”: målet är ett intervall (”10-12”)',
        'stycket ”genomföra mellan 4 och …”: målet är ett intervall (”mellan 4 och 6”)',
      ],
    ],
    [
      'mullsjo-mal-per-ar.txt',
      [
        'tabellraden ”Riktade insatser mot narkotika”: målet skiljer sig mellan åren',
        'tabellraden ”Kontrollköp av tobak”: målet skiljer sig mellan åren',
      ],
    ],
    [
      'aneby-underskrifter.txt',
      [
        'stycket efter ”Undertecknat 2026-12-03”: ett namn med titel',
        'det andra stycket efter ”Undertecknat 2026-12-03”: ett namn med titel',
      ],
    ],
  ];
  for (const [file, starts] of cases) {
    it(file, async () => {
      const text = readFileSync(new URL(`./fixtures/trial/${file}`, import.meta.url), 'utf8');
      const name = file.replace(/\.txt$/, '.docx');
      const read = await documentFromBytes(name, await docxFromText(text));
      if (!read.ok) throw new Error(readRefusalText(read.refusal));
      const d = parseDocument(read.source.text, { register: loadRegister(), fileName: name, format: 'docx' });
      expect(d.document.warnings.map((w, i) => w.slice(0, starts[i]?.length))).toEqual(starts);
      // The text twin still names its lines.
      expect(parse(file).warnings.every((w) => /^rad \d+: /.test(w))).toBe(true);
    });
  }
});
