import { describe, expect, it } from 'vitest';
import { parseDocument } from '../../src/import/parse-document.ts';
import { documentFromBytes } from '../../src/import/read-document.ts';
import { readRefusalText } from '../../src/import/read-refusal.ts';
import { loadRegister } from '../../src/runtime/register.ts';
import { corpusFiles, formatScore, scoreCorpus, scoreDocument } from './corpus-score.ts';
import { docxFromText } from './docx-twin.ts';

/**
 * The hand-labelled corpus of test/import/corpus/ (written before the parser was tuned): the importer's floor.
 * `npx tsx test/import/corpus-score.ts` prints the same score with every miss.
 */
describe('the import corpus', () => {
  const score = scoreCorpus();

  it('finds ≥ 95 % of the numeric targets and invents none', () => {
    console.log(formatScore(score));
    expect(score.totals.documents).toBeGreaterThanOrEqual(40);
    expect(score.recall).toBeGreaterThanOrEqual(0.95);
    expect(score.documents.flatMap((d) => d.invented)).toEqual([]);
  });

  it('reads every kommun, kind, period and reported tertial, and makes no activity of a promise, header or empty row', () => {
    const wrong = score.documents.flatMap((d) =>
      Object.entries(d.header)
        .filter(([field, ok]) => !ok && field !== 'promises')
        .map(([field]) => `${d.file}: ${field}`),
    );
    expect(wrong).toEqual([]);
    expect(score.documents.flatMap((d) => d.spurious)).toEqual([]);
  });

  it('reads ≥ 95 % of the outcomes with their year and tertial', () => {
    expect(score.totals.outcomesFound / score.totals.outcomes).toBeGreaterThanOrEqual(0.95);
  });

  it('says what it is unsure of, quoting the sentence, and stores no target for it', () => {
    const lulea = score.documents.find((d) => d.file.startsWith('17-lulea'));
    expect(lulea?.warnings).toContain(
      'rad 14: osäkert mål i ”genomföra en föräldrakväll om narkotika i varje högstadieskola,”: antalet framgår inte; aktiviteten sparas utan mål',
    );
    expect(lulea?.invented).toEqual([]);
  });

  it('the tab-table follow-ups as real Word files: no header, promise or empty row becomes an activity, no target is invented', async () => {
    const problems: string[] = [];
    for (const { file, text, expected } of corpusFiles().filter(
      (c) => /\t/.test(c.text) && /^(08|18|21|36|42)-/.test(c.file),
    )) {
      const read = await documentFromBytes(`${file}.docx`, await docxFromText(text));
      if (!read.ok) throw new Error(readRefusalText(read.refusal));
      const doc = parseDocument(read.source.text, { register: loadRegister(), fileName: file }).document;
      const s = scoreDocument(file, doc, expected);
      problems.push(
        ...s.spurious.map((x) => `${file}: extra ${x}`),
        ...s.invented.map((x) => `${file}: ${x}`),
      );
      if (s.targetsFound < s.targets) problems.push(`${file}: ${s.missed.join('; ')}`);
    }
    expect(problems).toEqual([]);
  });
});
