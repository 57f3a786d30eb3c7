import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { refreshPublicSnapshot } from '../../src/domain/public-snapshot.ts';
import { publicStatusText } from '../../src/domain/public-view.ts';
import { loadRegister } from '../../src/runtime/register.ts';
import { createStore } from '../../src/store/kysely-store.ts';
import { openDatabase } from '../../src/store/open.ts';
import { type CliHarness, cliHarness } from './cli-harness.ts';

/**
 * The DPO's erasure of a status text (lägestext) that holds personal data: the text goes from every version of the
 * activity's tertial, from the audit entries' values, from a stored reply that quoted it and from the public page;
 * the follow-up keeps its place ("(lägestexten är raderad)") and its count; audited with the reason, never the text.
 */
describe('npx loftesbot followups erase-text', () => {
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

  const TEXT = 'Samtal med pojke med diabetes på Storgatan, "orolig"';
  const sävsjö = () => {
    const m = loadRegister().byCodeOrNull('0684');
    if (!m) throw new Error('no Sävsjö');
    return m;
  };

  it('erases the text everywhere it was kept, keeps the follow-up, and audits the reason only', async () => {
    const activityId = await withStore(async (store) => {
      const bundle = await store.agreementForYear('0684', 2026);
      const activity = bundle?.activities[0];
      if (!bundle || !activity) throw new Error('no Sävsjö activity in the demo');
      const status = {
        id: 'status-erase-1',
        activityId: activity.id,
        year: 2026,
        tertial: 2 as const,
        text: TEXT,
        count: 3,
        actor: 'slack:U0SAMORD1',
        platform: 'slack' as const,
        // Written in T2, so the T2 report (as of the tertial's end) shows it.
        createdAt: Date.parse('2026-08-20T10:00:00Z'),
        published: true,
      };
      await store.insertStatus(status);
      await store.appendAudit({
        id: 'audit-status-1',
        at: Date.now(),
        actor: status.actor,
        platform: 'slack',
        action: 'status.create',
        entity: 'follow-up-status',
        entityId: status.id,
        municipalityCode: '0684',
        before: null,
        after: status,
      });
      await store.recordProcessedEvent(
        'status-event',
        JSON.stringify({ headline: '✅ Sparat', sections: [{ text: `1. ${TEXT}` }] }),
        Date.now(),
      );
      await refreshPublicSnapshot(store, sävsjö(), bundle, Date.now(), 'Europe/Stockholm');
      expect(JSON.stringify(await store.publicSnapshot(bundle.agreement.id))).toContain('diabetes');
      return activity.id;
    });
    const wrong: [argv: string[], err: string][] = [
      [
        ['followups', 'erase-text', 'Sävsjö', 'T2', '2026', '1'],
        'erase-text behöver <kommun> <T1–T3> <år> <aktivitetsnr> och --reason ”<skäl>”, t.ex. followups erase-text Sävsjö T2 2026 3 --reason',
      ],
      [['followups', 'erase-txt'], 'menade du'],
      [['followups', 'erase-text', 'Sävsjöö', 'T2', '2026', '1', '--reason', 'x'], 'hittar ingen kommun'],
      [
        ['followups', 'erase-text', 'Sävsjö', 'T4', '2026', '1', '--reason', 'x'],
        'tertialet skrivs T1, T2 eller T3',
      ],
      [
        ['followups', 'erase-text', 'Sävsjö', 'T2', '26', '1', '--reason', 'x'],
        'året skrivs med fyra siffror',
      ],
      [['followups', 'erase-text', 'Sävsjö', 'T2', '2026', 'ett', '--reason', 'x'], 'aktivitetens nummer'],
      [['followups', 'erase-text', 'Sävsjö', 'T2', '2026', '99', '--reason', 'x'], 'har ingen aktivitet 99'],
      [
        ['followups', 'erase-text', 'Sävsjö', 'T2', '2031', '1', '--reason', 'x'],
        'inget medborgarlöfte för 2031',
      ],
      [
        ['followups', 'erase-text', 'Sävsjö', 'T2', '2026', '1', '--reason', 'ring 070-123 45 67'],
        'skälet innehåller personuppgifter',
      ],
    ];
    for (const [argv, err] of wrong) {
      const r = await cli.run(...argv);
      expect(r.code, argv.join(' ')).not.toBe(0);
      expect(r.err, argv.join(' ')).toContain(err);
    }

    const erased = await cli.run(
      'followups',
      'erase-text',
      'Sävsjö',
      'T2',
      '2026',
      '1',
      '--reason',
      'Hälsouppgifter',
    );
    expect(erased).toMatchObject({ code: 0, err: '' });
    expect(erased.out).toContain('Tog bort lägestexten för aktivitet 1');
    expect(erased.out).toContain('T2 2026 i Sävsjö');
    expect(erased.out).toContain(
      'saknar lägestext igen: påminnelserna ber om en ny, som skrivs med /rapportera Sävsjö T2 2026.',
    );
    await withStore(async (store) => {
      const [latest] = (await store.latestStatuses([activityId], [2026])).filter((s) => s.tertial === 2);
      expect(latest).toMatchObject({ text: '(lägestexten är raderad)', count: 3, published: true });
      expect(publicStatusText(latest ?? null)).toBeNull();
      const trail = await store.audit({ municipalityCode: '0684', limit: 200 });
      expect(JSON.stringify(trail)).not.toContain('diabetes');
      expect(trail.find((e) => e.action === 'status.erase-text')).toMatchObject({
        after: { text: null, reason: 'Hälsouppgifter', year: 2026, tertial: 2, activity: 1 },
      });
      const reply = await store.processedEvent('status-event');
      expect(reply).not.toContain('diabetes');
      expect(reply).toContain('1. (lägestexten är raderad)');
      const bundle = await store.agreementForYear('0684', 2026);
      const page = JSON.stringify(await store.publicSnapshot(bundle?.agreement.id ?? ''));
      expect(page).not.toContain('diabetes');
      expect(page).not.toContain('raderad');
    });
    const report = await cli.run('report', 'Sävsjö', '--year', '2026', '--tertial', '2');
    expect(report.out).toContain('(lägestexten är raderad)');
    expect(report.out).not.toContain('diabetes');
    const again = await cli.run(
      'followups',
      'erase-text',
      'Sävsjö',
      'T2',
      '2026',
      '1',
      '--reason',
      'Hälsouppgifter',
    );
    expect(again).toMatchObject({
      code: 1,
      err: expect.stringContaining('lägestexten för aktivitet 1, T2 2026 i Sävsjö är redan raderad'),
    });
    const none = await cli.run(
      'followups',
      'erase-text',
      'Sävsjö',
      'T3',
      '2026',
      '1',
      '--reason',
      'Hälsouppgifter',
    );
    expect(none).toMatchObject({ code: 1, err: expect.stringContaining('har ingen lägestext för T3 2026') });
    const words = await cli.run('audit', '--kommun', 'Sävsjö', '--limit', '1');
    expect(words.out.split('\t').at(-1)).toBe(
      'tog bort lägestexten för aktivitet 1, T2 2026: Hälsouppgifter',
    );
  });
});
