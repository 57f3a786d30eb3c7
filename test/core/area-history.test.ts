import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Reply } from '../../src/bots/core/reply.ts';
import { testDialects } from '../support/databases.ts';
import { type CoreFixture, coreFixture, NOW } from './fixtures.ts';

/**
 * `/lofte historik <område>`: the changes made over a police area itself — roles granted or removed for the area,
 * channels bound to it or unbound — once each (not once per kommun of the area), with people by name. For a
 * samordnare, chef or admin of the area, as the kommun's history is for the kommun.
 */

const what = (r: Reply) => (r.sections[0]?.table?.rows ?? []).map((row) => row[2]);

describe.each(testDialects())('the history of a police area [$name]', ({ name }) => {
  let f: CoreFixture;
  beforeEach(async () => {
    f = await coreFixture(name);
    await f.db.store.setPersonName('console:kim', 'Kim Karlsson', NOW);
  });
  afterEach(async () => {
    expect(f.errors).toEqual([]);
    await f.dispose();
  });

  it('lists the area-wide role and channel changes once each, newest first, by name', async () => {
    const steps = [
      '/lofte admin roll @kim polis LPO Höglandet',
      '/lofte admin koppla LPO Höglandet',
      '/lofte admin roll @kim samordnare Sävsjö',
      '/lofte admin ta bort roll @kim polis LPO Höglandet ja',
      '/lofte admin koppla bort',
    ];
    for (const text of steps) {
      f.clock.advance(60_000);
      expect((await f.say('admin', text, { conversation: 'c1' })).tone, text).toBe('success');
    }
    const area = await f.say('admin', '/lofte historik LPO Höglandet');
    expect(area.headline).toBe('Senaste ändringarna i LPO Höglandet');
    expect(what(area).slice(0, 4)).toEqual([
      'kopplade bort kanalen för LPO Höglandet',
      'tog bort rollen polis för LPO Höglandet från Kim Karlsson',
      'kopplade en kanal till LPO Höglandet',
      'gav Kim Karlsson rollen polis för LPO Höglandet',
    ]);
    // A kommun's own role is the kommun's history, not the area's.
    expect(what(area)).not.toContain('gav Kim Karlsson rollen samordnare för Sävsjö');
    expect(area.sections[0]?.table?.rows[0]?.[1]).toBe('admin');
    // In a channel bound to the area, the area is the default.
    f.clock.advance(60_000);
    await f.say('admin', '/lofte admin koppla LPO Höglandet', { conversation: 'c2' });
    const bound = await f.say('lena', '/lofte historik', { conversation: 'c2' });
    expect(bound.headline).toBe('Senaste ändringarna i LPO Höglandet');
    expect(what(bound)[0]).toBe('kopplade en kanal till LPO Höglandet');
    await f.say('lena', '/lofte språk en');
    expect((await f.say('lena', '/lofte history LPO Höglandet')).headline).toBe(
      'Latest changes in LPO Höglandet',
    );
  });

  it('is for a samordnare, chef or admin of the area; others are told who may', async () => {
    await f.say('admin', '/lofte admin roll @sven samordnare Sävsjö');
    const cases: readonly [string, string, string][] = [
      ['lena', '/lofte historik LPO Höglandet', 'Senaste ändringarna i LPO Höglandet'],
      ['admin', '/lofte historik LPO Höglandet', 'Senaste ändringarna i LPO Höglandet'],
      ['per', '/lofte historik LPO Höglandet', 'Du får inte se historiken för LPO Höglandet'],
      ['sven', '/lofte historik LPO Höglandet', 'Du får inte se historiken för LPO Höglandet'],
      ['sven', '/lofte historik LPO Hoglandt', 'Menade du LPO Höglandet?'],
    ];
    for (const [who, text, headline] of cases) {
      expect((await f.say(who, text)).headline, `${who}: ${text}`).toContain(headline);
    }
  });
});
