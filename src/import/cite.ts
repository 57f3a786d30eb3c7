import type { NotePlace } from './notes.ts';

/**
 * Where a note points in a Word document: Word shows no line numbers, so line 13 becomes the paragraph's first
 * words ("stycket ”Polisen ska genomföra minst …”", "tabellraden ”Kontrollköp av tobak”"). A line left out for the
 * name it holds is never quoted: it is cited by the paragraph before it ("stycket efter ”Undertecknat 2026-12-03”").
 */

const MARKER = /^(#{1,6}\s+|[-*•–]\s+|\d{1,2}[.)]\s+)/u;

function firstWords(text: string, count = 4): string {
  const words = text.replace(MARKER, '').trim().split(/\s+/);
  return words.length <= count ? words.join(' ') : `${words.slice(0, count).join(' ')} …`;
}

/** The paragraph or table row of line `n` (1-based) of `lines`; `hidden` are lines whose text must not be shown. */
export function paragraphOf(lines: readonly string[], n: number, hidden: ReadonlySet<number>): NotePlace {
  if (hidden.has(n)) {
    let before = n - 1;
    while (before >= 1 && (hidden.has(before) || (lines[before - 1] ?? '').trim() === '')) before--;
    if (before < 1) return { kind: 'start' };
    let nth = 0;
    for (let i = before + 1; i <= n; i++) if (hidden.has(i)) nth++;
    return { kind: 'after', words: firstWords(lines[before - 1] ?? ''), nth };
  }
  const line = lines[n - 1] ?? '';
  if (line.includes('\t')) {
    const cell = line.split('\t').find((c) => c.trim() !== '') ?? '';
    return { kind: 'row', words: firstWords(cell) };
  }
  return { kind: 'paragraph', words: firstWords(line) };
}
