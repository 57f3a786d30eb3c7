import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { type CoreFixture, chatRegistrations, coreFixture, NOW } from './fixtures.ts';

/**
 * The date rule and the confirmation rule from the chat (Saturday 21 November 2026): questions with buttons instead
 * of silent guesses, nothing stored until answered, and every stored date named in full with its weekday.
 */
describe('dates, counts and confirmation in chat [sqlite]', () => {
  let f: CoreFixture;
  beforeEach(async () => {
    f = await coreFixture('sqlite');
  });
  afterEach(async () => {
    expect(f.errors).toEqual([]);
    await f.dispose();
  });

  it('a day-month far back asks "Menar du …?" and stores once on Yes', async () => {
    const before = await f.counts();
    const ask = await f.say('per', '/insats Sävsjö 24/12', { eventId: 'e-far' });
    expect(ask.headline).toBe('Menar du onsdag 24 december 2025?');
    expect(ask.fallback).toContain('Det är 332 dagar sedan.');
    expect(ask.fallback).toContain('Ingenting har sparats än.');
    expect(await f.counts()).toEqual(before);
    const yes = ask.buttons?.[0];
    expect(yes).toMatchObject({ actionId: 'confirm', label: 'Ja, 24 dec 2025', style: 'primary' });
    if (!yes) throw new Error('no button');
    const done = await f.press('per', yes);
    expect(done.headline).toMatch(/^✅ Riktad insats registrerad i Sävsjö onsdag 24 december 2025/);
    // The answer replaces the question in place; pressing Yes again is told it is answered and stores nothing.
    expect(done.replaceOriginal).toBe(true);
    const again = await f.press('per', yes);
    expect(again.headline).toMatch(/^Redan besvarat av per 21 nov: /);
    expect(await chatRegistrations(f)).toBe(1);
  });

  it('an ended, published tertial asks; a tertial published while it runs does not', async () => {
    const bundle = await f.db.store.agreementForYear('0684', 2026);
    const insats = bundle?.activities.find((a) => a.kind === 'insats');
    if (!insats) throw new Error('no insats');
    for (const tertial of [2, 3] as const) {
      await f.db.store.insertStatus({
        id: `published-t${tertial}`,
        activityId: insats.id,
        year: 2026,
        tertial,
        text: 'Pågår',
        count: null,
        actor: 'console:sven',
        platform: 'console',
        createdAt: NOW - 1000,
        published: true,
      });
    }
    const ask = await f.say('per', '/insats Sävsjö 2026-08-31');
    expect(ask.headline).toBe('Menar du måndag 31 augusti 2026?');
    expect(ask.fallback).toContain('Det tertialet är redan publicerat.');
    expect(await chatRegistrations(f)).toBe(0);
    // T3 2026 runs until 31 December: publishing it early does not make every day's work a question.
    const done = await f.say('per', '/insats Sävsjö igår');
    expect(done.headline).toMatch(/^✅ Riktad insats registrerad i Sävsjö fredag 20 november 2026/);
    expect(await chatRegistrations(f)).toBe(1);
  });

  it('a count over the sanity limit asks about the count', async () => {
    const ask = await f.say('per', '/insats Sävsjö 80');
    expect(ask.headline).toBe('Menar du 80 riktade insatser?');
    expect(ask.fallback).toContain('80 är fler än aktivitetens rimlighetsgräns på 50 per registrering.');
    const done = await f.press('per', ask.buttons?.[0] as { actionId: string; value: string });
    expect(done.headline).toMatch(/^✅ 80 riktade insatser registrerade i Sävsjö lördag 21 november 2026/);
  });

  it('says how the line was read, and asks when a number counts people', async () => {
    const done = await f.say('per', '/insats Sävsjö i fredags 2 kväll vid torget');
    expect(done.headline).toMatch(/^✅ 2 riktade insatser registrerade i Sävsjö fredag 20 november 2026/);
    expect(done.fallback).toContain(
      'Läst som: 2 riktade insatser (”2”) · fredag 20 november 2026 (”i fredags”) · anteckning: kväll vid torget',
    );
    const ask = await f.say('per', '/insats Sävsjö 3 ungdomar omhändertagna vid skolan');
    expect(ask.headline).toBe('Menar du 3 riktade insatser, eller 3 ungdomar i anteckningen?');
    expect(ask.buttons?.map((b) => b.label)).toEqual([
      '3 riktade insatser',
      '1 riktad insats, 3 ungdomar i anteckningen',
    ]);
    expect(await chatRegistrations(f)).toBe(1);
    const asNote = await f.press('per', ask.buttons?.[1] as { actionId: string; value: string });
    expect(asNote.headline).toMatch(/^✅ Riktad insats registrerad i Sävsjö lördag 21 november 2026/);
    expect(asNote.fallback).toContain('anteckning: 3 ungdomar omhändertagna vid skolan');
  });

  /** A line, the buttons pressed in turn (index in each question), and the reading of the stored line. */
  const PRESSED: readonly [string, number[], string][] = [
    [
      '/insats Savsjo',
      [0],
      'Läst som: 1 riktad insats (inget antal angivet) · lördag 21 november 2026 (idag) · ingen anteckning',
    ],
    [
      '/insats Savsjo igår 2 kväll vid torget',
      [0],
      'Läst som: 2 riktade insatser (”2”) · fredag 20 november 2026 (”igår”) · anteckning: kväll vid torget',
    ],
    [
      '/insats Sävsjö förra veckan',
      [2],
      'Läst som: 1 riktad insats (inget antal angivet) · onsdag 11 november 2026 (”förra veckan, onsdag”) · ingen anteckning',
    ],
    [
      '/insats Sävsjö 3 ungdomar omhändertagna',
      [0],
      'Läst som: 3 riktade insatser (”3”) · lördag 21 november 2026 (idag) · anteckning: ungdomar omhändertagna',
    ],
    [
      '/insats Sävsjö 3 ungdomar omhändertagna',
      [1],
      'Läst som: 1 riktad insats (inget antal angivet) · lördag 21 november 2026 (idag) · anteckning: 3 ungdomar omhändertagna',
    ],
    [
      '/insats Sävsjö 24/12 2',
      [0],
      'Läst som: 2 riktade insatser (”2”) · onsdag 24 december 2025 (”24/12”) · ingen anteckning',
    ],
    [
      '/insats Sävsjö 1 ungdom',
      [],
      'Läst som: 1 riktad insats (”1”, står kvar i anteckningen) · lördag 21 november 2026 (idag) · anteckning: 1 ungdom',
    ],
    [
      '/insats Savsjo 24/12 1 ungdom',
      [0, 0],
      'Läst som: 1 riktad insats (”1”, står kvar i anteckningen) · onsdag 24 december 2025 (”24/12”) · anteckning: 1 ungdom',
    ],
    [
      '/insats Savsjo förra veckan 4 killar',
      [0, 1, 0],
      'Läst som: 4 riktade insatser (”4”) · tisdag 10 november 2026 (”förra veckan, tisdag”) · anteckning: killar',
    ],
  ];

  it('after a button press, "Läst som" quotes the words typed, not the command the button ran', async () => {
    for (const [text, presses, reading] of PRESSED) {
      let r = await f.say('per', text);
      for (const i of presses)
        r = await f.press('per', r.buttons?.[i] as { actionId: string; value: string });
      expect([text, r.tone, r.fallback]).toEqual([text, 'success', expect.stringContaining(reading)]);
    }
  });

  it('a button pressed a day later stores the day the line meant, read in its words', async () => {
    const lines: readonly [string, string][] = [
      ['/insats Savsjo igår', 'fredag 20 november 2026 (”igår”)'],
      ['/insats Savsjo', 'lördag 21 november 2026 (inget datum angivet)'],
    ];
    const asked = await Promise.all(lines.map(([text]) => f.say('per', text)));
    f.clock.advance(86_400_000);
    for (const [k, [text, reading]] of lines.entries()) {
      const r = await f.press('per', asked[k]?.buttons?.[0] as { actionId: string; value: string });
      expect([text, r.fallback]).toEqual([text, expect.stringContaining(reading)]);
    }
  });

  it('förra veckan asks which day; imorgon is refused; English too', async () => {
    const ask = await f.say('per', '/insats Sävsjö förra veckan');
    expect(ask.headline).toBe('Vilken dag förra veckan?');
    expect(ask.buttons?.map((b) => b.label)).toEqual([
      'mån 9 nov',
      'tis 10 nov',
      'ons 11 nov',
      'tor 12 nov',
      'fre 13 nov',
    ]);
    const wed = await f.press('per', ask.buttons?.[2] as { actionId: string; value: string });
    expect(wed.headline).toMatch(/i Sävsjö onsdag 11 november 2026/);
    // A count the confirmation rule asks about: its question takes the day question's place (one live question).
    const many = await f.say('per', '/insats Sävsjö förra veckan 60');
    const asked = await f.press('per', many.buttons?.[2] as { actionId: string; value: string });
    expect(asked).toMatchObject({ tone: 'warning', replaceOriginal: true });
    expect(asked.headline).toMatch(/^Menar du 60 riktade insatser/);
    const tomorrow = await f.say('per', '/insats Sävsjö imorgon');
    expect(tomorrow.tone).toBe('error');
    expect(tomorrow.headline).toBe('22 nov 2026 har inte hänt än — datumet får inte vara efter idag.');
    const en = await f.say('per', '/insats Sävsjö last week', { lang: 'en' });
    expect(en.headline).toBe('Which day last week?');
    expect(en.buttons?.[0]?.label).toBe('Mon 9 Nov');
    expect(await chatRegistrations(f)).toBe(1);
  });

  it('a meeting moved into the past is refused; a day-month moves to the next such day', async () => {
    const past = await f.say('sven', '/samverkan Sävsjö flytta 2026-11-01');
    expect(past.tone).toBe('error');
    expect(past.headline).toBe(
      'Söndag 1 november 2026 har redan varit — ett möte kan inte flyttas eller planeras bakåt i tiden.',
    );
    const moved = await f.say('sven', '/samverkan Sävsjö flytta 16/2 17/2');
    expect(moved.headline).toBe(
      '📅 Samverkansmötet tisdag 16 februari 2027 är flyttat till onsdag 17 februari 2027.',
    );
  });

  it('a typo gets one line with the nearest command and a button that runs it; English too', async () => {
    const typo = await f.say('per', '/insat Sävsjö 2');
    expect(typo.headline).toBe('Menade du /insats Sävsjö 2?');
    expect(typo.sections).toEqual([]);
    expect(typo.buttons?.map((b) => b.label)).toEqual(['/insats Sävsjö 2', '/hjalp']);
    const done = await f.press('per', typo.buttons?.[0] as { actionId: string; value: string });
    expect(done.headline).toMatch(/^✅ 2 riktade insatser registrerade i Sävsjö lördag 21 november 2026/);
    const en = await f.say('per', '/insat Sävsjö', { lang: 'en' });
    expect(en.headline).toBe('Did you mean /insats Sävsjö?');
    const hej = await f.say('per', 'hej');
    expect(hej.headline).toBe('Jag känner inte till ”hej”. Skriv /hjalp för att se kommandona.');
    expect(hej.fallback.split('\n').length).toBeLessThanOrEqual(2);
  });

  it('/sammanfattning <kommun> fits a phone: one line per activity, worst first, the table one tap away', async () => {
    const r = await f.say('lena', '/sammanfattning Sävsjö');
    const bundle = await f.db.store.agreementForYear('0684', 2026);
    expect(bundle?.activities.length).toBe(8);
    const lines = r.fallback.split('\n').filter((l) => l.trim() !== '');
    expect(lines.length, r.fallback).toBeLessThanOrEqual(15);
    const rows = r.sections[1]?.text?.split('\n') ?? [];
    expect(rows).toHaveLength(8);
    const order = ['🟠', '⚪', '🟢', '✅', '📝'];
    const ranks = rows.map((row) => order.indexOf([...row][0] ?? ''));
    expect(ranks).toEqual([...ranks].sort((a, b) => a - b));
    const table = r.buttons?.find((b) => b.actionId === 'summary:table');
    expect(table?.label).toBe('Visa tabellen');
    const full = await f.press('lena', table as { actionId: string; value: string });
    expect(full.sections.some((sec) => sec.table?.columns[0] === 'Aktivitet')).toBe(true);
  });
});
