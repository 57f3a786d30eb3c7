import { existsSync } from 'node:fs';
import { userInfo } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { COMMANDS } from '../../src/cli/commands/index.ts';
import { createStore } from '../../src/store/kysely-store.ts';
import { openDatabase } from '../../src/store/open.ts';
import { type CliHarness, cliHarness } from './cli-harness.ts';

/** One line of text: no line break except an optional trailing one. */
const ONE_LINE = /^[^\n]+\n?$/;

describe('CLI administration commands', () => {
  let cli: CliHarness;
  beforeEach(() => {
    cli = cliHarness();
  });
  afterEach(() => cli.dispose());

  async function withStore<T>(
    url: string,
    fn: (s: ReturnType<typeof createStore>) => Promise<T>,
  ): Promise<T> {
    const handle = openDatabase(url);
    try {
      return await fn(createStore(handle.db));
    } finally {
      await handle.close();
    }
  }

  it('role add, list, remove', async () => {
    const add = await cli.run('role', 'add', 'slack:U024BE7LH', 'Samordnare', 'Tranas');
    expect(add).toEqual({ code: 0, err: '', out: 'slack:U024BE7LH fick rollen samordnare för Tranås.' });
    expect((await cli.run('role', 'add', 'slack:U024BE7LH', 'samordnare', 'Tranås')).out).toContain(
      'har redan',
    );
    expect((await cli.run('role', 'add', 'teams:aad-1', 'chef', 'Sävsjö')).code).toBe(0);

    const list = await cli.run('role', 'list');
    expect(list.code).toBe(0);
    expect(list.out.split('\n')).toEqual([
      'slack:U024BE7LH\tsamordnare\tTranås',
      'teams:aad-1\tchef\tSävsjö',
    ]);
    const json = await cli.run('role', 'list', '--json');
    expect(JSON.parse(json.out)).toContainEqual({
      person: 'teams:aad-1',
      role: 'chef',
      scope: { type: 'kommun', id: '0684' },
    });

    const remove = await cli.run('role', 'remove', 'slack:U024BE7LH', 'samordnare', 'Tranås');
    expect(remove).toMatchObject({
      code: 0,
      out: 'slack:U024BE7LH har inte längre rollen samordnare för Tranås.',
    });
    expect((await cli.run('role', 'remove', 'slack:U024BE7LH', 'samordnare', 'Tranås')).out).toContain(
      'hade inte',
    );
    expect((await cli.run('role', 'list')).out).toBe('teams:aad-1\tchef\tSävsjö');

    const audit = await withStore(`sqlite:${cli.dbPath}`, (s) => s.audit({}));
    expect(audit.map((e) => e.action).sort()).toEqual(['role.grant', 'role.grant', 'role.revoke']);
    expect(audit.every((e) => e.actor === `cli:${userInfo().username}` && e.platform === 'cli')).toBe(true);
  });

  it('role remove never removes the last admin of everything (alla)', async () => {
    await cli.run('role', 'add', 'console:root', 'admin', 'alla');
    const last = await cli.run('role', 'remove', 'console:root', 'admin', 'alla');
    expect(last.code).not.toBe(0);
    expect(last.err).toMatch(ONE_LINE);
    expect(last.err).toContain('console:root är den sista administratören för alla och kan inte tas bort');
    await cli.run('role', 'add', 'console:tove', 'admin', 'alla');
    expect((await cli.run('role', 'remove', 'console:root', 'admin', 'alla')).out).toBe(
      'console:root har inte längre rollen admin för alla.',
    );
    expect((await cli.run('role', 'list')).out).toBe('console:tove\tadmin\talla');
  });

  it('role list on an empty database says so', async () => {
    expect(await cli.run('role', 'list')).toEqual({ code: 0, err: '', out: 'Inga roller är tilldelade.' });
  });

  it('area add and list; bind to a kommun and to the area', async () => {
    expect((await cli.run('area', 'list')).out).toContain('Inga polisområden ännu');
    const add = await cli.run(
      'area',
      'add',
      'LPO Höglandet',
      'Aneby',
      'Eksjo',
      'Nässjö',
      'savsjo',
      'Tranås',
      'Vetlanda',
    );
    expect(add.code).toBe(0);
    expect(add.out).toBe(
      'LPO Höglandet (hoglandet) sparat med Aneby, Eksjö, Nässjö, Sävsjö, Tranås, Vetlanda.',
    );
    // The area's kommuner in Swedish alphabetical order, as chat lists them, not by kommunkod.
    expect((await cli.run('area', 'list')).out).toBe(
      'LPO Höglandet (hoglandet): Aneby, Eksjö, Nässjö, Sävsjö, Tranås, Vetlanda',
    );

    const bindKommun = await cli.run('bind', 'slack:C0123ABCD', 'Sävsjö');
    expect(bindKommun).toEqual({ code: 0, err: '', out: 'slack:C0123ABCD är nu kopplad till Sävsjö.' });
    const bindArea = await cli.run('bind', 'teams:19:abc@thread.tacv2', 'LPO', 'Höglandet');
    expect(bindArea.out).toBe('teams:19:abc@thread.tacv2 är nu kopplad till LPO Höglandet.');
    await withStore(`sqlite:${cli.dbPath}`, async (s) => {
      expect(await s.binding('slack', 'C0123ABCD')).toMatchObject({ scope: { type: 'kommun', id: '0684' } });
      expect(await s.binding('teams', '19:abc@thread.tacv2')).toMatchObject({
        scope: { type: 'area', id: 'hoglandet' },
      });
    });
    expect((await cli.run('role', 'add', 'console:per', 'polis', 'Höglandet')).out).toBe(
      'console:per fick rollen polis för LPO Höglandet.',
    );
    // The area's own changes, each once (stored once per kommun of the area); not the kommun's binding.
    const area = await cli.run('audit', '--område', 'LPO Hoglandet');
    expect(area.code).toBe(0);
    expect(area.out.split('\n').map((l) => l.split('\t').slice(2, 4))).toEqual([
      ['role.grant', 'LPO Höglandet'],
      ['binding.save', 'LPO Höglandet'],
      ['area.save', 'LPO Höglandet'],
    ]);
    expect((await cli.run('audit', '--område', 'LPO Xyz')).err).toContain('okänt polisområde ”LPO Xyz”');
    // The whole trail lists each area-wide change once, named by its area (it was once per kommun: six lines).
    const all = (await cli.run('audit')).out.split('\n').map((l) => l.split('\t').slice(2, 4));
    expect(all.filter(([action]) => action === 'role.grant')).toEqual([['role.grant', 'LPO Höglandet']]);
    expect(all.filter(([action]) => action === 'binding.save')).toEqual([
      ['binding.save', 'LPO Höglandet'],
      ['binding.save', 'Sävsjö'],
    ]);
  });

  it('backup writes a copy that opens and holds the same agreements', async () => {
    expect((await cli.run('demo')).code).toBe(0);
    const file = join(cli.dir, 'backup.db');
    const backup = await cli.run('backup', file);
    expect(backup.code).toBe(0);
    expect(backup.out).toContain('Säkerhetskopia skriven');
    expect(existsSync(file)).toBe(true);
    const count = async (url: string) =>
      withStore(
        url,
        async (s) => (await s.agreementsOf('0687')).length + (await s.agreementsOf('0684')).length,
      );
    const original = await count(`sqlite:${cli.dbPath}`);
    expect(original).toBe(5);
    expect(await count(`sqlite:${file}`)).toBe(original);

    const again = await cli.run('backup', file);
    expect(again.code).toBe(1);
    expect(again.err).toMatch(ONE_LINE);
    expect(again.err).toContain('--force');
    expect((await cli.run('backup', file, '--force')).code).toBe(0);
    expect((await cli.run('backup', cli.dbPath)).code).toBe(1);
  });

  it('an unknown command exits 2 with one line on stderr', async () => {
    const r = await cli.run('frobnicate');
    expect(r.code).toBe(2);
    expect(r.err).toMatch(ONE_LINE);
    expect(r.err).toContain('okänt kommando ”frobnicate”');
  });

  it('no command prints usage and fails; --help prints usage and succeeds', async () => {
    const none = await cli.run();
    expect(none.code).toBe(1);
    expect(none.out).toContain('Usage: npx loftesbot <command>');
    const help = await cli.run('--help');
    expect(help.code).toBe(0);
    for (const c of COMMANDS) expect(help.out).toContain(c.name);
  });

  it.each(COMMANDS.map((c) => [c.name]))('%s --help prints its help and exits 0', async (name) => {
    const r = await cli.run(name, '--help');
    expect(r.code).toBe(0);
    expect(r.err).toBe('');
    expect(r.out).toMatch(/Usage:/);
    expect(r.out).toContain(`loftesbot ${name}`);
  });

  it.each([
    ['role (no subcommand)', ['role'], 2],
    ['role with a bad subcommand', ['role', 'grant', 'slack:U1', 'polis', 'Tranås'], 2],
    ['role add without a scope', ['role', 'add', 'slack:U1', 'polis'], 2],
    ['role add with an unknown role', ['role', 'add', 'slack:U1', 'sheriff', 'Tranås'], 1],
    ['role add with a bad person', ['role', 'add', 'U1', 'polis', 'Tranås'], 1],
    ['role add with an unknown kommun', ['role', 'add', 'slack:U1', 'polis', 'Vaxsjo'], 1],
    ['bind without a scope', ['bind', 'slack:C1'], 2],
    ['bind without a platform', ['bind', 'C1', 'Tranås'], 2],
    ['bind to an unknown platform', ['bind', 'irc:C1', 'Tranås'], 2],
    ['bind to an unknown kommun', ['bind', 'slack:C1', 'Atlantis'], 1],
    ['area with a bad subcommand', ['area', 'remove', 'x'], 2],
    ['area add without kommuner', ['area', 'add', 'LPO X'], 2],
    ['area add with an unknown kommun', ['area', 'add', 'LPO X', 'Vaxsjo'], 1],
    ['backup without a file', ['backup'], 2],
    ['demo with an unknown option', ['demo', '--bogus'], 2],
    ['migrate with a stray argument', ['migrate', 'now'], 2],
  ] as const)('%s fails with one line on stderr', async (_label, argv, code) => {
    const r = await cli.run(...argv);
    expect(r.code).toBe(code);
    expect(r.err).toMatch(ONE_LINE);
    expect(r.err).toMatch(new RegExp(`^loftesbot ${argv[0]}: `));
    expect(r.out).toBe('');
  });

  it('typos get a suggestion', async () => {
    expect((await cli.run('role', 'add', 'slack:U1', 'polis', 'Vaxsjo')).err).toContain('menade du Växjö?');
    expect((await cli.run('area', 'add', 'LPO X', 'Vaxsjo')).err).toContain('menade du Växjö?');
  });
});
