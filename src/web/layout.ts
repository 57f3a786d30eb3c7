import { DateTime } from 'luxon';
import type { SiteUrls } from '../domain/site-urls.ts';
import { type Html, type HtmlValue, html } from '../runtime/html.ts';

/**
 * The frame of every page: `lang="sv"`, a skip link to the main content, a header with the site name and
 * breadcrumbs, one `<main>`, and a footer saying where the figures come from and when the page was made.
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
  readonly asOf: number;
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
  return DateTime.fromMillis(instant, { zone }).setLocale('sv').toFormat("d MMMM yyyy 'kl.' HH.mm");
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
<p>Uppgifterna kommer från Löftesbot, där polisen och kommunen följer upp sina medborgarlöften. Sidan skapades
<time datetime="${isoInstant(frame.asOf, frame.zone)}">${swedishDateTime(frame.asOf, frame.zone)}</time>.</p>
<p>Siffror som räknar personer visas inte när de är 1–4 (”färre än 5”), så att ingen enskild kan pekas ut.</p>
</div></footer>
</body>
</html>
`;
  return doc.value;
}
