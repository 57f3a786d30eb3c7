/**
 * The view of a text that the personal-data screen reads: every character of the original is folded one by one
 * (Unicode NFKC, format characters and combining marks dropped, every decimal digit of any script mapped to 0–9),
 * and each folded character remembers where it came from, so a finding can be quoted from the original text.
 * The original text is never changed; this view only feeds the checks.
 */

/** One folded character and the span of the original text it came from. */
export interface FoldedChar {
  readonly ch: string;
  readonly start: number;
  readonly end: number;
}

const FORMAT_OR_MARK = /^[\p{Cf}\p{Mn}\p{Me}]$/u;
const DECIMAL_DIGIT = /^\p{Nd}$/u;

const digitCache = new Map<number, string>();

/**
 * The value 0–9 of a decimal digit of any script. Unicode encodes every set of decimal digits as ten consecutive
 * code points starting at zero (and runs of several sets start at a zero too), so the value is the number of digit
 * code points just before it, modulo ten.
 */
export function digitValue(ch: string): string | null {
  const cp = ch.codePointAt(0);
  if (cp === undefined || !DECIMAL_DIGIT.test(ch)) return null;
  if (cp >= 0x30 && cp <= 0x39) return ch;
  const cached = digitCache.get(cp);
  if (cached !== undefined) return cached;
  let before = 0;
  while (before < 100 && DECIMAL_DIGIT.test(String.fromCodePoint(cp - before - 1))) before++;
  const value = String(before % 10);
  digitCache.set(cp, value);
  return value;
}

/** Folds `text` character by character: NFKC, no format characters or marks, every decimal digit as 0–9. */
export function foldForScreen(text: string): FoldedChar[] {
  const out: FoldedChar[] = [];
  let i = 0;
  for (const original of text) {
    const start = i;
    i += original.length;
    for (const ch of original.normalize('NFKC')) {
      if (FORMAT_OR_MARK.test(ch)) continue;
      out.push({ ch: digitValue(ch) ?? ch, start, end: i });
    }
  }
  return out;
}

/** The folded text as one string (for checks that do not quote the original). */
export function foldedText(text: string): string {
  return foldForScreen(text)
    .map((c) => c.ch)
    .join('');
}
