/**
 * The pages' own CSS: site chrome (skip link, header, breadcrumbs, footer), keyboard focus, progress bars, the
 * dashboard grid and the print rules. It is served after the report's CSS (see site-css.ts), so the pages share
 * the report's typography, tables and colours and only add what a web page needs beyond a printed report.
 * Colours meet WCAG 2.1 AA: text ≥ 4.5:1, bars and focus rings ≥ 3:1 against their background.
 */
export const WEB_CSS = `
:root {
  --web-ink: #1b1b1b;
  --web-muted: #4a4f55;
  --web-link: #0a4a8f;
  --web-link-visited: #5a2a82;
  --web-focus: #ffd21f;
  --web-line: #6b7178;
  --web-bar: #0a4a8f;
  --web-track: #e3e7ec;
  --web-surface: #f4f6f8;
  --web-ok: #1b5e20;
  --web-ok-bg: #e5f3e6;
  --web-behind: #9b1c1c;
  --web-behind-bg: #fbe9e9;
  --web-pace: #0a4a8f;
  --web-pace-bg: #e6eef8;
  --web-idle: #4a4f55;
  --web-idle-bg: #eceef0;
}
html { color: var(--web-ink); background: #fff; }
body.web { margin: 0; font-family: system-ui, -apple-system, "Segoe UI", Roboto, "Helvetica Neue", Arial, sans-serif;
  font-size: 1.0625rem; line-height: 1.55; }
.web a { color: var(--web-link); text-underline-offset: 0.15em; }
.web a:visited { color: var(--web-link-visited); }
.web a:hover { text-decoration-thickness: 0.15em; }
.web :focus-visible { outline: 3px solid var(--web-ink); outline-offset: 2px; box-shadow: 0 0 0 6px var(--web-focus); }
.web a:focus-visible { background: var(--web-focus); color: var(--web-ink); text-decoration: none; }
.skip-link { position: absolute; left: 0.5rem; top: -3rem; padding: 0.5rem 1rem; background: var(--web-focus);
  color: var(--web-ink) !important; font-weight: 700; z-index: 10; }
.skip-link:focus { top: 0.5rem; }
.site-header { background: var(--web-surface); border-bottom: 4px solid var(--web-link); }
.site-header .inner, .site-main, .site-footer .inner { max-width: 72rem; margin: 0 auto; padding: 0 1.25rem; }
.site-header .inner { display: flex; flex-wrap: wrap; gap: 0.25rem 2rem; align-items: baseline; padding-block: 0.9rem; }
.site-name { margin: 0; font-size: 1.25rem; font-weight: 700; }
.site-name a, .site-name a:visited { color: var(--web-ink); text-decoration: none; }
.breadcrumbs ol { display: flex; flex-wrap: wrap; gap: 0.25rem; list-style: none; margin: 0; padding: 0; }
.breadcrumbs li + li::before { content: "›"; margin-right: 0.35rem; color: var(--web-muted); }
.site-main { padding-block: 1.5rem 3rem; }
.site-main:focus { outline: none; }
.site-footer { border-top: 1px solid var(--web-line); color: var(--web-muted); font-size: 0.95rem; }
.site-footer .inner { padding-block: 1rem 2rem; }
.lead { font-size: 1.2rem; max-width: 48rem; }
.notice { border-left: 6px solid var(--web-link); background: var(--web-surface); padding: 0.75rem 1rem; max-width: 48rem; }
.notice-warning { border-left-color: var(--web-behind); }
.commitment { margin-top: 2.5rem; }
.commitment-text { font-size: 1.15rem; max-width: 52rem; }
.activity { border: 1px solid var(--web-line); border-radius: 6px; padding: 1rem 1.25rem; margin: 1.25rem 0;
  break-inside: avoid; }
.activity h3 { margin-top: 0; font-size: 1.1rem; line-height: 1.4; }
.facts { display: grid; grid-template-columns: max-content 1fr; gap: 0.25rem 1rem; margin: 0 0 0.75rem; }
.facts dt { font-weight: 700; }
.facts dd { margin: 0; }
.bars { display: grid; gap: 0.6rem; margin: 0.75rem 0; }
.bar { display: grid; grid-template-columns: minmax(9rem, max-content) minmax(8rem, 18rem) 1fr; gap: 0.25rem 1rem;
  align-items: center; }
.bar-label { font-weight: 600; }
.bar progress { width: 100%; height: 1.1rem; appearance: none; -webkit-appearance: none; border: 1px solid var(--web-line);
  border-radius: 3px; background: var(--web-track); color: var(--web-bar); print-color-adjust: exact;
  -webkit-print-color-adjust: exact; }
.bar progress::-webkit-progress-bar { background: var(--web-track); }
.bar progress::-webkit-progress-value { background: var(--web-bar); }
.bar progress::-moz-progress-bar { background: var(--web-bar); }
.bar-none { color: var(--web-muted); font-style: italic; }
.state { display: inline-block; padding: 0 0.45rem; border-radius: 3px; font-weight: 700; font-size: 0.9rem;
  white-space: nowrap; border: 1px solid currentColor; }
.state-klar { color: var(--web-ok); background: var(--web-ok-bg); }
.state-efter { color: var(--web-behind); background: var(--web-behind-bg); }
.state-i-fas { color: var(--web-pace); background: var(--web-pace-bg); }
.state-ej-paborjad { color: var(--web-idle); background: var(--web-idle-bg); }
.web table { border-collapse: collapse; margin: 0.75rem 0; }
.web caption { text-align: left; font-weight: 700; padding-bottom: 0.35rem; }
.web th, .web td { border: 1px solid var(--web-line); padding: 0.35rem 0.6rem; text-align: left; vertical-align: top; }
.web thead th { background: var(--web-surface); }
.followups { width: 100%; }
.followups th[scope="row"] { white-space: nowrap; }
.kommun-list { list-style: none; padding: 0; display: grid; gap: 0.75rem;
  grid-template-columns: repeat(auto-fill, minmax(16rem, 1fr)); }
.kommun-list li { border: 1px solid var(--web-line); border-radius: 6px; padding: 0.75rem 1rem; }
.kommun-list a { font-weight: 700; font-size: 1.15rem; }
.muted { color: var(--web-muted); }
.dashboard-grid { display: grid; gap: 1rem; grid-template-columns: repeat(auto-fill, minmax(22rem, 1fr));
  align-items: start; }
.kommun-card { border: 1px solid var(--web-line); border-top: 6px solid var(--web-idle); border-radius: 6px;
  padding: 0.75rem 1rem; break-inside: avoid; }
.kommun-card.card-efter { border-top-color: var(--web-behind); }
.kommun-card.card-klar { border-top-color: var(--web-ok); }
.kommun-card.card-i-fas { border-top-color: var(--web-pace); }
.kommun-card h2 { margin: 0 0 0.25rem; font-size: 1.3rem; }
.kommun-card table { width: 100%; font-size: 0.95rem; }
.downloads { display: flex; flex-wrap: wrap; gap: 0.5rem; list-style: none; padding: 0; margin: 0.75rem 0 0; }
.downloads a { display: inline-block; padding: 0.3rem 0.75rem; border: 2px solid var(--web-link); border-radius: 4px;
  font-weight: 600; text-decoration: none; }
.visually-hidden { position: absolute !important; width: 1px; height: 1px; margin: -1px; padding: 0; overflow: hidden;
  clip: rect(0 0 0 0); white-space: nowrap; border: 0; }
@media (max-width: 40rem) {
  .bar { grid-template-columns: 1fr; }
  .dashboard-grid { grid-template-columns: 1fr; }
}
@media print {
  body.web { font-size: 10.5pt; }
  .skip-link, .breadcrumbs, .downloads, .no-print { display: none !important; }
  .site-header { background: none; border-bottom: 2px solid #000; }
  .site-main, .site-header .inner, .site-footer .inner { max-width: none; padding: 0; }
  .web a { color: inherit; text-decoration: none; }
  .activity, .kommun-card, tr { break-inside: avoid; }
  h1, h2, h3 { break-after: avoid; }
  .dashboard-grid { display: block; }
  .kommun-card { margin-bottom: 0.75rem; }
}
`;
