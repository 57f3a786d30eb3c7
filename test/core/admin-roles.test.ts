import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Reply } from '../../src/bots/core/reply.ts';
import { grantRole } from '../../src/domain/admin.ts';
import type { DomainDeps } from '../../src/domain/deps.ts';
import { loadRegister } from '../../src/runtime/register.ts';
import { uuid } from '../../src/runtime/system.ts';
import { testDialects } from '../support/databases.ts';
import { type CoreFixture, coreFixture, NOW, ZONE } from './fixtures.ts';

/**
 * Managing people and channels from chat: `/lofte admin roller` lists who has which role, `ta bort roll` asks first
 * and removes one (never the last admin of everything), `koppla bort` unbinds this channel. All for an admin of the
 * scope, the same rule as granting; changes are audited.
 */

const button = (r: Reply, i: number) => r.buttons?.[i] as { actionId: string; value: string };
const SAVSJO = { type: 'kommun' as const, id: '0684' };

describe.each(testDialects())('roles and channels from chat [$name]', ({ name }) => {
  let f: CoreFixture;
  beforeEach(async () => {
    f = await coreFixture(name);
    await f.db.store.setPersonName('console:sven', 'Sven Svensson', NOW);
    await f.db.store.setPersonName('console:per', 'Per Polis', NOW);
  });
  afterEach(async () => {
    expect(f.errors).toEqual([]);
    await f.dispose();
  });

  it('/lofte admin roller lists who has which role there, by name, area-wide roles included', async () => {
    const listed = await f.say('admin', '/lofte admin roller Sävsjö');
    expect(listed.headline).toBe('Roller i Sävsjö');
    expect(listed.sections.map((s) => [s.title, s.text])).toEqual([
      ['polis', 'Per Polis (LPO Höglandet)'],
      ['samordnare', 'Sven Svensson'],
      ['chef', 'lena (LPO Höglandet)'],
      ['admin', 'admin (LPO Höglandet)'],
    ]);
    const area = await f.say('admin', '/lofte admin roller LPO Höglandet');
    expect(area.sections.map((s) => [s.title, s.text])).toEqual([
      ['polis', 'Per Polis'],
      ['samordnare', 'anna (Tranås)\nSven Svensson (Sävsjö)'],
      ['chef', 'lena'],
      ['admin', 'admin'],
    ]);
    await f.say('sven', '/lofte språk en');
    const refused: readonly [string, string, string][] = [
      ['sven', '/lofte admin roles Sävsjö', 'You may not administer for Sävsjö.'],
      ['per', '/lofte admin roller Sävsjö', 'Du får inte administrera för Sävsjö.'],
      ['lena', '/lofte admin roller LPO Höglandet', 'Du får inte administrera för LPO Höglandet.'],
    ];
    for (const [who, text, headline] of refused) {
      const r = await f.say(who, text);
      expect(r.tone, text).toBe('error');
      expect(r.headline, text).toContain(headline);
    }
    await grantRole(deps(f), CLI, 'console:sven', 'admin', 'Sävsjö');
    const english = await f.say('sven', '/lofte admin roles Sävsjö');
    expect(english.headline).toBe('Roles in Sävsjö');
    expect(english.sections[1]).toEqual({ title: 'samordnare', text: 'Sven Svensson' });
    expect((await f.say('admin', '/lofte admin roller Atlantis')).headline).toContain(
      'Jag hittar ingen kommun eller inget polisområde som heter ”Atlantis”',
    );
  });

  it('/lofte admin ta bort roll asks the asker first, then removes the role, audited', async () => {
    const before = await f.counts();
    const asked = await f.say('admin', '/lofte admin ta bort roll @sven samordnare Sävsjö');
    expect(asked.headline).toBe('Ta bort rollen samordnare för Sävsjö från Sven Svensson?');
    expect(asked.buttons?.map((b) => b.label)).toEqual(['Ja, ta bort', 'Nej']);
    expect(await f.counts()).toEqual(before);
    // The question is the asker's: another admin's press changes nothing.
    await grantRole(deps(f), CLI, 'console:kalle', 'admin', 'LPO Höglandet');
    expect((await f.press('kalle', button(asked, 0))).headline).toContain('Frågan ställdes till');
    expect(await f.db.store.holders('samordnare', SAVSJO)).toHaveLength(1);
    const removed = await f.press('admin', button(asked, 0));
    expect(removed.headline).toBe('✅ Sven Svensson har inte längre rollen samordnare för Sävsjö.');
    expect(removed.replaceOriginal).toBe(true);
    expect(await f.db.store.holders('samordnare', SAVSJO)).toEqual([]);
    const history = await f.say('admin', '/lofte historik Sävsjö');
    expect(history.sections[0]?.table?.rows).toContainEqual([
      expect.any(String),
      'admin',
      'tog bort rollen samordnare för Sävsjö från Sven Svensson',
    ]);
    // Nej leaves the role and shows who has which role.
    await grantRole(deps(f), CLI, 'console:sven', 'samordnare', 'Sävsjö');
    const again = await f.say('admin', '/lofte admin remove role @sven samordnare Sävsjö');
    const kept = await f.press('admin', button(again, 1));
    expect(kept.headline).toBe('Roller i Sävsjö');
    expect(await f.db.store.holders('samordnare', SAVSJO)).toHaveLength(1);
  });

  it('removing a role someone does not hold, or from elsewhere, says so and asks nothing', async () => {
    const cases: readonly [string, string, string, string | undefined][] = [
      [
        'admin',
        '/lofte admin ta bort roll @per samordnare Sävsjö',
        'Per Polis har inte rollen samordnare för Sävsjö.',
        'Ingenting har ändrats.',
      ],
      [
        'admin',
        '/lofte admin ta bort roll @per polis Sävsjö',
        'Per Polis har inte rollen polis för Sävsjö.',
        'Per Polis har rollen polis för LPO Höglandet, som omfattar Sävsjö: /lofte admin ta bort roll @per polis LPO Höglandet',
      ],
      [
        'sven',
        '/lofte admin ta bort roll @per polis LPO Höglandet',
        'Du får inte administrera för LPO Höglandet.',
        undefined,
      ],
      ['admin', '/lofte admin ta bort roll @per kung Sävsjö', 'Det finns ingen roll ”kung”.', undefined],
    ];
    const before = await f.counts();
    for (const [who, text, headline, more] of cases) {
      const r = await f.say(who, text);
      expect(r.headline, text).toContain(headline);
      expect(r.buttons ?? [], text).toEqual([]);
      if (more) expect(r.fallback, text).toContain(more);
    }
    expect(await f.counts()).toEqual(before);
  });

  it('never removes the last admin of everything (alla), from chat or the CLI', async () => {
    await grantRole(deps(f), CLI, 'console:root', 'admin', 'alla');
    expect((await f.say('root', '/lofte admin roll @kim samordnare alla')).headline).toBe(
      'Omfånget alla finns bara för rollen admin, inte samordnare.',
    );
    const refused = await f.say('root', '/lofte admin ta bort roll @root admin alla');
    expect(refused.headline).toBe('root är den sista administratören för alla och kan inte tas bort.');
    expect(refused.fallback).toContain('Ge först någon annan rollen: /lofte admin roll @namn admin alla');
    expect(refused.buttons ?? []).toEqual([]);
    // An area admin may not touch `alla`.
    expect((await f.say('admin', '/lofte admin ta bort roll @root admin alla')).headline).toContain(
      'Du får inte administrera för alla.',
    );
    await grantRole(deps(f), CLI, 'console:tove', 'admin', 'alla');
    // Not one's own admin role: that would lock the person out of the command that gives it back.
    expect((await f.say('root', '/lofte admin ta bort roll @root admin alla')).headline).toBe(
      'Du kan inte ta bort din egen administratörsroll här — då kommer du inte åt kommandot som ger tillbaka den.',
    );
    const asked = await f.say('tove', '/lofte admin ta bort roll @root admin alla');
    expect(asked.headline).toBe('Ta bort rollen admin för alla från root?');
    expect((await f.press('tove', button(asked, 0))).headline).toBe(
      '✅ root har inte längre rollen admin för alla.',
    );
    // Tove is now the last one: the confirmation, pressed late, is refused too.
    const last = await f.say('tove', '/lofte admin ta bort roll @tove admin alla ja');
    expect(last.headline).toBe('tove är den sista administratören för alla och kan inte tas bort.');
    expect(await f.db.store.holders('admin', { type: 'all', id: 'alla' })).toHaveLength(1);
  });

  it('a mistyped admin command says what was wrong with the right form', async () => {
    const cases: readonly [string, string, string][] = [
      ['/lofte admin roller', 'Vilken kommun?', 'Exempel: /lofte admin roller Tranås'],
      [
        '/lofte admin ta bort roll @sven samordnare',
        'Vilken kommun?',
        'Exempel: /lofte admin ta bort roll @anna samordnare Tranås',
      ],
      [
        '/lofte admin ta bort @sven samordnare Sävsjö',
        'Jag förstår inte',
        'Exempel: /lofte admin ta bort roll @anna samordnare Tranås',
      ],
      ['/lofte admin koppla bort Sävsjö', 'Jag förstår inte', 'Exempel: /lofte admin koppla bort'],
      ['/lofte admin koppla', 'Vilken kommun?', 'Exempel: /lofte admin koppla Tranås'],
      [
        '/lofte admin roll @sven polis',
        'Vilken kommun?',
        'Exempel: /lofte admin roll @anna samordnare Tranås',
      ],
    ];
    for (const [text, headline, example] of cases) {
      const r = await f.say('admin', text);
      expect(r.tone, text).toBe('error');
      expect(r.headline, text).toContain(headline);
      expect(r.fallback, text).toContain(example);
    }
  });

  it('/lofte admin koppla bort unbinds this channel, audited; reminders no longer go there', async () => {
    await f.say('admin', '/lofte admin koppla Sävsjö', { conversation: 'c1' });
    const forbidden = await f.say('sven', '/lofte admin koppla bort', { conversation: 'c1' });
    expect(forbidden.headline).toContain('Du får inte administrera för Sävsjö.');
    const unbound = await f.say('admin', '/lofte admin koppla bort', { conversation: 'c1' });
    expect(unbound.headline).toBe('Kanalen är inte längre kopplad till Sävsjö.');
    expect(unbound.fallback).toContain(
      'Påminnelser för Sävsjö skickas inte längre hit. Koppla en annan kanal med /lofte admin koppla Sävsjö.',
    );
    expect(unbound.tone).toBe('success');
    expect(await f.db.store.binding('console', 'c1')).toBeNull();
    const history = await f.say('admin', '/lofte historik Sävsjö');
    expect(history.sections[0]?.table?.rows).toContainEqual([
      expect.any(String),
      'admin',
      'kopplade bort kanalen för Sävsjö',
    ]);
    const notBound = await f.say('admin', '/lofte admin unbind', { conversation: 'c1' });
    expect(notBound.headline).toBe('Kanalen är inte kopplad till någon kommun eller något polisområde.');
    await f.say('admin', '/lofte språk en');
    await f.say('admin', '/lofte admin bind LPO Höglandet', { conversation: 'c2' });
    expect((await f.say('admin', '/lofte admin unbind', { conversation: 'c2' })).headline).toBe(
      'This channel is no longer bound to LPO Höglandet.',
    );
  });
});

const CLI = { person: 'cli:test', platform: 'cli' as const };

function deps(f: CoreFixture): DomainDeps {
  return { store: f.db.store, register: loadRegister(), clock: f.clock, ids: uuid, zone: ZONE };
}
