import { type Html, html, raw } from '../../runtime/html.ts';
import { reportLabels } from '../labels.ts';
import { countedRows, expectedText } from '../markdown.ts';
import type { Report, ReportCell, ReportRow } from '../model.ts';
import { monthlyChartSvg } from './chart.ts';
import { htmlDocument, progressBarHtml, stateBadge } from './markup.ts';

/** The last month (1–12) the report's figures cover. */
export function lastMonthOf(report: Report): number {
  return report.complete ? report.tertial * 4 : Number(report.asOf.slice(5, 7));
}

/**
 * A cell named by its column (`data-label`): on a phone the table stacks into one block per row and each cell shows
 * its column's name before its text (REPORT_CSS, `.lb-stack`); the header row stays for screen readers.
 */
function cellHtml(cell: ReportCell, report: Report): Html {
  const l = reportLabels(report.lang);
  const label = l.tertial(cell.tertial);
  if (!cell.reported)
    return html`<td class="lb-empty lb-not-yet" data-label="${label}"><span class="lb-sr-only">${l.notYet}</span></td>`;
  if (cell.text === '')
    return html`<td class="lb-empty" data-label="${label}"><span aria-hidden="true">–</span><span class="lb-sr-only">${l.noStatus}</span></td>`;
  return html`<td data-label="${label}">${cell.text}</td>`;
}

const COLGROUP = raw('<colgroup><col class="lb-col-activity"><col><col><col></colgroup>');

function headRow(headings: readonly string[]): Html {
  return html`${headings.map((h) => html`<th scope="col">${h}</th>`)}`;
}

function activityTable(rows: readonly ReportRow[], labelledBy: string, report: Report): Html {
  const l = reportLabels(report.lang);
  const head = headRow([l.activity, l.tertial(1), l.tertial(2), l.tertial(3)]);
  const body = rows.map(
    (r, i) =>
      html`${i > 0 ? '\n' : ''}<tr><th scope="row">${r.text}<span class="lb-resp">${l.responsible[r.responsible]}</span></th>${r.cells.map((c) => cellHtml(c, report))}</tr>`,
  );
  return html`<table class="lb-table lb-stack" aria-labelledby="${labelledBy}" tabindex="0">${COLGROUP}\n<thead><tr>${head}</tr></thead>\n<tbody>\n${body}\n</tbody></table>`;
}

function progressSection(report: Report): Html | null {
  const l = reportLabels(report.lang);
  const rows = countedRows(report);
  if (rows.length === 0) return null;
  const body = rows.map((r, i) => {
    const name = r.unit ? r.unit.charAt(0).toLocaleUpperCase('sv-SE') + r.unit.slice(1) : r.text;
    const bar = r.target !== null && r.ratio !== null ? progressBarHtml(r.ratio, r.signed) : r.counted;
    return html`${i > 0 ? '\n' : ''}<tr><th scope="row">${name}</th><td data-label="${l.registered}">${bar}${r.targetNote ? html`<br><small>${r.targetNote}</small>` : ''}</td><td class="lb-num" data-label="${l.expectedColumn}">${expectedText(r)}</td><td data-label="${l.stateColumn}">${stateBadge(r.state, l.states[r.state])}</td></tr>`;
  });
  const head = headRow([l.activity, l.registered, l.expectedColumn, l.stateColumn]);
  return html`<section aria-labelledby="lb-progress"><h2 id="lb-progress">${report.texts.progressHeading}</h2>
<table class="lb-table lb-stack lb-progress-table" aria-labelledby="lb-progress" tabindex="0">${COLGROUP}
<thead><tr>${head}</tr></thead>\n<tbody>\n${body}\n</tbody></table></section>`;
}

function chartsSection(report: Report): Html | null {
  const l = reportLabels(report.lang);
  const rows = countedRows(report).filter((r) => r.done > 0 || r.target !== null);
  if (rows.length === 0) return null;
  const lastMonth = lastMonthOf(report);
  const figures = rows.map((r, i) => {
    const title = r.unit ? r.unit.charAt(0).toLocaleUpperCase('sv-SE') + r.unit.slice(1) : r.text;
    const months = r.monthly
      .slice(0, lastMonth)
      .map((n, m) => `${l.months[m]} ${n}`)
      .join(', ');
    const svg = monthlyChartSvg({
      id: `lb-chart-${i + 1}`,
      title,
      monthly: r.monthly,
      target: r.target,
      lastMonth,
      monthNames: l.months,
      targetLabel: r.signedTarget,
      description: l.chartDesc(months, r.signedTarget),
      legend: {
        monthly: l.legendMonthly,
        cumulative: l.legendCumulative,
        target: l.legendTarget,
        pace: l.legendPace,
      },
    });
    return html`${i > 0 ? '\n' : ''}<figure class="lb-chart-figure"><figcaption>${title}</figcaption>${svg}</figure>`;
  });
  return html`<section aria-labelledby="lb-charts"><h2 id="lb-charts">${report.texts.chartsHeading}</h2>
<div class="lb-charts">\n${figures}\n</div></section>`;
}

function statisticsSection(report: Report): Html {
  const l = reportLabels(report.lang);
  const { rows, summary } = report.statistics;
  const body = rows.map(
    (r, i) =>
      html`${i > 0 ? '\n' : ''}<tr><th scope="row">${r.label.charAt(0).toLocaleUpperCase('sv-SE') + r.label.slice(1)}</th>${r.cells.map((c, t) => (c === '' ? html`<td class="lb-empty" data-label="${l.tertial(t + 1)}"><span aria-hidden="true">–</span></td>` : html`<td data-label="${l.tertial(t + 1)}">${c}</td>`))}</tr>`,
  );
  const table =
    rows.length === 0
      ? ''
      : html`<table class="lb-table lb-stack" aria-labelledby="lb-statistics" tabindex="0">${COLGROUP}
<thead><tr>${headRow([l.statisticsColumn, l.tertial(1), l.tertial(2), l.tertial(3)])}</tr></thead>
<tbody>\n${body}\n</tbody></table>`;
  return html`<section aria-labelledby="lb-statistics"><h2 id="lb-statistics">${report.texts.statisticsHeading}</h2>
${table}<p class="lb-statistics-summary">${summary}</p></section>`;
}

/** The report's `<main>` content, for embedding in another page that already carries REPORT_CSS. */
export function renderReportBody(report: Report): Html {
  const l = reportLabels(report.lang);
  const t = report.texts;
  const out: (Html | null)[] = [
    raw('<main class="lb-report">'),
    html`<header class="lb-masthead"><p class="lb-kommun">${t.kommun}</p><h1>${t.title}</h1><p class="lb-period">${t.period}</p></header>`,
    html`<section aria-labelledby="lb-follow-up"><h2 id="lb-follow-up">${t.followUpHeading}</h2>`,
    html`<p>${t.intro}</p>`,
    html`<p class="lb-headline"><strong>${l.headline}:</strong> ${report.headline}</p>`,
  ];
  if (report.commitments.length > 0) {
    out.push(
      html`<h3>${t.commitmentsHeading}</h3>`,
      html`<ul class="lb-commitments">${report.commitments.map((c) => html`<li>${c}</li>`)}</ul>`,
    );
  }
  out.push(
    raw('</section>'),
    html`<section aria-labelledby="lb-activities"><h2 id="lb-activities">${t.activitiesHeading}</h2>`,
  );
  report.sections.forEach((s, i) => {
    const id = `lb-section-${i + 1}`;
    out.push(html`<h3 id="${id}"><span class="lb-arrow" aria-hidden="true">➤</span>${s.title}</h3>`);
    out.push(activityTable(s.rows, id, report));
  });
  out.push(raw('</section>'), progressSection(report), chartsSection(report), statisticsSection(report));
  out.push(html`<footer class="lb-footer"><p>${t.footer}</p></footer>`, raw('</main>'));
  return raw(
    out
      .filter((p): p is Html => p !== null)
      .map((p) => p.value)
      .join('\n'),
  );
}

/** The follow-up as one self-contained HTML page that prints cleanly on A4 (no scripts, no external resources). */
export function renderHtml(report: Report): string {
  const t = report.texts;
  return htmlDocument({
    lang: report.lang,
    title: `${t.title} – ${t.period}`,
    body: renderReportBody(report),
  });
}
