import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createStore } from '../../src/store/kysely-store.ts';
import { openDatabase } from '../../src/store/open.ts';
import { type CliHarness, cliHarness } from './cli-harness.ts';

/**
 * The DPO's offboarding: `person show` says what the bot keeps about someone, `person remove` removes it when they
 * leave — every role (audited as removed roles), their name, language choice and personal chat — and keeps what they
 * did under their id. The last admin over `alla` is refused; the audit trail never holds the removed name.
 */

const KIM = 'teams:5b1c0d2e-0000-4000-8000-00000000c0de';
const NAME = 'Kim Karlsson';

describe('npx loftesbot person show | remove', () => {
  let cli: CliHarness;
  beforeEach(() => {
    cli = cliHarness();
  });
  afterEach(() => cli.dispose());

  async function withStore<T>(fn: (s: ReturnType<typeof createStore>) => Promise<T>): Promise<T> {
    const handle = openDatabase(cli.config.databaseUrl);
    try {
      return await fn(createStore(handle.db));
    } finally {
      await handle.close();
    }
  }

  async function kimWithEverything(): Promise<void> {
    expect((await cli.run('role', 'add', KIM, 'samordnare', 'Sävsjö')).code).toBe(0);
    expect((await cli.run('role', 'add', KIM, 'polis', 'Tranås')).code).toBe(0);
    await withStore(async (s) => {
      await s.setPersonName(KIM, NAME, 1);
      await s.setPersonLang(KIM, 'en', 1);
      await s.saveConversationRef({
        platform: 'teams',
        conversationId: 'a:personal-kim',
        kind: 'personal',
        person: KIM,
        reference: JSON.stringify({ user: { id: KIM, name: NAME } }),
        dead: false,
        deadReason: null,
        updatedAt: 1,
      });
    });
  }

  it('show lists the roles, name, language and personal chat, then how to remove them', async () => {
    await kimWithEverything();
    const shown = await cli.run('person', 'show', KIM);
    expect(shown.code).toBe(0);
    expect(shown.out.split('\n')).toEqual([
      KIM,
      'Roller: polis för Tranås, samordnare för Sävsjö',
      `Namn från plattformen: ${NAME}`,
      'Språkval: engelska',
      'Personlig chatt med boten: adressen är sparad (för påminnelser)',
      'Det personen har gjort — registreringar, lägestexter, svar och historiken — är uppföljningens underlag och finns kvar under id:t.',
      `Ta bort när personen slutar: npx loftesbot person remove ${KIM}`,
    ]);
  });

  it('remove takes away everything kept about the person, audits it without the name, and says what it did', async () => {
    await kimWithEverything();
    const removed = await cli.run('person', 'remove', KIM);
    expect(removed.code).toBe(0);
    expect(removed.out.split('\n')[0]).toBe(
      `Borttaget om ${KIM}: 2 roller (polis för Tranås, samordnare för Sävsjö), namnet, språkvalet och adressen till den personliga chatten.`,
    );
    await withStore(async (s) => {
      expect(await s.rolesOf(KIM)).toEqual([]);
      expect(await s.personNames([KIM])).toEqual(new Map());
      expect(await s.personLang(KIM)).toBeNull();
      expect(await s.conversationRefOfPerson('teams', KIM)).toBeNull();
      const trail = await s.audit({ limit: 100 });
      const actions = trail.map((e) => e.action);
      expect(actions.filter((a) => a === 'role.revoke')).toHaveLength(2);
      expect(actions).toContain('person.remove');
      expect(JSON.stringify(trail)).not.toContain(NAME);
    });
    const again = await cli.run('person', 'remove', KIM);
    expect(again.out).toBe(`Löftesbot har inget sparat om ${KIM}; ingenting har tagits bort.`);
  });

  it('refuses the last admin over alla and a person written wrong, saying how to write it; nothing changes', async () => {
    expect((await cli.run('role', 'add', 'console:boss', 'admin', 'alla')).code).toBe(0);
    const cases: readonly [argv: string[], err: string][] = [
      [['person', 'remove', 'console:boss'], 'den sista administratören för alla'],
      [
        ['person', 'remove', 'kalle'],
        'skriv slack:<användar-id>, teams:<Entra-objekt-id> eller console:<namn>',
      ],
      [['person', 'show', 'kalle'], 't.ex. person show slack:U024BE7LH'],
      [['person', 'visa', 'console:boss'], 'skriv show eller remove'],
      [['person', 'remove'], 'remove behöver en person'],
    ];
    const wrong: string[] = [];
    for (const [argv, err] of cases) {
      const r = await cli.run(...argv);
      if (r.code === 0 || !r.err.includes(err)) wrong.push(`${argv.join(' ')}: ${r.code} ${r.err}`);
    }
    expect(wrong).toEqual([]);
    expect((await cli.run('role', 'list')).out).toBe('console:boss\tadmin\talla');
  });
});
