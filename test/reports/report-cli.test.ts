import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type CliHarness, cliHarness } from '../cli/cli-harness.ts';

describe('npx loftesbot report (in-process, SQLite)', () => {
  let cli: CliHarness;
  beforeAll(async () => {
    cli = cliHarness();
    expect((await cli.run('demo')).code).toBe(0);
  });
  afterAll(() => cli.dispose());

  it('writes the Markdown follow-up to stdout by default', async () => {
    const r = await cli.run('report', 'Tranås', '--year', '2020');
    expect(r).toMatchObject({ code: 0, err: '' });
    expect(r.out).toMatch(/^# Lokala medborgarlöften i Tranås 2019-2020\n/);
    expect(r.out).toContain('| Aktivitet | Tertial 1 | Tertial 2 | Tertial 3 |');
    expect(r.out).toContain(
      'Sammanlagt under 2020, misstankar narkotikabrott: 1 framställning, 11 överlåtelse',
    );
  });

  it('accepts a kommun without accents and a tertial, and writes HTML, CSV and JSON files with --out', async () => {
    for (const format of ['html', 'csv', 'json'] as const) {
      const out = join(cli.dir, `savsjo.${format}`);
      const r = await cli.run(
        'report',
        'savsjo',
        '--year',
        '2020',
        '--tertial',
        '2',
        '--format',
        format,
        '--out',
        out,
      );
      expect(r).toMatchObject({ code: 0, out: '' });
      expect(r.err).toBe(`Skrev ${out} (Sävsjö, T2 2020).`);
      const text = readFileSync(out, 'utf8');
      if (format === 'html') expect(text).toContain('<html lang="sv">');
      if (format === 'csv') expect(text.startsWith('\uFEFFKommun,Kommunkod,')).toBe(true);
      if (format === 'json')
        expect(JSON.parse(text)).toMatchObject({ year: 2020, tertial: 2, municipality: { name: 'Sävsjö' } });
    }
  });

  it('writes an Excel workbook with --format xlsx: the CSV table, numbers as numbers, text never a formula', async () => {
    const out = join(cli.dir, 'savsjo.xlsx');
    const r = await cli.run(
      'report',
      'Sävsjö',
      '--year',
      '2020',
      '--tertial',
      '3',
      '--format',
      'xlsx',
      '--out',
      out,
    );
    expect(r).toMatchObject({ code: 0, out: '', err: `Skrev ${out} (Sävsjö, T3 2020).` });
    const book = new ExcelJS.Workbook();
    await book.xlsx.readFile(out);
    const sheet = book.getWorksheet('Uppföljning');
    expect(sheet?.getRow(1).getCell(1).value).toBe('Kommun');
    const csv = await cli.run('report', 'Sävsjö', '--year', '2020', '--tertial', '3', '--format', 'csv');
    const csvRows = csv.out.trim().split('\r\n').length;
    expect(sheet?.rowCount).toBe(csvRows);
    expect(sheet?.getRow(2).getCell(1).value).toBe('Sävsjö');
    expect(typeof sheet?.getRow(2).getCell(4).value).toBe('number');
    for (let i = 1; i <= (sheet?.rowCount ?? 0); i++) {
      sheet?.getRow(i).eachCell((c) => expect(c.formula).toBeUndefined());
    }
    // The file's properties (Arkiv → Information): by Löftesbot, made when the report was, titled as its heading.
    const md = await cli.run('report', 'Sävsjö', '--year', '2020', '--tertial', '3', '--format', 'md');
    const heading = md.out.split('\n')[0]?.replace(/^# /, '');
    expect(heading).toMatch(/Sävsjö/);
    expect({ creator: book.creator, lastModifiedBy: book.lastModifiedBy, title: book.title }).toEqual({
      creator: 'Löftesbot',
      lastModifiedBy: 'Löftesbot',
      title: heading,
    });
    for (const when of [book.created, book.modified]) {
      expect(Math.abs(when.getTime() - Date.now()), String(when)).toBeLessThan(60_000);
    }
  });

  it('an unknown kommun is a one-line error with a suggestion and a non-zero exit', async () => {
    const r = await cli.run('report', 'Tranaas');
    expect(r.code).not.toBe(0);
    expect(r.out).toBe('');
    expect(r.err).toBe('loftesbot report: okänd kommun ”Tranaas” — menade du Tranås?');
  });

  it('--out without --format writes the format its name ends in (md otherwise); a name that contradicts --format is refused', async () => {
    const written: [string, (bytes: Buffer) => void][] = [
      ['t.xlsx', (b) => expect(b.subarray(0, 2).toString('latin1')).toBe('PK')],
      ['t.html', (b) => expect(b.toString('utf8')).toContain('<html lang="sv">')],
      ['t.csv', (b) => expect(b.toString('utf8').startsWith('\uFEFFKommun,Kommunkod,')).toBe(true)],
      ['t.json', (b) => expect(JSON.parse(b.toString('utf8'))).toMatchObject({ year: 2020 })],
      ['t.md', (b) => expect(b.toString('utf8')).toMatch(/^# /)],
      ['t.txt', (b) => expect(b.toString('utf8')).toMatch(/^# /)],
    ];
    for (const [name, check] of written) {
      const out = join(cli.dir, name);
      const r = await cli.run('report', 'Tranås', '--year', '2020', '--out', out);
      expect(r.code, name).toBe(0);
      check(readFileSync(out));
    }
    const clash = await cli.run('report', 'Tranås', '--format', 'md', '--out', join(cli.dir, 'u.xlsx'));
    expect(clash.code).toBe(2);
    expect(clash.err).toMatch(
      /--format md men filen slutar på \.xlsx; skriv --format xlsx eller byt filnamn$/,
    );
  });

  it('bad options and missing agreements fail with one line each', async () => {
    const cases: [string[], RegExp][] = [
      [['report'], /^loftesbot report: ange kommunen: report <kommun>/],
      [['report', 'Tranås', '--format', 'pdf'], /okänt format ”pdf”; välj md, html, csv, json, xlsx$/],
      [['report', 'Tranås', '--format', 'xlsx'], /--format xlsx skriver en binär fil: ange --out FIL/],
      [['report', 'Tranås', '--tertial', '4'], /ogiltigt tertial ”4”; välj 1, 2 eller 3$/],
      [['report', 'Tranås', '--year', 'förra'], /ogiltigt år ”förra”/],
      [
        ['report', 'Aneby', '--year', '2020'],
        /^loftesbot report: Aneby har inget medborgarlöfte som gäller 2020$/,
      ],
      [['report', 'Tranås', '--year', '2099'], /har inte börjat ännu$/],
    ];
    for (const [argv, message] of cases) {
      const r = await cli.run(...argv);
      expect(r.code, argv.join(' ')).not.toBe(0);
      expect(r.err.split('\n'), argv.join(' ')).toHaveLength(1);
      expect(r.err, argv.join(' ')).toMatch(message);
    }
  });

  it('has --help', async () => {
    const r = await cli.run('report', '--help');
    expect(r.code).toBe(0);
    expect(r.out).toContain(
      '--format    md (default), html (prints on A4), csv (UTF-8 with BOM, for Excel), json, or xlsx',
    );
  });
});
