import { REPORT_CSS } from '../reports/html/styles.ts';

/**
 * The pages' CSS: the report's stylesheet (typography, tables, progress bars, state badges, print rules — the
 * same look as the HTML report) followed by what a web page needs beyond a printed report: site chrome (skip link,
 * header, breadcrumbs, footer), a visible keyboard focus, activity blocks, the dashboard grid and print rules for
 * the chrome. Classes are prefixed `lb-web-`; colours reuse the report's variables and meet WCAG 2.1 AA
 * (text ≥ 4.5:1, focus ring and borders ≥ 3:1).
 */
export const WEB_CSS = `
:root { --lb-web-focus: #ffd21f; --lb-web-border: #6b7480; --lb-web-surface: #f3f6fa; --lb-web-visited: #5a2a82; }
body.lb-web { font-size: 1.0625rem; }
.lb-web a { color: var(--lb-accent); text-underline-offset: 0.15em; }
.lb-web a:visited { color: var(--lb-web-visited); }
.lb-web a:hover { text-decoration-thickness: 0.15em; }
.lb-web :focus-visible { outline: 3px solid var(--lb-text); outline-offset: 2px; box-shadow: 0 0 0 6px var(--lb-web-focus); }
.lb-web a:focus-visible { background: var(--lb-web-focus); color: var(--lb-text); text-decoration: none; }
.lb-web-skip { position: absolute; left: 0.5rem; top: -4rem; z-index: 10; padding: 0.5rem 1rem;
  background: var(--lb-web-focus); color: var(--lb-text) !important; font-weight: 700; }
.lb-web-skip:focus { top: 0.5rem; }
.lb-web-header { background: var(--lb-web-surface); border-bottom: 3px solid var(--lb-accent); }
.lb-web-header-inner, .lb-web-footer-inner { max-width: 52rem; margin: 0 auto; padding: 0.8rem 1.5rem; }
.lb-web-wide-page .lb-web-header-inner, .lb-web-wide-page .lb-web-footer-inner { max-width: 80rem; }
.lb-web-header-inner { display: flex; flex-wrap: wrap; gap: 0.25rem 2rem; align-items: baseline; }
.lb-web-site { margin: 0; font-size: 1.15rem; font-weight: 700; }
.lb-web-site a, .lb-web-site a:visited { color: var(--lb-text); text-decoration: none; }
.lb-web-crumbs ol { display: flex; flex-wrap: wrap; gap: 0.25rem; list-style: none; margin: 0; padding: 0; }
.lb-web-crumbs li + li::before { content: "›"; margin-right: 0.35rem; color: var(--lb-muted); }
main.lb-report:focus { outline: none; }
main.lb-web-wide { max-width: 80rem; }
.lb-web-footer { border-top: 1px solid var(--lb-rule); color: var(--lb-muted); font-size: 0.92rem; }
.lb-web-lead { font-size: 1.15rem; }
.lb-web-meta { display: block; color: var(--lb-muted); font-size: 0.92rem; }
.lb-web-notice { border-left: 4px solid #8a1c23; background: #fdf1f2; padding: 0.5rem 0.9rem; }
.lb-web-guide { border: 1px solid var(--lb-web-border); border-radius: 6px; padding: 0.5rem 0.9rem; margin: 1rem 0; }
.lb-web-guide summary { font-weight: 600; cursor: pointer; }
.lb-web-guide dl { margin: 0.6rem 0 0.2rem; }
.lb-web-guide dt { font-weight: 700; }
.lb-web-guide dd { margin: 0 0 0.5rem; }
.lb-web-commitment { margin-top: 2rem; }
.lb-web-activity { border: 1px solid var(--lb-web-border); border-radius: 6px; padding: 0.9rem 1.1rem; margin: 1rem 0; }
.lb-web-activity h3 { margin-top: 0; }
.lb-web h1, .lb-web h2, .lb-web h3, .lb-web-site { overflow-wrap: break-word; }
.lb-web-facts { display: grid; grid-template-columns: max-content minmax(0, 1fr); gap: 0.2rem 1rem; margin: 0 0 0.6rem; }
.lb-web-facts dt { font-weight: 700; }
.lb-web-facts dd { margin: 0; overflow-wrap: break-word; }
.lb-web-bars { display: grid; gap: 0.5rem; margin: 0.6rem 0 0.9rem; }
.lb-web-bar { display: flex; flex-wrap: wrap; align-items: center; gap: 0.3rem 0.75rem; }
.lb-web-bar-label { font-weight: 600; min-width: 13.5rem; }
.lb-web caption { text-align: left; font-weight: 600; padding-bottom: 0.3rem; }
.lb-web-bar .lb-bar { width: 10rem; max-width: 100%; height: 0.8rem; }
.lb-web-bar > [role="progressbar"] { max-width: 100%; min-width: 0; }
.lb-web-followups col, .lb-web-when { width: 7.5rem; }
.lb-web-scroll { overflow-x: auto; }
.lb-web-statistics { table-layout: auto; }
.lb-web-kommuner { list-style: none; padding: 0; display: grid; gap: 0.75rem;
  grid-template-columns: repeat(auto-fill, minmax(min(15rem, 100%), 1fr)); }
.lb-web-kommuner li { border: 1px solid var(--lb-web-border); border-radius: 6px; padding: 0.7rem 0.9rem; }
.lb-web-kommuner a { font-weight: 700; font-size: 1.15rem; }
.lb-web-dashboard { display: grid; gap: 1rem; grid-template-columns: repeat(auto-fill, minmax(22rem, 1fr));
  align-items: start; }
.lb-web-card { border: 1px solid var(--lb-web-border); border-top: 6px solid #3d4652; border-radius: 6px;
  padding: 0.4rem 1rem 0.9rem; }
.lb-web-card h2 { margin-top: 0.4rem; }
.lb-web-card-efter { border-top-color: #8a1c23; }
.lb-web-card-klar { border-top-color: #1b5e20; }
.lb-web-card-i-fas { border-top-color: var(--lb-accent); }
.lb-web-card .lb-web-bar-label { min-width: 0; }
.lb-web-card .lb-web-bar .lb-bar { width: 5rem; }
.lb-web-card-table col:first-child { width: 40%; }
.lb-web-downloads { display: flex; flex-wrap: wrap; gap: 0.5rem; list-style: none; padding: 0; margin: 0.75rem 0 0; }
.lb-web-downloads a { display: inline-block; padding: 0.3rem 0.7rem; border: 2px solid var(--lb-accent);
  border-radius: 4px; font-weight: 600; text-decoration: none; }
kbd { font-family: ui-monospace, "DejaVu Sans Mono", monospace; background: var(--lb-web-surface);
  border: 1px solid var(--lb-rule); border-radius: 3px; padding: 0 0.25rem; }
@media (max-width: 40rem) {
  .lb-web-dashboard { grid-template-columns: 1fr; }
  .lb-web-bar-label { min-width: 0; width: 100%; }
}
@media (max-width: 30rem) {
  /* A phone: each fact's name above its value, so "Polisen och kommunen" and long nouns keep inside the card. */
  .lb-web-facts { grid-template-columns: minmax(0, 1fr); row-gap: 0; }
  .lb-web-facts dd { margin-bottom: 0.4rem; }
}
@media (max-width: 22rem) {
  /* Large text on a phone (200 %): each follow-up stacks — the tertial, then its text — so no text hides beside it. */
  .lb-web-followups, .lb-web-followups tbody, .lb-web-followups tr, .lb-web-followups th, .lb-web-followups td {
    display: block; width: auto; min-width: 0;
  }
  .lb-web-followups thead { position: absolute; clip: rect(0 0 0 0); clip-path: inset(50%); }
  .lb-web-followups tbody tr { border: 1px solid var(--lb-rule); margin: 0 0 0.5rem; }
  .lb-web-followups tbody th, .lb-web-followups td { border: 0; }
  .lb-web-followups tbody th { background: var(--lb-head-bg); }
}
@media print {
  body.lb-web { font-size: 10pt; }
  .lb-web-skip, .lb-web-crumbs, .lb-web-downloads { display: none !important; }
  .lb-web-header { background: none; border-bottom: 2px solid #000; }
  .lb-web-header-inner, .lb-web-footer-inner { max-width: none; padding: 0 0 0.4rem; }
  main.lb-web-wide, .lb-web-wide-page .lb-web-header-inner, .lb-web-wide-page .lb-web-footer-inner { max-width: none; }
  .lb-web-activity, .lb-web-card { break-inside: avoid; }
  .lb-web-dashboard { display: block; }
  .lb-web-card { margin-bottom: 0.75rem; -webkit-print-color-adjust: exact; print-color-adjust: exact; }
  .lb-web-scroll { overflow: visible; }
}
`;

/** The one stylesheet of the pages: the report's look, then the web additions. */
export const SITE_CSS = `${REPORT_CSS.trim()}\n\n/* Web pages */\n${WEB_CSS.trim()}\n`;
