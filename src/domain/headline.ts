import { shortLabel } from './activity-name.ts';
import { hasStatusText } from './erased-status.ts';
import type { ActivityLine, KommunSummary, SummaryWindow } from './summary.ts';
import { signedCount } from './target.ts';
import { previousTertial, type TertialRef, tertialLastDay, tertialsOfPeriod } from './tertial.ts';
import type { Agreement } from './types.ts';

export type Lang = 'sv' | 'en';

/** What needs a manager's attention in a summary. */
export interface Attention {
  /** The latest tertial of the window that had ended at the summary's time: its status texts are due. */
  readonly reportTertial: TertialRef | null;
  /** Activities behind pace against their target. */
  readonly behind: readonly ActivityLine[];
  /** Activities whose window has ended without reaching the target (ej nått). */
  readonly missed: readonly ActivityLine[];
  /** The window is over at the summary's time: every verdict in it is final. */
  readonly ended: boolean;
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

/** True when the summary's window is over at its time (the verdict's "today is after the last day"). */
export function windowEnded(summary: Pick<KommunSummary, 'asOf' | 'range'>): boolean {
  return summary.asOf >= summary.range.end;
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
          !l.tertials.some((c) => same(c, reportTertial) && hasStatusText(c.status)) &&
          !finishedBy(l, reportTertial) &&
          // An activity added in chat after the tertial ended owes it no status text.
          !((l.activity.addedOn ?? '') > tertialLastDay(reportTertial)),
      )
    : [];
  return {
    reportTertial,
    behind,
    missed: summary.activities.filter((l) => l.state === 'ej nått'),
    ended: windowEnded(summary),
    missingStatus,
    onTrack: summary.activities.filter((l) => l.state === 'klar' || l.state === 'i fas').length,
    textOnly: summary.activities.filter((l) => l.state === 'följs upp med text').length,
    total: summary.activities.length,
  };
}

/**
 * Whose words name the activities: `chat` uses an activity's short name (`/lofte avtal … namn`) when it has one;
 * `published` (documents, web pages) the agreement's signed wording.
 */
export type Naming = 'chat' | 'published';

/**
 * A short name for an activity: in chat its short name when set; else its kind in the plural
 * ("trygghetsvandringar"), else its text, shortened.
 */
export function activityLabel(line: ActivityLine, lang: Lang = 'sv', naming: Naming = 'published'): string {
  const shortName = naming === 'chat' ? line.activity.shortName : null;
  return shortLabel({ text: line.activity.text, shortName, kind: line.kind?.id ?? null }, lang);
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
    reached: (n: number, total: number, noun: string, text: number) =>
      `${n} av ${total} ${noun}${text > 0 ? ' med mål' : ''} nådde målet${
        text > 0 ? `, ${text} följs upp med text` : ''
      }.`,
    behind: 'Efter',
    missed: 'Nådde inte målet',
    and: 'och',
    noStatus: (t: string) => `utan status ${t}`,
    noStatusLead: (t: string) => `Utan status ${t}`,
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
    reached: (n: number, total: number, noun: string, text: number) =>
      `${n} of ${total} ${noun}${text > 0 ? ' with a target' : ''} reached the target${
        text > 0 ? `, ${text} followed up in text` : ''
      }.`,
    behind: 'Behind',
    missed: 'Target not reached',
    and: 'and',
    noStatus: (t: string) => `missing ${t} status`,
    noStatusLead: (t: string) => `Missing ${t} status`,
    more: (n: number) => `and ${n} more`,
    empty: 'The agreement has no activities.',
  },
} as const;

/** How many flagged activities a headline names before it says "och N till". */
const MAX_ITEMS = 4;

/** The first `MAX_ITEMS` items, then "och N till". */
function listed(items: readonly string[], lang: Lang): string {
  const more = items.length > MAX_ITEMS ? ` ${WORDS[lang].more(items.length - MAX_ITEMS)}` : '';
  return `${items.slice(0, MAX_ITEMS).join(', ')}${more}`;
}

/**
 * The one line a manager reads in five seconds, e.g.
 * "5 av 7 aktiviteter i fas. Efter: trygghetsvandringar 0 av minst 2 under 2026, krogkontroller utan status T3."
 * Behind-pace activities come first (their count signed against the target), then those lacking the latest due status text.
 * A window that is over gets the final word: "1 av 2 aktiviteter nådde målet. Nådde inte målet: riktade insatser
 * 4 av minst 5 under T2 2026 (15 per år). Utan status T2: krogkontroller."
 */
export function headline(summary: KommunSummary, lang: Lang = 'sv', naming: Naming = 'published'): string {
  const w = WORDS[lang];
  const a = attentionOf(summary);
  if (a.total === 0) return w.empty;
  const withTarget = a.total - a.textOnly;
  const tertial = a.reportTertial ? `T${a.reportTertial.tertial}` : '';
  if (a.ended) {
    const label = (line: ActivityLine) => activityLabel(line, lang);
    const missed = a.missed.map(
      (l) => `${label(l)} ${signedCount(l, summary.window, summary.agreement, lang)}`,
    );
    return [
      withTarget === 0
        ? w.onTrack(0, 0, '', a.textOnly)
        : w.reached(a.onTrack, withTarget, w.activities(withTarget), a.textOnly),
      missed.length > 0 ? `${w.missed}: ${listed(missed, lang)}.` : '',
      a.missingStatus.length > 0
        ? `${w.noStatusLead(tertial)}: ${listed(a.missingStatus.map(label), lang)}.`
        : '',
    ]
      .filter((x) => x !== '')
      .join(' ');
  }
  const first = w.onTrack(a.onTrack, withTarget, w.activities(withTarget), a.textOnly);
  const missing = new Set(a.missingStatus);
  const items: string[] = [];
  for (const line of a.behind) {
    // Signed as everywhere else: "trafikkontroller 19 av minst 30 under 2026".
    const count = `${activityLabel(line, lang, naming)} ${signedCount(line, summary.window, summary.agreement, lang)}`;
    items.push(missing.has(line) ? `${count} ${w.and} ${w.noStatus(tertial)}` : count);
  }
  for (const line of a.missingStatus) {
    if (line.state !== 'efter') items.push(`${activityLabel(line, lang, naming)} ${w.noStatus(tertial)}`);
  }
  if (items.length === 0) return first;
  return `${first} ${w.behind}: ${listed(items, lang)}.`;
}
