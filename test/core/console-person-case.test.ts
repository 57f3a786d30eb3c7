import { describe, expect, it } from 'vitest';
import { grantRole, revokeRole } from '../../src/domain/admin.ts';
import { loadRegister } from '../../src/runtime/register.ts';
import { uuid } from '../../src/runtime/system.ts';
import { testDialects } from '../support/databases.ts';
import { coreFixture, ZONE } from './fixtures.ts';

/**
 * A console person is `console:<name>` with the name in lower case, as `npx loftesbot chat --as Örjan` makes it
 * (console:örjan). A role given to the same name written with capitals — from the CLI (`role add console:Örjan …`)
 * or in chat (`console:Örjan`, `@Örjan`) — reaches that person; it was stored under another id, and the person
 * was told "Du har ingen behörighet".
 */
describe.each(testDialects())('a console name with capitals is the same person ($name)', ({ name }) => {
  it('grants and removes the role of the lower-case person, from the CLI and in chat', async () => {
    const f = await coreFixture(name);
    try {
      const deps = { store: f.db.store, register: loadRegister(), clock: f.clock, ids: uuid, zone: ZONE };
      const cli = { person: 'cli:root', platform: 'cli' } as const;
      const ways: readonly [string, string, (typed: string) => Promise<unknown>][] = [
        ['role add (CLI)', 'console:Örjan', (p) => grantRole(deps, cli, p, 'polis', 'Sävsjö')],
        [
          '/lofte admin roll console:…',
          'console:ÅSA',
          (p) => f.say('admin', `/lofte admin roll ${p} polis Sävsjö`),
        ],
        ['/lofte admin roll @…', '@Ärla', (p) => f.say('admin', `/lofte admin roll ${p} polis Sävsjö`)],
      ];
      for (const [how, typed, grant] of ways) {
        await grant(typed);
        const person = `console:${typed.replace(/^@|^console:/, '').toLowerCase()}`;
        const roles = await f.db.store.rolesOf(person);
        expect(
          roles.map((g) => g.role),
          how,
        ).toEqual(['polis']);
        const status = await f.say(person, '/status Sävsjö');
        expect(status.headline, how).toMatch(/^Läget i Sävsjö/);
      }
      const removed = await revokeRole(deps, cli, 'console:ÖRJAN', 'polis', 'Sävsjö');
      expect(removed).toMatchObject({ ok: true, changed: true });
      expect(await f.db.store.rolesOf('console:örjan')).toEqual([]);
    } finally {
      await f.dispose();
    }
  });
});
