import { dayText } from '../domain/day-text.ts';
import { localDay } from '../domain/tertial.ts';
import type { EarlierAgreement, Recorded, ReimportPlan } from './earlier-agreement.ts';
import type { NoteLang } from './note-words.ts';
import { PASTED_FILE_NAME } from './prepare.ts';

/**
 * The words of a re-import (earlier-agreement.ts), once, in Swedish and in English: the preview's notice, the
 * refusal and the "ersatte" line. Chat words them in the person's language; the command line prints Swedish.
 * `where` says whose commands the refusal shows: the chat's `/lofte avtal …` or the CLI's `agreements edit …`.
 */

export type ReimportWhere = 'chat' | 'cli';

const span = (a: { periodFrom: number; periodTo: number }) =>
  a.periodFrom === a.periodTo ? `${a.periodFrom}` : `${a.periodFrom}–${a.periodTo}`;

/** One language's words; `earlier`, `list` and `recorded` are already worded in it. */
interface Words {
  readonly and: string;
  /** What is recorded, singular and plural (a published tertial is one phrase). */
  readonly recorded: { readonly [K in Exclude<keyof Recorded, 'published'>]: readonly [string, string] };
  readonly published: string;
  readonly earlier: (span: string, from: string) => string;
  /** `by` null: imported on the command line; `file` null: pasted in chat. */
  readonly importedBy: (day: string, by: string | null, file: string | null) => string;
  readonly notImported: string;
  readonly wayCli: (show: string, edit: string) => string;
  readonly wayChat: (kommun: string, year: number) => string;
  /** `several`: more than one earlier agreement is replaced. */
  readonly replaces: (kommun: string, list: string, where: ReimportWhere, several: boolean) => string;
  /** "in 2027": the years a predecessor shares with the new agreement. */
  readonly during: (years: string) => string;
  readonly has: (earlier: string, during: string, recorded: string) => string;
  readonly inUse: (kommun: string, against: string, way: string) => string;
  readonly replaced: (list: string) => string;
  readonly inUseHeadline: (kommun: string) => string;
  readonly kept: (kommun: string, earlier: string, from: number, own: string) => string;
}

const SV: Words = {
  and: 'och',
  recorded: {
    registrations: ['registrering', 'registreringar'],
    statuses: ['lägestext', 'lägestexter'],
    statistics: ['statistikuppgift', 'statistikuppgifter'],
    comments: ['kommentar', 'kommentarer'],
  },
  published: 'en publicerad tertial',
  earlier: (span, from) => `medborgarlöftet ${span}${from}`,
  importedBy: (day, by, file) =>
    ` (importerat ${day} ${by === null ? 'på kommandoraden' : `av ${by}`} ${file === null ? 'som inklistrad text' : `från ${file}`})`,
  notImported: ' (inte importerat från en fil)',
  wayCli: (show, edit) => `Ändra det befintliga i stället: ${show}, sedan ${edit}.`,
  wayChat: (kommun, y) =>
    `Ändra det befintliga i stället: /lofte avtal ${kommun} ${y} visar det med nummer, /lofte avtal ${kommun} ${y} <nr> namn|ansvar|löfte <värde> och /lofte mål ${kommun} ${y} <nr> <antal> per år ändrar.`,
  replaces: (kommun, list, where, several) => {
    const it = several ? 'dem' : 'det';
    return `${kommun} har redan ${list} för samma år. Inget är registrerat mot ${it}, så ${where === 'cli' ? 'importen' : 'Spara'} ersätter ${it} med det här (${several ? 'de gamla' : 'det gamla'} tas bort som med ångra import).`;
  },
  during: (years) => ` under ${years}`,
  has: (earlier, during, recorded) => `${earlier} har${during} ${recorded}`,
  inUse: (kommun, against, way) =>
    `${kommun} har redan ett medborgarlöfte för samma år och det används: ${against}. Ett nytt sparas inte bredvid det, och det ersätts inte (då skulle det som registrerats försvinna). ${way}`,
  replaced: (list) => `Ersatte ${list}.`,
  inUseHeadline: (kommun) =>
    `Inget sparades: ${kommun} har redan ett medborgarlöfte för samma år som används`,
  kept: (kommun, earlier, from, own) =>
    `${kommun} har ${earlier}; det här gäller från ${from} och det tidigare för ${own}.`,
};

const EN: Words = {
  and: 'and',
  recorded: {
    registrations: ['registration', 'registrations'],
    statuses: ['status text', 'status texts'],
    statistics: ['statistics figure', 'statistics figures'],
    comments: ['comment', 'comments'],
  },
  published: 'a published tertial',
  earlier: (span, from) => `the agreement ${span}${from}`,
  importedBy: (day, by, file) =>
    ` (imported ${day} ${by === null ? 'on the command line' : `by ${by}`} ${file === null ? 'as pasted text' : `from ${file}`})`,
  notImported: ' (not imported from a file)',
  wayCli: (show, edit) => `Change the existing one instead: ${show}, then ${edit}.`,
  wayChat: (kommun, y) =>
    `Change the existing one instead: /lofte agreement ${kommun} ${y} shows it with numbers, /lofte agreement ${kommun} ${y} <no> name|responsible|promise <value> and /lofte target ${kommun} ${y} <no> <count> per year change it.`,
  replaces: (kommun, list, where, several) => {
    const it = several ? 'them' : 'it';
    return `${kommun} already has ${list} for the same years. Nothing is recorded against ${it}, so ${where === 'cli' ? 'the import' : 'Save'} replaces ${it} with this one (${several ? 'the old ones are' : 'the old one is'} removed as undo import does).`;
  },
  during: (years) => ` in ${years}`,
  has: (earlier, during, recorded) => `${earlier} has${during} ${recorded}`,
  inUse: (kommun, against, way) =>
    `${kommun} already has an agreement for the same years and it is in use: ${against}. A new one is not stored beside it, nor does it replace it (what was recorded would be lost). ${way}`,
  replaced: (list) => `Replaced ${list}.`,
  inUseHeadline: (kommun) =>
    `Nothing was saved: ${kommun} already has an agreement in use for the same years`,
  kept: (kommun, earlier, from, own) =>
    `${kommun} has ${earlier}; this one applies from ${from} and the earlier one for ${own}.`,
};

const wordsOf = (lang: NoteLang): Words => (lang === 'en' ? EN : SV);

function joinAnd(parts: readonly string[], and: string): string {
  return parts.length <= 1 ? (parts[0] ?? '') : `${parts.slice(0, -1).join(', ')} ${and} ${parts.at(-1)}`;
}

function recordedText(r: Recorded, w: Words): string {
  const counts = (['registrations', 'statuses', 'statistics', 'comments'] as const).flatMap((key) => {
    const [one, many] = w.recorded[key];
    return r[key] === 0 ? [] : [`${r[key]} ${r[key] === 1 ? one : many}`];
  });
  return joinAnd([...counts, ...(r.published ? [w.published] : [])], w.and);
}

/** "medborgarlöftet 2027–2028 (importerat 7 dec 2026 av Sven Ek från savsjo.docx)", "… som inklistrad text)". */
export function earlierText(e: EarlierAgreement, lang: NoteLang): string {
  const w = wordsOf(lang);
  const i = e.imported;
  const from = i
    ? w.importedBy(
        dayText(localDay(i.at), lang),
        i.actor.startsWith('cli:') ? null : i.by,
        i.file === PASTED_FILE_NAME ? null : i.file,
      )
    : w.notImported;
  return w.earlier(span(e.agreement), from);
}

function listOf(earlier: readonly EarlierAgreement[], lang: NoteLang): string {
  return joinAnd(
    earlier.map((e) => earlierText(e, lang)),
    wordsOf(lang).and,
  );
}

/** How to change the agreement in force instead, with its first year. */
function theWay(e: EarlierAgreement, kommun: string, lang: NoteLang, where: ReimportWhere): string {
  const y = e.agreement.periodFrom;
  const w = wordsOf(lang);
  if (where === 'chat') return w.wayChat(kommun, y);
  return w.wayCli(
    `npx loftesbot agreements show ${kommun} --year ${y}`,
    `npx loftesbot agreements edit ${kommun} <nr> --year ${y} --target "<antal> per år"`,
  );
}

/** What the preview says before Spara when the kommun already has an agreement for the period; null when not. */
export function reimportNotice(
  plan: ReimportPlan,
  kommun: string,
  lang: NoteLang,
  where: ReimportWhere,
): string | null {
  if (plan.kind === 'new') return plan.kept.length === 0 ? null : keptText(plan.kept, kommun, lang);
  if (plan.kind === 'replace') {
    const kept = plan.kept.length === 0 ? '' : ` ${keptText(plan.kept, kommun, lang)}`;
    return wordsOf(lang).replaces(kommun, listOf(plan.earlier, lang), where, plan.earlier.length > 1) + kept;
  }
  return refusalText(plan.earlier, kommun, lang, where);
}

/** Why Spara stores nothing: what is recorded against the earlier agreement, and the way to change it in place. */
export function refusalText(
  earlier: readonly EarlierAgreement[],
  kommun: string,
  lang: NoteLang,
  where: ReimportWhere,
): string {
  const w = wordsOf(lang);
  const first = earlier[0] as EarlierAgreement;
  const against = earlier.map((e) => {
    const during =
      e.sharedYears === null
        ? ''
        : w.during(span({ periodFrom: e.sharedYears.from, periodTo: e.sharedYears.to }));
    return w.has(earlierText(e, lang), during, recordedText(e.recorded, w));
  });
  return w.inUse(kommun, joinAnd(against, w.and), theWay(first, kommun, lang, where));
}

/** The saved reply's line: "Ersatte medborgarlöftet 2027–2028 (importerat … från …)." */
export function replacedText(earlier: readonly EarlierAgreement[], lang: NoteLang): string {
  return wordsOf(lang).replaced(listOf(earlier, lang));
}

/** The headline of the refusal: nothing was stored. */
export function inUseHeadline(kommun: string, lang: NoteLang): string {
  return wordsOf(lang).inUseHeadline(kommun);
}

/**
 * An earlier agreement that begins before the new one is kept for its own years: "Sävsjö har medborgarlöftet
 * 2026–2027 (…); det här gäller från 2027 och det tidigare för 2026."
 */
export function keptText(kept: readonly EarlierAgreement[], kommun: string, lang: NoteLang): string {
  const w = wordsOf(lang);
  return kept
    .map((e) => {
      const from = e.sharedYears?.from ?? e.agreement.periodTo + 1;
      const own = span({ periodFrom: e.agreement.periodFrom, periodTo: from - 1 });
      return w.kept(kommun, earlierText(e, lang), from, own);
    })
    .join(' ');
}
