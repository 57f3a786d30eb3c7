import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseDocument } from '../../src/import/parse-document.ts';
import type { ParsedDocument } from '../../src/import/types.ts';
import { loadRegister } from '../../src/runtime/register.ts';

/**
 * Agreements as kommuner outside the demo paste them from Word or PDF (a user trial, December 2026): every activity
 * and target found with its basis, nothing invented, and no signatory's or contact person's name stored.
 */

function parse(name: string): ParsedDocument['document'] {
  const text = readFileSync(new URL(`./fixtures/trial/${name}`, import.meta.url), 'utf8');
  return parseDocument(text, { register: loadRegister(), fileName: name }).document;
}

describe('a signatory or contact person with a title is left out, and the warning says so without the name', () => {
  const cases: [string, string[], number[]][] = [
    [
      'aneby-underskrifter.txt',
      [
        'genomföra minst två medborgarmöten under året',
        'att polisen genomför 3 insatser/tertial mot buskörning sommartid',
      ],
      [9, 10],
    ],
    [
      'nassjo-kontaktperson.txt',
      [
        'Polisen ska genomföra minst tjugo (20) narkotikainsatser riktade mot unga under året.',
        'Kommunen ska genomföra föräldravandringar två gånger per termin.',
      ],
      [7, 8, 9],
    ],
  ];
  for (const [file, texts, lines] of cases) {
    it(file, () => {
      const d = parse(file);
      expect(d.activities.map((a) => a.text)).toEqual(texts);
      expect(d.commitments.map((c) => c.text).join(' ')).not.toMatch(
        /Nilsson|Holm|Eva Ek|Lindqvist|Johansson/,
      );
      const removed = d.warnings.filter((w) => w.includes('namn med titel'));
      expect(removed.map((w) => Number(/^rad (\d+):/.exec(w)?.[1]))).toEqual(lines);
      expect(removed.join(' ')).not.toMatch(/Nilsson|Holm|Eva|Lindqvist|Johansson/);
    });
  }
});

const brief = (d: ParsedDocument['document']) =>
  d.activities.map((a) => [a.text, a.responsible, a.target ? `${a.target.count} per ${a.target.per}` : null]);

describe('every activity of a table pasted from a PDF is read, and the page header is no activity', () => {
  it('tranas-pdf-tabell.txt: "Tillsyn av försäljningsställen" and "Kampanj mot langning" are activities', () => {
    const d = parse('tranas-pdf-tabell.txt');
    expect(d.period).toEqual({ from: 2027, to: 2028 });
    expect(brief(d)).toEqual([
      ['Tillsyn av försäljningsställen', 'kommun', '30 per year'],
      ['Kampanj mot langning', 'gemensam', '2 per year'],
      ['Kontrollköp', 'kommun', '8 per year'],
      ['Riktade insatser helgkvällar', 'polis', '15 per tertial'],
      ['Trygghetsvandringar', 'gemensam', '2 per year'],
    ]);
    expect(d.statistics).toEqual([]);
    expect(d.warnings).toEqual([]);
  });
});
