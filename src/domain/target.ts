import type { ActivityLine, SummaryWindow } from './summary.ts';
import type { Activity, Agreement, Target, TargetBasis } from './types.ts';

/** What a signed figure reads of an activity line: the count, the window's target and the agreed target. */
export interface SignedLine {
  readonly done: number;
  readonly target: number | null;
  readonly activity: Pick<Activity, 'target'>;
}

/**
 * THE target model as people read it: a number with its basis (per tertial, per år, under perioden, or none —
 * followed up in text), shown signed with the window it currently stands for — "16 av minst 15 under 2026" — and
 * the expected pace as a labelled, derived figure ("väntat hittills: 13"), never another target. A tertial's share
 * of a yearly target is shown only when it is whole ("minst 5 under T3 2026 (15 per år)"); else the target as the
 * agreement states it ("minst 4 per år"), never "1⅓" of a registration. Every surface uses these.
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

/** An agreement's period as written: "2025–2026", or "2027" for one year (never "2027–2027"). */
export function periodSpan(from: number, to: number): string {
  return from === to ? String(from) : `${from}–${to}`;
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
  return `${word} ${periodSpan(agreement.periodFrom, agreement.periodTo)}`;
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
 * The target of an activity over a window, signed with the window it stands for: "minst 15 under 2026"; a share
 * of another basis says so: "minst 5 under T3 2026 (15 per år)"; a share that is no whole number of registrations
 * is the agreement's own target, "minst 4 per år"; null when the activity has no number.
 */
export function signedTarget(
  line: Pick<SignedLine, 'target' | 'activity'>,
  window: SummaryWindow,
  agreement: Pick<Agreement, 'periodFrom' | 'periodTo'>,
  lang: Lang = 'sv',
): string | null {
  const own = line.activity.target;
  if (line.target === null || own === null) return null;
  if (fractionalShare(line, window)) return agreedTarget(own, lang);
  const share = own.per === basisOfWindow(window) ? '' : ` (${own.count} ${basisWords(own.per, lang)})`;
  return `${atLeast(lang)} ${formatAmount(line.target, lang)} ${windowPhrase(window, agreement, lang)}${share}`;
}

/**
 * True when the window's share of the agreed target is no whole number of registrations ("minst 4 per år" in a
 * tertial is 4/3): the target is then shown as the agreement states it, never as "minst 1⅓".
 */
function fractionalShare(line: Pick<SignedLine, 'target' | 'activity'>, window: SummaryWindow): boolean {
  const own = line.activity.target;
  if (line.target === null || own === null || own.per === basisOfWindow(window)) return false;
  return Math.abs(line.target - Math.round(line.target)) > 1e-6;
}

/** "minst" / "at least": every numeric target is a minimum (klar when the count reaches it). */
function atLeast(lang: Lang): string {
  return lang === 'en' ? 'at least' : 'minst';
}

/**
 * The target as the agreement now states it, a minimum with its basis: "minst 15 per år", "minst 4 per tertial",
 * "minst 30 under perioden"; with the counted unit when given, "minst 30 trafikkontroller per år" (as the agreement
 * words it: "minst trettio (30) trafikkontroller per år"); without a number the text word, "följs upp med text".
 */
export function agreedTarget(target: Target | null, lang: Lang = 'sv', unit?: string): string {
  if (target === null) return followedUpInText(lang);
  return `${atLeast(lang)} ${target.count}${unit ? ` ${unit}` : ''} ${basisWords(target.per, lang)}`;
}

/**
 * Whether an activity's count says anything to a reader beside its verdict: always with a numeric target; without one
 * only when something was registered — "0 under 2026" beside "följs upp med text" means nothing, so such a row says
 * "följs upp med text" (and its latest status text) alone. One rule for `/status`, `/sammanfattning`, the public
 * pages and the managers' dashboard.
 */
export function countIsNews(line: { readonly done: number; readonly target: number | null }): boolean {
  return line.target !== null || line.done > 0;
}

/** "följs upp med text" / "followed up in text": the basis of an activity without a number. */
export function followedUpInText(lang: Lang = 'sv'): string {
  return lang === 'en' ? 'followed up in text' : 'följs upp med text';
}

/** "3 under 2026": a count with its window, for an activity without a number beside its verdict word. */
export function countInWindow(
  doneText: string,
  window: SummaryWindow,
  agreement: Pick<Agreement, 'periodFrom' | 'periodTo'>,
  lang: Lang = 'sv',
): string {
  return `${doneText} ${windowPhrase(window, agreement, lang)}`;
}

/**
 * The signed count of an activity over a window: "16 av minst 15 under 2026"; a share of another basis says so:
 * "3 av minst 5 under T3 2026 (15 per år)", and where the share is no whole number the agreement's own target:
 * "1 under T3 2026 (mål: minst 4 per år)"; without a number: "3 under 2026 · följs upp med text".
 * `done` may be given as text (a public page's "färre än 5").
 */
export function signedCount(
  line: SignedLine,
  window: SummaryWindow,
  agreement: Pick<Agreement, 'periodFrom' | 'periodTo'>,
  lang: Lang = 'sv',
  doneText: string = String(line.done),
): string {
  const target = signedTarget(line, window, agreement, lang);
  if (target === null)
    return `${doneText} ${windowPhrase(window, agreement, lang)} · ${followedUpInText(lang)}`;
  if (fractionalShare(line, window))
    return `${doneText} ${windowPhrase(window, agreement, lang)} (${lang === 'en' ? 'target' : 'mål'}: ${target})`;
  return `${doneText} ${lang === 'en' ? 'of' : 'av'} ${target}`;
}

/**
 * The expected pace by now as a whole number: the activities that should be done by now, rounded down
 * (15 × 243 / 365 = 9.99 is 9: the tenth is not yet due). Rounded down on purpose, on every surface: someone at
 * "väntat hittills" is never "efter", since the verdict (verdict.ts) allows at least 1 below the exact pace.
 * Null without a target, once the target is met (*klar*: a pace beside it says nothing), and once the window is over
 * (the verdict is then final: verdict.ts). Every surface shows the pace through this one rule.
 */
export function expectedSoFar(line: Pick<ActivityLine, 'progress'>): number | null {
  const p = line.progress;
  return p && !p.ended && p.state !== 'klar' ? Math.floor(p.expectedByNow + 1e-9) : null;
}

/** "väntat hittills: 13" / "expected so far: 13" for a whole expected pace (expectedSoFar). */
export function pacePhrase(expected: number, lang: Lang = 'sv'): string {
  return lang === 'en' ? `expected so far: ${expected}` : `väntat hittills: ${expected}`;
}

/** "väntat hittills: 13" — the expected pace, rounded down to whole activities; null as expectedSoFar is. */
export function expectedPhrase(line: Pick<ActivityLine, 'progress'>, lang: Lang = 'sv'): string | null {
  const n = expectedSoFar(line);
  return n === null ? null : pacePhrase(n, lang);
}
