import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseDocument } from '../../src/import/parse-document.ts';
import type { ParsedDocument } from '../../src/import/types.ts';
import { loadRegister } from '../../src/runtime/register.ts';

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
