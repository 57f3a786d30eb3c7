import { describe, expect, it } from 'vitest';
import { paragraphsOf } from '../../src/import/cite.ts';

/** A Word document's notes cite paragraphs; a line left out for the name it holds is cited by the one before it. */
describe('where a note points in a Word document', () => {
  const lines = [
    'Medborgarlöfte Sävsjö 2027–2028',
    '',
    'Undertecknat 2026-12-03 av',
    'Anna Andersson',
    '',
    'Bo Berg',
    'Trafikkontroll\tPolisen\t4',
  ];
  const placeOf = paragraphsOf(lines, new Set([1, 4, 6]));
  it.each([
    [1, { kind: 'start' }],
    [3, { kind: 'paragraph', words: 'Undertecknat 2026-12-03 av' }],
    [4, { kind: 'after', words: 'Undertecknat 2026-12-03 av', nth: 1 }],
    [6, { kind: 'after', words: 'Undertecknat 2026-12-03 av', nth: 2 }],
    [7, { kind: 'row', words: 'Trafikkontroll' }],
  ])('line %i → %j', (line, place) => {
    expect(placeOf(line)).toEqual(place);
  });

  it('cites 20,000 hidden signature lines without searching back from each', () => {
    const n = 20_000;
    const many = ['Medborgarlöfte Sävsjö 2027–2028', ...Array.from({ length: n }, () => 'För Sävsjö kommun')];
    let asked = 0;
    const hidden = new (class extends Set<number> {
      override has(line: number): boolean {
        asked++;
        return super.has(line);
      }
    })(Array.from({ length: n }, (_, i) => i + 2));
    const cite = paragraphsOf(many, hidden);
    const places = Array.from({ length: n }, (_, i) => cite(i + 2));
    expect(places.at(-1)).toEqual({ kind: 'after', words: 'Medborgarlöfte Sävsjö 2027–2028', nth: n });
    // Searching back from every hidden line: about n² / 2 = 200,000,000 look-ups.
    expect(asked).toBeLessThan(10 * n);
  });
});
