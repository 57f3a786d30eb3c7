import type { MunicipalityRegister } from '../domain/municipality-register.ts';
import { nameKey } from '../domain/names.ts';
import type { Municipality } from '../domain/types.ts';

/**
 * Which kommun a document is about, from the register: "Tranås kommun", "TRANÅS KOMMUN", "Jönköpings kommun",
 * "Göteborgs Stad", "i Sävsjö", "medborgarlöfte för Eksjö". Names that are also common words ("Vara", "Mark",
 * "Ale", "Berg") only count when written as a name. The file name is the last resort.
 */

/** Names whose genitive or official form differs from the register's ("Falu kommun"). */
const ALIASES: Readonly<Record<string, readonly string[]>> = {
  Falun: ['Falu'],
  Gotland: ['Region Gotland'],
};

const STRONG_AFTER = /^\s+(kommun|kommuns|kommunen|stad|stads|stadsdel)(?![\p{L}])/iu;
const STRONG_BEFORE = /((kommun|kommunnamn)\s*:|region)\s*$/iu;
const GOOD_BEFORE =
  /(?:^|[\s(])(i|för|inom|till|från|mellan|medborgarlöften?|medborgarlöftet|löften?|lpo|lokalpolisområde)\s+$/iu;

function escapeName(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/[\s-]+/g, '[\\s-]+');
}

function isCapitalised(found: string): boolean {
  const first = found[0] ?? '';
  return first !== first.toLocaleLowerCase('sv-SE');
}

function sentenceStart(before: string): boolean {
  return /(^|[.!?:]\s*|\n\s*)$/.test(before);
}

/** Scores every kommun named in `text`; the best scoring at least 3 wins. */
function scoreText(
  text: string,
  register: MunicipalityRegister,
): { m: Municipality; score: number; first: number } | null {
  let best: { m: Municipality; score: number; first: number } | null = null;
  for (const m of register.all) {
    const names = [m.name, ...(ALIASES[m.name] ?? [])];
    let score = 0;
    let first = Number.POSITIVE_INFINITY;
    for (const name of names) {
      const re = new RegExp(`(?<![\\p{L}\\d])(${escapeName(name)})(s)?(?![\\p{L}\\d])`, 'giu');
      for (const hit of text.matchAll(re)) {
        const at = hit.index ?? 0;
        const found = hit[1] ?? '';
        const before = text.slice(Math.max(0, at - 40), at);
        const after = text.slice(at + hit[0].length, at + hit[0].length + 12);
        let points = 0;
        if (STRONG_AFTER.test(after) || STRONG_BEFORE.test(before)) points = 10;
        else if (isCapitalised(found) && GOOD_BEFORE.test(before)) points = 3;
        else if (isCapitalised(found) && !sentenceStart(before)) points = 1;
        if (points > 0) {
          score += points;
          first = Math.min(first, at);
        }
      }
    }
    if (score >= 3 && (!best || score > best.score || (score === best.score && first < best.first))) {
      best = { m, score, first };
    }
  }
  return best;
}

/** The kommun a file name names ("savsjo-uppfoljning-2020-t3.txt"), or null. */
function fromFileName(fileName: string, register: MunicipalityRegister): Municipality | null {
  const base = fileName.replace(/^.*[\\/]/, '').replace(/\.[^.]+$/, '');
  const words = base.split(/[\s_.,-]+/).map(nameKey);
  const parts = [...words, ...words.slice(1).map((w, i) => `${words[i]}${w}`)];
  const joined = nameKey(base);
  const byLength = [...register.all].sort((a, b) => b.name.length - a.name.length);
  for (const m of byLength) {
    const key = nameKey(m.name);
    if (parts.includes(key) || parts.includes(`${key}s`)) return m;
    if (key.length >= 6 && joined.startsWith(key)) return m;
  }
  return null;
}

/** The kommun of a document, and whether it came from the text or only from the file name. */
export function detectMunicipality(
  text: string,
  register: MunicipalityRegister,
  fileName: string | null,
): { municipality: Municipality; fromFileName: boolean } | null {
  const best = scoreText(text, register);
  if (best) return { municipality: best.m, fromFileName: false };
  const byFile = fileName ? fromFileName(fileName, register) : null;
  return byFile ? { municipality: byFile, fromFileName: true } : null;
}
