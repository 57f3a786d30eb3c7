import { type AreaLine, type AreaSummary, areaHeadline, areaLineText } from '../../domain/area-summary.ts';
import { activityLabel, headline } from '../../domain/headline.ts';
import type { SiteUrls } from '../../domain/site-urls.ts';
import type { ActivityLine, KommunSummary } from '../../domain/summary.ts';
import { countInWindow, countIsNews, expectedPhrase, signedCount } from '../../domain/target.ts';
import { type Html, html } from '../../runtime/html.ts';
import { isoInstant, page, swedishDate, swedishDateTime } from '../layout.ts';
import { badge, domId, LABELS, progressLine } from './parts.ts';

/**
 * The managers' dashboard behind a signed link: every kommun of a police area side by side, worst first, with the
 * same area line and headline as `/sammanfattning <område>` in chat, each activity's progress this year, and links
 * to the follow-up report (Markdown, HTML, CSV) under the same token.
 */

export interface ReportFormat {
  readonly ext: string;
  readonly label: string;
}

export interface DashboardContext {
  readonly urls: SiteUrls;
  readonly zone: string;
  readonly expiresAt: number;
  readonly formats: readonly ReportFormat[];
  /** The download URL of a kommun's report in one format, carrying the token. */
  reportHref(slug: string, ext: string): string;
  slugOf(line: AreaLine): string;
}

function activityRow(line: ActivityLine, kommunId: string, summary: KommunSummary): Html {
  const id = domId(`${kommunId}-a`, line.activity.id);
  const p = {
    done: { kind: 'value', value: line.done } as const,
    target: line.target,
    ratio: line.progress ? line.progress.ratio : null,
    state: line.state,
  };
  // Without a numeric target and nothing registered, the badge ("följs upp med text") alone: no "0 under 2026".
  const signed = !countIsNews(line)
    ? ''
    : line.target === null
      ? countInWindow(String(line.done), summary.window, summary.agreement, 'sv')
      : signedCount(line, summary.window, summary.agreement, 'sv');
  const options = { hideLabel: true, signed, expected: expectedPhrase(line, 'sv') };
  return html`<tr><th scope="row">${activityLabel(line)}</th><td>${progressLine(id, `${activityLabel(line)} i år`, p, line.activity.kind, options)}</td></tr>`;
}

function card(line: AreaLine, ctx: DashboardContext): Html {
  const id = domId('kommun', line.municipality.code);
  const state = line.state ?? 'none';
  const slug = ctx.slugOf(line);
  const summary = line.summary;
  const body = summary
    ? html`<p>${line.state ? badge(line.state) : ''} ${areaLineText(line).replace(/^[^—]*—\s*/, '')}</p>
<p class="lb-headline">${headline(summary)}</p>
<table class="lb-table lb-web-card-table">
<caption class="lb-sr-only">Aktiviteter i ${line.municipality.name} ${summary.range.firstDay.slice(0, 4)}</caption>
<thead><tr><th scope="col">Aktivitet</th><th scope="col">Registrerat mot målet</th></tr></thead>
<tbody>${summary.activities.map((a) => activityRow(a, id, summary))}</tbody>
</table>
<ul class="lb-web-downloads" aria-label="Rapport för ${line.municipality.name}">${ctx.formats.map(
        (f) =>
          html`<li><a href="${ctx.reportHref(slug, f.ext)}" download>Rapport ${line.municipality.name} (${f.label})</a></li>`,
      )}</ul>`
    : html`<p class="lb-empty">Saknar gällande medborgarlöfte.</p>`;
  return html`<section class="lb-web-card lb-web-card-${state.replace(/\s/g, '-').normalize('NFD').replace(/\p{M}/gu, '')}" aria-labelledby="${id}">
<h2 id="${id}">${line.municipality.name}</h2>
${body}
</section>`;
}

/** `GET /d/<område>?t=…`: the area's dashboard. */
export function dashboardPage(area: AreaSummary, ctx: DashboardContext): string {
  const year = area.window.kind === 'period' ? '' : ` ${area.window.year}`;
  const body = html`<p class="lb-kommun">Lägesbild för chefer</p>
<h1>${area.scope.name}${year}</h1>
<p class="lb-headline">${areaHeadline(area)}</p>
<p>Läget den ${swedishDate(area.asOf, ctx.zone)}, sämst först. Länken gäller till
<time datetime="${isoInstant(ctx.expiresAt, ctx.zone)}">${swedishDateTime(ctx.expiresAt, ctx.zone)}</time>; dela den inte vidare.
Rapporterna är interna underlag: de har de senaste lägestexterna, också opublicerade, och siffrorna som de är
registrerade. Granska dem innan något ur dem publiceras.</p>
<div class="lb-web-dashboard">${area.lines.map((l) => card(l, ctx))}</div>
<p class="lb-web-meta">Läge: ${Object.values(LABELS.states).join(', ')} – samma formel som i chatten: väntat hittills = målet × den del av året som har gått (visas avrundat nedåt till hela aktiviteter); efter när antalet är mer än max(1, 10 % av målet) under det.</p>`;
  return page({
    title: `Lägesbild ${area.scope.name}`,
    urls: ctx.urls,
    generatedAt: area.asOf,
    figures: 'internal',
    zone: ctx.zone,
    private: true,
    wide: true,
    body,
  });
}
