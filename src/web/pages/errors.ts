import type { TokenCheck } from '../../domain/signed-link.ts';
import type { SiteUrls } from '../../domain/site-urls.ts';
import { html } from '../../runtime/html.ts';
import { page } from '../layout.ts';

/** The pages of refusals and dead ends, in plain Swedish. */

interface ErrorContext {
  readonly urls: SiteUrls;
  readonly zone: string;
  readonly generatedAt: number;
}

/** 403 for a dashboard or report link that has expired, been altered, or belongs to another area or report. */
export function forbiddenPage(
  reason: Exclude<TokenCheck, { ok: true }>['reason'],
  ctx: ErrorContext,
  kind: 'dashboard' | 'report' = 'dashboard',
): string {
  const expired = reason === 'expired';
  const title = expired ? 'Länken har gått ut' : 'Länken gäller inte';
  const report = kind === 'report';
  const what = report ? 'Länkar till rapporter' : 'Länkar till lägesbilden';
  const why = expired
    ? `${what} gäller i 24 timmar, och den här är äldre än så.`
    : `Länken är ofullständig eller har ändrats, eller så gäller den ${report ? 'en annan rapport' : 'ett annat område'}. Kopiera hela länken från chatten.`;
  const ask = report
    ? html`<p>Be om en ny länk i Teams eller terminalchatten med kommandot
<kbd>/sammanfattning &lt;kommun&gt; dokument</kbd>, till exempel <kbd>/sammanfattning Tranås dokument</kbd>.
Du behöver en roll som får se kommunen.</p>`
    : html`<p>Be om en ny länk i Slack eller Teams med kommandot <kbd>/sammanfattning &lt;område&gt; länk</kbd>, till exempel
<kbd>/sammanfattning Höglandet länk</kbd>. Du behöver rollen chef eller admin för området.</p>`;
  const body = html`<h1>${title}</h1>
<p>${why}</p>
${ask}
<p><a href="${ctx.urls.home()}">Till de öppna sidorna om medborgarlöften</a></p>`;
  const { urls, generatedAt, zone } = ctx;
  return page({ title, urls, generatedAt, figures: 'none', zone, private: true, body });
}

/** 404 with a way back; `suggestion` names a close match ("Sävsjö") when there is one. */
export function notFoundPage(
  what: string,
  ctx: ErrorContext,
  suggestion?: { label: string; href: string },
): string {
  const body = html`<h1>Sidan finns inte</h1>
<p>${what}</p>
${suggestion ? html`<p>Menade du <a href="${suggestion.href}">${suggestion.label}</a>?</p>` : ''}
<p><a href="${ctx.urls.home()}">Till alla kommuner med medborgarlöften</a></p>`;
  const { urls, generatedAt, zone } = ctx;
  return page({ title: 'Sidan finns inte', urls, generatedAt, figures: 'none', zone, body });
}
