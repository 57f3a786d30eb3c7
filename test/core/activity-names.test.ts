import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { activityName, clipText } from '../../src/domain/activity-name.ts';
import { testDialects } from '../support/databases.ts';
import { type CoreFixture, chatRegistrations, coreFixture } from './fixtures.ts';

/**
 * An activity's short name is how chat calls it everywhere (and `/logga <short name>` logs it); removing an activity
 * asks first and tells the new numbers; `/lofte historik` says which activity and what changed; a change that changes
 * nothing stores nothing; a text embedded in a sentence has no doubled period.
 */

describe('activity names and embedded texts', () => {
  it.each([
    [{ text: 'Kommunen lovar krogkontroller per år.' }, 0, 'Kommunen lovar krogkontroller per år'],
    [{ text: 'Polisen (PL).  ' }, 0, 'Polisen (PL)'],
    [{ text: 'Kommunen lovar krogkontroller.', shortName: 'krogar' }, 0, 'krogar'],
    [{ text: 'Kommunen lovar krogkontroller.', shortName: '  ' }, 0, 'Kommunen lovar krogkontroller'],
    [{ text: 'Ett två tre fyra fem.' }, 8, 'Ett två…'],
    [{ text: 'Vänta...' }, 0, 'Vänta...'],
  ])('%j clipped at %i → %s', (activity, max, expected) => {
    expect(activityName(activity, max)).toBe(expected);
  });
  it('clipText never ends in a period before the ellipsis', () => {
    expect(clipText('Ab. Cd ef', 5)).toBe('Ab…');
  });
});

describe.each(testDialects())('activity names in chat [$name]', ({ name }) => {
  let f: CoreFixture;
  beforeEach(async () => {
    f = await coreFixture(name);
  });
  afterEach(async () => {
    expect(f.errors).toEqual([]);
    await f.dispose();
  });

  async function activities() {
    const bundle = await f.db.store.agreementForYear('0684', 2026);
    if (!bundle) throw new Error('no Sävsjö agreement');
    return bundle.activities;
  }
  async function upkeep(): Promise<string[]> {
    return (await f.db.store.audit({ limit: 1000 }))
      .map((e) => e.action)
      .filter((a) => a.startsWith('activity.'));
  }

  it('the short name is shown in chat, /logga takes it, /lofte avtal shows both; clashes are refused', async () => {
    const list = await activities();
    const n = list.findIndex((a) => a.kind === 'insats') + 1;
    const signed = list[n - 1]?.text ?? '';
    expect((await f.say('sven', `/lofte avtal Sävsjö ${n} namn Föräldramöten`)).tone).toBe('success');

    const shown: [string, string, string][] = [
      ['sven', '/status Sävsjö', `${n}. Föräldramöten\n`],
      ['per', '/logga Föräldramöten Sävsjö', 'Registrerat: 1 × Föräldramöten i Sävsjö'],
      ['per', '/logga foraldramoten Sävsjö 2', 'Registrerat: 2 × Föräldramöten i Sävsjö'],
      ['per', '/insats Sävsjö', 'Registrerat: 1 × Föräldramöten i Sävsjö'],
      ['sven', '/lofte registreringar Sävsjö', '1 × Föräldramöten — per'],
      ['sven', '/lofte avtal Sävsjö', `${n}. Föräldramöten: ”${signed.slice(0, 20)}`],
    ];
    const before = await chatRegistrations(f);
    for (const [who, text, expected] of shown) {
      const r = await f.say(who, text);
      expect(r.fallback, text).toContain(expected);
      if (text !== '/lofte avtal Sävsjö') expect(r.fallback, text).not.toContain(signed.slice(0, 30));
    }
    expect(await chatRegistrations(f)).toBe(before + 3);
    const report = await f.say('sven', '/rapportera Sävsjö');
    expect(report.form?.fields.map((x) => ('label' in x ? x.label : ''))).toContain(`${n}. Föräldramöten`);

    const unknown = await f.say('per', '/logga Föräldramöte Sävsjö');
    expect(unknown.headline).toBe('Jag känner inte till aktiviteten ”Föräldramöte”.');
    // A short name a letter away is what was meant.
    expect(unknown.fallback).toContain('Menade du Föräldramöten?');
    // …asked with a button that logs it, nothing stored before it is pressed.
    expect(unknown.buttons?.map((b) => b.label)).toEqual(['Ja, Föräldramöten']);
    expect(unknown.fallback).toContain('Ingenting har sparats än.');
    // Far from every name: the names, each with its number after it (not read as a count).
    expect((await f.say('per', '/logga Fotbollsträning Sävsjö')).fallback).toContain(`Föräldramöten (${n})`);

    const other = n === 1 ? 2 : 1;
    const kindOfOther = list[other - 1]?.kind;
    const clashes: [string, RegExp][] = [
      [
        `${other} namn föräldramöten`,
        new RegExp(`^Aktivitet ${n} heter redan ”föräldramöten”; två aktiviteter`),
      ],
      [`${other} namn 12 möten`, /^”12 möten” kan inte vara ett kortnamn: \/logga läser ett tal/],
      [
        `${other} namn ${kindOfOther === 'insats' ? 'trafikkontroller' : 'riktade insatser'} i skolan`,
        /^”.+” kan inte vara ett kortnamn: \/logga (trafikkontroll|riktad insats) betyder redan aktivitetstypen/,
      ],
    ];
    for (const [words, expected] of clashes) {
      const r = await f.say('sven', `/lofte avtal Sävsjö ${words}`);
      expect(r.headline, words).toMatch(expected);
      expect(r.fallback).toContain('Exempel: /lofte avtal Sävsjö 4 namn föräldramöten');
    }
    expect(await upkeep()).toEqual(['activity.edit']);
  });

  it('removing an activity asks first, says how the numbers move, and lists the new numbers after', async () => {
    const count = (await activities()).length;
    await f.say('sven', '/lofte avtal Sävsjö ny aktivitet Föräldramöte om droger.');
    await f.say('sven', '/lofte avtal Sävsjö ny aktivitet Sista aktiviteten');
    await f.say('sven', `/lofte avtal Sävsjö ${count + 2} namn sista`);
    const asked = await f.say('sven', `/lofte avtal Sävsjö ta bort ${count + 1}`);
    expect(asked.headline).toBe(`Ta bort aktivitet ${count + 1} ”Föräldramöte om droger”?`);
    expect(asked.fallback).toContain(
      `Numren efter den flyttas upp ett steg: ${count + 2} blir ${count + 1}. Ingenting tas bort förrän du trycker.`,
    );
    expect(asked.buttons?.map((b) => b.label)).toEqual(['Ja, ta bort', 'Nej']);
    expect((await activities()).length).toBe(count + 2);
    const yes = asked.buttons?.[0] as { actionId: string; value: string };
    // Someone else's press removes nothing.
    await f.press('per', yes);
    expect((await activities()).length).toBe(count + 2);
    const removed = await f.press('sven', yes);
    expect(removed.headline).toBe(`🗑️ Aktivitet ${count + 1} borttagen: Föräldramöte om droger`);
    expect(removed.fallback).toContain(`Nya nummer: ${count + 2} blir ${count + 1} (”sista”).`);
    expect((await activities()).length).toBe(count + 1);
    const last = await f.say('sven', `/lofte avtal Sävsjö ta bort ${count + 1}`);
    expect(last.fallback).toContain('Den är sist, så inga andra nummer ändras.');
    expect((await f.say('per', `/lofte avtal Sävsjö ta bort ${count + 1}`)).headline).toMatch(
      /^Du får inte /,
    );
  });

  it('a change that changes nothing is said so and not audited; the history names the activity and the change', async () => {
    const list = await activities();
    const n = list.findIndex((a) => a.target === null) + 1;
    expect(n).toBeGreaterThan(0);
    const x = list[n - 1];
    const resp = { polis: 'polis', kommun: 'kommun', gemensam: 'gemensam' }[x?.responsible ?? 'polis'];
    const noOps: [string, string][] = [
      [`/lofte mål Sävsjö ${n} inget`, `Aktivitet ${n} har redan inget mål. Ingenting har ändrats.`],
      [`/lofte avtal Sävsjö ${n} ansvar ${resp}`, `Aktivitet ${n} har redan ansvar `],
      [
        `/lofte avtal Sävsjö ${n} gräns standard`,
        `Aktivitet ${n} har redan rimlighetsgränsen 50 (standard).`,
      ],
    ];
    for (const [text, expected] of noOps)
      expect((await f.say('sven', text)).headline, text).toContain(expected);
    expect(await upkeep()).toEqual([]);

    await f.say('sven', `/lofte avtal Sävsjö ${n} namn krogar`);
    expect((await f.say('sven', `/lofte avtal Sävsjö ${n} namn krogar`)).headline).toBe(
      `Aktivitet ${n} heter redan ”krogar”. Ingenting har ändrats.`,
    );
    const target = await f.say('sven', `/lofte mål Sävsjö ${n} 2 per tertial`);
    expect(target.headline).toBe(`✅ Målet för ${n}. krogar är nu minst 2 per tertial (var inget mål).`);
    expect((await upkeep()).sort()).toEqual(['activity.edit', 'activity.target']);
    const history = (await f.say('sven', '/lofte historik Sävsjö')).fallback;
    expect(history).toContain(`ändrade aktivitet ${n} ”krogar”: kortnamn inget → ”krogar”`);
    expect(history).toContain(`ändrade målet för aktivitet ${n} ”krogar”: inget mål → minst 2 per tertial`);
  });

  it('an activity text embedded in a sentence has no doubled period', async () => {
    const list = await activities();
    for (const [i, a] of list.entries()) {
      const r = await f.say('sven', `/lofte mål Sävsjö ${i + 1} ${i + 3} per år`);
      expect(r.headline, a.text).not.toMatch(/\.\s+är nu/);
    }
  });

  it('the example in a refusal uses the kommun the person typed', async () => {
    const cases: [string, string][] = [
      ['/insats Eksjö 2099-01-01', 'Exempel: /insats Eksjö'],
      ['/logga trafikkontroll Eksjö 12345678901234567890', 'Exempel: /logga trafikkontroll Eksjö'],
      ['/logga trafikkontrol Tranås 2099-01-01', 'Exempel: /logga trafikkontroll Tranås'],
      // The target typed, completed: its activity and count kept (a count it cannot read becomes 30).
      ['/lofte mål Eksjö 3 tjugo', 'Exempel: /lofte mål Eksjö 3 20 per år'],
      ['/lofte mål Eksjö 1 40', 'Exempel: /lofte mål Eksjö 1 40 per år'],
      ['/lofte mål Eksjö 2 många per år', 'Exempel: /lofte mål Eksjö 2 30 per år'],
      ['/insats 2099-01-01', 'Exempel: /insats Sävsjö'],
    ];
    for (const [text, expected] of cases)
      expect((await f.say('sven', text)).fallback, text).toContain(expected);
  });
});
