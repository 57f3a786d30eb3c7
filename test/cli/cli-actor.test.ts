import { userInfo } from 'node:os';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createStore } from '../../src/store/kysely-store.ts';
import { openDatabase } from '../../src/store/open.ts';
import { type CliHarness, cliHarness } from './cli-harness.ts';

const SEED = 'data/seeds/tranas-medborgarlofte-2023-2024.txt';

/** README "Security and personal data": changes made at the command line are audited as cli:<operating-system user>. */
describe('every CLI change is audited as cli:<operating-system user>', () => {
  let cli: CliHarness;
  beforeAll(() => {
    cli = cliHarness();
  });
  afterAll(() => cli.dispose());

  const idOf = (out: string) => /medborgarlöfte \(([^)]+)\)/.exec(out)?.[1] as string;

  it('import, import --undo, agreements edit, role, area, bind, meetings add', async () => {
    const first = await cli.run('import', SEED);
    const steps: string[][] = [
      ['import', '--undo', idOf(first.out)],
      ['import', SEED],
      ['agreements', 'edit', 'Tranås', '1', '--limit', '80'],
      ['role', 'add', 'console:anna', 'samordnare', 'Tranås'],
      ['area', 'add', 'LPO Höglandet', 'Tranås', 'Sävsjö'],
      ['bind', 'console:hoglandet', 'Tranås'],
      ['meetings', 'add', 'Tranås', '--first', '2027-01-12', '--time', '09:00', '--every', '4'],
    ];
    for (const argv of steps) {
      const r = await cli.run(...argv);
      expect(r.code, `${argv.join(' ')}: ${r.err}`).toBe(0);
    }
    const handle = openDatabase(`sqlite:${cli.dbPath}`);
    try {
      const audit = await createStore(handle.db).audit({ limit: 1000 });
      const actions = new Set(audit.map((e) => e.action));
      expect(actions.size).toBeGreaterThanOrEqual(6);
      const actors = audit.map((e) => `${e.action}: ${e.actor} (${e.platform})`);
      expect(actors).toEqual(audit.map((e) => `${e.action}: cli:${userInfo().username} (${e.platform})`));
    } finally {
      await handle.close();
    }
  });
});
