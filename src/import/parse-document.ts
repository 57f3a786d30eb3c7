import { kindFromText } from '../domain/activity-kinds.ts';
import type { MunicipalityRegister } from '../domain/municipality-register.ts';
import type { Responsible, Target, TertialNumber } from '../domain/types.ts';
import { type Block, buildBlocks } from './blocks.ts';
import { paragraphOf } from './cite.ts';
import { withoutContactLines } from './contact-lines.ts';
import { collectStatistics } from './document-statistics.ts';
import { htmlToText, looksLikeHtml } from './html-to-text.ts';
import { classifyLines } from './lines.ts';
import { detectMunicipality } from './municipality-detect.ts';
import { noteText } from './note-words.ts';
import { type ImportNote, type NoteBody, note } from './notes.ts';
import { findFollowUp, findPeriod, type TextAt } from './period.ts';
import { linkByWording } from './promise-links.ts';
import { defaultResponsible, responsibleFromText } from './responsible.ts';
import { aboutFollowUp } from './sections.ts';
import { namesIn, sentenceCase } from './sentence-case.ts';
import { signedOnOf } from './signed.ts';
import { signatoryBlocks } from './signed-names.ts';
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
  place: { kommun: string | null; nr: number | null },
): NoteBody | null {
  const counts = years.map((y) => readTarget(`${y.text} (per år)`, true).target?.count ?? null);
  const first = counts[0];
  if (!stored || first === null || first === undefined || counts.every((c) => c === first)) return null;
  const changes = years
    .map((y, i) => ({ year: y.year, count: counts[i], before: counts[i - 1] }))
    .flatMap((c) =>
      c.before !== undefined &&
      c.before !== null &&
      c.count !== null &&
      c.count !== undefined &&
      c.count !== c.before
        ? [{ year: c.year, count: c.count, before: c.before }]
        : [],
    );
  const figures = years.map((y, i) => ({ year: y.year, count: counts[i] ?? null }));
  return { kind: 'year-targets', figures, stored: stored.count, changes, ...place };
}

/** The notes by line (the document's own first), each once. */
function sortNotes(notes: readonly ImportNote[]): ImportNote[] {
  const seen = new Set<string>();
  return notes
    .filter((n) => {
      const key = noteText(n);
      if (seen.has(key)) return false;
      seen.add(key);
      return true;
    })
    .sort((a, b) => (a.line ?? 0) - (b.line ?? 0));
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
  const notes: ImportNote[] = [
    ...contacts.left.map((l) =>
      note(l.line, l.kind === 'signatory' ? { kind: 'signatory' } : { kind: 'contact', found: l.found }),
    ),
    ...names.map((b) => note(b.line, { kind: 'signatory' })),
  ];
  const hidden = new Set([...contacts.left.map((l) => l.line), ...names.map((b) => b.line)]);

  const detected = detectMunicipality(
    texts.map((t) => t.text).join('\n'),
    options.register,
    options.fileName ?? null,
  );
  if (!detected) notes.push(note(null, { kind: 'no-kommun' }));
  else if (detected.fromFileName)
    notes.push(note(null, { kind: 'kommun-from-file-name', kommun: detected.municipality.name }));
  const kommun = detected?.municipality.name ?? null;

  const kind = followUpFound || structure.followUpTable ? 'follow-up' : 'agreement';
  let period = findPeriod(texts)?.period ?? null;
  let followUp: { year: number; tertial: TertialNumber } | null = followUpFound?.ref ?? null;
  if (kind === 'follow-up' && !followUp) {
    const tertials = structure.activities.flatMap((a) => a.cells.map((c) => c.tertial ?? 0));
    const tertial = (Math.max(0, ...tertials) || 3) as TertialNumber;
    const year = period?.to ?? null;
    if (year !== null) {
      followUp = { year, tertial };
      notes.push(note(null, { kind: 'tertial-assumed', tertial, year }));
    } else notes.push(note(null, { kind: 'follow-up-unknown' }));
  }
  if (!period && followUp) {
    period = { from: followUp.year, to: followUp.year };
    notes.push(note(null, { kind: 'period-assumed', year: followUp.year }));
  } else if (!period) notes.push(note(null, { kind: 'no-period' }));

  const activities: ImportedActivity[] = [];
  for (const draft of structure.activities) {
    const fromColumn = draft.targetText ? readTarget(draft.targetText, true) : null;
    const reading = fromColumn?.target || fromColumn?.approximate ? fromColumn : readTarget(draft.text);
    const at = (body: NoteBody) => notes.push(note(draft.line, body));
    reading.notes.forEach(at);
    // A new agreement's activities are numbered in document order, as /lofte avtal will number them.
    const place = { kommun, nr: followUp ? null : activities.length + 1 };
    if (reading.approximate) at({ kind: 'approximate', ...reading.approximate, ...place });
    if (reading.range && reading.target) {
      // "6–8 per månad": the bounds counted per år as the target is.
      const { words, low } = reading.range;
      const high = (reading.range.high * reading.target.count) / low;
      at({ kind: 'range', words, count: reading.target.count, high, per: reading.target.per, ...place });
    }
    const yearly = draft.yearTargets ? yearTargetsNote(draft.yearTargets, reading.target, place) : null;
    if (yearly) at(yearly);
    if (reading.cadence) {
      const { phrase, perYear, factor } = reading.cadence;
      at({
        kind: 'cadence',
        phrase,
        perYear,
        exact: typeof perYear === 'number' ? perYear * factor : null,
        ...place,
      });
    }
    if (reading.target && reading.basisStated === false && period !== null && period.to > period.from)
      at({ kind: 'basis-unstated', excerpt: excerpt(draft.text), count: reading.target.count, ...place });
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
  notes.push(...stats.notes);

  // A promise wholly in capitals is stored as a sentence, its names and acronyms kept; the warning shows it.
  const known = namesIn(
    text,
    options.register.all.map((m) => m.name),
  );
  const commitments = structure.commitments.map((c, i) => {
    const sentence = sentenceCase(c.text, known);
    if (sentence === null) return { text: c.text };
    notes.push(note(c.line, { kind: 'capitals', what: 'promise', stored: sentence, kommun, promise: i + 1 }));
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
    notes.push(note(first.line, { kind: 'unstated-links', links, kommun }));
  }
  if (commitments.length === 0 && activities.length === 0) notes.push(note(null, { kind: 'nothing-found' }));
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
    notes.push(
      note(written.line, { kind: 'capitals', what: 'title', stored: titleSentence, kommun, promise: 0 }),
    );
  const title = titleSentence ?? written?.text ?? fallbackTitle.replace(/\s+/g, ' ').trim();

  // A Word document shows no line numbers: a note names the paragraph instead (cite.ts).
  const lines = text.split(/\r?\n/);
  const placed = sortNotes(notes).map((n) => ({
    ...n,
    place: n.line === null ? null : options.format === 'docx' ? paragraphOf(lines, n.line, hidden) : null,
  }));
  return {
    notes: placed,
    document: {
      kind,
      municipality: municipality?.name ?? null,
      period,
      followUp,
      commitments,
      activities,
      statistics: stats.statistics,
      warnings: placed.map((n) => noteText(n, 'sv')),
    },
    municipalityCode: municipality?.code ?? null,
    title,
    signedOn: signedOnOf(blocks),
    complete: municipality !== null && period !== null && commitments.length + activities.length > 0,
  };
}
