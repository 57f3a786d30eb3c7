import type { TertialNumber } from '../domain/types.ts';
import { wordRegex } from './word-regex.ts';

/**
 * The period of an agreement ("2020-2021", "2023–2024", "2022/2023", "2022/23", a single year) and the year
 * and tertial a follow-up reports ("Uppföljningen avser tredje tertialet 2020", "T2 2021", "januari–april 2022").
 */

export interface Period {
  readonly from: number;
  readonly to: number;
}

export interface FollowUpRef {
  readonly year: number;
  readonly tertial: TertialNumber;
}

export interface TextAt {
  readonly text: string;
  readonly line: number;
  /** A heading or title line: weighs more. */
  readonly heading: boolean;
}

const RANGE =
  /(?<!\d|\d[-–/.])((?:19|20)\d{2})\s*(?:[-–—/]|\s+(?:till|och|–)\s+)\s*((?:19|20)?\d{2})(?!\d|[-–/.]\d)/g;
const SINGLE = /(?<!\d|\d[-–/.])((?:19|20)\d{2})(?!\d|[-–/.]\d)/g;
const MONTH = '(?:januari|februari|mars|april|maj|juni|juli|augusti|september|oktober|november|december)';
const DAY_MONTH_YEAR = new RegExp(`\\b\\d{1,2}(?::[ae])?\\s+${MONTH}\\s+((?:19|20)\\d{2})`, 'gi');

/** Dates reduced to their years and "till och med" to a dash: "2018-07-01—2020-06-30" → "2018—2020". */
function datesAsYears(text: string): string {
  return text
    .replace(/(?<!\d)((?:19|20)\d{2})-\d{2}-\d{2}(?!\d)/g, '$1')
    .replace(DAY_MONTH_YEAR, '$1')
    .replace(/\s+(?:till och med|t\.o\.m\.?|tom\.)\s+/gi, ' – ')
    .replace(/(?:från och med|fr\.o\.m\.?|from\.)\s+/gi, '');
}

const ABOUT_AGREEMENT = /medborgarlöfte|löfte|avtal|överenskommelse|period|gäller|giltig/i;

function rangeOf(m: RegExpMatchArray): Period | null {
  const from = Number(m[1]);
  const raw = m[2] ?? '';
  const to = raw.length === 2 ? Math.floor(from / 100) * 100 + Number(raw) : Number(raw);
  return to >= from && to - from <= 4 ? { from, to } : null;
}

/** The agreement period a document states, preferring lines about the agreement and headings. */
export function findPeriod(texts: readonly TextAt[]): { period: Period; line: number } | null {
  let best: { period: Period; line: number; score: number } | null = null;
  texts.forEach((original, order) => {
    const t = { ...original, text: datesAsYears(original.text) };
    const about = ABOUT_AGREEMENT.test(t.text) ? 4 : 0;
    const base = about + (t.heading ? 2 : 0) - order / 1000;
    for (const m of t.text.matchAll(RANGE)) {
      const period = rangeOf(m);
      if (period && (!best || base + 1 > best.score)) best = { period, line: t.line, score: base + 1 };
    }
    if (about > 0 && /medborgarlöfte|löfte/i.test(t.text)) {
      const withoutRanges = t.text.replace(RANGE, ' ');
      for (const m of withoutRanges.matchAll(SINGLE)) {
        const year = Number(m[1]);
        if (!best || base - 1 > best.score)
          best = { period: { from: year, to: year }, line: t.line, score: base - 1 };
      }
    }
  });
  const found = best as { period: Period; line: number; score: number } | null;
  return found ? { period: found.period, line: found.line } : null;
}

const ORDINALS: Readonly<Record<string, TertialNumber>> = {
  första: 1,
  andra: 2,
  tredje: 3,
  '1': 1,
  '2': 2,
  '3': 3,
};

const FOLLOW_UP_PATTERNS: readonly { re: RegExp; tertial: number | null; year: number }[] = [
  {
    re: wordRegex(
      'avser\\s+(?:det\\s+|perioden\\s+)?(första|andra|tredje|[123])(?::?[ae])?\\s+tertial(?:et)?\\s+(?:år\\s+|för\\s+)?((?:19|20)\\d{2})',
    ),
    tertial: 1,
    year: 2,
  },
  {
    re: wordRegex(
      '(första|andra|tredje|[123])(?::?[ae])?\\s+tertial(?:et)?\\s+(?:år\\s+|för\\s+)?((?:19|20)\\d{2})',
    ),
    tertial: 1,
    year: 2,
  },
  { re: wordRegex('tertial\\s*([123])\\s*[,:–-]?\\s*(?:år\\s+)?((?:19|20)\\d{2})'), tertial: 1, year: 2 },
  { re: wordRegex('T([123])\\s*[,:/–-]?\\s*((?:19|20)\\d{2})', 'u'), tertial: 1, year: 2 },
  { re: wordRegex('((?:19|20)\\d{2})\\s*[,:/–-]?\\s*T([123])', 'u'), tertial: 2, year: 1 },
];

const MONTH_SPANS: readonly { re: RegExp; tertial: TertialNumber }[] = [
  { re: wordRegex('jan(?:uari)?\\s*[-–—]\\s*apr(?:il)?\\s+((?:19|20)\\d{2})'), tertial: 1 },
  { re: wordRegex('maj\\s*[-–—]\\s*aug(?:usti)?\\s+((?:19|20)\\d{2})'), tertial: 2 },
  { re: wordRegex('sep(?:t|tember)?\\s*[-–—]\\s*dec(?:ember)?\\s+((?:19|20)\\d{2})'), tertial: 3 },
  { re: wordRegex('(?:helår(?:et)?|hela året)\\s+((?:19|20)\\d{2})'), tertial: 3 },
];

/** The year and tertial a follow-up says it reports, or null. */
export function findFollowUp(texts: readonly TextAt[]): { ref: FollowUpRef; line: number } | null {
  for (const pattern of FOLLOW_UP_PATTERNS) {
    for (const t of texts) {
      const m = pattern.re.exec(t.text);
      if (!m) continue;
      const tertial = ORDINALS[(m[pattern.tertial ?? 1] ?? '').toLocaleLowerCase('sv-SE')];
      const year = Number(m[pattern.year]);
      if (tertial) return { ref: { year, tertial }, line: t.line };
    }
  }
  for (const span of MONTH_SPANS) {
    for (const t of texts) {
      const m = span.re.exec(t.text);
      if (m && /uppföljning|avser|redovisning|rapport/i.test(t.text))
        return { ref: { year: Number(m[1]), tertial: span.tertial }, line: t.line };
    }
  }
  return null;
}
