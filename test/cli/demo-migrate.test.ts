import { execFile } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { DateTime } from 'luxon';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { loadDemo } from '../../src/demo/load-demo.ts';
import { fixedClock } from '../../src/runtime/system.ts';
import { createTestDatabase, type TestDatabase, testDialects } from '../support/databases.ts';
import { type CliHarness, cliHarness, countRows, rowCounts } from './cli-harness.ts';

const execFileAsync = promisify(execFile);
const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const ZONE = 'Europe/Stockholm';

describe('npx loftesbot demo / migrate (in-process)', () => {
  let cli: CliHarness;
  beforeEach(() => {
    cli = cliHarness();
  });
  afterEach(() => cli.dispose());

  it('demo then migrate on the same database both succeed, twice in a row; demo is idempotent', async () => {
    const url = `sqlite:${cli.dbPath}`;
    const demo1 = await cli.run('demo');
    expect(demo1).toMatchObject({ code: 0, err: '' });
    expect(demo1.out).toContain('Demodata inläst');
    expect(demo1.out).toContain('seed-tranas-2019-2020');
    const afterFirst = await rowCounts(url);
    expect(afterFirst.agreements).toBe(5);
    expect(afterFirst.registrations).toBeGreaterThan(0);

    const migrate1 = await cli.run('migrate');
    expect(migrate1).toMatchObject({ code: 0, err: '', out: 'Schemat är redan aktuellt.' });

    const demo2 = await cli.run('demo');
    expect(demo2).toMatchObject({ code: 0, err: '', out: 'Demodata finns redan; inget ändrades.' });
    const migrate2 = await cli.run('migrate');
    expect(migrate2).toMatchObject({ code: 0, err: '' });
    expect(await rowCounts(url)).toEqual(afterFirst);
  });

  it('migrate on an empty database runs the migrations, then reports nothing to do', async () => {
    const first = await cli.run('migrate');
    expect(first.code).toBe(0);
    expect(first.out).toMatch(/^Körde migreringar: 0001_initial/);
    expect((await cli.run('migrate')).out).toBe('Schemat är redan aktuellt.');
  });
});

describe('the real binary (node bin/loftesbot.js)', () => {
  let cli: CliHarness;
  beforeEach(() => {
    cli = cliHarness();
  });
  afterEach(() => cli.dispose());

  async function bin(...args: string[]): Promise<{ stdout: string; stderr: string }> {
    const env = { ...process.env, DATABASE_URL: `sqlite:${cli.dbPath}`, LOG_LEVEL: 'silent' };
    return execFileAsync(process.execPath, ['bin/loftesbot.js', ...args], { cwd: ROOT, env });
  }

  it('`demo` then `migrate` succeed twice in a row in a child process', async () => {
    expect((await bin('demo')).stdout).toContain('Demodata inläst');
    expect((await bin('migrate')).stdout).toContain('Schemat är redan aktuellt.');
    const counts = await rowCounts(`sqlite:${cli.dbPath}`);
    expect((await bin('demo')).stdout).toContain('Demodata finns redan');
    expect((await bin('migrate')).stdout).toContain('Schemat är redan aktuellt.');
    expect(await rowCounts(`sqlite:${cli.dbPath}`)).toEqual(counts);
  }, 120_000);

  it('an unknown command exits 2', async () => {
    await expect(bin('frobnicate')).rejects.toMatchObject({ code: 2 });
  }, 60_000);
});

describe.each(testDialects())('demo data [$name]', ({ name }) => {
  let t: TestDatabase;
  beforeEach(async () => {
    t = await createTestDatabase(name);
  });
  afterEach(async () => {
    await t.dispose();
  });

  it('loads the seeds and a current demo agreement, idempotently', async () => {
    const now = DateTime.fromISO('2026-03-10T12:00', { zone: ZONE }).toMillis();
    const clock = fixedClock(now);
    const first = await loadDemo(t.store, clock, ZONE);
    expect(first.agreementsAdded).toEqual([
      'seed-savsjo-2020-2021',
      'seed-tranas-2019-2020',
      'seed-tranas-2023-2024',
      'demo-tranas-2025-2026',
      'demo-savsjo-2025-2026',
    ]);
    const counts = await countRows(t.handle.db);

    clock.advance(86_400_000);
    const second = await loadDemo(t.store, clock, ZONE);
    expect(second.agreementsAdded).toEqual([]);
    expect(second.agreementsPresent).toHaveLength(5);
    expect(await countRows(t.handle.db)).toEqual(counts);

    const savsjo = await t.store.agreementForYear('0684', 2026);
    expect(savsjo?.agreement).toMatchObject({ id: 'demo-savsjo-2025-2026', isDemo: true });
    expect(savsjo?.activities.length).toBeGreaterThan(0);
    const ids = savsjo?.activities.map((a) => a.id) ?? [];
    const done = await t.store.registrationCounts(ids, '2025-01-01', '2026-12-31');
    expect(Object.values(done).reduce((a, b) => a + b, 0)).toBeGreaterThan(0);
    expect(await t.store.latestStatuses(ids, [2025])).not.toEqual([]);
    expect((await t.store.meetingSeriesFor({ type: 'kommun', id: '0684' }))[0]?.intervalWeeks).toBe(6);
    expect((await t.store.listPoliceAreas()).map((a) => a.name)).toEqual(['LPO Höglandet']);
    expect(await t.store.binding('console', 'savsjo')).not.toBeNull();
    expect(await t.store.holders('samordnare', { type: 'kommun', id: '0684' })).toHaveLength(1);

    const tranas2020 = await t.store.agreementForYear('0687', 2020);
    expect(tranas2020?.agreement).toMatchObject({ id: 'seed-tranas-2019-2020', isDemo: false });
    expect(await t.store.statisticsOf('0684', [2020])).not.toEqual([]);
  });
});
