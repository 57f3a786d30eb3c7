import { type Html, html } from '../../runtime/html.ts';

export interface MonthlyChartInput {
  /** Unique within the page: ids of the chart's title and description derive from it. */
  readonly id: string;
  readonly title: string;
  /** Registered per month, January–December. */
  readonly monthly: readonly number[];
  /** The year's target (may be a fraction), or null. */
  readonly target: number | null;
  /** The target as the reader sees it, signed: "minst 7½ under 2026 (15 under perioden)"; null without one. */
  readonly targetLabel: string | null;
  /** Months known so far (1–12): the cumulative line stops there. */
  readonly lastMonth: number;
  /** Short month names, January first. */
  readonly monthNames: readonly string[];
  /** The text equivalent of the whole chart. */
  readonly description: string;
  /** A legend entry per line and mark: the bars, the cumulative line, the target and the even pace towards it. */
  readonly legend: {
    readonly monthly: string;
    readonly cumulative: string;
    readonly target: string;
    readonly pace: string;
  };
}

const W = 300;
const H = 160;
const LEFT = 26;
const RIGHT = 10;
/** Room above the plot for the legend's two rows. */
const TOP = 36;
const BOTTOM = 20;

const fmt = (n: number): string => String(Math.round(n * 10) / 10);

/** A "nice" axis maximum at or above `n` whose half is a whole number: 2, 4, 6, 8, 10, 20, 40… */
function niceMax(n: number): number {
  if (n <= 2) return 2;
  const magnitude = 10 ** Math.floor(Math.log10(n));
  for (const step of [2, 4, 6, 8, 10]) if (step * magnitude >= n) return step * magnitude;
  return 10 * magnitude;
}

/**
 * A small inline-SVG chart of one activity's year: a bar per month, the cumulative total as a line, and the
 * year's target as a dashed line with the even pace towards it dotted; the legend names every one of them (`data-
 * legend` on each entry). Exposed as one image (role="img") whose title and description say in words what the
 * picture shows.
 */
export function monthlyChartSvg(input: MonthlyChartInput): Html {
  const plotW = W - LEFT - RIGHT;
  const plotH = H - TOP - BOTTOM;
  let running = 0;
  const cumulative = input.monthly.map((n) => {
    running += n;
    return running;
  });
  const max = niceMax(Math.max(input.target ?? 0, running, ...input.monthly, 1));
  const y = (v: number) => TOP + plotH - (v / max) * plotH;
  const band = plotW / 12;
  const x = (month: number) => LEFT + band * month;
  const parts: Html[] = [];
  const titleId = `${input.id}-title`;
  const descId = `${input.id}-desc`;
  parts.push(
    html`<svg class="lb-chart" viewBox="0 0 ${W} ${H}" role="img" aria-labelledby="${titleId} ${descId}" data-chart="monthly">`,
    html`<title id="${titleId}">${input.title}</title>`,
    html`<desc id="${descId}">${input.description}</desc>`,
  );
  for (const v of [0, max / 2, max]) {
    parts.push(
      html`<line class="lb-chart-grid" x1="${LEFT}" x2="${W - RIGHT}" y1="${fmt(y(v))}" y2="${fmt(y(v))}"/>`,
      html`<text x="${LEFT - 4}" y="${fmt(y(v) + 3)}" text-anchor="end">${fmt(v)}</text>`,
    );
  }
  input.monthly.forEach((n, i) => {
    const bw = band * 0.6;
    if (n > 0)
      parts.push(
        html`<rect class="lb-chart-bar" x="${fmt(x(i) + (band - bw) / 2)}" y="${fmt(y(n))}" width="${fmt(bw)}" height="${fmt(y(0) - y(n))}"/>`,
      );
    const label = (input.monthNames[i] ?? '').charAt(0).toLocaleUpperCase('sv-SE');
    parts.push(html`<text x="${fmt(x(i) + band / 2)}" y="${H - 6}" text-anchor="middle">${label}</text>`);
  });
  if (input.target !== null && input.target > 0) {
    const ty = fmt(y(input.target));
    parts.push(
      html`<line class="lb-chart-pace" x1="${LEFT}" y1="${fmt(y(0))}" x2="${W - RIGHT}" y2="${ty}"/>`,
      html`<line class="lb-chart-target" x1="${LEFT}" x2="${W - RIGHT}" y1="${ty}" y2="${ty}"/>`,
    );
  }
  const points = cumulative
    .slice(0, Math.max(1, Math.min(12, input.lastMonth)))
    .map((v, i) => `${fmt(x(i) + band / 2)},${fmt(y(v))}`);
  parts.push(html`<polyline class="lb-chart-cumulative" points="${points.join(' ')}"/>`);
  // Legend along the top, two rows: the bars and the cumulative line; the target and the pace (with a target).
  parts.push(
    html`<g class="lb-chart-legend" data-legend="monthly"><rect class="lb-chart-bar" x="${LEFT}" y="6" width="8" height="8"/><text x="${LEFT + 11}" y="13">${input.legend.monthly}</text></g>`,
    html`<g class="lb-chart-legend" data-legend="cumulative"><line class="lb-chart-cumulative" x1="${LEFT + 90}" x2="${LEFT + 102}" y1="10" y2="10"/><text x="${LEFT + 105}" y="13">${input.legend.cumulative}</text></g>`,
  );
  if (input.target !== null && input.target > 0) {
    const target = input.targetLabel ? `${input.legend.target}: ${input.targetLabel}` : input.legend.target;
    parts.push(
      html`<g class="lb-chart-legend" data-legend="target"><line class="lb-chart-target" x1="${LEFT}" x2="${LEFT + 12}" y1="24" y2="24"/><text x="${LEFT + 15}" y="27">${target}</text></g>`,
      html`<g class="lb-chart-legend" data-legend="pace"><line class="lb-chart-pace" x1="${W - RIGHT - 70}" x2="${W - RIGHT - 58}" y1="10" y2="10"/><text x="${W - RIGHT - 55}" y="13">${input.legend.pace}</text></g>`,
    );
  }
  return html`${parts}</svg>`;
}
