import { kindLabel } from '../domain/activity-kinds.ts';
import type { Lang } from '../domain/headline.ts';
import type { ActivityLine } from '../domain/summary.ts';
import { type ReportLabels, reportLabels } from './labels.ts';

/**
 * THE wording of one cell of the follow-up table (`Aktivitet | Tertial 1 | Tertial 2 | Tertial 3`), in the report
 * documents and in chat's "Visa tabellen" alike: the latest status text; without one, the registered count as the
 * follow-ups write it ("Genomfört 23 riktade insatser."); the third tertial adds the year's total ("Hittills under
 * 2026: 13 riktade insatser.", "Sammanlagt under 2020: …" once the year is over) unless its status states one.
 */

export interface CellFacts {
  readonly status: string | null;
  readonly registered: number;
  /** The year's total for the third tertial's cell; null: none to add. */
  readonly yearTotal: number | null;
  /** The year is over: "Sammanlagt under", else "Hittills under". */
  readonly yearOver: boolean;
  readonly year: number;
}

/** "riktade insatser" for the activity's kind, else "gång"/"gånger". */
export function unitOf(line: Pick<ActivityLine, 'kind'>, n: number, l: ReportLabels, lang: Lang): string {
  return line.kind ? kindLabel(line.kind, n, lang) : l.times(n);
}

/** Ends a sentence with a full stop unless it already ends with punctuation. */
function sentence(text: string): string {
  const t = text.trim();
  return /[.!?:]$/.test(t) ? t : `${t}.`;
}

/** The cell's text, or '' when there is nothing to say. */
export function cellText(line: Pick<ActivityLine, 'kind'>, cell: CellFacts, lang: Lang): string {
  const l = reportLabels(lang);
  const parts: string[] = [];
  if (cell.status) parts.push(cell.status.trim());
  else if (cell.registered > 0) parts.push(l.done(cell.registered, unitOf(line, cell.registered, l, lang)));
  const total = cell.yearTotal;
  if (total !== null && !(cell.status && /sammanlagt/i.test(cell.status))) {
    const lead = cell.yearOver ? l.yearLead(cell.year) : l.soFarLead(cell.year);
    parts.push(`${lead}: ${total} ${unitOf(line, total, l, lang)}.`);
  }
  return parts.length > 1 ? parts.map(sentence).join(' ') : (parts[0] ?? '');
}
