import { nameKey } from '../domain/names.ts';
import { parseNumberWord } from './numbers.ts';
import { words } from './tokens.ts';

/**
 * How alike two texts are, 0–1, for matching a follow-up's rows to the activities of a stored agreement and a
 * table caption to the promise it repeats. Word stems (first six letters, accents folded), without small words,
 * parties and numbers: "Genomföra minst femton riktade insatser" matches
 * "Polisen lovar att genomföra minst femton (15) riktade insatser".
 */

const STOP = new Set(
  [
    'att',
    'och',
    'i',
    'av',
    'för',
    'med',
    'på',
    'till',
    'om',
    'en',
    'ett',
    'de',
    'den',
    'det',
    'som',
    'ska',
    'skall',
    'lovar',
    'kommer',
    'polisen',
    'polis',
    'kommunen',
    'kommun',
    'kommunens',
    'polisens',
    'hos',
    'bland',
    'främst',
    'minst',
    'under',
    'vid',
    'genom',
    'samt',
    'eller',
    'per',
    'år',
    'året',
    'inom',
    'mot',
    'från',
    'vi',
    'tillsammans',
    'gemensamt',
    'syfte',
    'är',
    'där',
    'när',
    'andra',
    'mellan',
    'sig',
    'sin',
    'sina',
  ].map(nameKey),
);

/** The word stems of a text that carry its meaning: no small words, parties or numbers. */
export function stems(text: string): Set<string> {
  const out = new Set<string>();
  for (const w of words(text)) {
    const key = nameKey(w);
    if (key.length < 2 || STOP.has(key) || parseNumberWord(w) !== null) continue;
    out.add(key.slice(0, 6));
  }
  return out;
}

/** Similarity of two texts: the mean of the Dice coefficient and the containment of the smaller in the larger. */
export function similarity(a: string, b: string): number {
  const x = stems(a);
  const y = stems(b);
  if (x.size === 0 || y.size === 0) return 0;
  let common = 0;
  for (const s of x) if (y.has(s)) common++;
  const dice = (2 * common) / (x.size + y.size);
  const containment = common / Math.min(x.size, y.size);
  return (dice + containment) / 2;
}

/** The index of the candidate most like `text` with a similarity of at least `threshold`, or null. */
export function bestMatch(text: string, candidates: readonly string[], threshold = 0.5): number | null {
  let best: number | null = null;
  let bestScore = threshold;
  candidates.forEach((c, i) => {
    const score = similarity(text, c);
    if (score >= bestScore && (best === null || score > bestScore)) {
      best = i;
      bestScore = score;
    }
  });
  return best;
}
