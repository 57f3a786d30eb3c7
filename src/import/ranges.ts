import type { NumberMention } from './mentions.ts';
import { parseNumberWord } from './numbers.ts';
import type { Token } from './tokens.ts';

/**
 * A target written as a range ("6–8 riktade insatser", "10-12", "mellan 4 och 6", "mellan fyra och sex"): the words
 * as written and its bounds. The importer keeps the lower bound (the least that was promised) and says so.
 */
export interface TargetRange {
  readonly words: string;
  readonly low: number;
  readonly high: number;
}

function boundOf(token: Token | undefined): number | null {
  if (!token) return null;
  if (/^\d{1,3}$/.test(token.text)) return Number(token.text);
  return token.type === 'word' ? parseNumberWord(token.lower) : null;
}

/** The range the chosen count is part of, or null. */
export function rangeOf(text: string, tokens: readonly Token[], chosen: NumberMention): TargetRange | null {
  const written = text.slice(chosen.start, chosen.end);
  const dash = /^(\d{1,3})\s*[–-]\s*(\d{1,3})$/.exec(written);
  if (dash) return { words: written, low: Number(dash[1]), high: Number(dash[2]) };
  // "mellan 4 och 6": the count read is either bound.
  for (const at of [chosen.first, chosen.first - 2]) {
    if (tokens[at - 1]?.lower !== 'mellan' || tokens[at + 1]?.lower !== 'och') continue;
    const low = boundOf(tokens[at]);
    const high = boundOf(tokens[at + 2]);
    const from = tokens[at - 1] as Token;
    const to = tokens[at + 2] as Token;
    if (low !== null && high !== null && low < high)
      return { words: text.slice(from.start, to.end), low, high };
  }
  return null;
}
