import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { allButtons } from '../../src/bots/core/reply.ts';
import { testDialects } from '../support/databases.ts';
import { type CoreFixture, chatRegistrations, coreFixture } from './fixtures.ts';

const HOUR = 60 * 60 * 1000;

describe.each(testDialects())('logging and undo [$name]', ({ name }) => {
  let f: CoreFixture;
  beforeEach(async () => {
    f = await coreFixture(name);
  });
  afterEach(async () => {
    expect(f.errors).toEqual([]);
    await f.dispose();
  });

  it('/insats Sävsjö logs one riktad insats and answers with the progress and an Ångra button', async () => {
    // The demo's target (imported from the seed, which names no basis) counts per år.
    const before = await f.say('per', '/status Sävsjö 2026');
    const done = before.sections
      .flatMap((s) => s.progress ?? [])
      .find((p) => p.label.includes('riktade insatser'));
    const reply = await f.say('per', '/insats Sävsjö');
    expect(reply.tone).toBe('success');
    expect(reply.headline).toBe('✅ Riktad insats registrerad i Sävsjö lördag 21 november 2026');
    expect(reply.notification).toMatch(
      /^✅ Riktad insats registrerad i Sävsjö lördag 21 november 2026 — \d+ av minst 15 under 2026( · väntat hittills: \d+)? · (i fas|klar|efter)$/,
    );
    expect(reply.notification).toContain(`${(done?.done ?? 0) + 1} av minst 15`);
    expect(reply.buttons).toEqual([expect.objectContaining({ actionId: 'undo', label: 'Ångra' })]);
    expect(reply.fallback).toContain('Riktad insats registrerad');
    expect(await chatRegistrations(f)).toBe(1);
    const entries = await f.db.store.audit({ municipalityCode: '0684', limit: 50 });
    expect(entries.filter((e) => e.action === 'registration.create')).toEqual([
      expect.objectContaining({
        actor: 'console:per',
        platform: 'console',
        entityId: reply.buttons?.[0]?.value,
      }),
    ]);
  });

  it('stores date, count and note, and answers in English when asked', async () => {
    const reply = await f.say('per', '/insats Sävsjö igår 2 kväll vid torget', { lang: 'en' });
    expect(reply.headline).toBe('✅ 2 targeted operations logged in Sävsjö on Friday 20 November 2026');
    expect(reply.notification).toMatch(
      /^✅ 2 targeted operations logged in Sävsjö on Friday 20 November 2026 — /,
    );
    const id = reply.buttons?.[0]?.value ?? '';
    expect(await f.db.store.registration(id)).toMatchObject({
      occurredOn: '2026-11-20',
      count: 2,
      note: 'kväll vid torget',
    });
  });

  it('the same event id twice stores once and answers the same', async () => {
    const first = await f.say('per', '/insats Sävsjö', { eventId: 'slack-retry-1' });
    const again = await f.say('per', '/insats Sävsjö', { eventId: 'slack-retry-1' });
    expect(again).toEqual(first);
    expect(await chatRegistrations(f)).toBe(1);
    const other = await f.say('per', '/insats Sävsjö', { eventId: 'slack-retry-2' });
    expect(other.notification).not.toEqual(first.notification);
    expect(await chatRegistrations(f)).toBe(2);
  });

  it('a concurrent duplicate (double tap) stores once and both answers are the same', async () => {
    const [a, b] = await Promise.all([
      f.say('per', '/insats Sävsjö', { eventId: 'double-tap' }),
      f.say('per', '/insats Sävsjö', { eventId: 'double-tap' }),
    ]);
    expect(a).toEqual(b);
    expect(a.tone).toBe('success');
    expect(await chatRegistrations(f)).toBe(1);
  });

  it('Ångra voids the registration (kept, audited) and a second press says it is already undone', async () => {
    const logged = await f.say('per', '/logga trafikkontroll Tranås');
    const button = logged.buttons?.[0];
    if (!button) throw new Error('no Ångra button');
    const undone = await f.press('per', button);
    expect(undone.headline).toMatch(/^↩️ Ångrat: trafikkontroll i Tranås 21 nov 2026/);
    expect(undone.replaceOriginal).toBe(true);
    expect(await f.db.store.registration(button.value)).toMatchObject({ voidedBy: 'console:per' });
    const actions = (await f.db.store.audit({ municipalityCode: '0687', limit: 5 })).map((e) => e.action);
    expect(actions).toContain('registration.void');
    expect((await f.press('per', button)).headline).toBe('Registreringen är redan ångrad.');
    // A registration of several says how many were undone.
    const two = await f.say('per', '/insats Sävsjö 2');
    expect((await f.press('per', two.buttons?.[0] as { actionId: string; value: string })).headline).toMatch(
      /^↩️ Ångrat: 2 riktade insatser i Sävsjö 21 nov 2026\./,
    );
  });

  it('Ångra after 24 hours is refused and the registration stays', async () => {
    const logged = await f.say('per', '/insats Sävsjö');
    const button = logged.buttons?.[0];
    if (!button) throw new Error('no Ångra button');
    f.clock.advance(24 * HOUR + 1);
    const reply = await f.press('per', button);
    expect(reply.tone).toBe('error');
    expect(reply.headline).toContain('mer än 24 timmar');
    expect(await f.db.store.registration(button.value)).toMatchObject({ voidedAt: null });
  });

  it('Ångra within 24 hours works at 23:59', async () => {
    const button = (await f.say('per', '/insats Sävsjö')).buttons?.[0];
    if (!button) throw new Error('no Ångra button');
    f.clock.advance(24 * HOUR - 60_000);
    expect((await f.press('per', button)).headline).toMatch(/^↩️/);
  });

  it('only the one who logged, or a coordinator of the kommun, may undo', async () => {
    const button = (await f.say('per', '/insats Sävsjö')).buttons?.[0];
    if (!button) throw new Error('no Ångra button');
    expect((await f.press('anna', button)).headline).toContain('Bara den som registrerade');
    expect((await f.press('sven', button)).headline).toMatch(/^↩️/);
  });

  it('one who has lost their role in the kommun may no longer undo their own registration there', async () => {
    const button = (await f.say('per', '/insats Sävsjö')).buttons?.[0];
    if (!button) throw new Error('no Ångra button');
    await f.db.store.revokeRole({
      person: 'console:per',
      role: 'polis',
      scope: { type: 'area', id: 'hoglandet' },
    });
    await f.db.store.grantRole(
      { person: 'console:per', role: 'polis', scope: { type: 'kommun', id: '0687' } },
      f.clock.now(),
    );
    const before = await chatRegistrations(f);
    expect((await f.press('per', button)).headline).toContain('Bara den som registrerade');
    expect(await chatRegistrations(f)).toBe(before);
    expect((await f.db.store.registration(button.value))?.voidedAt).toBeNull();
  });

  it('an accent-folded kommun suggests the right one, stores nothing, and the button logs it once', async () => {
    const before = await f.counts();
    const suggestion = await f.say('per', '/insats Savsjo igår 2', { eventId: 'e-savsjo' });
    expect(suggestion.headline).toBe('Menade du Sävsjö?');
    expect(await f.counts()).toEqual(before);
    const button = suggestion.buttons?.[0];
    expect(button).toMatchObject({ actionId: 'run/0', label: 'Ja, Sävsjö' });
    if (!button) throw new Error('no button');
    const done = await f.press('per', button);
    expect(done.headline).toMatch(/^✅ 2 riktade insatser registrerade i Sävsjö fredag 20 november 2026/);
    // The answer replaces the question in place; a second press is told it is answered and stores nothing.
    expect(done.replaceOriginal).toBe(true);
    const again = await f.press('per', button);
    expect(again.headline).toBe('Redan besvarat av per 21 nov: Ja, Sävsjö');
    expect(again.tone).toBe('info');
    expect(await chatRegistrations(f)).toBe(1);
  });

  it('a suggestion is answered once for its message: someone else pressing it is told who answered', async () => {
    const suggestion = await f.say('per', '/insats Savsjo igår 2', { eventId: 'e-forged' });
    const button = suggestion.buttons?.[0];
    if (!button) throw new Error('no button');
    const mine = await f.press('per', button);
    expect(mine.tone).toBe('success');
    // The admin sends the same card data back (the client controls it): nothing runs, nothing is stored.
    const his = await f.press('admin', button);
    expect(his.headline).toBe('Redan besvarat av per 21 nov: Ja, Sävsjö');
    expect(await chatRegistrations(f)).toBe(1);
    const entries = await f.db.store.audit({ municipalityCode: '0684', limit: 5 });
    expect(entries.filter((e) => e.action === 'registration.create').map((e) => e.actor)).toEqual([
      'console:per',
    ]);
  });

  it('a question is its asker’s: a press by anyone else stores nothing and leaves it open for them', async () => {
    // The command offered to the other person is one they can type: the day it was asked is today, so no `@day`.
    for (const [text, index, own] of [
      ['/insats Savsjo igår 2', 0, '/insats Sävsjö igår 2'],
      ['/insats Sävsjö 3 ungdomar omhändertagna', 0, '/insats Sävsjö 3 "ungdomar omhändertagna"'],
      ['/insats Sävsjö förra veckan', 2, '/insats Sävsjö förra veckan, onsdag'],
      ['/insats Sävsjö 2025-12-08', 0, '/insats Sävsjö 2025-12-08'],
    ] as const) {
      const question = await f.say('per', text);
      const button = allButtons(question)[index];
      if (!button) throw new Error(`no button for ${text}`);
      const before = await chatRegistrations(f);
      const other = await f.press('admin', button);
      expect(other.tone, text).toBe('warning');
      expect(other.headline, text).toBe('Frågan ställdes till per — bara hen kan svara på den.');
      expect(other.fallback, text).toContain('Ingenting har sparats och frågan står kvar.');
      expect(other.fallback, text).toContain(`skriv ${own}`);
      expect(other.fallback, text).not.toContain('@');
      expect(await chatRegistrations(f), text).toBe(before);
      expect((await f.press('per', button)).tone, text).toBe('success');
      expect(await chatRegistrations(f), text).toBe(before + 1);
    }
  });

  it('exact but for case is fine: sävsjö, SÄVSJÖ', async () => {
    expect((await f.say('per', '/insats sävsjö')).tone).toBe('success');
    expect((await f.say('per', '/insats SÄVSJÖ')).tone).toBe('success');
    expect(await chatRegistrations(f)).toBe(2);
  });

  it('a kind the kommun has not promised gets a hint and nothing is stored', async () => {
    const before = await f.counts();
    const reply = await f.say('per', '/logga krogkontroll Sävsjö');
    expect(reply.headline).toBe(
      'Sävsjös medborgarlöfte har ingen aktivitet för krogkontroller. Ingenting har sparats.',
    );
    expect(reply.fallback).toContain('riktade insatser, samverkansmöten');
    expect(await f.counts()).toEqual(before);
  });

  it('a date outside the agreement period is refused', async () => {
    const reply = await f.say('per', '/insats Sävsjö 2024-06-01');
    expect(reply.headline).toBe('1 jun 2024 ligger utanför medborgarlöftets period 2025–2026.');
    expect(await chatRegistrations(f)).toBe(0);
  });

  it('logs by the activity number of /status', async () => {
    const reply = await f.say('sven', '/logga 8 Sävsjö');
    expect(reply.headline).toMatch(/^✅ Samverkansmöte registrerat i Sävsjö/);
    expect((await f.say('sven', '/logga 42 Sävsjö')).headline).toBe(
      'Det finns ingen aktivitet nummer 42; medborgarlöftet har 8.',
    );
  });

  it('in a channel bound to Sävsjö the kommun may be left out', async () => {
    const reply = await f.say('per', '/insats 2', { conversation: 'savsjo' });
    expect(reply.headline).toMatch(/^✅ 2 riktade insatser registrerade i Sävsjö/);
    const area = await f.say('per', '/insats', { conversation: 'hoglandet' });
    expect(area.headline).toBe('Kanalen gäller LPO Höglandet. Skriv vilken kommun det gäller.');
  });

  it('/status lists every activity of the agreement with a number', async () => {
    const reply = await f.say('per', '/status Sävsjö');
    const bars = reply.sections.flatMap((s) => s.progress ?? []);
    const bundle = await f.db.store.agreementForYear('0684', 2026);
    expect(bars.map((b) => b.label.split('.')[0])).toEqual(bundle?.activities.map((_, i) => String(i + 1)));
    expect(reply.headline).toBe('Läget i Sävsjö, år 2026');
  });
});
