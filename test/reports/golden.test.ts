import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadDemo } from '../../src/demo/load-demo.ts';
import type { DomainDeps } from '../../src/domain/deps.ts';
import { buildReport } from '../../src/reports/build-report.ts';
import { renderMarkdown } from '../../src/reports/markdown.ts';
import type { Report } from '../../src/reports/model.ts';
import { loadRegister } from '../../src/runtime/register.ts';
import { fixedClock } from '../../src/runtime/system.ts';
import { createTestDatabase, type TestDatabase, testDialects } from '../support/databases.ts';
import { markdownTables, norm, parseFigures, seedTableRows } from './parse.ts';

const ZONE = 'Europe/Stockholm';
const NOW = Date.parse('2026-05-12T10:00:00+02:00');

const CASES = [
  { kommun: 'Tranås', code: '0687', seed: 'data/seeds/tranas-uppfoljning-2020-t3.txt' },
  { kommun: 'Sävsjö', code: '0684', seed: 'data/seeds/savsjo-uppfoljning-2020-t3.txt' },
] as const;

describe.each(testDialects())('golden follow-up reports of the seeds [$name]', ({ name }) => {
  let db: TestDatabase;
  let deps: DomainDeps;
  beforeAll(async () => {
    db = await createTestDatabase(name);
    const clock = fixedClock(NOW);
    await loadDemo(db.store, clock, ZONE);
    deps = { store: db.store, register: loadRegister(), clock, ids: () => 'unused', zone: ZONE };
  });
  afterAll(async () => {
    await db?.dispose();
  });

  async function report(code: string): Promise<{ report: Report; markdown: string }> {
    const result = await buildReport(deps, code, { year: 2020 });
    if (!result.ok) throw new Error(`no report: ${JSON.stringify(result)}`);
    return { report: result.report, markdown: renderMarkdown(result.report) };
  }

  it.each(CASES)(
    '$kommun 2020: heading with kommun and period, and the promises',
    async ({ code, kommun }) => {
      const { report: r, markdown } = await report(code);
      expect(r.tertial).toBe(3);
      expect(r.complete).toBe(true);
      expect(markdown).toMatch(new RegExp(`^# Lokala medborgarlöften i ${kommun} 20\\d\\d-20\\d\\d\\n`));
      expect(markdown).toContain(`**${kommun} kommun** · Uppföljning, tredje tertialet 2020`);
      expect(markdown).toContain('Uppföljningen avser tredje tertialet 2020.');
      for (const c of r.commitments) expect(markdown).toContain(`- **${c}**`);
      expect(r.commitments).toHaveLength(2);
    },
  );

  it.each(CASES)(
    '$kommun 2020: every status text and figure of the seed tables is in the right row and column',
    async ({ code, seed }) => {
      const { markdown } = await report(code);
      const activityTables = markdownTables(markdown).filter(
        (t) => t.header[0] === 'Aktivitet' && t.header[1] === 'Tertial 1',
      );
      for (const t of activityTables)
        expect(t.header).toEqual(['Aktivitet', 'Tertial 1', 'Tertial 2', 'Tertial 3']);
      const mine = activityTables.flatMap((t) => t.rows);
      const expected = seedTableRows(seed);
      expect(expected.length).toBeGreaterThanOrEqual(6);
      // Same activities, in the same order as the published follow-up.
      expect(mine.map((r) => r.head)).toEqual(expected.map((r) => r.head));
      for (const [i, want] of expected.entries()) {
        const row = mine[i];
        for (const col of [0, 1, 2]) {
          const seedCell = want.cells[col] as string;
          const cell = norm(row?.cells[col] ?? '');
          if (seedCell === '') expect(cell, `${want.head} T${col + 1}`).toBe('');
          else expect(cell, `${want.head} T${col + 1}`).toContain(seedCell);
        }
      }
    },
  );

  it('Tranås 2020: a cell whose status text lacks the year adds the year total, as the seeds do in T3', async () => {
    const { markdown } = await report('0687');
    const rows = markdownTables(markdown).flatMap((t) => t.rows);
    const krog = rows.find((r) =>
      r.head.startsWith('Kommunen lovar att tillsammans med polisen genomföra krog'),
    );
    expect(krog?.cells).toEqual([
      'Genomfört en',
      '',
      'Genomfört en. Sammanlagt under 2020: 2 krogkontroller.',
    ]);
    const insatser = rows.find((r) => r.head.startsWith('Genomföra minst femton riktade insatser'));
    // The status already states the year ("Sammanlagt under 2020 har 51…"): nothing is added.
    expect(insatser?.cells[2]).toBe('Sammanlagt under 2020 har 51 riktade insatser genomförts.');
  });

  it.each(CASES)(
    '$kommun 2020: the statistics equal the seeds, per tertial and as year totals',
    async ({ code, seed }) => {
      const { report: r, markdown } = await report(code);
      const seedStats = seedTableRows(seed).find((row) =>
        row.cells[0]?.startsWith('Misstankar narkotikabrott'),
      );
      if (!seedStats) throw new Error('no statistics row in the seed');
      const table = markdownTables(markdown).find((t) => t.header[0] === 'Misstankar narkotikabrott');
      if (!table) throw new Error('no statistics table in the report');
      const column = (col: number) =>
        parseFigures(
          table.rows.map((row) => (row.cells[col] ?? '').split(/Sammanlagt under 2020:/)[0]).join(' '),
        );
      expect(column(0)).toEqual(parseFigures(seedStats.cells[0] as string));
      expect(column(1)).toEqual(parseFigures(seedStats.cells[1] as string));
      const yearTotals = parseFigures(
        table.rows.map((row) => (row.cells[2] ?? '').split(/Sammanlagt under 2020:/)[1] ?? '').join(' '),
      );
      expect(yearTotals).toEqual(parseFigures(seedStats.cells[2] as string));
      expect(parseFigures(r.statistics.summary)).toEqual(yearTotals);
      expect(markdown).toContain(r.statistics.summary);
    },
  );

  it('Tranås 2020: the year totals read exactly as the seed prints them', async () => {
    const { report: r } = await report('0687');
    expect(r.statistics.summary).toBe(
      'Sammanlagt under 2020, misstankar narkotikabrott: 1 framställning, 11 överlåtelse varav en 21 år och yngre, ' +
        '110 innehav varav 13 21 år och yngre, 195 eget bruk varav 35 21 år och yngre, 2 dopningslagen innehav, ' +
        '5 dopningslagen eget bruk.',
    );
  });

  it('Sävsjö 2020 up to tertial 2: later columns stay empty and totals say "hittills"', async () => {
    const result = await buildReport(deps, '0684', { year: 2020, tertial: 2 });
    if (!result.ok) throw new Error('no report');
    const markdown = renderMarkdown(result.report);
    const rows = markdownTables(markdown)
      .filter((t) => t.header[1] === 'Tertial 1')
      .flatMap((t) => t.rows);
    for (const row of rows) expect(row.cells[2]).toBe('');
    const insatser = result.report.sections.flatMap((s) => s.rows).find((x) => x.kind === 'insats');
    expect(insatser?.done).toBe(17);
    expect(markdown).toContain('Uppföljningen avser andra tertialet 2020.');
    expect(result.report.statistics.summary).toMatch(
      /^Hittills under 2020 \(tertial 1–2\), misstankar narkotikabrott: /,
    );
  });
});
