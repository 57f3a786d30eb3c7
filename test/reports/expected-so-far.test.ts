import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadDemo } from '../../src/demo/load-demo.ts';
import type { DomainDeps } from '../../src/domain/deps.ts';
import { buildReport } from '../../src/reports/build-report.ts';
import type { Report } from '../../src/reports/model.ts';
import { renderDownload } from '../../src/reports/render.ts';
import { loadRegister } from '../../src/runtime/register.ts';
import { fixedClock } from '../../src/runtime/system.ts';
import { createTestDatabase, type TestDatabase } from '../support/databases.ts';
import { markdownTables } from './parse.ts';

/**
 * *Väntat hittills* is one figure in every format of the same report (docs/formats.md: "empty without a target and
 * once the year is over"; JSON's `expectedSoFar` null then): Markdown and HTML print "–" where the CSV and the
 * workbook are empty and the JSON null, and the same number everywhere else. An activity already *klar* has no pace
 * (as in the chat and on the web pages: target.ts's expectedSoFar).
 */

const ZONE = 'Europe/Stockholm';
/** Sunday 6 December 2026: T3 of the demo's 2025–2026 agreements. */
const NOW = Date.parse('2026-12-06T12:00:00+01:00');

type Figures = Record<string, string | null>;
const key = (unit: string) => unit.toLocaleLowerCase('sv-SE');
const dash = (v: string) => (v === '–' || v === '' ? null : v);

/** A small RFC 4180 reader (quoted fields, doubled quotes, CRLF records). */
function csvRecords(text: string): string[][] {
  const out: string[][] = [];
  const re = /("(?:[^"]|"")*"|[^,\r\n]*)(,|\r\n|$)/g;
  let record: string[] = [];
  for (let m = re.exec(text); m && m[0] !== ''; m = re.exec(text)) {
    const f = m[1] as string;
    record.push(f.startsWith('"') ? f.slice(1, -1).replace(/""/g, '"') : f);
    if (m[2] !== ',') {
      out.push(record);
      record = [];
    }
  }
  return out;
}

function fromFlat(header: readonly unknown[], rows: readonly (readonly unknown[])[], lang: 'sv'): Figures {
  const unit = header.indexOf(lang === 'sv' ? 'Aktivitetstyp' : '');
  const expected = header.indexOf('Väntat hittills');
  const out: Figures = {};
  for (const r of rows) {
    const u = r[unit];
    if (typeof u !== 'string' || u === '') continue;
    const v = r[expected];
    out[key(u)] = v === null || v === undefined || v === '' ? null : String(v);
  }
  return out;
}

/** Each format's *Väntat hittills* per activity kind, read back from the rendered file. */
const READ: Record<string, (report: Report) => Promise<Figures>> = {
  md: async (report) => {
    const text = String((await renderDownload(report, 'md')).content);
    const table = markdownTables(text).find((t) => t.header.includes('Väntat hittills'));
    const i = (table?.header.indexOf('Väntat hittills') ?? 0) - 1;
    return Object.fromEntries((table?.rows ?? []).map((r) => [key(r.head), dash(r.cells[i] ?? '')]));
  },
  html: async (report) => {
    const text = String((await renderDownload(report, 'html')).content);
    const table = text.slice(text.indexOf('lb-progress-table'));
    const rows = table.matchAll(
      /<tr><th scope="row">([^<]*)<\/th><td[^>]*>.*?<\/td><td class="lb-num"[^>]*>([^<]*)<\/td>/g,
    );
    return Object.fromEntries([...rows].map((m) => [key(m[1] as string), dash(m[2] as string)]));
  },
  csv: async (report) => {
    const text = String((await renderDownload(report, 'csv')).content).replace(/^\uFEFF/, '');
    const [header = [], ...rows] = csvRecords(text);
    return fromFlat(header, rows, 'sv');
  },
  xlsx: async (report) => {
    const { default: ExcelJS } = await import('exceljs');
    const book = new ExcelJS.Workbook();
    await book.xlsx.load((await renderDownload(report, 'xlsx')).content as unknown as ArrayBuffer);
    const sheet = book.worksheets[0];
    const values: unknown[][] = [];
    sheet?.eachRow((row) => {
      values.push((row.values as unknown[]).slice(1));
    });
    const [header = [], ...rows] = values;
    return fromFlat(header, rows, 'sv');
  },
  json: async (report) => {
    const model = JSON.parse(String((await renderDownload(report, 'json')).content)) as Report;
    const rows = model.sections.flatMap((s) => s.rows).filter((r) => r.unit !== null);
    return Object.fromEntries(
      rows.map((r) => [key(r.unit as string), r.expectedSoFar === null ? null : String(r.expectedSoFar)]),
    );
  },
};

/** The demo on 6 December 2026: what every format says, per report and activity kind. */
const CASES = [
  { kommun: '0684', year: 2026, tertial: 3, unit: 'riktade insatser', expected: '13', why: 'i fas' },
  {
    kommun: '0684',
    year: 2026,
    tertial: 3,
    unit: 'samverkansmöten',
    expected: null,
    why: 'klar, year running',
  },
  { kommun: '0684', year: 2026, tertial: 2, unit: 'samverkansmöten', expected: '2', why: 'past tertial' },
  { kommun: '0684', year: 2025, tertial: 3, unit: 'samverkansmöten', expected: null, why: 'klar, year over' },
  { kommun: '0684', year: 2025, tertial: 3, unit: 'riktade insatser', expected: null, why: 'year over' },
  { kommun: '0687', year: 2026, tertial: 3, unit: 'trafikkontroller', expected: '27', why: 'efter' },
  { kommun: '0687', year: 2026, tertial: 3, unit: 'lob/pl-ingripanden', expected: null, why: 'no target' },
  {
    kommun: '0687',
    year: 2025,
    tertial: 3,
    unit: 'riktade insatser',
    expected: null,
    why: 'klar, year over',
  },
] as const;

describe('"Väntat hittills" agrees in every format of the same report (demo, SQLite)', () => {
  let db: TestDatabase;
  let deps: DomainDeps;
  const reports = new Map<string, Report>();

  beforeAll(async () => {
    db = await createTestDatabase('sqlite');
    const clock = fixedClock(NOW);
    await loadDemo(db.store, clock, ZONE);
    deps = { store: db.store, register: loadRegister(), clock, ids: () => 'x', zone: ZONE };
  });
  afterAll(async () => {
    await db?.dispose();
  });

  async function reportOf(kommun: string, year: number, tertial: 1 | 2 | 3): Promise<Report> {
    const id = `${kommun}/${year}/${tertial}`;
    const cached = reports.get(id);
    if (cached) return cached;
    const built = await buildReport(deps, kommun, { year, tertial });
    if (!built.ok) throw new Error(`no report ${id}`);
    reports.set(id, built.report);
    return built.report;
  }

  it.each(CASES)('$kommun $year T$tertial, $unit ($why): $expected', async (c) => {
    const report = await reportOf(c.kommun, c.year, c.tertial);
    const said: Record<string, string | null | undefined> = {};
    for (const [format, read] of Object.entries(READ)) said[format] = (await read(report))[c.unit];
    expect(said).toEqual({
      md: c.expected,
      html: c.expected,
      csv: c.expected,
      xlsx: c.expected,
      json: c.expected,
    });
  });
});
