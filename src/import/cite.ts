/**
 * Where a warning points in a Word document: Word shows no line numbers, so "rad 13:" becomes the paragraph's first
 * words ("stycket ”Polisen ska genomföra minst …”:", "tabellraden ”Kontrollköp av tobak”:"). A line left out for the
 * name it holds is never quoted: it is cited by the paragraph before it ("stycket efter ”Undertecknat 2026-12-03”").
 */

const MARKER = /^(#{1,6}\s+|[-*•–]\s+|\d{1,2}[.)]\s+)/u;
const ORDINAL = ['', '', 'andra', 'tredje', 'fjärde', 'femte'];

function firstWords(text: string, count = 4): string {
  const words = text.replace(MARKER, '').trim().split(/\s+/);
  return words.length <= count ? words.join(' ') : `${words.slice(0, count).join(' ')} …`;
}

function place(lines: readonly string[], n: number, hidden: ReadonlySet<number>): string {
  if (hidden.has(n)) {
    let before = n - 1;
    while (before >= 1 && (hidden.has(before) || (lines[before - 1] ?? '').trim() === '')) before--;
    if (before < 1) return 'ett stycke i början av dokumentet';
    let k = 0;
    for (let i = before + 1; i <= n; i++) if (hidden.has(i)) k++;
    const which = k === 1 ? 'stycket' : `det ${ORDINAL[k] ?? `${k}:e`} stycket`;
    return `${which} efter ”${firstWords(lines[before - 1] ?? '')}”`;
  }
  const line = lines[n - 1] ?? '';
  if (line.includes('\t')) {
    const cell = line.split('\t').find((c) => c.trim() !== '') ?? '';
    return `tabellraden ”${firstWords(cell)}”`;
  }
  return `stycket ”${firstWords(line)}”`;
}

/** The warnings with "rad N:" replaced by the paragraph it names; `hidden` are lines whose text must not be shown. */
export function citeParagraphs(
  warnings: readonly string[],
  text: string,
  hidden: ReadonlySet<number>,
): string[] {
  const lines = text.split(/\r?\n/);
  return warnings.map((w) => {
    const m = /^rad (\d+): /.exec(w);
    return m ? `${place(lines, Number(m[1]), hidden)}: ${w.slice(m[0].length)}` : w;
  });
}
