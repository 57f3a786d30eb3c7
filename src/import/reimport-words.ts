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

function joinAnd(parts: readonly string[], and: string): string {
  return parts.length <= 1 ? (parts[0] ?? '') : `${parts.slice(0, -1).join(', ')} ${and} ${parts.at(-1)}`;
}

function recordedText(r: Recorded, lang: NoteLang): string {
  const n = (count: number, one: string, many: string) =>
    count === 0 ? [] : [`${count} ${count === 1 ? one : many}`];
  const sv = lang === 'sv';
  const parts = [
    ...n(r.registrations, sv ? 'registrering' : 'registration', sv ? 'registreringar' : 'registrations'),
    ...n(r.statuses, sv ? 'lägestext' : 'status text', sv ? 'lägestexter' : 'status texts'),
    ...n(
      r.statistics,
      sv ? 'statistikuppgift' : 'statistics figure',
      sv ? 'statistikuppgifter' : 'statistics figures',
    ),
    ...n(r.comments, sv ? 'kommentar' : 'comment', sv ? 'kommentarer' : 'comments'),
    ...(r.published ? [sv ? 'en publicerad tertial' : 'a published tertial'] : []),
  ];
  return joinAnd(parts, sv ? 'och' : 'and');
}

/** "av Sven Ek", or "på kommandoraden" for `npx loftesbot import` (the audit's `cli:<user>`). */
function byWhom(i: NonNullable<EarlierAgreement['imported']>, lang: NoteLang): string {
  if (i.actor.startsWith('cli:')) return lang === 'sv' ? 'på kommandoraden' : 'on the command line';
  return lang === 'sv' ? `av ${i.by}` : `by ${i.by}`;
}

/** "medborgarlöftet 2027–2028 (importerat 7 dec 2026 av Sven Ek från savsjo.docx)", "… som inklistrad text)". */
export function earlierText(e: EarlierAgreement, lang: NoteLang): string {
  const i = e.imported;
  if (lang === 'en') {
    const from = i
      ? ` (imported ${dayText(localDay(i.at), 'en')} ${byWhom(i, 'en')} ${i.file === PASTED_FILE_NAME ? 'as pasted text' : `from ${i.file}`})`
      : ' (not imported from a file)';
    return `the agreement ${span(e.agreement)}${from}`;
  }
  const from = i
    ? ` (importerat ${dayText(localDay(i.at))} ${byWhom(i, 'sv')} ${i.file === PASTED_FILE_NAME ? 'som inklistrad text' : `från ${i.file}`})`
    : ' (inte importerat från en fil)';
  return `medborgarlöftet ${span(e.agreement)}${from}`;
}

function listOf(earlier: readonly EarlierAgreement[], lang: NoteLang): string {
  return joinAnd(
    earlier.map((e) => earlierText(e, lang)),
    lang === 'sv' ? 'och' : 'and',
  );
}

/** How to change the agreement in force instead, with its first year. */
function theWay(e: EarlierAgreement, kommun: string, lang: NoteLang, where: ReimportWhere): string {
  const y = e.agreement.periodFrom;
  if (where === 'cli') {
    const cmd = `npx loftesbot agreements show ${kommun} --year ${y}`;
    const edit = `npx loftesbot agreements edit ${kommun} <nr> --year ${y} --target "<antal> per år"`;
    return lang === 'sv'
      ? `Ändra det befintliga i stället: ${cmd}, sedan ${edit}.`
      : `Change the existing one instead: ${cmd}, then ${edit}.`;
  }
  return lang === 'sv'
    ? `Ändra det befintliga i stället: /lofte avtal ${kommun} ${y} visar det med nummer, /lofte avtal ${kommun} ${y} <nr> namn|ansvar|löfte <värde> och /lofte mål ${kommun} ${y} <nr> <antal> per år ändrar.`
    : `Change the existing one instead: /lofte agreement ${kommun} ${y} shows it with numbers, /lofte agreement ${kommun} ${y} <no> name|responsible|promise <value> and /lofte target ${kommun} ${y} <no> <count> per year change it.`;
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
    const one = plan.earlier.length === 1;
    const it = lang === 'sv' ? (one ? 'det' : 'dem') : one ? 'it' : 'them';
    const old =
      lang === 'sv' ? (one ? 'det gamla' : 'de gamla') : one ? 'the old one is' : 'the old ones are';
    return (
      (lang === 'sv'
        ? `${kommun} har redan ${listOf(plan.earlier, lang)} för samma år. Inget är registrerat mot ${it}, så ${where === 'cli' ? 'importen' : 'Spara'} ersätter ${it} med det här (${old} tas bort som med ångra import).`
        : `${kommun} already has ${listOf(plan.earlier, lang)} for the same years. Nothing is recorded against ${it}, so ${where === 'cli' ? 'the import' : 'Save'} replaces ${it} with this one (${old} removed as undo import does).`) +
      kept
    );
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
  const first = earlier[0] as EarlierAgreement;
  const against = earlier.map((e) => {
    const during =
      e.sharedYears === null
        ? ''
        : ` ${lang === 'sv' ? 'under' : 'in'} ${span({ periodFrom: e.sharedYears.from, periodTo: e.sharedYears.to })}`;
    return lang === 'sv'
      ? `${earlierText(e, lang)} har${during} ${recordedText(e.recorded, lang)}`
      : `${earlierText(e, lang)} has${during} ${recordedText(e.recorded, lang)}`;
  });
  return lang === 'sv'
    ? `${kommun} har redan ett medborgarlöfte för samma år och det används: ${joinAnd(against, 'och')}. Ett nytt sparas inte bredvid det, och det ersätts inte (då skulle det som registrerats försvinna). ${theWay(first, kommun, lang, where)}`
    : `${kommun} already has an agreement for the same years and it is in use: ${joinAnd(against, 'and')}. A new one is not stored beside it, nor does it replace it (what was recorded would be lost). ${theWay(first, kommun, lang, where)}`;
}

/** The saved reply's line: "Ersatte medborgarlöftet 2027–2028 (importerat … från …)." */
export function replacedText(earlier: readonly EarlierAgreement[], lang: NoteLang): string {
  return lang === 'sv' ? `Ersatte ${listOf(earlier, lang)}.` : `Replaced ${listOf(earlier, lang)}.`;
}

/** The headline of the refusal: nothing was stored. */
export function inUseHeadline(kommun: string, lang: NoteLang): string {
  return lang === 'sv'
    ? `Inget sparades: ${kommun} har redan ett medborgarlöfte för samma år som används`
    : `Nothing was saved: ${kommun} already has an agreement in use for the same years`;
}

/**
 * An earlier agreement that begins before the new one is kept for its own years: "Sävsjö har medborgarlöftet
 * 2026–2027 (…); det här gäller från 2027 och det tidigare för 2026."
 */
export function keptText(kept: readonly EarlierAgreement[], kommun: string, lang: NoteLang): string {
  return kept
    .map((e) => {
      const from = e.sharedYears?.from ?? e.agreement.periodTo + 1;
      const own = span({ periodFrom: e.agreement.periodFrom, periodTo: from - 1 });
      return lang === 'sv'
        ? `${kommun} har ${earlierText(e, lang)}; det här gäller från ${from} och det tidigare för ${own}.`
        : `${kommun} has ${earlierText(e, lang)}; this one applies from ${from} and the earlier one for ${own}.`;
    })
    .join(' ');
}
