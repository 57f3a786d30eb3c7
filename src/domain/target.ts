import type { ActivityLine, SummaryWindow } from './summary.ts';
import type { Agreement, TargetBasis } from './types.ts';

/**
 * THE target model as people read it: a number with its basis (per tertial, per år, under perioden, or none —
 * followed up in text), shown signed with the window it currently stands for — "16 av minst 15 under 2026" — and
 * the expected pace as a labelled, derived figure ("väntat hittills: 13"), never another target. A tertial's share
 * of a yearly target is a fraction ("1⅓"), never rounded up into a bigger total. Every surface uses these.
 */

export type Lang = 'sv' | 'en';

const FRACTIONS: readonly [number, string][] = [
  [1 / 6, '⅙'],
  [1 / 4, '¼'],
  [1 / 3, '⅓'],
  [1 / 2, '½'],
  [2 / 3, '⅔'],
  [3 / 4, '¾'],
  [5 / 6, '⅚'],
];

/** A count or target: whole numbers as digits, common fractions as "1⅓", others with one decimal ("0,4"). */
export function formatAmount(n: number, lang: Lang = 'sv'): string {
  const whole = Math.floor(n + 1e-9);
  const part = n - whole;
  if (part < 1e-9) return String(whole);
  const fraction = FRACTIONS.find(([v]) => Math.abs(v - part) < 1e-6);
  if (fraction) return `${whole > 0 ? whole : ''}${fraction[1]}`;
  const text = (Math.round(n * 10) / 10).toFixed(1);
  return lang === 'sv' ? text.replace('.', ',') : text;
}

/** "under 2026", "under T3 2026", "under 2025–2026" (English "in …"): the window a target stands for. */
export function windowPhrase(
  window: SummaryWindow,
  agreement: Pick<Agreement, 'periodFrom' | 'periodTo'>,
  lang: Lang,
): string {
  const word = lang === 'en' ? 'in' : 'under';
  if (window.kind === 'tertial') return `${word} T${window.tertial} ${window.year}`;
  if (window.kind === 'year') return `${word} ${window.year}`;
  return `${word} ${agreement.periodFrom}–${agreement.periodTo}`;
}

/** "per år", "per tertial", "under perioden" (English "per year", "per tertial", "over the period"). */
export function basisWords(basis: TargetBasis, lang: Lang): string {
  if (lang === 'en')
    return basis === 'year' ? 'per year' : basis === 'tertial' ? 'per tertial' : 'over the period';
  return basis === 'year' ? 'per år' : basis === 'tertial' ? 'per tertial' : 'under perioden';
}

function basisOfWindow(window: SummaryWindow): TargetBasis {
  return window.kind === 'tertial' ? 'tertial' : window.kind === 'year' ? 'year' : 'period';
}

/**
 * The signed count of an activity over a window: "16 av minst 15 under 2026"; a share of another basis says so:
 * "1 av minst 1⅓ under T3 2026 (4 per år)"; without a number: "3 under 2026 · följs upp med text".
 */
export function signedCount(
  line: Pick<ActivityLine, 'done' | 'target' | 'activity'>,
  window: SummaryWindow,
  agreement: Pick<Agreement, 'periodFrom' | 'periodTo'>,
  lang: Lang = 'sv',
): string {
  const when = windowPhrase(window, agreement, lang);
  const own = line.activity.target;
  if (line.target === null || own === null) {
    return `${line.done} ${when} · ${lang === 'en' ? 'followed up in text' : 'följs upp med text'}`;
  }
  const least = lang === 'en' ? 'of at least' : 'av minst';
  const share = own.per === basisOfWindow(window) ? '' : ` (${own.count} ${basisWords(own.per, lang)})`;
  return `${line.done} ${least} ${formatAmount(line.target, lang)} ${when}${share}`;
}

/** "väntat hittills: 13" — the expected pace, floored to what should be whole by now; null without a target. */
export function expectedPhrase(line: Pick<ActivityLine, 'progress'>, lang: Lang = 'sv'): string | null {
  if (!line.progress) return null;
  const n = Math.floor(line.progress.expectedByNow + 1e-9);
  return lang === 'en' ? `expected so far: ${n}` : `väntat hittills: ${n}`;
}
