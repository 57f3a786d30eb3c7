import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createStore } from '../../src/store/kysely-store.ts';
import { openDatabase } from '../../src/store/open.ts';
import { type CliHarness, cliHarness } from './cli-harness.ts';

/**
 * The DPO's erasure: a note holding personal data the entry screen could not recognise (health, a registration
 * plate) is erased from the registration, its audit entries and the stored reply that quoted it; the registration
 * stays; the erasure is audited with its reason and never with the note.
 */
describe('npx loftesbot registrations erase-note', () => {
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

  const ID = '7c0ffee1-7b6d-4c5e-9a8b-0123456789ab';
  const NOTE = 'pojke med diabetes, bil ABC 123 "stoppad"';

  it('erases the note everywhere it was kept, keeps the registration, and audits the reason only', async () => {
    await withStore(async (store) => {
      const bundle = await store.agreementForYear('0684', new Date().getFullYear());
      const activity = bundle?.activities[0];
      if (!activity) throw new Error('no Sävsjö activity in the demo');
      const registration = {
        id: ID,
        activityId: activity.id,
        municipalityCode: '0684',
        occurredOn: new Date().toISOString().slice(0, 10),
        count: 2,
        note: NOTE,
        actor: 'slack:U0POLIS01',
        platform: 'slack' as const,
        idempotencyKey: 'erase-note-event',
        createdAt: Date.now(),
        voidedAt: null,
        voidedBy: null,
      };
      await store.insertRegistration(registration);
      await store.appendAudit({
        id: 'audit-erase-1',
        at: Date.now(),
        actor: registration.actor,
        platform: 'slack',
        action: 'registration.create',
        entity: 'registration',
        entityId: ID,
        municipalityCode: '0684',
        before: null,
        after: registration,
      });
      await store.recordProcessedEvent(
        'erase-note-event',
        JSON.stringify({ headline: '✅ Registrerat', sections: [{ text: `Anteckning: ${NOTE}` }] }),
        Date.now(),
      );
    });
    const wrong: [argv: string[], err: string][] = [
      [['registrations', 'erase-note', '7c0ffee1'], 'erase-note behöver <id> och --reason'],
      [
        ['registrations', 'erase-note', '7c0ffee1', '--reason', 'ring 070-123 45 67'],
        'skälet innehåller personuppgifter',
      ],
      [
        ['registrations', 'erase-note', 'ffffffff', '--reason', 'Hälsouppgifter'],
        'hittar ingen registrering',
      ],
    ];
    for (const [argv, err] of wrong) expect((await cli.run(...argv)).err).toContain(err);

    const erased = await cli.run('registrations', 'erase-note', '7c0ffee1', '--reason', 'Hälsouppgifter');
    expect(erased).toMatchObject({ code: 0, err: '' });
    expect(erased.out).toContain(`Tog bort anteckningen i registreringen ${ID}`);
    await withStore(async (store) => {
      expect(await store.registration(ID)).toMatchObject({ note: null, count: 2, voidedAt: null });
      const trail = await store.audit({ municipalityCode: '0684', limit: 50 });
      expect(JSON.stringify(trail)).not.toContain('diabetes');
      expect(trail.find((e) => e.action === 'registration.erase-note')).toMatchObject({
        entityId: ID,
        after: { note: null, reason: 'Hälsouppgifter' },
      });
      const reply = await store.processedEvent('erase-note-event');
      expect(reply).not.toContain('diabetes');
      expect(reply).toContain('Anteckning: [anteckningen är borttagen]');
    });
    const again = await cli.run('registrations', 'erase-note', ID, '--reason', 'Hälsouppgifter');
    expect(again).toMatchObject({
      code: 1,
      err: expect.stringContaining('registreringen har ingen anteckning'),
    });
    const words = await cli.run('audit', '--kommun', 'Sävsjö', '--limit', '1');
    expect(words.out.split('\t').at(-1)).toBe(
      'tog bort anteckningen i registreringen 7c0ffee1: Hälsouppgifter',
    );
  });
});
