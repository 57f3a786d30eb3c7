import { execFile } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { IMPORT_LIMITS } from '../../src/import/limits.ts';
import {
  CHAT_WRITTEN_TABLES,
  createTestDatabase,
  type TestDatabase,
  tableCounts,
  testDialects,
} from '../support/databases.ts';
import { docxFromText } from './docx-twin.ts';
import { runImport } from './run-import.ts';
import { zipBomb } from './zip-bomb.ts';

/**
 * Nothing unsafe gets in: a personnummer anywhere in a document refuses the whole document (exit 1, its lines
 * named, nothing stored, nothing echoed); a file over the size limit and .docx zip bombs are refused with
 * bounded memory, measured in a child process.
 */

const execFileAsync = promisify(execFile);
const ROOT = fileURLToPath(new URL('../../', import.meta.url));

/** A follow-up with a promise, activities, a status table and a free note; `{where}` takes the number. */
function document(where: 'promise' | 'activity' | 'status' | 'note', pn: string): string {
  const at = (w: typeof where) => (w === where ? ` ${pn}` : '');
  return [
    'Kumla kommun',
    'Uppföljning medborgarlöfte Kumla 2020',
    'Uppföljningen avser tredje tertialet 2020.',
    '',
    'Polisen och kommunen lovar att gemensamt arbeta för:',
    `- att öka tryggheten i centrum${at('promise')}`,
    '',
    'Aktivitet\tTertial 1\tTertial 2\tTertial 3',
    `Polisen ska genomföra minst tolv riktade insatser${at('activity')}.\tGenomfört fyra\tGenomfört två\tGenomfört fem${at('status')}`,
    'Kommunen ska hålla två föräldramöten om droger.\tPågår\tEj genomfört\tGenomfört ett',
    '',
    `Anteckning: uppföljningen sammanställd av samordnaren${at('note')}.`,
  ].join('\n');
}

const FORMS: readonly { name: string; pn: string }[] = [
  { name: 'ASCII YYMMDD-XXXX', pn: '811218-9876' },
  { name: 'ASCII YYYYMMDD-XXXX', pn: '19811218-9876' },
  { name: 'fullwidth digits', pn: '８１１２１８－９８７６' },
  { name: 'spaced', pn: '811218 - 9876' },
  { name: 'wrong check digit YYYYMMDD-XXXX', pn: '19800101-1234' },
  { name: 'wrong check digit samordningsnummer', pn: '800161-1234' },
];
const POSITIONS = ['promise', 'activity', 'status', 'note'] as const;
const CASES = POSITIONS.flatMap((where) => FORMS.map((form) => ({ where, ...form })));
/** Contact details the public page must not show, even an official's: refused like a personnummer, named by kind. */
const CONTACTS: readonly { pn: string; found: string; secret: string }[] = [
  { pn: '(kontakt 070-123 45 67)', found: 'ett telefonnummer', secret: '45 67' },
  { pn: '(ring +46 380 123 45)', found: 'ett telefonnummer', secret: '123 45' },
  { pn: '(kalle.svensson@kumla.se)', found: 'en e-postadress', secret: 'kalle' },
  { pn: '(kontakt Kalle Svensson)', found: 'en persons namn', secret: 'Kalle' },
];
const CONTACT_CASES = POSITIONS.flatMap((where) => CONTACTS.map((c) => ({ where, ...c })));

describe.each(testDialects())('import refuses personal data and oversized files [$name]', ({ name }) => {
  let db: TestDatabase;
  let dir: string;
  const run = (args: string[]) => runImport(db.url, args);

  beforeAll(async () => {
    db = await createTestDatabase(name);
    dir = mkdtempSync(join(tmpdir(), 'loftesbot-safety-'));
  });
  afterAll(async () => {
    await db.dispose();
    rmSync(dir, { recursive: true, force: true });
  });

  it('a personnummer in any position and spelling refuses the whole document, naming its line', async () => {
    const results: string[] = [];
    for (const c of CASES) {
      const text = document(c.where, c.pn);
      const line = text.split('\n').findIndex((l) => l.includes(c.pn)) + 1;
      const file = join(dir, `kumla-${c.where}-${c.name.replace(/\W+/g, '-')}.txt`);
      writeFileSync(file, text);
      for (const args of [[file], [file, '--dry-run', '--json']]) {
        const { code, out, err } = await run(args);
        const ok = code === 1 && out === '' && err.includes(`rad ${line}`) && err.includes('personnummer');
        const echoed = err.includes(c.pn) || err.includes(c.pn.slice(-4));
        if (!ok || echoed) results.push(`${c.where} ${c.name} ${args.join(' ')}: ${code} ${err}`);
      }
    }
    expect(results).toEqual([]);
    const counts = await tableCounts(db, [...CHAT_WRITTEN_TABLES, 'agreements', 'activities']);
    expect(Object.values(counts).every((n) => n === 0)).toBe(true);
  });

  it('a phone number, an e-mail address or a contact name anywhere refuses the document, naming line and kind', async () => {
    const results: string[] = [];
    for (const [i, c] of CONTACT_CASES.entries()) {
      const text = document(c.where, c.pn);
      const line = text.split('\n').findIndex((l) => l.includes(c.pn)) + 1;
      const file = join(dir, `kumla-kontakt-${i}.txt`);
      writeFileSync(file, text);
      for (const args of [[file], [file, '--dry-run', '--json']]) {
        const { code, out, err } = await run(args);
        const ok = code === 1 && out === '' && err.includes(`${c.found}`) && err.includes(`rad ${line}`);
        const advised = err.includes('kommunens växel');
        if (!ok || !advised || err.includes(c.secret)) results.push(`${c.where} ${c.pn}: ${code} ${err}`);
      }
    }
    expect(results).toEqual([]);
    const counts = await tableCounts(db, [...CHAT_WRITTEN_TABLES, 'agreements', 'activities']);
    expect(Object.values(counts).every((n) => n === 0)).toBe(true);
  });

  it('the same document without the number imports', async () => {
    const file = join(dir, 'kumla-clean.txt');
    writeFileSync(file, document('note', ''));
    const { code } = await run([file, '--dry-run']);
    expect(code).toBe(0);
  });

  it('more lines or activities than the caps: refused with exit 1, saying which cap', async () => {
    const lines = join(dir, 'manga-rader.txt');
    writeFileSync(lines, `${document('note', '')}\n${'\n'.repeat(IMPORT_LIMITS.lines)}`);
    const tooManyLines = await run([lines, '--dry-run']);
    expect(tooManyLines.code).toBe(1);
    expect(tooManyLines.err).toContain(`mer än ${IMPORT_LIMITS.lines} rader`);
    const activities = join(dir, 'manga-aktiviteter.txt');
    const rows = Array.from(
      { length: IMPORT_LIMITS.activities + 1 },
      (_, i) => `- Polisen ska genomföra insats ${i + 1} i centrum.`,
    );
    writeFileSync(
      activities,
      ['Kumla kommun', 'Medborgarlöfte 2025–2026', '', 'Aktiviteter:', ...rows].join('\n'),
    );
    const tooManyActivities = await run([activities]);
    expect(tooManyActivities.code).toBe(1);
    expect(tooManyActivities.err).toContain(`fler än ${IMPORT_LIMITS.activities} importeras inte`);
    expect(await db.store.agreementsOf('1881')).toEqual([]);
  });

  it('a file one byte over the limit is refused with exit 1 and nothing stored', async () => {
    const file = join(dir, 'for-stor.txt');
    writeFileSync(file, Buffer.alloc(IMPORT_LIMITS.fileBytes + 1, 0x61));
    const { code, err } = await run([file]);
    expect(code).toBe(1);
    expect(err).toContain('for-stor.txt är större än 10 MB');
    expect(await db.store.agreementsOf('1881')).toEqual([]);
  });
});

interface Probe {
  readonly ok: boolean;
  readonly reason: string | null;
  readonly maxRssBytes: number;
}

/** Reads `file` in a fresh child process as the importer does; its peak memory comes back with the verdict. */
async function probe(file: string): Promise<Probe> {
  const { stdout } = await execFileAsync(
    process.execPath,
    ['--import', 'tsx', 'test/import/read-probe.ts', file],
    { cwd: ROOT, env: { ...process.env, NODE_OPTIONS: '' }, maxBuffer: 1024 * 1024 },
  );
  return JSON.parse(stdout.trim().split('\n').pop() ?? '{}') as Probe;
}

describe('oversized files and zip bombs, memory measured in a child process', () => {
  let dir: string;
  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), 'loftesbot-bomb-'));
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('refuses a honest and a lying zip bomb and a file one byte over the limit; memory grows no more than for a small .docx', async () => {
    const control = join(dir, 'liten.docx');
    writeFileSync(
      control,
      await docxFromText(
        'Tranås kommun\nMedborgarlöfte 2023–2024\n- Polisen ska genomföra minst 30 trafikkontroller per år.',
      ),
    );
    const honest = join(dir, 'bomb-aerlig.docx');
    writeFileSync(honest, await zipBomb(64 * 1024 * 1024, 64 * 1024 * 1024));
    const lying = join(dir, 'bomb-ljuger.docx');
    writeFileSync(lying, await zipBomb(64 * 1024 * 1024, 4096));
    const over = join(dir, 'en-byte-for-mycket.txt');
    writeFileSync(over, Buffer.alloc(IMPORT_LIMITS.fileBytes + 1, 0x61));

    const base = await probe(control);
    expect(base.ok).toBe(true);
    const margin = 64 * 1024 * 1024;
    for (const [file, reason] of [
      [honest, 'packar upp till mer än 48 MB'],
      [lying, 'packar upp till mer än 48 MB'],
      [over, 'är större än 10 MB'],
    ] as const) {
      const result = await probe(file);
      expect(result.ok).toBe(false);
      expect(result.reason).toContain(reason);
      expect(result.maxRssBytes - base.maxRssBytes).toBeLessThan(margin);
    }
  });
});
