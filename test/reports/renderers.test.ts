import { DateTime } from 'luxon';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DomainDeps } from '../../src/domain/deps.ts';
import { buildReport } from '../../src/reports/build-report.ts';
import { BOM, csvField, renderCsv } from '../../src/reports/csv.ts';
import { monthlyChartSvg } from '../../src/reports/html/chart.ts';
import { renderHtml } from '../../src/reports/html/render-html.ts';
import { REPORT_CSS } from '../../src/reports/html/styles.ts';
import { reportLabels } from '../../src/reports/labels.ts';
import { renderMarkdown } from '../../src/reports/markdown.ts';
import type { Report } from '../../src/reports/model.ts';
import { renderJson, renderReport } from '../../src/reports/render.ts';
import { loadRegister } from '../../src/runtime/register.ts';
import { fixedClock } from '../../src/runtime/system.ts';
import { createTestDatabase, type TestDatabase, testDialects } from '../support/databases.ts';
import { markdownTables } from './parse.ts';
import { agreementOf, register, status } from './store-fixtures.ts';

const ZONE = 'Europe/Stockholm';
const NOW = Date.parse('2026-05-15T12:00:00+02:00');

const NASTY = {
  activity: 'Kontroller, "krogar" och |rör|',
  formula: '=HYPERLINK("http://example.invalid","klicka")',
  lines: 'Rad ett\nRad två, med komma',
  script: '<script>alert("x")</script> *fet* & klart',
};

/** A minimal RFC 4180 reader: quoted fields, doubled quotes, CRLF records. */
function readCsv(text: string): string[][] {
  const records: string[][] = [];
  let field = '';
  let record: string[] = [];
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i] as string;
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') {
        field += '"';
        i++;
      } else if (c === '"') quoted = false;
      else field += c;
    } else if (c === '"') quoted = true;
    else if (c === ',') {
      record.push(field);
      field = '';
    } else if (c === '\r' && text[i + 1] === '\n') {
      record.push(field);
      records.push(record);
      record = [];
      field = '';
      i++;
    } else field += c;
  }
  return records;
}

describe.each(testDialects())('report renderers [$name]', ({ name }) => {
  let db: TestDatabase;
  let report: Report;
  let deps: DomainDeps;

  beforeAll(async () => {
    db = await createTestDatabase(name);
    const bundle = agreementOf('r', '0687', [
      { kind: 'trafikkontroll', target: { count: 30, per: 'year' }, text: NASTY.activity },
      { kind: 'insats', target: { count: 6, per: 'year' } },
    ]);
    await db.store.insertAgreement(bundle, 0);
    await status(db.store, bundle, 0, 2026, 1, NASTY.formula);
    await status(db.store, bundle, 1, 2026, 1, NASTY.script);
    await register(db.store, bundle, 0, '2026-02-03', 4);
    await register(db.store, bundle, 0, '2026-05-04', 2);
    await register(db.store, bundle, 1, '2026-05-05', 1);
    await db.store.insertStatus({
      id: 'later',
      activityId: 'r-a2',
      year: 2026,
      tertial: 2,
      text: NASTY.lines,
      count: null,
      actor: 'console:anna',
      platform: 'console',
      createdAt: NOW,
      published: false,
    });
    deps = { store: db.store, register: loadRegister(), clock: fixedClock(NOW), ids: () => 'x', zone: ZONE };
    const result = await buildReport(deps, '0687', {});
    if (!result.ok) throw new Error('no report');
    report = result.report;
  });
  afterAll(async () => {
    await db?.dispose();
  });

  it('defaults to the current year and tertial, as of now', () => {
    expect([report.year, report.tertial, report.complete]).toEqual([2026, 2, false]);
    expect(report.texts.intro).toBe(
      'Polisens och kommunens arbete med medborgarlöften följs upp tertialvis. Uppföljningen avser andra tertialet 2026. Läget den 15 maj 2026.',
    );
    const row = report.sections[0]?.rows[0];
    expect(row?.cells.map((c) => c.text)).toEqual([NASTY.formula, 'Genomfört 2 trafikkontroller.', '']);
    expect(row?.monthly.slice(0, 6)).toEqual([0, 4, 0, 0, 2, 0]);
    expect(row?.cells[2].reported).toBe(false);
  });

  it('CSV: UTF-8 BOM, CRLF, RFC 4180 quoting, one row per activity and reported tertial', () => {
    const csv = renderCsv(report);
    expect(csv.startsWith(BOM)).toBe(true);
    expect(csv.replace(/\r\n/g, '')).not.toMatch(/\r(?!\n)/);
    const records = readCsv(csv.slice(1));
    const [header, ...rows] = records;
    expect(header?.[0]).toBe('Kommun');
    expect(header).toContain('Läge');
    expect(rows).toHaveLength(2 * 2);
    for (const r of rows) expect(r).toHaveLength(header?.length ?? 0);
    const col = (title: string) => header?.indexOf(title) ?? -1;
    expect(rows.map((r) => r[col('Tertial')])).toEqual(['1', '2', '1', '2']);
    expect(rows[0]?.[col('Aktivitet')]).toBe(NASTY.activity);
    expect(rows[0]?.[col('Kommun')]).toBe('Tranås');
    // Formula-looking text is defused with a leading apostrophe, everything else kept as written.
    expect(rows[0]?.[col('Statustext')]).toBe(`'${NASTY.formula}`);
    expect(rows[3]?.[col('Statustext')]).toBe(NASTY.lines);
    expect(rows[2]?.[col('Statustext')]).toBe(NASTY.script);
    expect(rows[1]?.[col('Registrerat under tertialet')]).toBe('2');
    // The target as agreed (number and basis), the count signed against it, the pace as its own labelled figure.
    expect(header?.some((h) => /^Mål( för året)?$/.test(h))).toBe(false);
    expect(rows[0]?.[col('Målets antal')]).toBe('30');
    expect(rows[0]?.[col('Målets bas')]).toBe('per år');
    expect(rows[0]?.[col('Registrerat mot målet')]).toBe('6 av minst 30 under 2026');
    // 15 May: 135 of 365 days, 30 × 135 / 365 = 11.1, floored.
    expect(rows[0]?.[col('Väntat hittills')]).toBe('11');
  });

  it('CSV fields: quotes doubled, separators and line breaks quoted, plain text left bare', () => {
    expect(csvField('a "b", c')).toBe('"a ""b"", c"');
    expect(csvField('rad\r\nrad')).toBe('"rad\r\nrad"');
    expect(csvField('Tranås')).toBe('Tranås');
    expect(csvField(null)).toBe('');
    expect(csvField(-3)).toBe('-3');
    expect(csvField('+46 70')).toBe("'+46 70");
  });

  it('Markdown: pipes, asterisks and angle brackets are escaped and read back intact', () => {
    const md = renderMarkdown(report);
    const table = markdownTables(md).find((t) => t.header[1] === 'Tertial 1');
    expect(table?.rows.map((r) => r.head)).toEqual([NASTY.activity, 'Aktivitet 2 (insats)']);
    expect(table?.rows[1]?.cells[0]).toBe(NASTY.script);
    expect(table?.rows[1]?.cells[1]).toBe('Rad ett Rad två, med komma');
    expect(md).not.toContain('<script>');
  });

  it('HTML: one self-contained page, lang, escaped text, semantic tables and a labelled chart per activity', () => {
    const html = renderHtml(report);
    expect(html.startsWith('<!doctype html>\n<html lang="sv">')).toBe(true);
    expect(html).toContain(REPORT_CSS);
    expect(html).not.toMatch(/<script|<link|src="http/);
    expect(html).toContain('&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt;');
    expect(html).toContain('<p class="lb-kommun">Tranås kommun</p>');
    expect(html.match(/<th scope="col">/g)).toHaveLength(8);
    expect(html.match(/<th scope="row">/g)?.length).toBeGreaterThanOrEqual(4);
    expect(
      html.match(
        /<svg class="lb-chart"[^>]*role="img"[^>]*aria-labelledby="lb-chart-\d-title lb-chart-\d-desc"/g,
      ),
    ).toHaveLength(2);
    expect(html).toContain(
      'Registreringar per månad: jan 0, feb 4, mar 0, apr 0, maj 2. Målet: minst 30 under 2026.',
    );
    // The progress table signs the count against the target with its window; the pace is its own column.
    expect(html).toContain('<span>6 av minst 30 under 2026</span>');
    expect(html).toContain('<th scope="col">Väntat hittills</th>');
    expect(html).not.toMatch(/<th scope="col">Mål<\/th>/);
  });

  it('the chart legend names every line and mark the chart draws', () => {
    const legendOf = (svg: string) => {
      const entries = [...svg.matchAll(/<g class="lb-chart-legend" data-legend="(\w+)">(.*?)<\/g>/g)];
      const named = new Map(
        entries.map((e) => [
          /class="(lb-chart-[\w-]+)"/.exec(e[2] as string)?.[1],
          /<text[^>]*>([^<]+)<\/text>/.exec(e[2] as string)?.[1] ?? '',
        ]),
      );
      const drawn = new Set(
        [
          ...svg
            .replace(/<g class="lb-chart-legend".*?<\/g>/g, '')
            .matchAll(/<(?:rect|line|polyline) class="(lb-chart-(?!grid)[\w-]+)"/g),
        ].map((m) => m[1]),
      );
      return { named, drawn };
    };
    const svgs = renderHtml(report).match(/<svg class="lb-chart".*?<\/svg>/gs) ?? [];
    expect(svgs).toHaveLength(2);
    for (const svg of svgs) {
      const { named, drawn } = legendOf(svg);
      expect([...drawn].sort()).toEqual(
        ['lb-chart-bar', 'lb-chart-cumulative', 'lb-chart-pace', 'lb-chart-target'].sort(),
      );
      for (const mark of drawn) expect(named.get(mark), mark).toMatch(/\S/);
    }
    expect(legendOf(svgs[0] as string).named.get('lb-chart-target')).toBe('målet: minst 30 under 2026');
    expect(legendOf(svgs[0] as string).named.get('lb-chart-pace')).toBe('jämn takt');
    // Without a target there is no target or pace line, and no legend for them.
    const bare = monthlyChartSvg({
      id: 'x',
      title: 'x',
      monthly: [1, 0, 2, 0, 0, 0, 0, 0, 0, 0, 0, 0],
      target: null,
      targetLabel: null,
      lastMonth: 4,
      monthNames: reportLabels('en').months,
      description: 'x',
      legend: { monthly: 'per month', cumulative: 'cumulative', target: 'the target', pace: 'even pace' },
    }).value;
    const { named, drawn } = legendOf(bare);
    expect([...drawn].sort()).toEqual(['lb-chart-bar', 'lb-chart-cumulative']);
    expect([...named.keys()].sort()).toEqual(['lb-chart-bar', 'lb-chart-cumulative']);
  });

  it('JSON: the model itself, tagged with format and version', () => {
    const parsed = JSON.parse(renderJson(report));
    expect(parsed.format).toBe('loftesbot-report');
    expect(parsed.version).toBe(1);
    const { format: _f, version: _v, ...rest } = parsed;
    expect(rest).toEqual(JSON.parse(JSON.stringify(report)));
  });

  it('English: labels translated, status texts as written', async () => {
    const result = await buildReport(deps, '0687', { year: 2026, tertial: 1, lang: 'en' });
    if (!result.ok) throw new Error('no report');
    const md = renderMarkdown(result.report);
    expect(md).toContain('| Activity | Tertial 1 | Tertial 2 | Tertial 3 |');
    expect(md).toContain('This follow-up covers the first tertial of 2026.');
    expect(renderHtml(result.report)).toContain('<html lang="en">');
    expect(renderCsv(result.report).split('\r\n')[0]).toContain('Municipality code');
  });

  it('file names and media types for uploads', () => {
    expect(renderReport(report, 'html')).toMatchObject({
      fileName: 'uppfoljning-tranas-2026-t2.html',
      mediaType: 'text/html; charset=utf-8',
    });
    expect(renderReport(report, 'csv').fileName).toBe('uppfoljning-tranas-2026-t2.csv');
  });

  // A tertial without a year is the latest such tertial that has begun: in January 2027, T3 is T3 2026.
  it.each([
    ['2027-01-12T10:00', { tertial: 3 }, { ok: true, year: 2026, tertial: 3 }],
    ['2027-01-12T10:00', { tertial: 2 }, { ok: true, year: 2026, tertial: 2 }],
    ['2027-01-12T10:00', { tertial: 1 }, { ok: false, year: 2027, tertial: undefined }],
    ['2027-01-12T10:00', { year: 2027, tertial: 3 }, { ok: false, year: 2027, tertial: 3 }],
    ['2026-12-31T23:30', { tertial: 3 }, { ok: true, year: 2026, tertial: 3 }],
    // Nothing named, in January before this year's agreement is stored: the year just ended, whose T3 is followed up.
    ['2027-01-12T10:00', {}, { ok: true, year: 2026, tertial: 3 }],
    ['2027-02-01T10:00', {}, { ok: false, year: 2027, tertial: undefined }],
  ] as const)('at %s, %j: %j', async (now, options, expected) => {
    const at = { ...deps, clock: fixedClock(DateTime.fromISO(now, { zone: ZONE }).toMillis()) };
    const result = await buildReport(at, '0687', options);
    const got = result.ok
      ? { ok: true, year: result.report.year, tertial: result.report.tertial }
      : { ok: false, year: result.year, tertial: 'tertial' in result ? result.tertial : undefined };
    expect(got).toEqual(expected);
  });

  it('refuses a tertial that has not started and a kommun without an agreement', async () => {
    expect(await buildReport(deps, '0687', { year: 2026, tertial: 3 })).toEqual({
      ok: false,
      error: 'not-started',
      year: 2026,
      tertial: 3,
    });
    const none = await buildReport(deps, '0684', { year: 2025 });
    expect(none).toMatchObject({ ok: false, error: 'no-agreement', year: 2025 });
  });
});
