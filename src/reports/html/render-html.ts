import { reportLabels } from '../labels.ts';
import { countedRows } from '../markdown.ts';
import type { Report, ReportCell, ReportRow } from '../model.ts';
import { monthlyChartSvg } from './chart.ts';
import { escapeHtml, htmlDocument, progressBarHtml, stateBadge } from './markup.ts';

/** The last month (1–12) the report's figures cover. */
export function lastMonthOf(report: Report): number {
  return report.complete ? report.tertial * 4 : Number(report.asOf.slice(5, 7));
}

function cellHtml(cell: ReportCell, report: Report): string {
  const l = reportLabels(report.lang);
  if (!cell.reported)
    return `<td class="lb-empty"><span class="lb-sr-only">${escapeHtml(l.notYet)}</span></td>`;
  if (cell.text === '')
    return `<td class="lb-empty"><span aria-hidden="true">–</span><span class="lb-sr-only">${escapeHtml(l.noStatus)}</span></td>`;
  return `<td>${escapeHtml(cell.text)}</td>`;
}

function activityTable(rows: readonly ReportRow[], labelledBy: string, report: Report): string {
  const l = reportLabels(report.lang);
  const head = [l.activity, l.tertial(1), l.tertial(2), l.tertial(3)]
    .map((h) => `<th scope="col">${escapeHtml(h)}</th>`)
    .join('');
  const body = rows
    .map(
      (r) =>
        `<tr><th scope="row">${escapeHtml(r.text)}<span class="lb-resp">${escapeHtml(l.responsible[r.responsible])}</span></th>${r.cells.map((c) => cellHtml(c, report)).join('')}</tr>`,
    )
    .join('\n');
  return `<table class="lb-table" aria-labelledby="${labelledBy}"><colgroup><col class="lb-col-activity"><col><col><col></colgroup>\n<thead><tr>${head}</tr></thead>\n<tbody>\n${body}\n</tbody></table>`;
}

function progressSection(report: Report): string {
  const l = reportLabels(report.lang);
  const rows = countedRows(report);
  if (rows.length === 0) return '';
  const body = rows
    .map((r) => {
      const name = r.unit ? r.unit.charAt(0).toLocaleUpperCase('sv-SE') + r.unit.slice(1) : r.text;
      const bar =
        r.target !== null && r.ratio !== null
          ? progressBarHtml(r.ratio, l.ofTarget(r.done, r.target))
          : escapeHtml(String(r.done));
      return `<tr><th scope="row">${escapeHtml(name)}</th><td class="lb-num">${escapeHtml(r.target === null ? l.noTarget : String(r.target))}${r.targetNote ? `<br><small>${escapeHtml(r.targetNote)}</small>` : ''}</td><td>${bar}</td><td>${stateBadge(r.state, l.states[r.state])}</td></tr>`;
    })
    .join('\n');
  const head = [l.activity, l.target, l.registered, l.stateColumn]
    .map((h) => `<th scope="col">${escapeHtml(h)}</th>`)
    .join('');
  return `<section aria-labelledby="lb-progress"><h2 id="lb-progress">${escapeHtml(report.texts.progressHeading)}</h2>
<table class="lb-table lb-progress-table" aria-labelledby="lb-progress"><colgroup><col class="lb-col-activity"><col><col><col></colgroup>
<thead><tr>${head}</tr></thead>\n<tbody>\n${body}\n</tbody></table></section>`;
}

function chartsSection(report: Report): string {
  const l = reportLabels(report.lang);
  const rows = countedRows(report).filter((r) => r.done > 0 || r.target !== null);
  if (rows.length === 0) return '';
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
      description: l.chartDesc(months, r.target),
      legend: { monthly: l.legendMonthly, cumulative: l.legendCumulative, target: l.legendTarget },
    });
    return `<figure class="lb-chart-figure"><figcaption>${escapeHtml(title)}</figcaption>${svg}</figure>`;
  });
  return `<section aria-labelledby="lb-charts"><h2 id="lb-charts">${escapeHtml(report.texts.chartsHeading)}</h2>
<div class="lb-charts">\n${figures.join('\n')}\n</div></section>`;
}

function statisticsSection(report: Report): string {
  const l = reportLabels(report.lang);
  const { rows, summary } = report.statistics;
  const table =
    rows.length === 0
      ? ''
      : `<table class="lb-table" aria-labelledby="lb-statistics"><colgroup><col class="lb-col-activity"><col><col><col></colgroup>
<thead><tr>${[l.statisticsColumn, l.tertial(1), l.tertial(2), l.tertial(3)].map((h) => `<th scope="col">${escapeHtml(h)}</th>`).join('')}</tr></thead>
<tbody>\n${rows
          .map(
            (r) =>
              `<tr><th scope="row">${escapeHtml(r.label.charAt(0).toLocaleUpperCase('sv-SE') + r.label.slice(1))}</th>${r.cells.map((c) => (c === '' ? '<td class="lb-empty"><span aria-hidden="true">–</span></td>' : `<td>${escapeHtml(c)}</td>`)).join('')}</tr>`,
          )
          .join('\n')}\n</tbody></table>`;
  return `<section aria-labelledby="lb-statistics"><h2 id="lb-statistics">${escapeHtml(report.texts.statisticsHeading)}</h2>
${table}<p class="lb-statistics-summary">${escapeHtml(summary)}</p></section>`;
}

/** The report's `<main>` content, for embedding in another page that already carries REPORT_CSS. */
export function renderReportBody(report: Report): string {
  const l = reportLabels(report.lang);
  const t = report.texts;
  const out: string[] = [
    '<main class="lb-report">',
    `<header class="lb-masthead"><p class="lb-kommun">${escapeHtml(t.kommun)}</p><h1>${escapeHtml(t.title)}</h1><p class="lb-period">${escapeHtml(t.period)}</p></header>`,
    `<section aria-labelledby="lb-follow-up"><h2 id="lb-follow-up">${escapeHtml(t.followUpHeading)}</h2>`,
    `<p>${escapeHtml(t.intro)}</p>`,
    `<p class="lb-headline"><strong>${escapeHtml(l.headline)}:</strong> ${escapeHtml(report.headline)}</p>`,
  ];
  if (report.commitments.length > 0) {
    out.push(
      `<h3>${escapeHtml(t.commitmentsHeading)}</h3>`,
      `<ul class="lb-commitments">${report.commitments.map((c) => `<li>${escapeHtml(c)}</li>`).join('')}</ul>`,
    );
  }
  out.push(
    '</section>',
    `<section aria-labelledby="lb-activities"><h2 id="lb-activities">${escapeHtml(t.activitiesHeading)}</h2>`,
  );
  report.sections.forEach((s, i) => {
    const id = `lb-section-${i + 1}`;
    out.push(`<h3 id="${id}"><span class="lb-arrow" aria-hidden="true">➤</span>${escapeHtml(s.title)}</h3>`);
    out.push(activityTable(s.rows, id, report));
  });
  out.push('</section>', progressSection(report), chartsSection(report), statisticsSection(report));
  out.push(`<footer class="lb-footer"><p>${escapeHtml(t.footer)}</p></footer>`, '</main>');
  return out.filter((p) => p !== '').join('\n');
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
