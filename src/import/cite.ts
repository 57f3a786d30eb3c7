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

/**
 * The paragraph or table row of a line (1-based) of `lines`; `hidden` are lines whose text must not be shown.
 * Made once per document: a hidden line is cited by the visible line before it, found for every line in one pass
 * (searched back per note, 20,000 hidden signature lines took seconds).
 */
export function paragraphsOf(
  lines: readonly string[],
  hidden: ReadonlySet<number>,
): (n: number) => NotePlace {
  /** `visibleBefore[n]`: the last line before n that is neither hidden nor blank, or 0. */
  const visibleBefore = [0];
  /** `hiddenUpTo[n]`: the hidden lines among 1…n. */
  const hiddenUpTo = [0];
  for (let n = 1; n <= lines.length + 1; n++) {
    const previous = n - 1;
    const shown = previous >= 1 && !hidden.has(previous) && (lines[previous - 1] ?? '').trim() !== '';
    visibleBefore.push(shown ? previous : (visibleBefore[previous] ?? 0));
    hiddenUpTo.push((hiddenUpTo[previous] ?? 0) + (hidden.has(n) ? 1 : 0));
  }
  return (n) => {
    if (hidden.has(n)) {
      const before = visibleBefore[Math.min(n, lines.length + 1)] ?? 0;
      if (before < 1) return { kind: 'start' };
      const nth = (hiddenUpTo[n] ?? 0) - (hiddenUpTo[before] ?? 0);
      return { kind: 'after', words: firstWords(lines[before - 1] ?? ''), nth };
    }
    const line = lines[n - 1] ?? '';
    if (line.includes('\t')) {
      const cell = line.split('\t').find((c) => c.trim() !== '') ?? '';
      return { kind: 'row', words: firstWords(cell) };
    }
    return { kind: 'paragraph', words: firstWords(line) };
  };
}
