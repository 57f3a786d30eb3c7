import { existsSync, mkdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type CliHarness, cliHarness, rowCounts } from './cli-harness.ts';

/** One line of text: no line break except an optional trailing one. */
const ONE_LINE = /^[^\n]+\n?$/;
const APP_ID = '00000000-0000-4000-8000-000000000001';

/** Every command that writes a file, as the argv that writes to `path`. */
const FILE_WRITERS: ReadonlyArray<readonly [string, (path: string) => string[]]> = [
  ['report', (p) => ['report', 'Tranås', '--out', p]],
  ['report xlsx', (p) => ['report', 'Tranås', '--format', 'xlsx', '--out', p]],
  ['teams-package', (p) => ['teams-package', '--app-id', APP_ID, '--out', p]],
  ['backup', (p) => ['backup', p]],
];

describe('every --out follows one rule', () => {
  let cli: CliHarness;
  let before: Record<string, number>;
  beforeAll(async () => {
    cli = cliHarness();
    expect((await cli.run('demo')).code).toBe(0);
    before = await rowCounts(`sqlite:${cli.dbPath}`);
  });
  afterAll(() => cli.dispose());

  async function refused(argv: string[], text: string) {
    const r = await cli.run(...argv);
    expect(r.code, argv.join(' ')).not.toBe(0);
    expect(r.err).toMatch(ONE_LINE);
    expect(r.err).toContain(text);
    expect(r.err).not.toContain('unexpected error');
    return r;
  }

  it.each(FILE_WRITERS)('%s never writes over the database, not even with --force', async (_label, argv) => {
    for (const target of [cli.dbPath, `${cli.dbPath}-wal`]) {
      await refused(argv(target), 'är databasen som Löftesbot använder');
      await refused([...argv(target), '--force'], 'är databasen som Löftesbot använder');
    }
    expect(statSync(cli.dbPath).isFile()).toBe(true);
    expect(await rowCounts(`sqlite:${cli.dbPath}`)).toEqual(before);
  });

  it.each(FILE_WRITERS)('%s overwrites an existing file only with --force', async (label, argv) => {
    const file = join(cli.dir, `finns-${label.replace(/\W/g, '-')}`);
    writeFileSync(file, 'viktigt');
    await refused(argv(file), '--force');
    expect(readFileSync(file, 'utf8')).toBe('viktigt');
    const forced = await cli.run(...argv(file), '--force');
    expect(forced.code, forced.err).toBe(0);
    expect(readFileSync(file, 'utf8')).not.toBe('viktigt');
  });

  it.each(FILE_WRITERS)('%s refuses a missing folder in one friendly line', async (_label, argv) => {
    const missing = join(cli.dir, 'saknas', 'd');
    await refused(argv(join(missing, 'fil')), `Mappen ${missing} finns inte.`);
    expect(existsSync(join(cli.dir, 'saknas'))).toBe(false);
  });

  it('publish refuses the database file, an existing file and a missing folder', async () => {
    const file = join(cli.dir, 'kontakt.txt');
    writeFileSync(file, 'ring oss');
    for (const [target, text] of [
      [cli.dbPath, 'är databasen som Löftesbot använder'],
      [file, 'är en fil, inte en mapp'],
      [join(cli.dir, 'saknas', 'd', 'site'), `Mappen ${join(cli.dir, 'saknas', 'd')} finns inte.`],
      [cli.dir, 'innehåller databasen'],
    ] as const) {
      await refused(['publish', '--out', target], text);
      await refused(['publish', '--out', target, '--force'], text);
    }
    expect(statSync(cli.dbPath).isFile()).toBe(true);
    expect(readFileSync(file, 'utf8')).toBe('ring oss');
    expect(existsSync(join(cli.dir, 'saknas'))).toBe(false);
    expect(await rowCounts(`sqlite:${cli.dbPath}`)).toEqual(before);
  });

  it('publish into a web root with other files: refused, then with --force written beside them', async () => {
    const root = join(cli.dir, 'webbrot');
    mkdirSync(join(root, 'bilder'), { recursive: true });
    writeFileSync(join(root, 'kontakt.html'), 'kontakt');
    writeFileSync(join(root, 'bilder', 'logga.png'), 'png');
    await refused(['publish', '--out', root], '--force');
    expect(existsSync(join(root, 'index.html'))).toBe(false);
    expect((await cli.run('publish', '--out', root, '--force')).code).toBe(0);
    expect(existsSync(join(root, 'index.html'))).toBe(true);
    expect(readFileSync(join(root, 'kontakt.html'), 'utf8')).toBe('kontakt');
    expect(readFileSync(join(root, 'bilder', 'logga.png'), 'utf8')).toBe('png');
    // Now an earlier publish: runs again without --force.
    expect((await cli.run('publish', '--out', root)).code).toBe(0);
    expect(readFileSync(join(root, 'kontakt.html'), 'utf8')).toBe('kontakt');
  });

  it('publish into an earlier publish replaces only what publish wrote', async () => {
    const root = join(cli.dir, 'sajt');
    expect((await cli.run('publish', '--out', root)).code).toBe(0);
    const marker = join(root, '.loftesbot-publish.json');
    const written = JSON.parse(readFileSync(marker, 'utf8')) as { files: string[] };
    expect(written.files).toContain('index.html');
    // A page an earlier run wrote that this one does not, and a file someone else put there.
    mkdirSync(join(root, 'k', 'nedlagd'), { recursive: true });
    writeFileSync(join(root, 'k', 'nedlagd', 'index.html'), 'gammal sida');
    writeFileSync(
      marker,
      JSON.stringify({ files: [...written.files, 'k/nedlagd/index.html', '../utanfor'] }),
    );
    writeFileSync(join(cli.dir, 'utanfor'), 'rör ej');
    writeFileSync(join(root, 'kontakt.html'), 'kontakt');
    writeFileSync(join(root, 'index.html'), 'inaktuell');
    expect((await cli.run('publish', '--out', root)).code).toBe(0);
    expect(existsSync(join(root, 'k', 'nedlagd'))).toBe(false);
    expect(readFileSync(join(root, 'index.html'), 'utf8')).toContain('<!doctype html>');
    expect(readFileSync(join(root, 'kontakt.html'), 'utf8')).toBe('kontakt');
    expect(readFileSync(join(cli.dir, 'utanfor'), 'utf8')).toBe('rör ej');
  });
});

describe('backup --help', () => {
  it('gives the restore steps of the README: the -wal and -shm files go before the copy', async () => {
    const cli = cliHarness();
    try {
      const help = (await cli.run('backup', '--help')).out;
      const step = (text: string) => help.indexOf(text);
      for (const text of ['stop the bot', '-wal', '-shm', 'copy the backup', 'start the bot'])
        expect(step(text), text).toBeGreaterThan(-1);
      expect(step('stop the bot')).toBeLessThan(step('-wal'));
      expect(step('-shm')).toBeLessThan(step('copy the backup'));
      expect(step('copy the backup')).toBeLessThan(step('start the bot'));
    } finally {
      cli.dispose();
    }
  });
});
