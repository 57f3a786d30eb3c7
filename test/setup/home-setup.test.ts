import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { type CoreFixture, coreFixture, NOW } from '../core/fixtures.ts';

/** The home (Slack App Home, `/lofte hem` anywhere) shows an admin or samordnare what to set up next. */

describe('home: what to set up next', () => {
  let f: CoreFixture;
  beforeEach(async () => {
    f = await coreFixture('sqlite', { demo: false });
    await f.db.store.grantRole(
      { person: 'console:admin', role: 'admin', scope: { type: 'all', id: 'alla' } },
      NOW,
    );
  });
  afterEach(async () => {
    expect(f.errors).toEqual([]);
    await f.dispose();
  });

  it('leads from an empty database to a kommun with nothing left to set up, with the command for each step', async () => {
    const empty = await f.say('admin', '/lofte hem');
    expect(empty.sections[0]?.title).toBe('Att ställa in härnäst');
    expect(empty.sections[0]?.text).toBe(
      '• Skapa ett polisområde: /lofte admin område ny "LPO Höglandet" Tranås Sävsjö Eksjö',
    );
    await f.say('admin', '/lofte admin område ny "LPO Höglandet" Tranås Sävsjö');
    const home = await f.say('admin', '/lofte hem');
    // Each kommun a section of its own, its name in the title (bold on every platform), the steps as plain text.
    const setup = (r: typeof home, name: string) =>
      r.sections.find((s) => s.title === `${name} · Att ställa in härnäst`)?.text?.split('\n') ?? [];
    expect(setup(home, 'Tranås')).toEqual([
      '• Importera medborgarlöftet: skicka filen till mig i ett direktmeddelande eller klistra in texten efter /lofte import',
      '• Skapa mötesserien: /samverkan Tranås ny tisdag 13:00 var 6:e vecka från 12/1',
      '• Koppla en kanal: skriv /lofte admin koppla Tranås i kanalen',
      '• Ge roller: /lofte admin roll @namn samordnare Tranås (polis, kommun, chef …)',
    ]);
    const button = home.buttons?.find((b) => b.label === 'Ny mötesserie Tranås');
    expect(button).toBeDefined();
    const form = await f.press('admin', button as { actionId: string; value: string });
    expect(form.form?.title).toBe('Ny mötesserie');

    await f.say('admin', '/samverkan Tranås ny tisdag 13:00 var 6:e vecka från 12/1');
    await f.say('admin', '/lofte admin koppla Tranås', { conversation: 'tranas' });
    await f.say('admin', '/lofte admin roll @anna samordnare Tranås');
    const after = await f.say('admin', '/lofte hem');
    expect(setup(after, 'Tranås')).toEqual([
      '• Importera medborgarlöftet: skicka filen till mig i ett direktmeddelande eller klistra in texten efter /lofte import',
    ]);
    expect(setup(after, 'Sävsjö').length).toBeGreaterThan(0);
    expect(after.buttons?.map((b) => b.label)).not.toContain('Ny mötesserie Tranås');

    const en = await f.say('admin', '/lofte home', { lang: 'en' });
    expect(en.sections[0]?.title).toBe('Sävsjö · To set up next');
    expect(en.sections[0]?.text).toContain(
      '• Import the agreement: send me the file in a direct message or paste the text after /lofte import',
    );
    // A samordnare (not an admin) is told to ask an administrator for what only one may do.
    await f.say('admin', '/lofte admin roll @sara samordnare Sävsjö');
    const sara = (await f.say('sara', '/lofte hem')).sections[0]?.text ?? '';
    expect(sara).toContain(
      '• Koppla en kanal: be en administratör skriva /lofte admin koppla Sävsjö i kanalen',
    );
    expect(sara).not.toContain('• Koppla en kanal: skriv');
    // A polis sees no set-up steps.
    await f.say('admin', '/lofte admin roll @per polis "LPO Höglandet"');
    const polis = await f.say('per', '/lofte hem');
    expect(polis.sections.map((s) => s.title ?? '').filter((t) => t.includes('Att ställa in'))).toEqual([]);
  });
});

describe('home: the kommuner of an area', () => {
  let f: CoreFixture;
  beforeEach(async () => {
    f = await coreFixture('sqlite');
  });
  afterEach(async () => {
    expect(f.errors).toEqual([]);
    await f.dispose();
  });

  it('shows the kommuner with an agreement first, names the idle ones in one line, and activities by short name', async () => {
    await f.say('sven', '/lofte avtal Sävsjö 5 namn insatser narkotika');
    const home = await f.say('lena', '/lofte hem');
    const titles = home.sections.map((s) => s.title ?? '');
    expect(titles.filter((t) => t.includes(' · Läget '))).toEqual([
      'Sävsjö · Läget T3 2026',
      'Tranås · Läget T3 2026',
    ]);
    expect(home.sections.at(-1)?.text).toBe(
      'Aneby, Eksjö, Nässjö och Vetlanda: inget medborgarlöfte gäller i år och inget samverkansmöte är planerat.',
    );
    const savsjo = home.sections.find((s) => s.title?.startsWith('Sävsjö'));
    expect(savsjo?.progress?.map((p) => p.label)).toContain('5. insatser narkotika');
    const en = await f.say('lena', '/lofte home', { lang: 'en' });
    expect(en.sections.at(-1)?.text).toBe(
      'Aneby, Eksjö, Nässjö and Vetlanda: no agreement in force this year and no collaboration meeting planned.',
    );
  });
});

describe('home: the line at the end', () => {
  let f: CoreFixture;
  beforeEach(async () => {
    f = await coreFixture('sqlite');
  });
  afterEach(async () => {
    await f.dispose();
  });

  it('tells only those who may log how to, in plain text (Teams and the terminal show markdown as typed)', async () => {
    const cases: readonly [string, 'sv' | 'en', string][] = [
      ['per', 'sv', 'Registrera med /insats <kommun>, se läget med /status <kommun>, hjälp med /hjalp.'],
      ['sven', 'sv', 'Registrera med /insats <kommun>, se läget med /status <kommun>, hjälp med /hjalp.'],
      // The chef of LPO Höglandet reads: no "Registrera", the area's summary instead.
      ['lena', 'sv', 'Se läget med /status <kommun> och /sammanfattning <kommun|område>, hjälp med /hjalp.'],
      ['lena', 'en', 'See progress with /status <kommun> and /summary <kommun|area>, help with /help.'],
      ['per', 'en', 'Log with /insats <kommun>, see progress with /status <kommun>, help with /help.'],
    ];
    for (const [who, lang, context] of cases) {
      const home = await f.say(who, '/lofte hem', { lang });
      expect(home.context, `${who} ${lang}`).toBe(context);
    }
  });
});
