import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createTestDatabase, type TestDatabase, testDialects } from '../support/databases.ts';
import { docxFromText } from './docx-twin.ts';
import { runImport } from './run-import.ts';

const seed = (name: string) => fileURLToPath(new URL(`../../data/seeds/${name}`, import.meta.url));
const fixture = (name: string) => fileURLToPath(new URL(`./fixtures/${name}`, import.meta.url));

describe.each(testDialects())('npx loftesbot import [$name]', ({ name }) => {
  let db: TestDatabase;
  let dir: string;
  const run = (args: string[]) => runImport(db.url, args);

  beforeEach(async () => {
    db = await createTestDatabase(name);
    dir = mkdtempSync(join(tmpdir(), 'loftesbot-import-'));
  });
  afterEach(async () => {
    await db.dispose();
    rmSync(dir, { recursive: true, force: true });
  });

  it('--dry-run --json prints the docs/formats.md structure and stores nothing', async () => {
    const { code, out, err } = await run([seed('tranas-uppfoljning-2020-t3.txt'), '--dry-run', '--json']);
    expect(code).toBe(0);
    const json = JSON.parse(out);
    expect(json).toMatchObject({
      kind: 'follow-up',
      municipality: 'Tranås',
      period: { from: 2019, to: 2020 },
      followUp: { year: 2020, tertial: 3 },
    });
    expect(json.activities).toHaveLength(6);
    expect(json.statistics).toHaveLength(15);
    expect(err).toContain('Provkörning');
    expect(await db.store.agreementsOf('0687')).toEqual([]);
  });

  it('stores a document, says so in Swedish, and a second run changes nothing', async () => {
    const first = await run([seed('savsjo-uppfoljning-2020-t3.txt')]);
    expect(first.code).toBe(0);
    expect(first.out).toContain('Sävsjö: uppföljning T3 2020 av medborgarlöfte 2020–2021');
    expect(first.out).toContain('Importerat till nytt medborgarlöfte');
    const second = await run([seed('savsjo-uppfoljning-2020-t3.txt')]);
    expect(second.code).toBe(0);
    expect(second.out).toContain('redan importerad');
    expect(await db.store.agreementsOf('0684')).toHaveLength(1);
    const audit = await db.store.audit({ municipalityCode: '0684' });
    expect(audit).toHaveLength(1);
    expect(audit[0]?.after).toMatchObject({ file: 'savsjo-uppfoljning-2020-t3.txt' });
  });

  it('imports a .docx file', async () => {
    const path = join(dir, 'eksjo.docx');
    writeFileSync(
      path,
      await docxFromText(
        '# Medborgarlöfte Eksjö kommun 2024\n\n- Polisen ska genomföra minst fem riktade insatser per år.\n',
      ),
    );
    const { code, out } = await run([path, '--json', '--dry-run']);
    expect(code).toBe(0);
    expect(JSON.parse(out)).toMatchObject({
      municipality: 'Eksjö',
      period: { from: 2024, to: 2024 },
      activities: [{ responsible: 'polis', kind: 'insats', target: { count: 5, per: 'year' } }],
    });
  });

  it('writes warnings to stderr with their line, and still succeeds', async () => {
    const { code, out, err } = await run([fixture('vetlanda-medborgarlofte-2024.txt'), '--dry-run']);
    expect(code).toBe(0);
    expect(out).toContain('Vetlanda: medborgarlöfte 2024 — 2 löften, 4 aktiviteter');
    expect(err).toContain('varning: rad 24: kunde inte tolka målet');
  });

  it('exits non-zero only when the file holds no agreement at all', async () => {
    const none = await run([fixture('mote-anteckningar.txt'), '--json']);
    expect(none.code).toBe(1);
    expect(none.out).toBe('');
    expect(none.err).toContain('hittade inget medborgarlöfte i mote-anteckningar.txt');
    expect(await db.store.agreementsOf('0687')).toEqual([]);
  });

  it('explains a missing file, a PDF and a wrong call on stderr', async () => {
    const missing = await run([join(dir, 'finns-inte.txt')]);
    expect(missing.code).toBe(1);
    expect(missing.err).toContain('hittar ingen fil');
    const pdf = join(dir, 'a.pdf');
    writeFileSync(pdf, '%PDF-1.4\n');
    expect((await run([pdf])).err).toContain('PDF');
    expect((await run([])).code).toBe(2);
    expect((await run(['a', 'b'])).code).toBe(2);
  });
});

describe('npx loftesbot import --help', () => {
  it('describes the command', async () => {
    const help = await runImport('sqlite::memory:', ['--help']);
    expect(help.code).toBe(0);
    expect(help.out).toContain('--dry-run');
  });
});

describe('npx loftesbot import --dry-run on a fresh install', () => {
  // A dry run reads the database only to preview the replacement of an earlier agreement: where there is no
  // database yet there is none, and the dry run must not create the file (nor its folder).
  const RUNS: readonly [string, string[]][] = [
    ['an agreement', [seed('tranas-medborgarlofte-2023-2024.txt'), '--dry-run']],
    ['a follow-up as JSON', [seed('tranas-uppfoljning-2020-t3.txt'), '--dry-run', '--json']],
  ];
  it.each(RUNS)('%s: previews without creating the SQLite file', async (_, args) => {
    const dir = mkdtempSync(join(tmpdir(), 'loftesbot-fresh-'));
    try {
      const file = join(dir, 'data', 'loftesbot.db');
      const { code, out, err } = await runImport(`sqlite:${file}`, args);
      expect(code).toBe(0);
      expect(out + err).toContain('Tranås');
      expect(out + err).toContain('Provkörning: inget sparades.');
      expect(err).not.toContain('obs:');
      expect(existsSync(join(dir, 'data'))).toBe(false);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
