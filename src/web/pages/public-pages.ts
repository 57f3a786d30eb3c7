import type { PublicPageView } from '../../domain/public-snapshot.ts';
import { publicTitle } from '../../domain/public-texts.ts';
import type { SiteUrls } from '../../domain/site-urls.ts';
import type { Agreement, Municipality } from '../../domain/types.ts';
import { html } from '../../runtime/html.ts';
import { page, swedishDate } from '../layout.ts';
import type { HomeData, KommunData, KommunEntry } from '../site-data.ts';
import { agreementBody, periodText } from './agreement-view.ts';

/** The public pages: the start page, a kommun's current medborgarlöfte, and an archived one. */

export interface RenderContext {
  readonly urls: SiteUrls;
  readonly zone: string;
}

const HOME = 'Medborgarlöften';

function kommunItem(e: KommunEntry, ctx: RenderContext): ReturnType<typeof html> {
  const { periodFrom, periodTo } = e.agreement;
  return html`<li><a href="${ctx.urls.kommun(e.slug)}">${e.municipality.name}</a>
<span class="lb-web-meta">${publicTitle(e.agreement)}</span>
<span class="lb-web-meta">${periodFrom === periodTo ? periodFrom : `${periodFrom}–${periodTo}`} · ${e.municipality.countyName}</span></li>`;
}

/** `GET /`: the kommuner with a medborgarlöfte in force, and those with earlier ones. */
export function homePage(data: HomeData, ctx: RenderContext): string {
  const body = html`<h1>Medborgarlöften – så går arbetet</h1>
<p class="lb-web-lead">Ett medborgarlöfte är en överenskommelse mellan kommunen och polisen om vad de ska göra för att
öka tryggheten och minska brottsligheten där du bor. Här följer du hur arbetet går: löftena, aktiviteterna, hur långt
de har kommit och vad kommunen och polisen har rapporterat varje tertial.</p>
<section aria-labelledby="aktuella">
<h2 id="aktuella">Kommuner med ett aktuellt medborgarlöfte ${data.year}</h2>
${
  data.current.length === 0
    ? html`<p class="lb-empty">Inga medborgarlöften är registrerade för ${data.year} ännu.</p>`
    : html`<ul class="lb-web-kommuner">${data.current.map((e) => kommunItem(e, ctx))}</ul>`
}
</section>
${
  data.earlier.length === 0
    ? ''
    : html`<section aria-labelledby="tidigare">
<h2 id="tidigare">Kommuner med tidigare medborgarlöften</h2>
<ul class="lb-web-kommuner">${data.earlier.map((e) => kommunItem(e, ctx))}</ul>
</section>`
}`;
  return page({
    title: null,
    urls: ctx.urls,
    generatedAt: data.generatedAt,
    figures: 'public',
    zone: ctx.zone,
    body,
  });
}

function archiveList(slug: string, archive: readonly Agreement[], ctx: RenderContext) {
  if (archive.length === 0) return '';
  return html`<section aria-labelledby="arkiv">
<h2 id="arkiv">Tidigare medborgarlöften</h2>
<ul>${archive.map(
    (a) =>
      html`<li><a href="${ctx.urls.archive(slug, a.id)}">${publicTitle(a)}</a> (${a.periodFrom === a.periodTo ? a.periodFrom : `${a.periodFrom}–${a.periodTo}`})</li>`,
  )}</ul>
</section>`;
}

/** `GET /k/<kommun>`: the kommun's medborgarlöfte in force, as the public may see it, and its archive. */
export function kommunPage(data: KommunData, ctx: RenderContext): string {
  const name = data.municipality.name;
  const view = data.current;
  const body = view
    ? html`<p class="lb-kommun">${name} kommun</p>
<h1>Medborgarlöfte för ${name} ${periodText(view)}</h1>
<p class="lb-period">${view.agreement.title}. Läget den ${swedishDate(data.asOf, ctx.zone)}.</p>
${agreementBody(view)}
${archiveList(data.slug, data.archive, ctx)}`
    : html`<p class="lb-kommun">${name} kommun</p>
<h1>Medborgarlöfte för ${name}</h1>
<p>${name} har inget medborgarlöfte som gäller just nu i Löftesbot.${data.upcoming ? ` Nästa, ${publicTitle(data.upcoming)}, gäller från den 1 januari ${data.upcoming.periodFrom}; dess uppföljning visas här när den första tertialen är publicerad.` : ''}</p>
${archiveList(data.slug, data.archive, ctx)}`;
  return page({
    title: `${name} kommun`,
    urls: ctx.urls,
    crumbs: [{ label: HOME, href: ctx.urls.home() }, { label: `${name} kommun` }],
    generatedAt: data.generatedAt,
    publishedAt: data.publishedAt,
    figures: 'public',
    zone: ctx.zone,
    body,
  });
}

/** `GET /k/<kommun>/arkiv/<id>`: an earlier agreement with its published follow-ups, made at `generatedAt`. */
export function archivePage(
  municipality: Municipality,
  slug: string,
  shown: PublicPageView,
  generatedAt: number,
  ctx: RenderContext,
): string {
  const name = municipality.name;
  const view = shown.view;
  const body = html`<p class="lb-kommun">${name} kommun · arkiv</p>
<h1>Medborgarlöfte för ${name} ${periodText(view)}</h1>
<p class="lb-period">${view.agreement.title}. Medborgarlöftet har upphört; sidan visar hur det följdes upp.
<a href="${ctx.urls.kommun(slug)}">Till det aktuella medborgarlöftet för ${name}</a>.</p>
${agreementBody(view, { ended: true })}`;
  return page({
    title: `${name} kommun ${periodText(view)} (arkiv)`,
    urls: ctx.urls,
    crumbs: [
      { label: HOME, href: ctx.urls.home() },
      { label: `${name} kommun`, href: ctx.urls.kommun(slug) },
      { label: `Arkiv ${periodText(view)}` },
    ],
    generatedAt,
    publishedAt: shown.publishedAt,
    figures: 'public',
    zone: ctx.zone,
    body,
  });
}
