/**
 * The look of Löftesbot's documents: one stylesheet for the printable follow-up report (A4) and for public web
 * pages built from the same data. Every class is prefixed `lb-`; colours meet WCAG AA contrast on white (text at
 * least 4.5:1, graphics at least 3:1) and no information is carried by colour alone.
 */
export const REPORT_CSS = `
:root {
  --lb-text: #1b1f24;
  --lb-muted: #4a5563;
  --lb-accent: #0b3d91;
  --lb-rule: #c9d1dc;
  --lb-head-bg: #e8eef7;
  --lb-bar: #1f5fa8;
  --lb-track: #dde3ea;
  --lb-target: #a4262c;
  --lb-line: #0b2545;
}
*, *::before, *::after { box-sizing: border-box; }
html { -webkit-text-size-adjust: 100%; }
body {
  margin: 0;
  color: var(--lb-text);
  background: #fff;
  font-family: "Source Sans 3", "Segoe UI", Roboto, "Helvetica Neue", Arial, "Liberation Sans", sans-serif;
  font-size: 1rem;
  line-height: 1.5;
}
.lb-report { max-width: 52rem; margin: 0 auto; padding: 2rem 1.5rem 3rem; }
.lb-masthead { border-bottom: 3px solid var(--lb-accent); padding-bottom: 0.75rem; margin-bottom: 1.5rem; }
.lb-kommun {
  margin: 0;
  font-size: 0.9rem;
  font-weight: 700;
  letter-spacing: 0.12em;
  text-transform: uppercase;
  color: var(--lb-accent);
}
.lb-report h1 { font-size: 1.9rem; line-height: 1.2; margin: 0.25rem 0 0.25rem; }
.lb-period { margin: 0; color: var(--lb-muted); font-size: 1.05rem; }
.lb-report h2 { font-size: 1.35rem; line-height: 1.25; margin: 2rem 0 0.6rem; }
.lb-report h3 { font-size: 1.1rem; line-height: 1.3; margin: 1.4rem 0 0.5rem; }
.lb-arrow { color: var(--lb-accent); margin-right: 0.35em; }
.lb-headline {
  border-left: 4px solid var(--lb-accent);
  background: var(--lb-head-bg);
  padding: 0.6rem 0.9rem;
  margin: 1rem 0;
}
.lb-commitments { padding-left: 1.25rem; }
.lb-commitments li { font-weight: 600; margin: 0.25rem 0; }
.lb-table { width: 100%; border-collapse: collapse; table-layout: fixed; margin: 0.5rem 0 1rem; font-size: 0.92rem; }
.lb-table th, .lb-table td {
  border: 1px solid var(--lb-rule);
  padding: 0.4rem 0.5rem;
  text-align: left;
  vertical-align: top;
  /* Words break only when one alone is wider than its cell — never mid-word to fit (no "Genomfö rt"). */
  overflow-wrap: break-word;
  hyphens: manual;
}
.lb-table thead th { background: var(--lb-head-bg); font-weight: 700; }
.lb-table tbody th { font-weight: 600; }
.lb-table col.lb-col-activity { width: 31%; }
.lb-table.lb-progress-table col.lb-col-activity { width: 34%; }
.lb-resp { display: block; font-weight: 400; color: var(--lb-muted); font-size: 0.85em; margin-top: 0.2rem; }
.lb-num { text-align: right; font-variant-numeric: tabular-nums; }
.lb-progress { display: flex; flex-wrap: wrap; align-items: center; gap: 0.2rem 0.5rem; }
.lb-bar { width: 6rem; height: 0.6rem; flex: none; }
/* The signed figure ("16 av minst 15 under 2026") wraps between words beside or under its bar. */
.lb-progress > span { min-width: 0; overflow-wrap: break-word; hyphens: manual; }
.lb-bar-track { fill: var(--lb-track); }
.lb-bar-fill { fill: var(--lb-bar); }
.lb-state {
  display: inline-block;
  border-radius: 0.25rem;
  padding: 0 0.35rem;
  font-size: 0.85em;
  font-weight: 600;
  border: 1px solid currentColor;
}
.lb-state-efter { color: #8a1c23; background: #fde7e9; }
.lb-state-ej-natt { color: #8a1c23; background: #fde7e9; }
.lb-state-klar { color: #1b5e20; background: #e3f4e8; }
.lb-state-i-fas { color: var(--lb-accent); background: var(--lb-head-bg); }
.lb-state-ej-paborjad { color: #3d4652; background: #eceff3; }
.lb-charts { display: grid; grid-template-columns: repeat(auto-fill, minmax(16rem, 1fr)); gap: 1rem 1.5rem; }
.lb-chart-figure { margin: 0; }
.lb-chart-figure figcaption { font-size: 0.9rem; font-weight: 600; margin-bottom: 0.25rem; }
.lb-chart { width: 100%; height: auto; display: block; }
.lb-chart text { font-family: inherit; font-size: 9px; fill: var(--lb-muted); }
.lb-chart .lb-chart-bar { fill: var(--lb-bar); }
.lb-chart .lb-chart-grid { stroke: var(--lb-rule); stroke-width: 0.5; }
.lb-chart .lb-chart-cumulative { fill: none; stroke: var(--lb-line); stroke-width: 1.5; }
.lb-chart .lb-chart-target { stroke: var(--lb-target); stroke-width: 1.2; stroke-dasharray: 4 3; }
.lb-chart .lb-chart-pace { stroke: var(--lb-target); stroke-width: 0.8; stroke-dasharray: 1 2; }
.lb-chart .lb-chart-target-label { fill: var(--lb-target); font-weight: 600; }
.lb-statistics-summary { margin-top: 0.5rem; }
.lb-empty { color: var(--lb-muted); }
.lb-footer { margin-top: 2.5rem; border-top: 1px solid var(--lb-rule); padding-top: 0.5rem; color: var(--lb-muted); font-size: 0.85rem; }
.lb-sr-only {
  position: absolute !important;
  top: 0; left: 0;
  width: 1px; height: 1px; padding: 0; margin: -1px;
  overflow: hidden; clip: rect(0 0 0 0); white-space: nowrap; border: 0;
}
/* A phone (390 px): a table scrolls inside its own box instead of squeezing words apart. */
@media screen and (max-width: 40rem) {
  .lb-table { display: block; overflow-x: auto; table-layout: auto; max-width: 100%; width: auto; }
  .lb-table col.lb-col-activity, .lb-table.lb-progress-table col.lb-col-activity { width: auto; }
  .lb-table th, .lb-table td { min-width: 6.5rem; }
  .lb-web-scroll .lb-table { display: table; overflow: visible; }
}
/*
 * A phone (360 px) reading the report: each row of a report table becomes one block — the activity as its heading,
 * then each cell with its column's name (data-label) above the text — so nothing scrolls sideways. The header row
 * is hidden visually, not from screen readers; a tertial not yet reached is left out.
 */
@media screen and (max-width: 40rem) {
  .lb-report { padding: 1.25rem 1rem 2rem; }
  .lb-table.lb-stack, .lb-stack thead, .lb-stack tbody, .lb-stack tr, .lb-stack th, .lb-stack td {
    display: block; width: auto; min-width: 0;
  }
  .lb-table.lb-stack { overflow: visible; table-layout: auto; }
  .lb-stack colgroup { display: none; }
  /* Clipped to nothing, yet as wide as its words: screen readers read it, nothing sticks out or is squeezed. */
  .lb-stack thead { position: absolute; clip: rect(0 0 0 0); clip-path: inset(50%); }
  .lb-stack tbody tr { border: 1px solid var(--lb-rule); margin: 0 0 0.75rem; }
  .lb-stack tbody th, .lb-stack td { border: 0; }
  .lb-stack tbody th { background: var(--lb-head-bg); }
  .lb-stack td + td, .lb-stack th + td { border-top: 1px solid var(--lb-rule); }
  .lb-stack td.lb-num { text-align: left; }
  .lb-stack td.lb-not-yet { display: none; }
  .lb-stack td[data-label]::before {
    content: attr(data-label); display: block; font-weight: 700; font-size: 0.85em; color: var(--lb-muted);
  }
}
@page { size: A4; margin: 16mm 15mm 18mm; }
@media print {
  body { font-size: 10pt; }
  .lb-report { max-width: none; padding: 0; }
  .lb-report h1 { font-size: 20pt; }
  .lb-report h2 { font-size: 14pt; break-after: avoid; }
  .lb-report h3 { font-size: 11.5pt; break-after: avoid; }
  .lb-table { font-size: 9pt; }
  .lb-table thead { display: table-header-group; }
  .lb-table tr, .lb-chart-figure, .lb-headline { break-inside: avoid; }
  .lb-charts { grid-template-columns: repeat(2, 1fr); }
  .lb-bar { width: 3.5rem; }
  .lb-state, .lb-headline, .lb-table thead th { -webkit-print-color-adjust: exact; print-color-adjust: exact; }
  a { color: inherit; text-decoration: none; }
}
`;
