import { DateTime } from 'luxon';
import { clockTimeAt } from '../domain/clock-time.ts';
import type { SiteUrls } from '../domain/site-urls.ts';
import { type Html, type HtmlValue, html } from '../runtime/html.ts';

/**
 * The frame of every page: `lang="sv"`, a skip link to the main content, a header with the site name and
 * breadcrumbs, one `<main>`, and a footer saying where the figures come from, when they were published, when the
 * page was made and how counts of people are shown on it.
 */

export interface Crumb {
  readonly label: string;
  /** Omitted for the current page. */
  readonly href?: string;
}

export interface PageFrame {
  /** The page's own title, before the site name; null for the start page. */
  readonly title: string | null;
  readonly urls: SiteUrls;
  readonly crumbs?: readonly Crumb[];
  /** When this page was made (served, or written by `publish --out`): "Sidan skapades …". */
  readonly generatedAt: number;
  /** When the figures and texts shown were last published, or omitted: "Uppgifterna publicerades senast …". */
  readonly publishedAt?: number | null;
  /**
   * What the footer says about counts of people: `public` — 1–4 are shown as "färre än 5" (public pages);
   * `internal` — shown as registered, the page is internal (the dashboard); `none` — the page shows no figures.
   */
  readonly figures: 'public' | 'internal' | 'none';
  readonly zone: string;
  /** Pages behind a signed link: no indexing, no Referer (the token is in the URL). */
  readonly private?: boolean;
  /** A wider main column (the dashboard's grid). */
  readonly wide?: boolean;
  readonly body: HtmlValue;
}

export const SITE_NAME = 'Medborgarlöften – uppföljning';

/** A date as Swedish readers write it: "12 mars 2026". */
export function swedishDate(instant: number, zone: string): string {
  return DateTime.fromMillis(instant, { zone }).setLocale('sv').toFormat('d MMMM yyyy');
}

/** Date and time: "12 mars 2026 kl. 14.05". */
export function swedishDateTime(instant: number, zone: string): string {
  return `${swedishDate(instant, zone)} kl. ${clockTimeAt(instant, zone, 'sv')}`;
}

/** An ISO timestamp for `<time datetime>`. */
export function isoInstant(instant: number, zone: string): string {
  return DateTime.fromMillis(instant, { zone }).toISO({ suppressMilliseconds: true }) ?? '';
}

function breadcrumbs(crumbs: readonly Crumb[]): Html | null {
  if (crumbs.length === 0) return null;
  const last = crumbs.length - 1;
  return html`<nav class="lb-web-crumbs" aria-label="Du är här"><ol>${crumbs.map((c, i) =>
    c.href && i !== last
      ? html`<li><a href="${c.href}">${c.label}</a></li>`
      : html`<li><span aria-current="page">${c.label}</span></li>`,
  )}</ol></nav>`;
}

/** A `<time>` element: "6 december 2026 kl. 14.41". */
function timeOf(instant: number, zone: string): Html {
  return html`<time datetime="${isoInstant(instant, zone)}">${swedishDateTime(instant, zone)}</time>`;
}

/** The footer's sentence about counts of people, true for the kind of page it is on. */
const FIGURES_NOTE: Record<PageFrame['figures'], Html | ''> = {
  public: html`<p>Siffror som räknar personer visas inte när de är 1–4 (”färre än 5”), så att ingen enskild kan pekas ut.</p>`,
  internal: html`<p>Sidan är intern: siffrorna visas som de är registrerade, också när de räknar färre än fem personer.</p>`,
  none: '',
};

/** A whole HTML document. */
export function page(frame: PageFrame): string {
  const crumbs = frame.crumbs ?? [];
  const doc = html`<!doctype html>
<html lang="sv">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${frame.title === null ? SITE_NAME : `${frame.title} – ${SITE_NAME}`}</title>
${frame.private ? html`<meta name="robots" content="noindex, nofollow">\n<meta name="referrer" content="no-referrer">\n` : ''}<link rel="stylesheet" href="${frame.urls.css()}">
</head>
<body class="lb-web${frame.wide ? ' lb-web-wide-page' : ''}">
<a class="lb-web-skip" href="#innehall">Hoppa till innehållet</a>
<header class="lb-web-header"><div class="lb-web-header-inner">
<p class="lb-web-site"><a href="${frame.urls.home()}">${SITE_NAME}</a></p>
${breadcrumbs(crumbs)}
</div></header>
<main id="innehall" class="lb-report${frame.wide ? ' lb-web-wide' : ''}" tabindex="-1">
${frame.body}
</main>
<footer class="lb-web-footer"><div class="lb-web-footer-inner">
<p>Uppgifterna kommer från Löftesbot, där polisen och kommunen följer upp sina medborgarlöften.${
    frame.publishedAt == null
      ? ''
      : html` Uppgifterna publicerades senast ${timeOf(frame.publishedAt, frame.zone)}.`
  } Sidan skapades ${timeOf(frame.generatedAt, frame.zone)}.</p>
${FIGURES_NOTE[frame.figures]}
</div></footer>
</body>
</html>
`;
  return doc.value;
}
