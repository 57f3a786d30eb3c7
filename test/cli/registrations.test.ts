import { userInfo } from 'node:os';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createStore } from '../../src/store/kysely-store.ts';
import { openDatabase } from '../../src/store/open.ts';
import { type CliHarness, cliHarness } from './cli-harness.ts';

/** Issue 18, point 3: corrections after the 24 hours of Ångra, at the command line, audited with the reason. */
describe('npx loftesbot registrations list | void', () => {
  let cli: CliHarness;
  beforeEach(async () => {
    cli = cliHarness();
    expect((await cli.run('demo')).code).toBe(0);
  });
  afterEach(() => cli.dispose());

  const withStore = async <T>(fn: (s: ReturnType<typeof createStore>) => Promise<T>): Promise<T> => {
    const handle = openDatabase(cli.config.databaseUrl);
    try {
      return await fn(createStore(handle.db));
    } finally {
      await handle.close();
    }
  };

  it('lists with short ids, voids an old registration with a reason, audited as cli:<user>', async () => {
    const id = '3f2a9c1e-7b6d-4c5e-9a8b-0123456789ab';
    await withStore(async (store) => {
      const bundle = await store.agreementForYear('0684', new Date().getFullYear());
      const activity = bundle?.activities.find((a) => a.kind === 'insats') ?? bundle?.activities[0];
      if (!activity) throw new Error('no Sävsjö activity in the demo');
      const twoDaysAgo = Date.now() - 2 * 24 * 60 * 60 * 1000;
      await store.insertRegistration({
        id,
        activityId: activity.id,
        municipalityCode: '0684',
        occurredOn: new Date(twoDaysAgo).toISOString().slice(0, 10),
        count: 999,
        note: null,
        actor: 'slack:U0POLIS01',
        platform: 'slack',
        idempotencyKey: 'cli-test-999',
        createdAt: twoDaysAgo,
        voidedAt: null,
        voidedBy: null,
      });
    });
    const list = await cli.run('registrations', 'list', 'Sävsjö');
    expect(list.code).toBe(0);
    // Every row, the demo's own included, is listed by an eight-character short id.
    for (const row of list.out.trim().split('\n').slice(1)) expect(row).toMatch(/^[0-9a-f]{8}\t/);
    const line = list.out.split('\n').find((l) => l.startsWith('3f2a9c1e\t'));
    expect(line).toMatch(/^3f2a9c1e\t\d{4}-\d{2}-\d{2}\t999\t\d+\. .+\tslack:U0POLIS01$/);

    expect((await cli.run('registrations', 'void', '3f2a9c1e')).code).toBe(2);
    const voided = await cli.run('registrations', 'void', '3f2a9c1e', '--reason', 'Felregistrerad, 9 avsågs');
    expect(voided).toMatchObject({ code: 0, err: '' });
    expect(voided.out).toContain(`Makulerade registreringen ${id}`);
    expect((await cli.run('registrations', 'list', 'Sävsjö')).out).not.toContain('3f2a9c1e');
    const again = await cli.run('registrations', 'void', '3f2a9c1e', '--reason', 'igen');
    expect(again.code).toBe(1);
    expect(again.err).toContain('redan makulerad');

    const audit = await withStore((s) => s.audit({ municipalityCode: '0684', limit: 10 }));
    const entry = audit.find((e) => e.action === 'registration.correct');
    expect(entry).toMatchObject({
      actor: `cli:${userInfo().username}`,
      platform: 'cli',
      entityId: id,
      after: expect.objectContaining({ reason: 'Felregistrerad, 9 avsågs' }),
    });
  });

  it('refuses a reason with a personnummer, and an unknown id, with nothing changed', async () => {
    const list = await cli.run('registrations', 'list', 'Sävsjö', '--activity', '1');
    expect(list.code).toBe(0);
    const first = list.out.split('\n')[0]?.split('\t')[0] ?? '';
    expect(first).not.toBe('');
    const pnr = await cli.run('registrations', 'void', first, '--reason', 'gällde 811218-9876');
    expect(pnr.code).toBe(1);
    expect(pnr.err).toContain('personnummer');
    const unknown = await cli.run('registrations', 'void', 'ffffffff', '--reason', 'fel');
    expect(unknown.code).toBe(1);
    expect((await cli.run('registrations', 'list', 'Sävsjö', '--activity', '1')).out).toBe(list.out);
  });
});
