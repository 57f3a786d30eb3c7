import { activityKind, kindLabel } from '../../domain/activity-kinds.ts';
import type { ProgressState } from '../../domain/progress.ts';
import type { PublicFigure, PublicProgress } from '../../domain/public-view.ts';
import { agreedTarget, formatAmount } from '../../domain/target.ts';
import type { Target } from '../../domain/types.ts';
import { progressBarHtml, stateBadge } from '../../reports/html/markup.ts';
import { reportLabels } from '../../reports/labels.ts';
import { type Html, html } from '../../runtime/html.ts';

/**
 * Small pieces the pages share, in the report's look: the report's progress bar and state badge (src/reports/html),
 * wrapped so assistive technology gets a real progressbar with a name and a text value.
 */

export const LABELS = reportLabels('sv');

/** "riktade insatser" for an activity kind, or "gånger" when the activity has no kind. */
export function unitOf(kind: string | null, n: number): string {
  const k = kind ? activityKind(kind) : null;
  return k ? kindLabel(k, n, 'sv') : LABELS.times(n);
}

/**
 * A target as the agreement states it (domain/target.ts agreedTarget): "minst 30 trafikkontroller per år",
 * "minst 5 riktade insatser per tertial", "minst 30 gånger under perioden"; "följs upp med text" without a number.
 */
export function targetText(target: Target | null, kind: string | null): string {
  return agreedTarget(target, 'sv', target ? unitOf(kind, target.count) : undefined);
}

/** A count of people as it may be shown: "12", or "färre än 5". */
export function figureText(figure: PublicFigure): string {
  return figure.kind === 'value' ? String(figure.value) : `färre än ${figure.below}`;
}

export function badge(state: ProgressState): Html {
  return stateBadge(state, LABELS.states[state]);
}

/**
 * One labelled progress bar with its text equivalent. With a target: a `role="progressbar"` element named by its
 * label, with `aria-valuetext` ("riktade insatser: 3 av minst 5 under 2026, 60 procent"), and the state as a word. Without a target or
 * with a suppressed count: the text only (a bar would add nothing, or reveal the number).
 */
export function progressLine(
  id: string,
  label: string,
  p: PublicProgress,
  kind: string | null,
  options: {
    hideLabel?: boolean;
    /**
     * The figure: the count signed against the target, "16 av minst 15 under 2026" (domain/target.ts), or without
     * a target the count with its window, "3 under 2026" (the badge says "följs upp med text").
     */
    signed?: string;
    /** The expected pace, labelled: "väntat hittills: 13"; never another target. */
    expected?: string | null;
  } = {},
): Html {
  const cls = options.hideLabel ? 'lb-web-bar-label lb-sr-only' : 'lb-web-bar-label';
  const labelHtml = html`<span class="${cls}" id="${id}">${label}</span>`;
  if (p.done.kind === 'suppressed') {
    const text = options.signed ?? `${figureText(p.done)} ${unitOf(kind, 5)}`;
    return html`<div class="lb-web-bar">${labelHtml}<span class="lb-web-signed">${text}</span> ${badge(p.state)}</div>`;
  }
  const done = p.done.value;
  if (p.target === null || p.target <= 0 || p.ratio === null) {
    const text =
      options.signed ??
      (done === 0 && kind === null
        ? 'följs upp med lägesbeskrivningar'
        : `${done} ${unitOf(kind, done)} hittills`);
    return html`<div class="lb-web-bar">${labelHtml}<span class="lb-web-signed">${text}</span> ${badge(p.state)}</div>`;
  }
  const percent = Math.round(p.ratio * 100);
  const shown = options.signed ?? LABELS.ofTarget(done, formatAmount(p.target));
  const valueText = `${unitOf(kind, 2)}: ${shown}, ${percent} procent`;
  const expected = options.expected ? html` <span class="lb-web-expected">${options.expected}</span>` : '';
  return html`<div class="lb-web-bar">${labelHtml}<span role="progressbar" aria-labelledby="${id}" aria-valuemin="0" aria-valuemax="${p.target}" aria-valuenow="${Math.min(done, p.target)}" aria-valuetext="${valueText}">${progressBarHtml(p.ratio, shown)}</span>${expected} ${badge(p.state)}</div>`;
}

/** An element id from any text: letters, digits and hyphens. */
export function domId(prefix: string, text: string): string {
  return `${prefix}-${text.replace(/[^A-Za-z0-9_-]/g, '-')}`;
}

/**
 * "Så läser du sidan": the page's own words — each verdict, the expected pace, the tertials — in plain Swedish for
 * a resident, folded under one line (no JavaScript: a `<details>`). The verdicts as `src/domain/verdict.ts` decides.
 */
export function readingGuide(): Html {
  const s = LABELS.states;
  const terms: [string, string][] = [
    [
      'T1, T2, T3',
      'Året följs upp i tre tertial om fyra månader: T1 januari–april, T2 maj–augusti, T3 september–december.',
    ],
    [
      'väntat hittills',
      'Hur många som borde vara gjorda vid det här laget om arbetet sprids jämnt över året eller perioden, avrundat nedåt.',
    ],
    [s.klar, 'Målet är nått: minst så många som löftet säger är gjorda.'],
    [s['i fas'], 'Arbetet går i den takt som behövs för att nå målet i tid.'],
    [s.efter, 'Färre än väntat hittills: arbetet behöver öka för att nå målet.'],
    [s['ej påbörjad'], 'Inget är gjort ännu, under periodens första 30 dagar.'],
    [s['ej nått'], 'Perioden är slut och färre än målet blev gjorda.'],
    [
      s['följs upp med text'],
      'Aktiviteten har inget antal som mål; kommunen och polisen beskriver läget i text varje tertial.',
    ],
  ];
  return html`<details class="lb-web-guide">
<summary>Så läser du sidan: ”i fas”, ”väntat hittills” och tertial</summary>
<dl>${terms.map(([term, meaning]) => html`<dt>${term}</dt><dd>${meaning}</dd>`)}</dl>
</details>`;
}
