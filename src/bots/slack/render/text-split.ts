import { cutAtWord } from '../../../domain/shorten.ts';
/**
 * Splits text into chunks that each measure at most `max`, preferring line breaks, then spaces, then (for a single
 * over-long word) character boundaries. Nothing is dropped but the one line break or space at each split, so long
 * content is spread over several blocks or messages and never cut silently. `measure` lets callers count the length
 * the text will have after escaping (`&` becomes `&amp;`), so an entity is never split in two.
 */
export function splitText(
  text: string,
  max: number,
  measure: (s: string) => number = (s) => s.length,
): string[] {
  if (max < 1) throw new RangeError('splitText: max must be at least 1');
  if (measure(text) <= max) return [text];
  const chunks: string[] = [];
  let current: string | null = null;
  const push = () => {
    if (current !== null && current !== '') chunks.push(current);
    current = null;
  };
  const add = (piece: string, sep: string): boolean => {
    const candidate: string = current === null ? piece : `${current}${sep}${piece}`;
    if (measure(candidate) > max) return false;
    current = candidate;
    return true;
  };
  for (const line of text.split('\n')) {
    if (add(line, '\n')) continue;
    push();
    if (add(line, '\n')) continue;
    for (const word of line.split(' ')) {
      if (add(word, ' ')) continue;
      push();
      if (add(word, ' ')) continue;
      let piece = '';
      for (const ch of word) {
        if (piece !== '' && measure(piece + ch) > max) {
          chunks.push(piece);
          piece = '';
        }
        piece += ch;
      }
      current = piece;
    }
  }
  push();
  return chunks;
}

/** Groups `items` into consecutive runs of at most `size`. */
export function chunk<T>(items: readonly T[], size: number): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < items.length; i += size) out.push(items.slice(i, i + size));
  return out;
}

/** Shortens a label to `max` characters with an ellipsis (only for labels whose full text is shown elsewhere). */
export function shorten(text: string, max: number): string {
  const t = text.trim();
  return max <= 0 ? '…' : cutAtWord(t, max);
}
