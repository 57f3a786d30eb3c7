import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { testDialects } from '../support/databases.ts';
import { type CoreFixture, chatRegistrations, coreFixture } from './fixtures.ts';

describe.each(testDialects())('access, administration and meetings [$name]', ({ name }) => {
  let f: CoreFixture;
  beforeEach(async () => {
    f = await coreFixture(name);
  });
  afterEach(async () => {
    expect(f.errors).toEqual([]);
    await f.dispose();
  });

  it('an unknown person gets a friendly explanation of how to get access, and nothing is stored', async () => {
    const before = await f.counts();
    for (const text of [
      '/insats Sävsjö',
      '/status Sävsjö',
      '/rapportera Sävsjö',
      '/lofte admin koppla Sävsjö',
      '/insats Savsjo',
    ]) {
      const reply = await f.say('nobody', text);
      expect(reply.headline).toBe('Du har ingen behörighet i Löftesbot ännu');
      expect(reply.fallback).toContain('console:nobody');
      expect(reply.fallback).toContain('npx loftesbot role add console:nobody');
    }
    const help = await f.say('nobody', '/hjalp');
    expect(help.headline).toBe('Löftesbot — så här gör du');
    // The help (also the Teams welcome card) says first that the commands wait for a role, and how to get one.
    expect(help.sections[0]).toEqual({
      title: 'Du har ingen behörighet i Löftesbot ännu',
      text: 'Kommandona nedan fungerar när du har en roll. Be din samordnare eller administratör om en (polis, kommun, samordnare eller chef) för din kommun eller ditt polisområde; ditt användar-id är console:nobody.',
    });
    expect((await f.say('per', '/hjalp')).sections[0]?.title).toBeUndefined();
    expect(await f.counts()).toEqual(before);
  });

  it('a chef may read but not log; a coordinator of Tranås may not log for Sävsjö', async () => {
    const before = await f.counts();
    expect((await f.say('lena', '/insats Sävsjö')).headline).toBe(
      'Du får inte registrera aktiviteter för Sävsjö. Det får den som har rollen polis, kommun, samordnare eller admin där.',
    );
    expect((await f.say('anna', '/insats Sävsjö')).tone).toBe('error');
    expect(await f.counts()).toEqual(before);
    const read = await f.say('lena', '/status Sävsjö');
    expect(read.headline).toBe('Läget i Sävsjö, år 2026');
    // The hint to log is for those who may: not the chef, who reads.
    expect(read.context).toBe('Medborgarlöften i Sävsjö 2025–2026 (demo)');
    expect((await f.say('per', '/status Sävsjö')).context).toBe(
      'Medborgarlöften i Sävsjö 2025–2026 (demo). Registrera med /logga <nr> <kommun>.',
    );
    expect((await f.say('anna', '/status Sävsjö')).tone).toBe('error');
  });

  it('/sammanfattning of the police area is for chef and admin; of a kommun for anyone with a role there', async () => {
    const area = await f.say('lena', '/sammanfattning LPO Höglandet');
    expect(area.visibility).toBe('channel');
    expect(area.headline).toBe('Läget i LPO Höglandet, år 2026');
    expect(area.sections[0]?.text).toMatch(
      /^LPO Höglandet: \d av 6 kommuner har aktiviteter efter\. 4 saknar gällande medborgarlöfte\.$/,
    );
    const lines = area.sections[1]?.text?.split('\n') ?? [];
    expect(lines).toHaveLength(6);
    expect(lines.filter((l) => l.includes('saknar gällande medborgarlöfte'))).toHaveLength(4);
    expect((await f.say('per', '/sammanfattning LPO Höglandet')).headline).toContain(
      'Du får inte se sammanfattningen',
    );
    const kommun = await f.say('per', '/sammanfattning Sävsjö');
    expect(kommun.headline).toBe('Uppföljning av medborgarlöftet i Sävsjö, år 2026');
    expect(kommun.sections[0]?.text).toMatch(
      /^\d av \d aktivitet(er)? med mål klara? eller i fas, \d följs upp med text\./,
    );
    // Issue 15: the short summary has one line per activity; the full table is behind a button.
    expect(kommun.sections[1]?.text?.split('\n')).toHaveLength(8);
    const table = await f.press('per', kommun.buttons?.[0] as { actionId: string; value: string });
    expect(table.sections[1]?.table?.columns).toEqual(['Aktivitet', 'T1', 'T2', 'T3']);
  });

  it('/lofte admin koppla binds this conversation (admins only), and then the kommun may be left out', async () => {
    expect((await f.say('per', '/lofte admin koppla Sävsjö', { conversation: 'c1' })).headline).toBe(
      'Du får inte administrera för Sävsjö. Det får den som har rollen admin där.',
    );
    const bound = await f.say('admin', '/lofte admin koppla Sävsjö', { conversation: 'c1' });
    expect(bound.headline).toMatch(/^🔗 Kanalen är nu kopplad till Sävsjö/);
    expect(await f.db.store.binding('console', 'c1')).toMatchObject({
      scope: { type: 'kommun', id: '0684' },
    });
    expect((await f.say('per', '/insats', { conversation: 'c1' })).headline).toMatch(/registrerad i Sävsjö/);
    expect((await f.say('admin', '/lofte admin koppla Stockholm', { conversation: 'c2' })).tone).toBe(
      'error',
    );
  });

  it('/lofte admin roll grants a role; the new person may then log', async () => {
    expect((await f.say('nisse', '/insats Sävsjö')).headline).toBe(
      'Du har ingen behörighet i Löftesbot ännu',
    );
    // A name that matches only without its å ä ö is never written to: neither a role nor a binding.
    for (const text of ['/lofte admin roll @nisse polis Savsjo', '/lofte admin koppla savsjo']) {
      const asked = await f.say('admin', text, { conversation: 'c9' });
      expect(asked.headline, text).toBe('Menade du Sävsjö?');
      expect(asked.fallback, text).toContain('Ingenting har sparats än. Tryck på knappen');
    }
    expect((await f.say('nisse', '/insats Sävsjö')).tone).toBe('warning');
    expect(await f.db.store.binding('console', 'c9')).toBeNull();
    const granted = await f.say('admin', '/lofte admin roll @nisse polis Sävsjö');
    expect(granted.headline).toBe('✅ nisse har fått rollen polis för Sävsjö.');
    expect((await f.say('admin', '/lofte admin roll @nisse polis Sävsjö')).headline).toBe(
      'nisse har redan rollen polis för Sävsjö.',
    );
    expect((await f.say('admin', '/lofte admin roll @nisse kung Sävsjö')).headline).toContain(
      'Det finns ingen roll ”kung”',
    );
    expect((await f.say('sven', '/lofte admin roll @nisse admin Sävsjö')).tone).toBe('error');
    expect((await f.say('nisse', '/insats Sävsjö')).tone).toBe('success');
    expect(await chatRegistrations(f)).toBe(1);
  });

  it('/lofte språk en switches the person to English; /lofte historik shows the audit trail', async () => {
    expect((await f.say('sven', '/lofte språk en')).headline).toBe(
      'Done! I will answer you in English from now on.',
    );
    expect(await f.db.store.personLang('console:sven')).toBe('en');
    expect((await f.say('sven', '/status Sävsjö')).headline).toBe('Progress in Sävsjö, year 2026');
    expect((await f.say('sven', '/fika')).headline).toBe(
      "I don't know “/fika”. Type /help to see the commands.",
    );
    f.clock.advance(60_000);
    await f.say('sven', '/insats Sävsjö');
    const history = await f.say('sven', '/lofte historik Sävsjö');
    // Names and words, not ids and slugs.
    // A registration by its activity's number and name, its count and day.
    expect(history.sections[0]?.table?.rows[0]).toEqual([
      expect.any(String),
      'sven',
      expect.stringMatching(/^registered 1 for activity 5 “.+” \(21 Nov 2026\)$/),
    ]);
    const swedish = await f.say('admin', '/lofte historik Sävsjö');
    expect(swedish.sections[0]?.table?.rows[0]).toEqual([
      expect.any(String),
      'sven',
      expect.stringMatching(/^registrerade 1 för aktivitet 5 ”.+” \(21 nov 2026\)$/),
    ]);
    expect(swedish.sections[0]?.table?.rows).toContainEqual([
      expect.any(String),
      'kommandoraden',
      expect.stringMatching(/^läste in demodata ”.+”$/),
    ]);
    expect((await f.say('per', '/lofte historik Sävsjö')).tone).toBe('error');
  });

  it('/samverkan lists the next three meetings', async () => {
    const reply = await f.say('sven', '/samverkan Sävsjö');
    expect(reply.headline).toBe('Samverkansmöten i Sävsjö');
    expect(reply.sections[0]?.text?.split('\n')).toEqual([
      '• 24 nov 2026 kl. 10.00, Sävsjö kommunhus',
      '• 5 jan 2027 kl. 10.00, Sävsjö kommunhus',
      '• 16 feb 2027 kl. 10.00, Sävsjö kommunhus',
    ]);
    expect(reply.context?.split('\n')[0]).toBe('Var 6:e vecka.');
  });

  it('/samverkan genomfört marks the last meeting held and logs one samverkansmöte, once', async () => {
    const held = await f.say('sven', '/samverkan Sävsjö genomfört');
    expect(held.headline).toBe('✅ Samverkansmötet tisdag 13 oktober 2026 är markerat som genomfört.');
    expect(held.fallback).toMatch(/Samverkansmöte registrerat i Sävsjö tisdag 13 oktober 2026/);
    expect(await chatRegistrations(f)).toBe(1);
    const again = await f.say('sven', '/samverkan Sävsjö genomfört 2026-10-13');
    expect(again.headline).toBe('Mötet 13 okt 2026 är redan genomfört.');
    expect(await chatRegistrations(f)).toBe(1);
  });

  it('/samverkan flytta and ställ in change the next meeting; a polis may not', async () => {
    expect((await f.say('per', '/samverkan Sävsjö ställ in')).tone).toBe('error');
    const moved = await f.say('sven', '/samverkan Sävsjö flytta 2026-11-26');
    const history = await f.say('sven', '/lofte historik Sävsjö');
    expect(history.sections[0]?.table?.rows.map((r) => r[2])).toContain(
      'flyttade mötet 24 nov 2026 → 26 nov 2026',
    );
    expect(moved.headline).toBe(
      '📅 Samverkansmötet tisdag 24 november 2026 är flyttat till torsdag 26 november 2026.',
    );
    const asked = await f.say('sven', '/samverkan Sävsjö ställ in 2027-01-05');
    expect(asked.headline).toBe('Ställa in samverkansmötet tisdag 5 januari 2027?');
    const cancelled = await f.press('sven', asked.buttons?.[0] as { actionId: string; value: string });
    expect(cancelled.headline).toBe('🚫 Samverkansmötet tisdag 5 januari 2027 är inställt.');
    const list = await f.say('sven', '/samverkan Sävsjö');
    expect(list.sections[0]?.text?.split('\n')).toEqual([
      '• 26 nov 2026 kl. 10.00, Sävsjö kommunhus (flyttat)',
      '• 16 feb 2027 kl. 10.00, Sävsjö kommunhus',
      '• 30 mar 2027 kl. 10.00, Sävsjö kommunhus',
    ]);
    // A day with no meeting names the meetings there are and the command with the next one; a move to the same
    // day is no move.
    for (const [command, headline, example] of [
      [
        '/samverkan Sävsjö flytta 2/12 3/12',
        'Det finns inget möte 2 dec 2026.',
        '/samverkan Sävsjö flytta 26/11/2026 3/12/2026',
      ],
      [
        '/samverkan Sävsjö ställ in 2/12',
        'Det finns inget möte 2 dec 2026.',
        '/samverkan Sävsjö ställ in 26/11/2026',
      ],
      ['/samverkan Sävsjö flytta 16/2 16/2', 'Mötet är redan 16 feb 2027.', '/samverkan Sävsjö'],
      // One date without a year is the one nearest today: a day just passed is refused, never moved a year ahead.
      [
        '/samverkan Sävsjö flytta 20/11',
        'Fredag 20 november 2026 har redan varit — ett möte kan inte flyttas eller planeras bakåt i tiden.',
        '/samverkan Sävsjö',
      ],
    ] as const) {
      const r = await f.say('sven', command);
      expect([r.tone, r.headline], command).toEqual(['error', headline]);
      expect(r.fallback, command).toContain(`Exempel: ${example}`);
      if (headline.startsWith('Det finns'))
        expect(r.fallback).toContain('De närmaste mötena: 26 nov 2026, 16 feb 2027, 30 mar 2027.');
    }
  });
});
