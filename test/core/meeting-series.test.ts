import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Reply } from '../../src/bots/core/reply.ts';
import { testDialects } from '../support/databases.ts';
import { type CoreFixture, coreFixture } from './fixtures.ts';

/** The chat commands that create and keep a meeting series (today is Saturday 21 November 2026). */

function button(reply: Reply, index = 0): { actionId: string; value: string } {
  const b = reply.buttons?.[index];
  if (!b) throw new Error(`no button ${index} in: ${reply.fallback}`);
  return b;
}

async function audits(f: CoreFixture, prefix: string): Promise<string[]> {
  const entries = await f.db.store.audit({ limit: 1000 });
  return entries
    .map((e) => e.action)
    .filter((a) => a.startsWith(prefix))
    .sort();
}

describe.each(testDialects())('meeting series in chat [$name]', ({ name }) => {
  let f: CoreFixture;
  beforeEach(async () => {
    f = await coreFixture(name);
  });
  afterEach(async () => {
    expect(f.errors).toEqual([]);
    await f.dispose();
  });

  it('creates a series and echoes it in full, in Swedish and English; a second one is refused', async () => {
    const created = await f.say(
      'admin',
      '/samverkan Eksjö ny tisdag 13:00 var 6:e vecka från 12/1 plats Stadshuset',
    );
    expect(created.headline).toBe('✅ Mötesserie skapad för Eksjö');
    expect(created.sections[0]?.text).toBe(
      'Var 6:e vecka, tisdagar 13.00, från tis 12 jan 2027, Stadshuset. Nästa tre: 12 jan, 23 feb, 6 apr.',
    );
    expect(created.fallback).toContain(
      'Påminnelserna (7 dagar och 1 dag före, kl. 09.00) är planerade om och går till kanalen som är kopplad till LPO Höglandet.',
    );
    expect(await audits(f, 'meeting-series.')).toEqual(['meeting-series.create']);
    const list = await f.say('admin', '/samverkan Eksjö');
    expect(list.sections[0]?.text?.split('\n')).toEqual([
      '• 12 jan 2027 kl. 13.00, Stadshuset',
      '• 23 feb 2027 kl. 13.00, Stadshuset',
      '• 6 apr 2027 kl. 13.00, Stadshuset',
    ]);
    const again = await f.say('admin', '/samverkan Eksjö ny onsdag 10:00 varje vecka från 2027-01-13');
    expect(again.headline).toBe('Eksjö har redan en mötesserie.');
    expect(again.fallback).toContain('/samverkan Eksjö ändra från');

    const en = await f.say(
      'admin',
      '/meeting Nässjö new tuesday 13:00 every 6 weeks from 2027-01-12 at Town hall',
      {
        lang: 'en',
      },
    );
    expect(en.headline).toBe('✅ Meeting series created for Nässjö');
    expect(en.sections[0]?.text).toBe(
      'Every 6 weeks, Tuesdays 13:00, from Tue 12 Jan 2027, Town hall. Next three: 12 Jan, 23 Feb, 6 Apr.',
    );
  });

  it('says who the reminders reach, at the series reminder time: the channel, else the samordnare, else no one and how to fix it', async () => {
    const store = f.db.store;
    const eksjo = { type: 'kommun', id: '0686' } as const;
    const eva = { person: 'console:eva', role: 'samordnare', scope: eksjo } as const;
    const olle = {
      person: 'console:olle',
      role: 'samordnare',
      scope: { type: 'area', id: 'hoglandet' },
    } as const;
    // Eksjö has no channel of its own; the demo binds LPO Höglandet's, which gets Eksjö's reminders until unbound.
    const cases: [string, () => Promise<unknown>, string, 'sv' | 'en'][] = [
      [
        '/samverkan Eksjö ny tisdag 13:00 var 6:e vecka från 12/1',
        async () => {},
        'Påminnelserna (7 dagar och 1 dag före, kl. 09.00) är planerade om och går till kanalen som är kopplad till LPO Höglandet.',
        'sv',
      ],
      [
        '/samverkan Eksjö ändra från 1/3 torsdag 10:00',
        () => store.removeBinding('console', 'hoglandet'),
        'Ingen kanal är kopplad till Eksjö och ingen har rollen samordnare där, så påminnelserna före mötena (7 dagar och 1 dag före, kl. 09.00) når ingen än. Koppla en kanal med /lofte admin koppla Eksjö i Slack- eller Teams-kanalen, eller ge någon rollen: /lofte admin roll @namn samordnare Eksjö.',
        'sv',
      ],
      [
        '/samverkan Eksjö uppehåll 15/6 15/8',
        async () => {
          await store.grantRole(eva, 0);
          await store.setPersonName('console:eva', 'Eva Ek', 0);
          // The time the scheduler really uses is the series' own reminder time.
          const [running] = (await store.meetingSeriesFor(eksjo)).filter((s) => s.active && !s.endsOn);
          if (!running) throw new Error('no running series');
          await store.saveMeetingSeries({ ...running, remindAt: '08:30' }, 0);
        },
        'Ingen kanal är kopplad till Eksjö, så påminnelserna (7 dagar och 1 dag före, kl. 08.30) går som direktmeddelande till samordnaren Eva Ek. Koppla en kanal med /lofte admin koppla Eksjö så hamnar de där i stället.',
        'sv',
      ],
      [
        '/samverkan Eksjö uppehåll 20/9 10/10',
        () => store.grantRole(olle, 0),
        'No channel is bound to Eksjö, so the reminders (7 days and 1 day before, at 08:30) go as a direct message to the samordnare Eva Ek and olle. Bind a channel with /lofte admin bind Eksjö to have them posted there instead.',
        'en',
      ],
    ];
    for (const [command, before, note, lang] of cases) {
      await before();
      const answer = await f.say('admin', command, { lang });
      expect(answer.sections.at(-1)?.text, command).toBe(note);
    }
  });

  it('a date that is not the weekday gets a proposal with buttons; nothing is stored until one is pressed', async () => {
    const before = await f.counts();
    const asked = await f.say(
      'admin',
      '/samverkan Eksjö ny tisdag 13:00 var 6:e vecka från 2027-01-13 plats Stadshuset',
    );
    expect(asked.headline).toBe('13 jan 2027 är ingen tisdag.');
    expect(asked.sections[0]?.text).toBe(
      'Nästa tisdag är tis 19 jan 2027. Ingenting har sparats än — välj en knapp.',
    );
    expect(asked.buttons?.map((b) => b.label)).toEqual(['Börja tis 19 jan', 'Börja ons 13 jan']);
    expect(await f.counts()).toEqual(before);
    const created = await f.press('admin', button(asked, 0));
    expect(created.sections[0]?.text).toMatch(
      /^Var 6:e vecka, tisdagar 13.00, från tis 19 jan 2027, Stadshuset\./,
    );
    const en = await f.say('admin', '/meeting Nässjö new tuesday 13:00 every 6 weeks from 2027-01-13', {
      lang: 'en',
    });
    expect(en.headline).toBe('13 Jan 2027 is not a Tuesday.');
    expect(en.buttons?.map((b) => b.label)).toEqual(['Start Tue 19 Jan', 'Start Wed 13 Jan']);
  });

  it('refuses the past, a polis, and incomplete commands with the right form; nothing is stored', async () => {
    const before = await f.counts();
    const cases: [string, string, string][] = [
      [
        'admin',
        '/samverkan Eksjö ny tisdag 13:00 var 6:e vecka från 2026-11-17',
        'Tisdag 17 november 2026 har redan varit',
      ],
      [
        'per',
        '/samverkan Eksjö ny tisdag 13:00 var 6:e vecka från 12/1',
        'Du får inte ändra samverkansmöten för Eksjö',
      ],
      ['admin', '/samverkan Eksjö ny tisdag var 6:e vecka från 12/1', 'Vilken tid?'],
      ['admin', '/samverkan Eksjö ny tisdag 13:00 från 12/1', 'Hur ofta?'],
      ['admin', '/samverkan Eksjö ny tisdag 13:00 var 6:e vecka', 'Från vilket datum?'],
      ['admin', '/samverkan Eksjö ny tisdag 13:00 var 60:e vecka från 12/1', 'Hur ofta?'],
      [
        'admin',
        '/samverkan Eksjö ny tisdag 13:00 var 6:e vecka från 12/1 kaffe',
        'Jag förstår inte ”kaffe”.',
      ],
      ['admin', '/samverkan Eksjö ändra från 1/3', 'Vad ska ändras?'],
      ['admin', '/samverkan Eksjö uppehåll 15/6', 'Skriv uppehållet som två datum'],
      ['admin', '/samverkan Eksjö ändra från 1/3 onsdag', 'Eksjö har ingen mötesserie'],
    ];
    for (const [who, text, expected] of cases) {
      const r = await f.say(who, text);
      expect(r.tone, text).toBe('error');
      expect(r.headline, text).toContain(expected);
      expect(r.fallback, text).toMatch(/Exempel: \/samverkan|Ingenting har sparats/);
    }
    const en = await f.say('admin', '/meeting Eksjö new tuesday every 6 weeks from 12/1', { lang: 'en' });
    expect(en.headline).toBe('What time? Type for example 13:00.');
    expect(en.fallback).toContain('Example: /meeting Eksjö new tuesday 13:00 every 6 weeks');
    expect(await f.counts()).toEqual(before);
  });

  it('ändra från keeps earlier meetings, drops moved and cancelled ones after the date, and says so', async () => {
    await f.say('admin', '/samverkan Eksjö ny tisdag 13:00 var 6:e vecka från 12/1 plats Stadshuset');
    await f.say('admin', '/samverkan Eksjö flytta 6/4 8/4');
    const changed = await f.say('admin', '/samverkan Eksjö ändra från 1/3 torsdag 10:00 var 4:e vecka');
    expect(changed.headline).toBe('✅ Mötesserien i Eksjö är ändrad från 1 mar 2027');
    expect(changed.sections.map((s) => s.text)).toEqual([
      'Var 4:e vecka, torsdagar 10.00, från tor 4 mar 2027, Stadshuset. Nästa tre: 4 mar, 1 apr, 29 apr.',
      'Möten före 1 mar 2027 är kvar som de var.',
      'Flyttade eller inställda möten som inte längre gäller: 8 apr.',
      'Påminnelserna (7 dagar och 1 dag före, kl. 09.00) är planerade om och går till kanalen som är kopplad till LPO Höglandet.',
    ]);
    const list = await f.say('admin', '/samverkan Eksjö');
    expect(list.sections[0]?.text?.split('\n')).toEqual([
      '• 12 jan 2027 kl. 13.00, Stadshuset',
      '• 23 feb 2027 kl. 13.00, Stadshuset',
      '• 4 mar 2027 kl. 10.00, Stadshuset',
    ]);
    expect(await audits(f, 'meeting-series.')).toEqual(['meeting-series.change', 'meeting-series.create']);
    const en = await f.say('admin', '/meeting Eksjö change from 2027-05-01 at Town hall', { lang: 'en' });
    expect(en.headline).toBe('✅ The meeting series of Eksjö is changed from 1 May 2027');
    expect(en.sections[1]?.text).toBe('Meetings before 1 May 2027 stay as they were.');
  });

  it('the list’s footer says the rhythm of the listed meetings, and a change of it after them', async () => {
    const cases: [string, string][] = [
      [
        '/samverkan Eksjö ändra från 2027-09-01 torsdag var 4:e vecka',
        'Var 6:e vecka. Från 2 sep: var 4:e vecka.',
      ],
      [
        '/samverkan Eksjö ändra från 1/3 torsdag 10:00 var 4:e vecka',
        'Var 6:e vecka. Från 4 mar: var 4:e vecka.',
      ],
      ['/samverkan Eksjö ändra från 2027-09-01 torsdag', 'Var 6:e vecka.'],
    ];
    for (const [change, footer] of cases) {
      await f.say('admin', '/samverkan Eksjö ny tisdag 13:00 var 6:e vecka från 12/1');
      expect((await f.say('admin', change)).tone, change).toBe('success');
      const list = await f.say('admin', '/samverkan Eksjö nästa');
      expect(list.sections[0]?.text?.split('\n')[0], change).toBe('• 12 jan 2027 kl. 13.00');
      expect(list.context?.split('\n')[0], change).toBe(footer);
      await f.say('admin', '/samverkan Eksjö avsluta ja');
    }
    await f.say('admin', '/samverkan Eksjö ny tisdag 13:00 var 6:e vecka från 12/1');
    await f.say('admin', '/samverkan Eksjö ändra från 2027-09-01 var 4:e vecka');
    expect((await f.say('admin', '/meeting Eksjö', { lang: 'en' })).context?.split('\n')[0]).toBe(
      'Every 6 weeks. From 21 Sep: every 4 weeks.',
    );
  });

  it('uppehåll cancels the meetings in a range; ställ in asks first, and Ångra and återställ bring it back', async () => {
    await f.say('admin', '/samverkan Eksjö ny tisdag 13:00 varannan vecka från 1/6');
    const paused = await f.say('admin', '/samverkan Eksjö uppehåll 15/6 15/8');
    expect(paused.headline).toBe('⏸️ Uppehåll i Eksjö 15 jun 2027–15 aug 2027');
    expect(paused.sections[1]?.text).toBe('Inställda möten: 15 jun, 29 jun, 13 jul, 27 jul, 10 aug.');
    expect(paused.sections[0]?.text).toMatch(/Nästa tre: 1 jun, 24 aug, 7 sep\.$/);

    const asked = await f.say('admin', '/samverkan Eksjö ställ in 24/8');
    expect(asked.headline).toBe('Ställa in samverkansmötet tisdag 24 augusti 2027?');
    expect(asked.buttons?.map((b) => b.label)).toEqual(['Ja, ställ in', 'Nej, behåll']);
    expect((await f.say('admin', '/samverkan Eksjö')).fallback).toContain('24 aug 2027');
    const cancelled = await f.press('admin', button(asked, 0));
    expect(cancelled.headline).toBe('🚫 Samverkansmötet tisdag 24 augusti 2027 är inställt.');
    expect((await f.say('admin', '/samverkan Eksjö')).fallback).not.toContain('24 aug 2027');
    const undone = await f.press('admin', button(cancelled, 0));
    expect(undone.headline).toBe('↩️ Samverkansmötet tisdag 24 augusti 2027 är återställt.');
    expect((await f.say('admin', '/samverkan Eksjö')).fallback).toContain('24 aug 2027');

    const restored = await f.say('admin', '/samverkan Eksjö återställ 13/7');
    expect(restored.headline).toBe('↩️ Samverkansmötet tisdag 13 juli 2027 är återställt.');
    expect((await f.say('admin', '/samverkan Eksjö återställ 13/7')).headline).toBe(
      'Mötet 13 jul 2027 är inte inställt.',
    );
    expect((await f.say('admin', '/samverkan Eksjö flytta 1/6 2026-11-01')).headline).toBe(
      'Söndag 1 november 2026 har redan varit — ett möte kan inte flyttas eller planeras bakåt i tiden.',
    );
    await f.say('admin', '/lofte språk en');
    const en = await f.say('admin', '/meeting Eksjö cancel 7/9');
    expect(en.headline).toBe('Cancel the meeting on Tuesday 7 September 2027?');
    const enDone = await f.press('admin', button(en, 0));
    expect(enDone.headline).toBe('🚫 The collaboration meeting on Tuesday 7 September 2027 is cancelled.');
    expect(enDone.buttons?.[0]?.label).toBe('Undo');
    const enPause = await f.say('admin', '/meeting Eksjö pause 2027-10-01 2027-10-31', { lang: 'en' });
    expect(enPause.headline).toBe('⏸️ Break in Eksjö 1 Oct 2027–31 Oct 2027');
    const enRestore = await f.say('admin', '/meeting Eksjö restore 7/9', { lang: 'en' });
    expect(enRestore.headline).toBe('↩️ The meeting on Tuesday 7 September 2027 is restored.');
  });

  it('avsluta ends the series; flags holidays and the Christmas week with buttons that move the meeting', async () => {
    const created = await f.say('admin', '/samverkan Eksjö ny onsdag 10:00 var 2:a vecka från 2026-12-02');
    // 2 dec, 16 dec, 30 dec (Christmas week), … 6 jan 2027 is not on the rhythm; 13 jan is.
    expect(created.fallback).toContain('30 dec är i mellandagarna — flytta till 23 dec eller 13 jan?');
    const move = created.buttons?.find((b) => b.label === '30 dec → 23 dec');
    expect(move).toBeDefined();
    const moved = await f.press('admin', move as { actionId: string; value: string });
    expect(moved.headline).toBe(
      '📅 Samverkansmötet onsdag 30 december 2026 är flyttat till onsdag 23 december 2026.',
    );
    const ended = await f.say('admin', '/samverkan Eksjö avsluta 2027-03-01 ja');
    expect(ended.headline).toBe('🛑 Mötesserien i Eksjö är avslutad: inga möten från och med 1 mar 2027.');
    const list = await f.say('admin', '/samverkan Eksjö');
    expect(list.sections[0]?.text?.split('\n').length).toBe(3);
    const none = await f.say('admin', '/samverkan Eksjö avsluta');
    expect(none.headline).toBe('Eksjö har ingen mötesserie för samverkansmöten i Löftesbot.');
    const en = await f.say('admin', '/meeting Nässjö new thursday 09:00 every week from 2027-04-29', {
      lang: 'en',
    });
    expect(en.fallback).toContain(
      '6 May is a public holiday (Kristi himmelsfärdsdag) — move it to 29 Apr or 13 May?',
    );
    const enEnd = await f.say('admin', '/meeting Nässjö end yes', { lang: 'en' });
    expect(enEnd.headline).toBe(
      '🛑 The meeting series of Nässjö has ended: no meetings on or after 22 Nov 2026.',
    );
  });

  it('flytta and återställ onto a holiday, the Christmas week or a weekend flag it with buttons to move it', async () => {
    await f.say('admin', '/samverkan Eksjö ny tisdag 13:00 var 6:e vecka från 12/1');
    // Tuesdays 12 jan, 23 feb, 6 apr, 18 maj, 29 jun 2027 …
    const cases: [string, string, string | null, string[]][] = [
      [
        '/samverkan Eksjö flytta 2027-01-12 2026-12-28',
        '📅 Samverkansmötet tisdag 12 januari 2027 är flyttat till måndag 28 december 2026.',
        '• 28 dec är i mellandagarna — flytta till 21 dec eller 4 jan?',
        ['28 dec → 21 dec', '28 dec → 4 jan'],
      ],
      [
        '/samverkan Eksjö flytta 2027-02-23 2027-01-31',
        '📅 Samverkansmötet tisdag 23 februari 2027 är flyttat till söndag 31 januari 2027.',
        '• 31 jan är en söndag — flytta till 29 jan eller 1 feb?',
        ['31 jan → 29 jan', '31 jan → 1 feb'],
      ],
      [
        '/samverkan Eksjö flytta 2027-05-18 2027-05-06',
        '📅 Samverkansmötet tisdag 18 maj 2027 är flyttat till torsdag 6 maj 2027.',
        '• 6 maj är Kristi himmelsfärdsdag — flytta till 29 apr eller 13 maj?',
        ['6 maj → 29 apr', '6 maj → 13 maj'],
      ],
      [
        '/samverkan Eksjö flytta 2027-04-06 2027-04-07',
        '📅 Samverkansmötet tisdag 6 april 2027 är flyttat till onsdag 7 april 2027.',
        null,
        [],
      ],
      [
        '/samverkan Eksjö ställ in 2027-05-06 ja',
        '🚫 Samverkansmötet torsdag 6 maj 2027 är inställt.',
        null,
        ['Ångra'],
      ],
      [
        '/samverkan Eksjö återställ 2027-05-06',
        '↩️ Samverkansmötet torsdag 6 maj 2027 är återställt.',
        '• 6 maj är Kristi himmelsfärdsdag — flytta till 29 apr eller 13 maj?',
        ['6 maj → 29 apr', '6 maj → 13 maj'],
      ],
    ];
    for (const [text, headline, flag, buttons] of cases) {
      const r = await f.say('admin', text);
      expect(r.headline, text).toBe(headline);
      expect(r.sections.find((x) => x.title === 'Att se över')?.text ?? null, text).toBe(flag);
      expect(r.buttons?.map((b) => b.label) ?? [], text).toEqual(buttons);
    }
    const sunday = await f.say('admin', '/samverkan Eksjö');
    expect(sunday.fallback).toContain('31 jan 2027');
    const moved = await f.press(
      'admin',
      button(await f.say('admin', '/samverkan Eksjö flytta 2027-01-31 2027-01-30'), 1),
    );
    expect(moved.headline).toBe(
      '📅 Samverkansmötet lördag 30 januari 2027 är flyttat till måndag 1 februari 2027.',
    );
    expect(moved.buttons ?? []).toEqual([]);
    const en = await f.say('admin', '/meeting Eksjö move 2027-02-01 2027-02-07', { lang: 'en' });
    expect(en.fallback).toContain('7 Feb is a Sunday — move it to 5 Feb or 8 Feb?');
  });

  it('ny alone opens a form; submitting it creates the series, a bad field is named', async () => {
    const form = await f.say('admin', '/samverkan Eksjö ny');
    expect(form.form?.fields.map((x) => x.id)).toEqual(['weekday', 'time', 'every', 'first', 'place']);
    const submit = (values: Record<string, string>) =>
      f.core.submitForm({
        eventId: `form-${Math.random()}`,
        platform: 'console',
        person: 'console:admin',
        conversationId: 'terminal',
        formId: form.form?.formId as string,
        state: form.form?.state as string,
        values,
      });
    const bad = await submit({ weekday: 'tisdag', time: 'lunch', every: '6', first: '12/1', place: '' });
    expect(bad).toMatchObject({ ok: false, errors: { time: 'En tid, t.ex. 13.00' } });
    expect(form.form?.fields.find((x) => x.id === 'first')?.hint).toBe(
      'Skriv datumet som 2027-01-12, 12/1 eller 12 jan — idag eller senare, ett möte ligger aldrig bakåt i tiden.',
    );
    const past = await submit({ weekday: '', time: '13:00', every: '6', first: '2026-11-17', place: '' });
    expect(past).toMatchObject({
      ok: false,
      errors: {
        first:
          'Tisdag 17 november 2026 har redan varit — ett möte kan inte flyttas eller planeras bakåt i tiden.',
      },
    });
    const ok = await submit({
      weekday: 'tisdag',
      time: '13:00',
      every: '6',
      first: '12/1',
      place: 'Stadshuset',
    });
    expect(ok.ok && ok.reply.sections[0]?.text).toBe(
      'Var 6:e vecka, tisdagar 13.00, från tis 12 jan 2027, Stadshuset. Nästa tre: 12 jan, 23 feb, 6 apr.',
    );
    // Submitted once more (a second window): answered as the typed command, not pinned to a field.
    const twice = await submit({ weekday: 'torsdag', time: '09:30', every: '4', first: '14/1', place: '' });
    expect(twice.ok && twice.reply.headline).toBe('Eksjö har redan en mötesserie.');
    // With a series, or without the right, the form does not open: the answer is the typed command's.
    const cases: [string, string, string][] = [
      ['admin', '/samverkan Eksjö ny', 'Eksjö har redan en mötesserie.'],
      ['per', '/samverkan Nässjö ny', 'Du får inte ändra samverkansmöten för Nässjö'],
    ];
    for (const [who, text, headline] of cases) {
      const r = await f.say(who, text);
      expect(r.form, text).toBeUndefined();
      expect(r.tone, text).toBe('error');
      expect(r.headline, text).toContain(headline);
    }
    expect((await f.say('admin', '/samverkan Eksjö ny')).fallback).toContain('/samverkan Eksjö ändra från');
  });
});

describe('a police area’s own series in chat', () => {
  let f: CoreFixture;
  beforeEach(async () => {
    f = await coreFixture('sqlite');
  });
  afterEach(async () => {
    expect(f.errors).toEqual([]);
    await f.dispose();
  });

  it('an admin of the area creates and ends it; it applies to each of its kommuner; a kommun samordnare may not', async () => {
    expect(
      (await f.say('sven', '/samverkan LPO Höglandet ny torsdag 09:30 var 6:e vecka från 14/1')).headline,
    ).toBe(
      'Du får inte ändra samverkansmöten för LPO Höglandet. Det får den som har rollen samordnare eller admin där.',
    );
    const created = await f.say(
      'admin',
      '/samverkan LPO Höglandet ny torsdag 09:30 var 6:e vecka från 14/1 plats Polishuset',
    );
    expect(created.headline).toBe('✅ Mötesserie skapad för LPO Höglandet');
    expect(created.sections[0]?.text).toBe(
      'Var 6:e vecka, torsdagar 09.30, från tor 14 jan 2027, Polishuset. Nästa tre: 14 jan, 25 feb, 8 apr.',
    );
    expect((await f.say('admin', '/samverkan Eksjö')).fallback).toContain(
      '14 jan 2027 kl. 09.30, Polishuset',
    );
    const ended = await f.say('admin', '/samverkan LPO Höglandet avsluta 2027-03-01 ja');
    expect(ended.headline).toBe(
      '🛑 Mötesserien i LPO Höglandet är avslutad: inga möten från och med 1 mar 2027.',
    );
    const en = await f.say('admin', '/meeting LPO Höglandet end', { lang: 'en' });
    expect(en.headline).toBe('LPO Höglandet has no collaboration meeting series in Löftesbot.');
  });

  it('a kommun command never changes the area’s series: it points to the area command, which does', async () => {
    await f.say('admin', '/lofte admin roll @karin samordnare Eksjö');
    await f.say('admin', '/samverkan Eksjö ny tisdag 13:00 var 6:e vecka från 12/1');
    await f.say('admin', '/samverkan LPO Höglandet ny torsdag 09:30 var 6:e vecka från 14/1');
    const ownEnded = await f.say('karin', '/samverkan Eksjö avsluta ja');
    expect(ownEnded.headline).toBe(
      '🛑 Mötesserien i Eksjö är avslutad: inga möten från och med 22 nov 2026.',
    );
    const before = await f.counts();
    const cases: [string, string][] = [
      [
        '/samverkan Eksjö avsluta',
        'Områdets serie (LPO Höglandet) avslutas med /samverkan LPO Höglandet avsluta.',
      ],
      [
        '/samverkan Eksjö avsluta 2027-03-01',
        'Områdets serie (LPO Höglandet) avslutas med /samverkan LPO Höglandet avsluta 2027-03-01.',
      ],
      [
        '/samverkan Eksjö ändra från 1/3 onsdag 10:00 var 4:e vecka',
        'Områdets serie (LPO Höglandet) ändras med /samverkan LPO Höglandet ändra från 2027-03-01 onsdag 10:00 var 4:e vecka.',
      ],
      [
        '/samverkan Eksjö uppehåll 15/6 15/8',
        'Områdets serie (LPO Höglandet) får uppehåll med /samverkan LPO Höglandet uppehåll 2027-06-15 2027-08-15.',
      ],
    ];
    for (const who of ['karin', 'admin']) {
      for (const [text, pointer] of cases) {
        const r = await f.say(who, text);
        expect(r.tone, `${who}: ${text}`).toBe('error');
        expect(r.headline, `${who}: ${text}`).toBe('Eksjö har ingen egen aktiv mötesserie.');
        expect(r.sections[0]?.text, `${who}: ${text}`).toBe(`${pointer} Ingenting har sparats.`);
      }
    }
    expect(await f.counts()).toEqual(before);
    expect((await f.say('admin', '/samverkan Eksjö')).fallback).toContain('14 jan 2027 kl. 09.30');
    // Someone without the right in Eksjö is told so, not about the area's series.
    expect((await f.say('per', '/samverkan Eksjö avsluta')).headline).toContain(
      'Du får inte ändra samverkansmöten för Eksjö',
    );
    // One meeting of the area's series is shared by all its kommuner: a kommun's samordnare may not move, cancel or
    // restore it (nothing stored); an admin of the area may.
    for (const text of ['/samverkan Eksjö flytta 14/1 15/1', '/samverkan Eksjö ställ in 14/1']) {
      const refused = await f.say('karin', text);
      expect(refused.headline, text).toBe(
        'Mötet hör till LPO Höglandets mötesserie och gäller alla dess kommuner: det ändras av en samordnare eller administratör för LPO Höglandet.',
      );
      expect(refused.tone, text).toBe('error');
    }
    expect(await f.counts()).toEqual(before);
    expect((await f.say('admin', '/samverkan Eksjö flytta 14/1 15/1')).tone).toBe('success');
    // The area's own commands change it; a kommun samordnare may not.
    expect((await f.say('karin', '/samverkan LPO Höglandet uppehåll 15/6 15/8')).headline).toContain(
      'Du får inte ändra samverkansmöten för LPO Höglandet',
    );
    const paused = await f.say('admin', '/samverkan LPO Höglandet uppehåll 2027-06-15 2027-08-15');
    expect(paused.headline).toBe('⏸️ Uppehåll i LPO Höglandet 15 jun 2027–15 aug 2027');
    const changed = await f.say('admin', '/samverkan LPO Höglandet ändra från 2027-03-01 onsdag 10:00');
    expect(changed.headline).toBe('✅ Mötesserien i LPO Höglandet är ändrad från 1 mar 2027');
    expect(changed.sections[0]?.text).toMatch(/^Var 6:e vecka, onsdagar 10.00, från ons 3 mar 2027\./);
    expect(changed.buttons ?? []).toEqual([]);
    const ended = await f.say('admin', '/samverkan LPO Höglandet avsluta 2027-09-01 ja');
    expect(ended.headline).toBe(
      '🛑 Mötesserien i LPO Höglandet är avslutad: inga möten från och med 1 sep 2027.',
    );
  });

  it('avsluta asks first, saying from which day and which meetings go; only the asker may press Ja, avsluta', async () => {
    await f.say('admin', '/lofte admin roll @karin samordnare Eksjö');
    await f.say('admin', '/samverkan Eksjö ny tisdag 13:00 var 6:e vecka från 12/1');
    await f.say('admin', '/samverkan LPO Höglandet ny torsdag 09:30 var 6:e vecka från 14/1');
    const cases: [string, 'sv' | 'en', string, string, string, string][] = [
      [
        '/samverkan Eksjö avsluta',
        'sv',
        'Avsluta mötesserien i Eksjö? Inga möten från och med 22 nov 2026.',
        'Ingenting är ändrat än. 8 kommande möten (12 jan, 23 feb, 6 apr, 18 maj, 29 jun …) och deras påminnelser tas bort om du avslutar serien.',
        'Ja, avsluta',
        'Avbryt',
      ],
      [
        '/samverkan Eksjö avsluta 2027-03-01',
        'sv',
        'Avsluta mötesserien i Eksjö? Inga möten från och med 1 mar 2027.',
        'Ingenting är ändrat än. 8 kommande möten (6 apr, 18 maj, 29 jun, 10 aug, 21 sep …) och deras påminnelser tas bort om du avslutar serien.',
        'Ja, avsluta',
        'Avbryt',
      ],
      [
        '/meeting Eksjö end from 2027-12-01',
        'en',
        'End the meeting series of Eksjö? No meetings on or after 1 Dec 2027.',
        'Nothing has changed yet. 9 coming meetings (14 Dec, 25 Jan, 7 Mar, 18 Apr, 30 May …) and their reminders are removed if you end the series.',
        'Yes, end it',
        'Cancel',
      ],
      [
        '/samverkan LPO Höglandet avsluta 2027-02-01',
        'sv',
        'Avsluta mötesserien i LPO Höglandet? Inga möten från och med 1 feb 2027.',
        'Ingenting är ändrat än. 9 kommande möten (25 feb, 8 apr, 20 maj, 1 jul, 12 aug …) och deras påminnelser tas bort om du avslutar serien.',
        'Ja, avsluta',
        'Avbryt',
      ],
    ];
    const before = await f.counts();
    for (const [text, lang, headline, what, yes, no] of cases) {
      const asked = await f.say('admin', text, { lang });
      expect(asked.tone, text).toBe('warning');
      expect(asked.headline, text).toBe(headline);
      expect(asked.sections[0]?.text, text).toBe(what);
      expect(
        asked.buttons?.map((b) => b.label),
        text,
      ).toEqual([yes, no]);
      // Someone else pressing the asker's button stores nothing.
      await f.press('karin', button(asked, 0));
      expect(await f.counts(), text).toEqual(before);
      expect(await audits(f, 'meeting-series.end'), text).toEqual([]);
    }
    const asked = await f.say('admin', '/samverkan Eksjö avsluta 2027-03-01');
    const kept = await f.press('admin', button(asked, 1));
    expect(kept.fallback).toContain('12 jan 2027 kl. 13.00');
    expect(await audits(f, 'meeting-series.end')).toEqual([]);
    const ended = await f.press('admin', button(asked, 0));
    expect(ended.headline).toBe('🛑 Mötesserien i Eksjö är avslutad: inga möten från och med 1 mar 2027.');
    expect(ended.sections[0]?.text).toBe('8 kommande möten och deras påminnelser är borttagna.');
    expect(await audits(f, 'meeting-series.end')).toEqual(['meeting-series.end']);
  });
});
