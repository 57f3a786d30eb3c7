import { kindLabel } from './activity-kinds.ts';
import type { ActivityLine, KommunSummary, SummaryWindow } from './summary.ts';
import { signedCount } from './target.ts';
import { previousTertial, type TertialRef, tertialsOfPeriod } from './tertial.ts';
import type { Agreement } from './types.ts';

export type Lang = 'sv' | 'en';

/** What needs a manager's attention in a summary. */
export interface Attention {
  /** The latest tertial of the window that had ended at the summary's time: its status texts are due. */
  readonly reportTertial: TertialRef | null;
  /** Activities behind pace against their target. */
  readonly behind: readonly ActivityLine[];
  /** Activities with no status text for `reportTertial`. */
  readonly missingStatus: readonly ActivityLine[];
  /** Activities klar or i fas by the one verdict (verdict.ts) — the same count as the tally's klar + i fas. */
  readonly onTrack: number;
  /** Activities without a numeric target: followed up in text, never counted as i fas. */
  readonly textOnly: number;
  readonly total: number;
}

function windowTertials(window: SummaryWindow, agreement: Agreement): TertialRef[] {
  if (window.kind === 'tertial') return [{ year: window.year, tertial: window.tertial }];
  if (window.kind === 'year') return tertialsOfPeriod(window.year, window.year);
  return tertialsOfPeriod(agreement.periodFrom, agreement.periodTo);
}

const same = (a: TertialRef, b: TertialRef): boolean => a.year === b.year && a.tertial === b.tertial;

/** The latest tertial of the summary's window that had ended at `summary.asOf`, or null when none had. */
export function reportTertialOf(summary: KommunSummary): TertialRef | null {
  const refs = windowTertials(summary.window, summary.agreement);
  if (summary.asOf >= summary.range.end) return refs[refs.length - 1] ?? null;
  if (summary.asOf < summary.range.start) return null;
  // Inside the window the focus tertial is the current one; the one before it is the last that has ended.
  const previous = previousTertial(summary.focusTertial);
  return refs.some((r) => same(r, previous)) ? previous : null;
}

const before = (a: TertialRef, b: TertialRef): boolean =>
  a.year < b.year || (a.year === b.year && a.tertial <= b.tertial);

/** True when a status text up to `ref` says the activity is finished ("Klart", "Klar."). */
function finishedBy(line: ActivityLine, ref: TertialRef): boolean {
  return line.tertials.some(
    (c) => before(c, ref) && c.status !== null && /^\s*klart?\b/i.test(c.status.text),
  );
}

/**
 * Which activities are behind pace or lack a due status text. An activity reported finished ("Klart") in an
 * earlier tertial needs no further status texts.
 */
export function attentionOf(summary: KommunSummary): Attention {
  const reportTertial = reportTertialOf(summary);
  const behind = summary.activities.filter((l) => l.state === 'efter');
  const missingStatus = reportTertial
    ? summary.activities.filter(
        (l) =>
          !l.tertials.some((c) => same(c, reportTertial) && c.status !== null) &&
          !finishedBy(l, reportTertial),
      )
    : [];
  return {
    reportTertial,
    behind,
    missingStatus,
    onTrack: summary.activities.filter((l) => l.state === 'klar' || l.state === 'i fas').length,
    textOnly: summary.activities.filter((l) => l.state === 'följs upp med text').length,
    total: summary.activities.length,
  };
}

/** A short name for an activity: its kind in the plural ("trygghetsvandringar"), else its text, shortened. */
export function activityLabel(line: ActivityLine, lang: Lang = 'sv'): string {
  if (line.kind) return kindLabel(line.kind, 2, lang);
  const text = line.activity.text.trim().replace(/[.:;,\s]+$/, '');
  // Quoted in the reader's marks: Swedish ”…”, English “…”.
  const quote = (words: string) => (lang === 'en' ? `“${words}”` : `”${words}”`);
  if (text.length <= 40) return quote(text);
  const cut = text.slice(0, 40);
  const atWord = text.charAt(40) === ' ' ? 40 : cut.lastIndexOf(' ');
  return quote(`${(atWord > 20 ? cut.slice(0, atWord) : cut).replace(/[.,;:\s]+$/, '')}…`);
}

const WORDS = {
  sv: {
    activities: (n: number) => (n === 1 ? 'aktivitet' : 'aktiviteter'),
    onTrack: (n: number, total: number, noun: string, text: number) =>
      total === 0
        ? `${text === 1 ? 'Aktiviteten' : `Alla ${text} aktiviteter`} följs upp med text.`
        : `${n} av ${total} ${noun}${text > 0 ? ' med mål' : ''} ${n === 1 ? 'klar' : 'klara'} eller i fas${
            text > 0 ? `, ${text} följs upp med text` : ''
          }.`,
    behind: 'Efter',
    and: 'och',
    noStatus: (t: string) => `utan status ${t}`,
    more: (n: number) => `och ${n} till`,
    empty: 'Medborgarlöftet har inga aktiviteter.',
  },
  en: {
    activities: (n: number) => (n === 1 ? 'activity' : 'activities'),
    onTrack: (n: number, total: number, noun: string, text: number) =>
      total === 0
        ? `${text === 1 ? 'The activity is' : `All ${text} activities are`} followed up in text.`
        : `${n} of ${total} ${noun}${text > 0 ? ' with a target' : ''} done or on track${
            text > 0 ? `, ${text} followed up in text` : ''
          }.`,
    behind: 'Behind',
    and: 'and',
    noStatus: (t: string) => `missing ${t} status`,
    more: (n: number) => `and ${n} more`,
    empty: 'The agreement has no activities.',
  },
} as const;

/** How many flagged activities a headline names before it says "och N till". */
const MAX_ITEMS = 4;

/**
 * The one line a manager reads in five seconds, e.g.
 * "5 av 7 aktiviteter i fas. Efter: trygghetsvandringar 0 av minst 2 under 2026, krogkontroller utan status T3."
 * Behind-pace activities come first (their count signed against the target), then those lacking the latest due status text.
 */
export function headline(summary: KommunSummary, lang: Lang = 'sv'): string {
  const w = WORDS[lang];
  const a = attentionOf(summary);
  if (a.total === 0) return w.empty;
  const withTarget = a.total - a.textOnly;
  const first = w.onTrack(a.onTrack, withTarget, w.activities(withTarget), a.textOnly);
  const tertial = a.reportTertial ? `T${a.reportTertial.tertial}` : '';
  const missing = new Set(a.missingStatus);
  const items: string[] = [];
  for (const line of a.behind) {
    // Signed as everywhere else: "trafikkontroller 19 av minst 30 under 2026".
    const count = `${activityLabel(line, lang)} ${signedCount(line, summary.window, summary.agreement, lang)}`;
    items.push(missing.has(line) ? `${count} ${w.and} ${w.noStatus(tertial)}` : count);
  }
  for (const line of a.missingStatus) {
    if (line.state !== 'efter') items.push(`${activityLabel(line, lang)} ${w.noStatus(tertial)}`);
  }
  if (items.length === 0) return first;
  const shown = items.slice(0, MAX_ITEMS).join(', ');
  const more = items.length > MAX_ITEMS ? ` ${w.more(items.length - MAX_ITEMS)}` : '';
  return `${first} ${w.behind}: ${shown}${more}.`;
}
