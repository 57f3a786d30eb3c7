import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { testDialects } from '../support/databases.ts';
import { type CoreFixture, chatRegistrations, coreFixture } from './fixtures.ts';

/** `/lofte avtal` and `/lofte mål`: the agreement listed with numbers and kept up to date, audited. */

describe.each(testDialects())('agreement upkeep in chat [$name]', ({ name }) => {
  let f: CoreFixture;
  beforeEach(async () => {
    f = await coreFixture(name);
  });
  afterEach(async () => {
    expect(f.errors).toEqual([]);
    await f.dispose();
  });

  async function actions(): Promise<string[]> {
    return (await f.db.store.audit({ limit: 1000 }))
      .map((e) => e.action)
      .filter((a) => a.startsWith('activity.'))
      .sort();
  }

  it('lists promises and activities with numbers; changes name, responsible, promise and target; audited', async () => {
    const shown = await f.say('sven', '/lofte avtal Sävsjö');
    expect(shown.headline).toBe('Medborgarlöftet i Sävsjö 2025–2026');
    // The signed title first, then each promise with its activities.
    expect(shown.sections[0]?.text).toBe('Medborgarlöften i Sävsjö 2025–2026 (demo)');
    expect(shown.sections[1]?.title).toMatch(/^Löfte 1: /);
    expect(shown.sections[1]?.text).toMatch(/^1\. .+ — (Polisen|Kommunen|Gemensam), /);
    const first = /^1\. .+ — \w+, (\d+) under perioden/.exec(shown.sections[1]?.text ?? '')?.[1];

    const target = await f.say('sven', '/lofte mål Sävsjö 1 20 per år');
    expect(target.headline).toMatch(/^✅ Målet för 1\. .+ är nu minst 20 per år \(var .+\)\.$/);
    const after = await f.say('sven', '/lofte avtal Sävsjö');
    expect(after.sections[1]?.text?.split('\n')[0]).toContain(
      first ? `20 per år (ändrat från ${first} under perioden den 21 nov 2026)` : '20 per år (ändrat från',
    );
    const renamed = await f.say('sven', '/lofte avtal Sävsjö 1 namn Drogförebyggande');
    // The short name, then the signed text, clipped.
    expect(renamed.headline).toMatch(
      /^✅ Aktivitet 1 ändrad: 1\. Drogförebyggande: ”[^”]+” — \w+, minst 20 per år/,
    );
    // Activity 1 is already the police's: nothing changes, nothing is audited.
    expect((await f.say('sven', '/lofte avtal Sävsjö 1 ansvar polis')).headline).toBe(
      'Aktivitet 1 har redan ansvar Polisen. Ingenting har ändrats.',
    );
    expect((await f.say('sven', '/lofte avtal Sävsjö 1 ansvar kommun')).headline).toMatch(
      /^✅ Aktivitet 1 ändrad: 1\. Drogförebyggande: ”[^”]+” — Kommunen, minst 20 per år \(ändrat från/,
    );
    expect((await f.say('sven', '/lofte avtal Sävsjö 1 löfte 2')).tone).toBe('success');
    expect((await f.say('sven', '/lofte avtal Sävsjö 1 löfte 9')).headline).toMatch(
      /^Det finns inget sådant löfte/,
    );
    expect((await f.say('sven', '/lofte avtal Sävsjö 99 ansvar polis')).headline).toMatch(
      /^Det finns ingen aktivitet med det numret; medborgarlöftet har \d+\.$/,
    );
    expect(await actions()).toEqual(['activity.edit', 'activity.edit', 'activity.edit', 'activity.target']);
  });

  it('rewords a promise and the title: screened, said, audited and in the history; bad forms say the right one', async () => {
    const old = (await f.db.store.agreementForYear('0684', 2026))?.commitments[1]?.text;
    const reworded = await f.say('sven', '/lofte avtal Sävsjö löfte 2 Vi ska   arbeta för en trygg skolväg.');
    expect(reworded.headline).toBe('✅ Löfte 2 lyder nu: ”Vi ska arbeta för en trygg skolväg.”');
    expect(reworded.fallback).toContain('De publika sidorna visar den nya texten från nästa publicering.');
    expect((await f.say('sven', '/lofte avtal Sävsjö')).sections[2]?.title).toBe(
      'Löfte 2: Vi ska arbeta för en trygg skolväg.',
    );
    const titled = await f.say('sven', '/lofte avtal Sävsjö titel Medborgarlöfte Sävsjö 2025–2026');
    expect(titled.headline).toBe('✅ Medborgarlöftet heter nu ”Medborgarlöfte Sävsjö 2025–2026”');
    expect((await f.say('sven', '/lofte avtal Sävsjö')).sections[0]?.text).toBe(
      'Medborgarlöfte Sävsjö 2025–2026',
    );
    const bundle = await f.db.store.agreementForYear('0684', 2026);
    expect([bundle?.agreement.title, bundle?.commitments[1]?.text]).toEqual([
      'Medborgarlöfte Sävsjö 2025–2026',
      'Vi ska arbeta för en trygg skolväg.',
    ]);
    const refusals: [string, string | RegExp][] = [
      [
        '/lofte avtal Sävsjö löfte 2 Vi ska arbeta för en trygg skolväg.',
        'Texten är redan precis så. Ingenting har ändrats.',
      ],
      ['/lofte avtal Sävsjö löfte 9 Något', /^Det finns inget sådant löfte; medborgarlöftet har \d+\.$/],
      ['/lofte avtal Sävsjö löfte 2 Ring Kalle på 070-123 45 67', /^Texten innehåller /],
      ['/lofte avtal Sävsjö löfte 2', 'Skriv löftets nummer och sedan den nya texten.'],
      ['/lofte avtal Sävsjö löfte två Något', 'Skriv löftets nummer och sedan den nya texten.'],
      ['/lofte avtal Sävsjö titel', 'Skriv den nya titeln efter ordet titel.'],
      [`/lofte avtal Sävsjö titel ${'x'.repeat(201)}`, /^Texten är för lång/],
    ];
    for (const [command, headline] of refusals) {
      const r = await f.say('sven', command);
      expect(r.tone, command).toBe('error');
      expect(r.headline, command).toMatch(
        headline instanceof RegExp ? headline : new RegExp(`^${literal(headline)}$`),
      );
    }
    expect((await f.say('per', '/lofte avtal Sävsjö titel Något annat')).tone).toBe('error');
    // A refused rewording shows a rewording as its example.
    expect((await f.say('sven', '/lofte avtal Sävsjö titel Ring 070-123 45 67')).fallback).toContain(
      'Exempel: /lofte avtal Sävsjö löfte 2 Vi ska arbeta för en trygg skolväg',
    );
    const history = (await f.say('sven', '/lofte historik Sävsjö')).fallback;
    expect(history).toContain(`ändrade texten i löfte 2: ”${(old ?? '').replace(/\.$/, '').slice(0, 40)}`);
    expect(history).toContain('ändrade titeln: ”');
    const en = await f.say('sven', '/lofte agreement Sävsjö promise 1 We keep Sävsjö safe', { lang: 'en' });
    expect(en.headline).toBe('✅ Promise 1 now reads: “We keep Sävsjö safe”');
  });

  it('before the agreement starts a new target corrects the signed one; once it runs, the signed one is kept', async () => {
    await f.db.store.insertAgreement(
      {
        agreement: {
          id: 'eksjo-2027',
          municipalityCode: '0686',
          periodFrom: 2027,
          periodTo: 2027,
          signedOn: null,
          title: 'Medborgarlöfte Eksjö 2027',
          isDemo: false,
          source: 'test',
        },
        commitments: [],
        activities: [
          {
            id: 'eksjo-2027-a1',
            agreementId: 'eksjo-2027',
            commitmentId: null,
            position: 0,
            text: 'Trygghetsvandringar i centrum',
            responsible: 'gemensam',
            kind: null,
            target: null,
          },
        ],
      },
      f.clock.now(),
    );
    await f.db.store.grantRole(
      { person: 'console:sven', role: 'samordnare', scope: { type: 'kommun', id: '0686' } },
      f.clock.now(),
    );
    const set = await f.say('sven', '/lofte mål Eksjö 1 4 per tertial');
    expect(set.tone).toBe('success');
    const [activity] = (await f.db.store.agreementBundle('eksjo-2027'))?.activities ?? [];
    expect(activity?.target).toEqual({ count: 4, per: 'tertial' });
    expect(activity?.targetChange ?? null).toBeNull();
    expect((await f.say('sven', '/lofte avtal Eksjö')).fallback).not.toContain('ändrat från');
    // Before it begins, the agreement is not asked for again: the reply says when it applies.
    for (const command of ['/status Eksjö', '/insats Eksjö', '/sammanfattning Eksjö']) {
      const r = await f.say('sven', command);
      expect([r.tone, r.headline], command).toEqual([
        'error',
        'Medborgarlöftet 2027 för Eksjö börjar gälla 1 januari 2027.',
      ]);
      expect(r.fallback, command).not.toContain('/lofte import');
    }
  });

  it('an activity added after a tertial ended owes it no status text, and is kept with its day', async () => {
    await f.say('sven', '/lofte avtal Sävsjö ny aktivitet Föräldramöte om droger kommun');
    const bundle = await f.db.store.agreementForYear('0684', 2026);
    expect(bundle?.activities.at(-1)).toMatchObject({
      text: 'Föräldramöte om droger',
      addedOn: '2026-11-21',
    });
    const status = await f.say('sven', '/status Sävsjö');
    expect(status.sections[0]?.text).not.toContain('Föräldramöte');
  });

  it('adds an activity, removes one without registrations, refuses one with; polis may not; English too', async () => {
    const before = await f.say('sven', '/lofte avtal Sävsjö');
    const count = before.sections
      .flatMap((s) => s.text?.split('\n') ?? [])
      .filter((l) => /^\d+\. /.test(l)).length;
    const added = await f.say('sven', '/lofte avtal Sävsjö ny aktivitet Föräldramöte om droger kommun');
    expect(added.headline).toBe(`✅ Aktivitet ${count + 1} tillagd: Föräldramöte om droger`);
    const listed = await f.say('sven', '/lofte avtal Sävsjö');
    expect(listed.fallback).toContain(`${count + 1}. Föräldramöte om droger — Kommunen, inget mål`);
    const asked = await f.say('sven', `/lofte avtal Sävsjö ta bort ${count + 1}`);
    expect(asked.headline).toBe(`Ta bort aktivitet ${count + 1} ”Föräldramöte om droger”?`);
    expect((await f.press('sven', asked.buttons?.[0] as { actionId: string; value: string })).headline).toBe(
      `🗑️ Aktivitet ${count + 1} borttagen: Föräldramöte om droger`,
    );
    await f.say('per', '/insats Sävsjö');
    const bundle = await f.db.store.agreementForYear('0684', 2026);
    const insats = (bundle?.activities.findIndex((a) => a.kind === 'insats') ?? -1) + 1;
    expect(insats).toBeGreaterThan(0);
    const refused = await f.say('sven', `/lofte avtal Sävsjö ta bort ${insats}`);
    expect(refused.headline).toMatch(
      /^Det finns \d+ registreringar, så det går inte\. Ingenting har ändrats\.$/,
    );
    expect((await f.say('per', '/lofte mål Sävsjö 1 20 per år')).headline).toBe(
      'Du får inte skriva lägestexter för Sävsjö. Det får den som har rollen samordnare eller admin där.',
    );
    // Each wrong target says what was wrong, with the kommun typed in the example; a count may be a word.
    for (const [text, headline] of [
      ['/lofte mål Sävsjö 1 tjugo', 'Skriv vad målet gäller: per år, per tertial eller under perioden.'],
      [
        '/lofte mål Sävsjö 1 0 per år',
        'Målet ska vara ett antal från 1 till 9 999 (till exempel 12 eller tolv), eller inget.',
      ],
      [
        '/lofte mål Sävsjö 1 99999 per år',
        'Målet ska vara ett antal från 1 till 9 999 (till exempel 12 eller tolv), eller inget.',
      ],
      [
        '/lofte mål Sävsjö tolv per år',
        'Skriv aktivitetens nummer först; numren står i /lofte avtal <kommun>.',
      ],
      [
        '/lofte rätta 9ce6d6a1',
        'Skriv varför registreringen rättas, efter id:t (skälet sparas i historiken).',
      ],
    ] as const) {
      const refused = await f.say('sven', text);
      expect(refused.headline, text).toBe(headline);
      expect(refused.fallback, text).toContain(
        text.startsWith('/lofte mål') ? 'Exempel: /lofte mål Sävsjö' : 'Exempel: /lofte rätta 9ce6d6a1 ',
      );
    }
    expect(
      (await f.say('sven', '/lofte avtal Sävsjö ny aktivitet Samtal med 19121212-1212')).fallback,
    ).toContain('personnummer');
    expect((await f.say('sven', '/lofte avtal Sävsjö ångra import')).headline).toBe(
      'Det här medborgarlöftet är inte importerat från en fil och kan inte ångras så.',
    );
    const en = await f.say('sven', '/lofte avtal Sävsjö', { lang: 'en' });
    expect(en.headline).toBe('The agreement of Sävsjö 2025–2026');
    const enTarget = await f.say('sven', '/lofte target Sävsjö 2 12 per tertial', { lang: 'en' });
    expect(enTarget.headline).toMatch(
      /^✅ The target of 2\. .+ is now at least 12 per tertial \(was .+\)\.$/,
    );
    const enList = await f.say('sven', '/lofte agreement Sävsjö', { lang: 'en' });
    expect(enList.fallback).toMatch(/2\. .+ at least 12 per tertial \(changed from .+ on 21 Nov 2026\)/);
    expect(await actions()).toEqual(['activity.add', 'activity.remove', 'activity.target']);
  });
  it('the sanity limit per activity: shown, changed, audited, and the confirmation rule asks at the new limit', async () => {
    const bundle = await f.db.store.agreementForYear('0684', 2026);
    const n = (bundle?.activities.findIndex((a) => a.kind === 'insats') ?? -1) + 1;
    expect(n).toBeGreaterThan(0);
    const line = (r: { fallback: string }) => r.fallback.split('\n').find((l) => l.startsWith(`${n}. `));
    expect(line(await f.say('sven', '/lofte avtal Sävsjö'))).toMatch(/ · rimlighetsgräns 50 \(standard\)$/);

    // At the default, 12 is stored at once.
    const before = await chatRegistrations(f);
    expect((await f.say('per', '/insats Sävsjö 12')).tone).toBe('success');
    expect(await chatRegistrations(f)).toBe(before + 1);

    const set = await f.say('sven', `/lofte avtal Sävsjö ${n} gräns 10`);
    expect(set.headline).toMatch(
      new RegExp(
        `^✅ Rimlighetsgränsen för ${n}\\. .+ är nu 10 \\(var 50\\): registreringar över 10 frågar jag om först\\.$`,
      ),
    );
    expect(line(await f.say('sven', '/lofte avtal Sävsjö'))).toMatch(/ · rimlighetsgräns 10$/);

    // Now 11 is asked about, with nothing stored; 10 is stored at once; yes stores the 11.
    const asked = await f.say('per', '/insats Sävsjö 11');
    expect(asked.tone).toBe('warning');
    expect(asked.fallback).toContain('11 är fler än aktivitetens rimlighetsgräns på 10 per registrering.');
    expect(await chatRegistrations(f)).toBe(before + 1);
    expect((await f.say('per', '/insats Sävsjö 10')).tone).toBe('success');
    expect(await chatRegistrations(f)).toBe(before + 2);
    const yes = asked.buttons?.[0];
    expect(yes).toBeDefined();
    expect((await f.press('per', yes as { actionId: string; value: string })).tone).toBe('success');
    expect(await chatRegistrations(f)).toBe(before + 3);

    // Bad values say what is wrong; polis may not; back to the default; English; audited in words.
    expect((await f.say('sven', `/lofte avtal Sävsjö ${n} gräns 0`)).headline).toBe(
      'Skriv gränsen som ett antal mellan 1 och 10000, eller standard (50).',
    );
    expect((await f.say('per', `/lofte avtal Sävsjö ${n} gräns 80`)).headline).toMatch(/^Du får inte /);
    expect((await f.say('sven', `/lofte avtal Sävsjö ${n} gräns standard`)).headline).toMatch(
      /är nu 50 \(standard\) \(var 10\)/,
    );
    const en = await f.say('sven', `/lofte agreement Sävsjö ${n} limit 25`, { lang: 'en' });
    expect(en.headline).toMatch(/^✅ The sanity limit of .+ is now 25 \(was 50\)/);
    expect((await f.say('per', '/insats Sävsjö 30')).tone).toBe('warning');
    expect(await actions()).toEqual(['activity.limit', 'activity.limit', 'activity.limit']);
    const history = await f.say('sven', '/lofte historik Sävsjö');
    expect(history.fallback).toContain('ändrade rimlighetsgränsen 50 → 10');
    expect(history.fallback).not.toContain('activity.limit');
  });
});

function literal(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
