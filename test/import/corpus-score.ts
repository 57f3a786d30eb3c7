import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseDocument } from '../../src/import/parse-document.ts';
import type { ImportedActivity, ImportedDocument } from '../../src/import/types.ts';
import { loadRegister } from '../../src/runtime/register.ts';

/**
 * Scores the importer against the hand-labelled corpus in test/import/corpus/: every document `NN-name.ext` has an
 * `NN-name.expected.json` written by hand before the parser was tuned. Run `npx tsx test/import/corpus-score.ts`
 * to print the score per document and in total; test/import/corpus.test.ts holds the floor.
 */

export const CORPUS_DIR = fileURLToPath(new URL('./corpus/', import.meta.url));

interface ExpectedActivity {
  /** A piece of the activity's text (any case) that names it in the document. */
  readonly key: string;
  readonly responsible: 'polis' | 'kommun' | 'gemensam';
  /** `per` null: the document states no basis. */
  readonly target: { readonly count: number; readonly per: 'year' | 'period' | 'tertial' | null } | null;
}

interface ExpectedOutcome {
  readonly key: string;
  readonly year: number;
  readonly tertial: 1 | 2 | 3;
  readonly count: number;
}

export interface Expected {
  readonly kommun: string;
  readonly kind: 'agreement' | 'follow-up';
  readonly period: { readonly from: number; readonly to: number };
  readonly followUp: { readonly year: number; readonly tertial: 1 | 2 | 3 } | null;
  readonly promises: number;
  readonly activities: readonly ExpectedActivity[];
  readonly outcomes: readonly ExpectedOutcome[];
}

export interface DocumentScore {
  readonly file: string;
  readonly targets: number;
  readonly targetsFound: number;
  readonly extracted: number;
  readonly extractedRight: number;
  /** Extracted targets that are no target of the document (an outcome, a wrong number, a spurious activity). */
  readonly invented: readonly string[];
  readonly missed: readonly string[];
  readonly basisChecked: number;
  readonly basisRight: number;
  readonly activitiesMatched: number;
  readonly activitiesExpected: number;
  readonly spurious: readonly string[];
  readonly responsibleRight: number;
  readonly outcomes: number;
  readonly outcomesFound: number;
  readonly outcomeMisses: readonly string[];
  readonly header: { kommun: boolean; kind: boolean; period: boolean; followUp: boolean; promises: boolean };
  readonly warnings: readonly string[];
}

const norm = (s: string) =>
  s
    .toLocaleLowerCase('sv-SE')
    .replace(/[*_]/g, '')
    .replace(/[\s\u00a0]+/g, ' ')
    .replace(/\u00ad/g, '')
    .trim();

/** Pairs each expected activity with the first unclaimed parsed activity whose text holds its key. */
function pair(expected: readonly ExpectedActivity[], parsed: readonly ImportedActivity[]): (number | null)[] {
  const claimed = new Set<number>();
  return expected.map((e) => {
    const key = norm(e.key);
    const i = parsed.findIndex((a, j) => !claimed.has(j) && norm(a.text).includes(key));
    if (i < 0) return null;
    claimed.add(i);
    return i;
  });
}

export function scoreDocument(file: string, doc: ImportedDocument, expected: Expected): DocumentScore {
  const parsed = doc.activities;
  const pairs = pair(expected.activities, parsed);
  const expectedOf = new Map<number, ExpectedActivity>();
  pairs.forEach((p, i) => {
    if (p !== null) expectedOf.set(p, expected.activities[i] as ExpectedActivity);
  });
  const missed: string[] = [];
  let targets = 0;
  let targetsFound = 0;
  let basisChecked = 0;
  let basisRight = 0;
  let responsibleRight = 0;
  expected.activities.forEach((e, i) => {
    const p = pairs[i];
    const a = p === null || p === undefined ? null : (parsed[p] ?? null);
    if (a && a.responsible === e.responsible) responsibleRight++;
    if (!e.target) return;
    targets++;
    if (a?.target && a.target.count === e.target.count) {
      targetsFound++;
      if (e.target.per !== null) {
        basisChecked++;
        if (a.target.per === e.target.per) basisRight++;
      }
    } else
      missed.push(
        `${e.key} = ${e.target.count} (läst: ${a ? (a.target?.count ?? 'inget') : 'ingen aktivitet'})`,
      );
  });
  let extracted = 0;
  let extractedRight = 0;
  const invented: string[] = [];
  const spurious: string[] = [];
  parsed.forEach((a, j) => {
    const e = expectedOf.get(j);
    if (!e) spurious.push(a.text.slice(0, 70));
    if (!a.target) return;
    extracted++;
    if (e?.target && e.target.count === a.target.count) extractedRight++;
    else invented.push(`${a.target.count} i ”${a.text.slice(0, 70)}”`);
  });
  const outcomeMisses: string[] = [];
  let outcomesFound = 0;
  for (const o of expected.outcomes) {
    const e = expected.activities.findIndex((x) => x.key === o.key);
    const p = pairs[e];
    const a = p === null || p === undefined ? null : parsed[p];
    const cell = a?.tertials[String(o.tertial) as '1' | '2' | '3'];
    const ok = doc.followUp?.year === o.year && cell?.count === o.count;
    if (ok) outcomesFound++;
    else
      outcomeMisses.push(`${o.key} T${o.tertial} ${o.year} = ${o.count} (läst: ${cell?.count ?? 'inget'})`);
  }
  return {
    file,
    targets,
    targetsFound,
    extracted,
    extractedRight,
    invented,
    missed,
    basisChecked,
    basisRight,
    activitiesMatched: pairs.filter((p) => p !== null).length,
    activitiesExpected: expected.activities.length,
    spurious,
    responsibleRight,
    outcomes: expected.outcomes.length,
    outcomesFound,
    outcomeMisses,
    warnings: doc.warnings,
    header: {
      kommun: doc.municipality === expected.kommun,
      kind: doc.kind === expected.kind,
      period: doc.period?.from === expected.period.from && doc.period?.to === expected.period.to,
      followUp:
        (doc.followUp === null && expected.followUp === null) ||
        (doc.followUp?.year === expected.followUp?.year &&
          doc.followUp?.tertial === expected.followUp?.tertial),
      promises: doc.commitments.length === expected.promises,
    },
  };
}

/** Every document of the corpus with its expected JSON. */
export function corpusFiles(): { file: string; text: string; expected: Expected }[] {
  const names = readdirSync(CORPUS_DIR).sort();
  return names
    .filter((n) => !n.endsWith('.expected.json'))
    .map((file) => {
      const base = file.replace(/\.[^.]+$/, '');
      const expected = JSON.parse(
        readFileSync(join(CORPUS_DIR, `${base}.expected.json`), 'utf8'),
      ) as Expected;
      return { file, text: readFileSync(join(CORPUS_DIR, file), 'utf8'), expected };
    });
}

export interface CorpusScore {
  readonly documents: readonly DocumentScore[];
  readonly recall: number;
  readonly precision: number;
  readonly invented: number;
  readonly totals: ReturnType<typeof totalsOf>;
}

function totalsOf(documents: readonly DocumentScore[]) {
  const sum = (f: (d: DocumentScore) => number) => documents.reduce((s, d) => s + f(d), 0);
  const count = (k: keyof DocumentScore['header']) => documents.filter((d) => d.header[k]).length;
  return {
    documents: documents.length,
    targets: sum((d) => d.targets),
    targetsFound: sum((d) => d.targetsFound),
    extracted: sum((d) => d.extracted),
    extractedRight: sum((d) => d.extractedRight),
    invented: sum((d) => d.invented.length),
    basisChecked: sum((d) => d.basisChecked),
    basisRight: sum((d) => d.basisRight),
    activitiesExpected: sum((d) => d.activitiesExpected),
    activitiesMatched: sum((d) => d.activitiesMatched),
    spurious: sum((d) => d.spurious.length),
    responsibleRight: sum((d) => d.responsibleRight),
    outcomes: sum((d) => d.outcomes),
    outcomesFound: sum((d) => d.outcomesFound),
    kommun: count('kommun'),
    kind: count('kind'),
    period: count('period'),
    followUp: count('followUp'),
    promises: count('promises'),
  };
}

export function scoreCorpus(): CorpusScore {
  const register = loadRegister();
  const documents = corpusFiles().map(({ file, text, expected }) =>
    scoreDocument(file, parseDocument(text, { register, fileName: file }).document, expected),
  );
  const totals = totalsOf(documents);
  return {
    documents,
    recall: totals.targetsFound / Math.max(1, totals.targets),
    precision: totals.extractedRight / Math.max(1, totals.extracted),
    invented: totals.invented,
    totals,
  };
}

/** The score as text: one line per document with a problem, then the totals. */
export function formatScore(score: CorpusScore): string {
  const lines: string[] = [];
  for (const d of score.documents) {
    const problems = [
      ...d.missed.map((m) => `  missat mål: ${m}`),
      ...d.invented.map((m) => `  påhittat mål: ${m}`),
      ...d.outcomeMisses.map((m) => `  missat utfall: ${m}`),
      ...d.spurious.map((m) => `  extra aktivitet: ${m}`),
      ...Object.entries(d.header)
        .filter(([, ok]) => !ok)
        .map(([k]) => `  fel ${k}`),
    ];
    if (problems.length > 0) lines.push(d.file, ...problems);
  }
  const t = score.totals;
  const pct = (a: number, b: number) => `${a}/${b} (${((100 * a) / Math.max(1, b)).toFixed(1)} %)`;
  lines.push(
    '',
    `dokument: ${t.documents}`,
    `mål hittade (recall): ${pct(t.targetsFound, t.targets)}`,
    `mål rätt (precision): ${pct(t.extractedRight, t.extracted)}`,
    `påhittade mål: ${t.invented}`,
    `rätt grund (per år/period/tertial) där dokumentet anger den: ${pct(t.basisRight, t.basisChecked)}`,
    `aktiviteter hittade: ${pct(t.activitiesMatched, t.activitiesExpected)}, extra aktiviteter: ${t.spurious}`,
    `rätt ansvarig: ${pct(t.responsibleRight, t.activitiesExpected)}`,
    `utfall hittade: ${pct(t.outcomesFound, t.outcomes)}`,
    `kommun ${t.kommun}/${t.documents}, typ ${t.kind}/${t.documents}, period ${t.period}/${t.documents}, år och tertial ${t.followUp}/${t.documents}, antal löften ${t.promises}/${t.documents}`,
  );
  return lines.join('\n');
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  console.log(formatScore(scoreCorpus()));
}
