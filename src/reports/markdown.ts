import { progressBar } from '../domain/progress.ts';
import { reportLabels } from './labels.ts';
import type { Report, ReportRow } from './model.ts';

/** Backslash-escapes what Markdown would read as markup (CommonMark allows it before any ASCII punctuation). */
export function escapeMarkdown(text: string): string {
  return text
    .replace(/[\\|*_[\]<>`]/g, (c) => `\\${c}`)
    .replace(/\r?\n/g, '<br>')
    .trim();
}

function table(header: readonly string[], rows: readonly (readonly string[])[]): string[] {
  const line = (cells: readonly string[]) => `| ${cells.map((c) => escapeMarkdown(c)).join(' | ')} |`;
  return [line(header), `| ${header.map(() => '---').join(' | ')} |`, ...rows.map(line)];
}

function capitalize(text: string): string {
  return text.charAt(0).toLocaleUpperCase('sv-SE') + text.slice(1);
}

/** The state cell as text: "▰▰▰▰▰▱▱▱▱▱ i fas" (the bar only with a numeric target). */
export function progressText(row: ReportRow, lang: Report['lang']): string {
  const state = reportLabels(lang).states[row.state];
  if (row.target === null || row.ratio === null) return state;
  return `${progressBar(row.ratio)} ${state}`;
}

/**
 * The figure beside the verdict: the signed count with the note of a changed target ("16 av minst 15 under 2026
 * (ändrat från …)"), or without a target the count with its window ("3 under 2026"; the verdict says the rest).
 */
export function signedText(row: ReportRow): string {
  const figure = row.signedTarget === null ? row.counted : row.signed;
  return `${figure}${row.targetNote ? ` (${row.targetNote})` : ''}`;
}

/**
 * The expected pace as a figure, "–" where the model has none: without a target, once the target is met and once
 * the year is over — the CSV's empty `Väntat hittills`, the JSON's null (docs/formats.md). Never a target.
 */
export function expectedText(row: ReportRow): string {
  return row.expectedSoFar === null ? '–' : String(row.expectedSoFar);
}

/** Activities the progress section lists: those with a numeric target or anything registered. */
export function countedRows(report: Report): ReportRow[] {
  return report.sections
    .flatMap((s) => s.rows)
    .filter((r) => r.target !== null || r.done > 0 || r.kind !== null);
}

/**
 * The follow-up as Markdown (GitHub-flavoured tables), in the order of the seed documents: heading, the promises,
 * one table per promise `Aktivitet | Tertial 1 | Tertial 2 | Tertial 3`, targets, then the statistics.
 */
export function renderMarkdown(report: Report): string {
  const l = reportLabels(report.lang);
  const t = report.texts;
  const out: string[] = [
    `# ${escapeMarkdown(t.title)}`,
    '',
    `**${escapeMarkdown(t.kommun)}** · ${escapeMarkdown(t.period)}`,
    '',
    `## ${escapeMarkdown(t.followUpHeading)}`,
    '',
    escapeMarkdown(t.intro),
    '',
    `**${l.headline}:** ${escapeMarkdown(report.headline)}`,
    '',
  ];
  if (report.commitments.length > 0) {
    out.push(`### ${escapeMarkdown(t.commitmentsHeading)}`, '');
    for (const c of report.commitments) out.push(`- **${escapeMarkdown(c)}**`);
    out.push('');
  }
  out.push(`## ${escapeMarkdown(t.activitiesHeading)}`, '');
  const header = [l.activity, l.tertial(1), l.tertial(2), l.tertial(3)];
  for (const section of report.sections) {
    out.push(`### ➤ ${escapeMarkdown(section.title)}`, '');
    out.push(
      ...table(
        header,
        section.rows.map((r) => [r.text, ...r.cells.map((c) => c.text)]),
      ),
      '',
    );
  }
  const counted = countedRows(report);
  if (counted.length > 0) {
    out.push(`## ${escapeMarkdown(t.progressHeading)}`, '');
    const rows = counted.map((r) => [
      r.unit ? capitalize(r.unit) : r.text,
      signedText(r),
      expectedText(r),
      progressText(r, report.lang),
    ]);
    out.push(...table([l.activity, l.registered, l.expectedColumn, l.stateColumn], rows), '');
  }
  out.push(`## ${escapeMarkdown(t.statisticsHeading)}`, '');
  if (report.statistics.rows.length > 0) {
    const rows = report.statistics.rows.map((r) => [capitalize(r.label), ...r.cells]);
    out.push(...table([l.statisticsColumn, l.tertial(1), l.tertial(2), l.tertial(3)], rows), '');
  }
  out.push(escapeMarkdown(report.statistics.summary), '', '---', '', `_${escapeMarkdown(t.footer)}_`, '');
  return out.join('\n');
}
