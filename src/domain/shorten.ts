/**
 * THE way a text is shortened for display (a table row, a button, a quoted status text, a list line): at most `max`
 * characters, cut at the last word boundary that fits and ended with "…" — never inside a word, unless one word
 * alone is longer than half the room. A text that fits is returned as it is; `max` 0 or less: never shortened.
 */
export function cutAtWord(text: string, max: number): string {
  if (max <= 0 || text.length <= max) return text;
  const room = Math.max(0, max - 1);
  const cut = text.slice(0, room);
  const boundary = /\s/.test(text.charAt(room)) ? room : cut.search(/\s\S*$/);
  const kept = boundary > room / 2 ? cut.slice(0, boundary) : cut;
  return `${kept.replace(/[\s.,;:–—-]+$/u, '')}…`;
}
