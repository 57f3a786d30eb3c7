import { kindFromText } from '../domain/activity-kinds.ts';
import type { MunicipalityRegister } from '../domain/municipality-register.ts';
import type { Responsible, Target, TertialNumber } from '../domain/types.ts';
import { type Block, buildBlocks } from './blocks.ts';
import { type Cadence, timesText } from './cadence.ts';
import { citeParagraphs } from './cite.ts';
import { contactNote, withoutContactLines } from './contact-lines.ts';
import { collectStatistics } from './document-statistics.ts';
import { htmlToText, looksLikeHtml } from './html-to-text.ts';
import { classifyLines } from './lines.ts';
import { detectMunicipality } from './municipality-detect.ts';
import { findFollowUp, findPeriod, type TextAt } from './period.ts';
import { linkByWording, unstatedLinksNote } from './promise-links.ts';
import { defaultResponsible, responsibleFromText } from './responsible.ts';
import { aboutFollowUp } from './sections.ts';
import { namesIn, sentenceCase, sentenceCaseNote } from './sentence-case.ts';
import { signedOnOf } from './signed.ts';
import { signatoryBlocks, signatoryNote } from './signed-names.ts';
import { statedCount } from './status-count.ts';
import { type ActivityDraft, readStructure } from './structure.ts';
import type { YearTarget } from './structure-parts.ts';
import { excerpt, readTarget } from './targets.ts';
import type { ImportedActivity, ImportedTertial, ParsedDocument } from './types.ts';
import { wordRegex } from './word-regex.ts';

/**
 * Text of an agreement or follow-up document → the structure of docs/formats.md ("import --json").
 * Pure: the caller reads the file (see read-document.ts) and passes the register.
 */

export interface ParseOptions {
  readonly register: MunicipalityRegister;
  /** The file's name: named in warnings and used to find the kommun when the text does not name it. */
  readonly fileName?: string | null;
  /** A Word document's warnings cite paragraphs by their first words, not line numbers (see cite.ts). */
  readonly format?: 'docx' | 'text';
}

function textsOf(blocks: readonly Block[]): TextAt[] {
  return blocks.flatMap((b): TextAt[] =>
    b.type === 'table'
      ? b.rows.map((r) => ({ text: r.cells.join(' '), line: r.line, heading: false }))
      : [{ text: b.text, line: b.line, heading: b.type === 'heading' }],
  );
}

function resolveResponsible(draft: ActivityDraft, kind: string | null): Responsible {
  const named = responsibleFromText(draft.text);
  if (named) return named;
  if (draft.party && draft.party !== 'gemensam') {
    const other = draft.party === 'polis' ? 'kommun(en)?' : 'polis(en)?';
    if (wordRegex(`(tillsammans|i samverkan|i samarbete|gemensamt|ihop) med ${other}`).test(draft.text))
      return 'gemensam';
  }
  return draft.party ?? defaultResponsible(draft.text, kind);
}

const BASIS_WORDS = { year: 'per år', tertial: 'per tertial', period: 'under perioden' } as const;

/** "målet kunde inte läsas: ”var sjätte vecka” blir 8 eller 9 gånger per år; sätt det med /lofte mål …" */
function cadenceNote(
  cadence: Cadence & { readonly factor: number },
  kommun: string | undefined,
  nr: string,
): string {
  const exact = typeof cadence.perYear === 'number' ? cadence.perYear * cadence.factor : null;
  return `målet kunde inte läsas: ”${cadence.phrase}” blir ${timesText(cadence.perYear)} per år; sätt det med /lofte mål ${kommun ?? '<kommun>'} ${nr} ${exact ?? '<antal>'} per år om det är målet${nr === '<nr>' ? ' (numret står i /lofte avtal)' : ''} — aktiviteten sparas utan mål`;
}

/** "att polisen genomför …" under "Polisen lovar att:" → "Polisen genomför …": a sentence, the rest as written. */
function asSentence(text: string): string {
  const m = /^att\s+(\S)/u.exec(text);
  return m ? `${(m[1] as string).toLocaleUpperCase('sv-SE')}${text.slice(m[0].length)}` : text;
}

/**
 * "Mål 2027 | Mål 2028" with 10 | 12: the first year's target is stored; the note gives the figures and the command
 * for each year that differs (a change made when that year begins leaves the earlier year's verdict as it was).
 */
function yearTargetsNote(
  years: readonly YearTarget[],
  stored: Target | null,
  place: { kommun: string; nr: string },
): string | null {
  const counts = years.map((y) => readTarget(`${y.text} (per år)`, true).target?.count ?? null);
  const first = counts[0];
  if (!stored || first === null || first === undefined || counts.every((c) => c === first)) return null;
  const changes = years
    .map((y, i) => ({ year: y.year, count: counts[i], before: counts[i - 1] }))
    .filter((c) => c.before !== undefined && c.count !== null && c.count !== c.before)
    .map(
      (c) =>
        `när ${c.year} börjar, ändra det med /lofte mål ${place.kommun} ${place.nr} ${c.count} per år (${c.year - 1} bedöms då fortfarande mot ${c.before})`,
    );
  const figures = years.map((y, i) => `${y.year}: ${counts[i] ?? '–'}`).join(', ');
  return `målet skiljer sig mellan åren (${figures}); sparas som ${stored.count} per år — ${changes.join('; ')}${place.nr === '<nr>' ? ' (numret står i /lofte avtal)' : ''}`;
}

function sortWarnings(warnings: readonly string[]): string[] {
  const lineOf = (w: string) => Number(/^rad (\d+):/.exec(w)?.[1] ?? 0);
  return [...new Set(warnings)].sort((a, b) => lineOf(a) - lineOf(b));
}

/** Parses the text of one document. */
export function parseDocument(input: string, options: ParseOptions): ParsedDocument {
  // A signature's or contact person's name, number and address are never stored: the texts are public.
  const contacts = withoutContactLines(looksLikeHtml(input) ? htmlToText(input) : input);
  const text = contacts.text;
  const blocks = buildBlocks(classifyLines(text));
  const texts = textsOf(blocks);
  const followUpFound = findFollowUp(texts);
  const names = signatoryBlocks(blocks);
  const structure = readStructure(
    blocks.filter((b) => !names.includes(b) && (b.type === 'table' || !aboutFollowUp(b.text))),
    { followUp: followUpFound !== null },
  );
  const warnings: string[] = [
    ...contacts.left.map((l) => (l.kind === 'signatory' ? signatoryNote(l.line) : contactNote(l))),
    ...names.map((b) => signatoryNote(b.line)),
  ];
  const hidden = new Set([...contacts.left.map((l) => l.line), ...names.map((b) => b.line)]);

  const detected = detectMunicipality(
    texts.map((t) => t.text).join('\n'),
    options.register,
    options.fileName ?? null,
  );
  if (!detected) warnings.push('hittade ingen kommun i dokumentet');
  else if (detected.fromFileName) {
    warnings.push(`dokumentet nämner ingen kommun; använder filnamnets (${detected.municipality.name})`);
  }

  const kind = followUpFound || structure.followUpTable ? 'follow-up' : 'agreement';
  let period = findPeriod(texts)?.period ?? null;
  let followUp: { year: number; tertial: TertialNumber } | null = followUpFound?.ref ?? null;
  if (kind === 'follow-up' && !followUp) {
    const tertials = structure.activities.flatMap((a) => a.cells.map((c) => c.tertial ?? 0));
    const tertial = (Math.max(0, ...tertials) || 3) as TertialNumber;
    const year = period?.to ?? null;
    if (year !== null) {
      followUp = { year, tertial };
      warnings.push(`kunde inte läsa vilket tertial uppföljningen avser; antar T${tertial} ${year}`);
    } else warnings.push('kunde inte läsa vilket år och tertial uppföljningen avser');
  }
  if (!period && followUp) {
    period = { from: followUp.year, to: followUp.year };
    warnings.push(`hittade ingen period för medborgarlöftet; antar ${followUp.year}`);
  } else if (!period) warnings.push('hittade ingen period för medborgarlöftet (t.ex. 2023–2024)');

  const activities: ImportedActivity[] = [];
  for (const draft of structure.activities) {
    const fromColumn = draft.targetText ? readTarget(draft.targetText, true) : null;
    const reading = fromColumn?.target || fromColumn?.approximate ? fromColumn : readTarget(draft.text);
    for (const note of reading.notes) warnings.push(`rad ${draft.line}: ${note}`);
    // A new agreement's activities are numbered in document order, as /lofte avtal will number them.
    const nr = followUp ? '<nr>' : String(activities.length + 1);
    const place = { kommun: detected?.municipality.name ?? '<kommun>', nr };
    if (reading.approximate) {
      const { words, count, per } = reading.approximate;
      const basis = per === 'period' ? 'under perioden' : per === 'tertial' ? 'per tertial' : 'per år';
      warnings.push(
        `rad ${draft.line}: målet kunde inte läsas: ”${words}” är ett ungefärligt antal; sätt det med /lofte mål ${detected?.municipality.name ?? '<kommun>'} ${nr} ${count} ${basis} om det är målet${nr === '<nr>' ? ' (numret står i /lofte avtal)' : ''} — aktiviteten sparas utan mål`,
      );
    }
    if (reading.range && reading.target) {
      // "6–8 per månad": the bounds counted per år as the target is.
      const { words, low } = reading.range;
      const high = (reading.range.high * reading.target.count) / low;
      const basis = BASIS_WORDS[reading.target.per];
      warnings.push(
        `rad ${draft.line}: målet är ett intervall (”${words}”); sparas som minst ${reading.target.count} ${basis} — ändra med /lofte mål ${detected?.municipality.name ?? '<kommun>'} ${nr} ${high} ${basis} om målet är ${high}${nr === '<nr>' ? ' (numret står i /lofte avtal)' : ''}`,
      );
    }
    const yearly = draft.yearTargets ? yearTargetsNote(draft.yearTargets, reading.target, place) : null;
    if (yearly) warnings.push(`rad ${draft.line}: ${yearly}`);
    if (reading.cadence)
      warnings.push(`rad ${draft.line}: ${cadenceNote(reading.cadence, detected?.municipality.name, nr)}`);
    if (reading.target && reading.basisStated === false && period !== null && period.to > period.from) {
      warnings.push(
        `rad ${draft.line}: ”${excerpt(draft.text)}” säger inte om målet ${reading.target.count} gäller per år, per tertial eller för hela perioden; sparas som ${reading.target.count} per år — ändra efter importen med /lofte mål ${detected?.municipality.name ?? '<kommun>'} ${nr} ${reading.target.count} under perioden (eller per tertial)${nr === '<nr>' ? '; numret står i /lofte avtal' : ''}`,
      );
    }
    const kindId = (reading.after ? kindFromText(reading.after) : null) ?? kindFromText(draft.text);
    const tertials: Partial<Record<'1' | '2' | '3', ImportedTertial>> = {};
    for (const cell of draft.cells) {
      const t = cell.tertial ?? followUp?.tertial ?? null;
      if (t === null || (cell.year !== null && followUp && cell.year !== followUp.year)) continue;
      const key = String(t) as '1' | '2' | '3';
      const joined = tertials[key] ? `${tertials[key].text} ${cell.text}` : cell.text;
      tertials[key] = { text: joined, count: statedCount(joined) };
    }
    activities.push({
      text: asSentence(draft.text),
      commitment: draft.commitment,
      responsible: resolveResponsible(draft, kindId?.id ?? null),
      kind: kindId?.id ?? null,
      target: reading.target,
      tertials,
    });
  }

  const stats = collectStatistics(
    structure.activities.flatMap((a) => a.cells),
    structure.statRows,
    followUp?.year ?? null,
    followUp?.tertial ?? null,
  );
  warnings.push(...stats.notes);

  // A promise wholly in capitals is stored as a sentence, its names and acronyms kept; the warning shows it.
  const known = namesIn(
    text,
    options.register.all.map((m) => m.name),
  );
  const commitments = structure.commitments.map((c, i) => {
    const sentence = sentenceCase(c.text, known);
    if (sentence === null) return { text: c.text };
    warnings.push(sentenceCaseNote(c.line, sentence, detected?.municipality.name ?? '<kommun>', i + 1));
    return { text: sentence };
  });
  // Promises in one list and activities in another: with one promise they all serve it; with more the document
  // does not say which promise an activity serves.
  const first = structure.activities[0];
  const unlinked = first !== undefined && activities.every((a) => a.commitment === null);
  if (unlinked && commitments.length === 1) {
    activities.forEach((a, i) => {
      activities[i] = { ...a, commitment: 0 };
    });
  } else if (unlinked && commitments.length > 1) {
    const links = linkByWording(
      commitments.map((c) => c.text),
      activities.map((a) => a.text),
      detected?.municipality.name ?? null,
    );
    links.forEach((commitment, i) => {
      activities[i] = { ...(activities[i] as ImportedActivity), commitment };
    });
    warnings.push(
      `rad ${first.line}: ${unstatedLinksNote(links, detected?.municipality.name ?? '<kommun>')}`,
    );
  }
  if (commitments.length === 0 && activities.length === 0)
    warnings.push('hittade varken löften eller aktiviteter');
  const municipality = detected?.municipality ?? null;
  const titleBlock = blocks
    .slice(0, 20)
    .find(
      (b) => b.type !== 'table' && /medborgarlöft/i.test(b.text) && b.text.length <= 150 && b.type !== 'item',
    );
  const fallbackTitle = `Medborgarlöfte ${municipality?.name ?? ''} ${period ? `${period.from}–${period.to}` : ''}`;
  const written = titleBlock && titleBlock.type !== 'table' ? titleBlock : null;
  const titleSentence = written ? sentenceCase(written.text, known) : null;
  if (written && titleSentence !== null)
    warnings.push(sentenceCaseNote(written.line, titleSentence, municipality?.name ?? '<kommun>', 'title'));
  const title = titleSentence ?? written?.text ?? fallbackTitle.replace(/\s+/g, ' ').trim();

  return {
    document: {
      kind,
      municipality: municipality?.name ?? null,
      period,
      followUp,
      commitments,
      activities,
      statistics: stats.statistics,
      warnings:
        options.format === 'docx'
          ? citeParagraphs(sortWarnings(warnings), text, hidden)
          : sortWarnings(warnings),
    },
    municipalityCode: municipality?.code ?? null,
    title,
    signedOn: signedOnOf(blocks),
    complete: municipality !== null && period !== null && commitments.length + activities.length > 0,
  };
}
