import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ReminderRecipient } from '../../src/bots/core/reminder-render.ts';
import { renderText } from '../../src/bots/core/render-text.ts';
import type { ReminderPayload } from '../../src/scheduler/types.ts';
import { type CoreFixture, coreFixture } from './fixtures.ts';

/**
 * An English reader is shown the English command words wherever a reply shows a command — an example after bad
 * input, a "Did you mean" and its button, a hint — never the Swedish ones (`/lofte avtal`, `/lofte admin roll`,
 * `/lofte språk`, `/hjalp`). Each row: who types what (in English), and a piece the reply must show.
 */

/** A Swedish command word as a command (the English catalogue's test has the same list). */
const SWEDISH_COMMAND =
  /\/(?:logga|samverkan|sammanfattning|rapportera|statistik|hjalp)\b|\/lofte (?:rätta|registreringar|språk|avtal|mål|historik|hem|admin (?:roll|koppla|område|ta bort))(?![\wåäö])/u;

describe('English replies show English command words [sqlite]', () => {
  let f: CoreFixture;
  beforeAll(async () => {
    f = await coreFixture('sqlite');
  });
  afterAll(async () => {
    expect(f.errors).toEqual([]);
    await f.dispose();
  });

  const CASES: readonly [string, string, string][] = [
    ['sven', '/lofte agreement Sävsjö 9 name x', 'Example: /lofte agreement Sävsjö'],
    ['sven', '/lofte agreement Sävsjö 2031', 'Example: /lofte agreement Sävsjö'],
    ['sven', '/lofte agreement Sävsjö promise 9 New words', 'Example: /lofte agreement Sävsjö'],
    ['admin', '/lofte admin role @kim police Sävsjö', 'Example: /lofte admin role @anna samordnare'],
    ['admin', '/lofte admin role kim polis Sävsjö', 'Example: /lofte admin role @anna samordnare'],
    ['admin', '/lofte admin roles', 'Example: /lofte admin roles Tranås'],
    ['admin', '/lofte admin remove role @kim', 'Example: /lofte admin remove role @anna samordnare'],
    ['admin', '/lofte admin remove role @kim polis', 'Example: /lofte admin remove role @anna'],
    ['admin', '/lofte admin unbind now', 'Example: /lofte admin unbind'],
    ['admin', '/lofte admin rolelr Sävsjö', 'Did you mean /lofte admin roles Sävsjö?'],
    ['admin', '/lofte admin rolelr Sävsjö', '[1] /lofte admin roles Sävsjö'],
    ['admin', '/lofte histrik Sävsjö', '/lofte history Sävsjö'],
    ['admin', '/lofte language xx', 'Example: /lofte language en'],
    ['admin', '/lofte correct abc', 'Example: /lofte correct abc logged twice'],
    ['sven', '/lofte target Sävsjö 9 4 per year', 'Example: /lofte agreement Sävsjö'],
    ['sven', '/help meeting', '/meeting — Collaboration meetings'],
    ['sven', '/help summary', '/summary — The follow-up table'],
    ['sven', '/help lofte', '/lofte agreement <kommun> new activity <text> [police|kommun|joint]'],
    ['sven', '/report Sävsjö avpublisera', 'Did you mean /report Sävsjö unpublish?'],
  ];
  it.each(CASES.map((c, i) => [i, ...c] as const))('%i: %s: %s', async (_i, person, text, want) => {
    const r = await f.say(person, text, { lang: 'en' });
    const shown = renderText(r, { titles: 'plain' });
    expect(shown).toContain(want);
    expect(shown.match(SWEDISH_COMMAND)).toBeNull();
  });

  it('the history quotes in English marks, “…”, what was written in Swedish', async () => {
    await f.say('sven', '/lofte agreement Sävsjö 5 name insatser narkotika', { lang: 'en' });
    const shown = renderText(await f.say('sven', '/lofte history Sävsjö', { lang: 'en' }), {
      titles: 'plain',
    });
    for (const want of [
      'changed activity 5 “insatser narkotika”: short name none → “insatser narkotika”',
      'loaded the demo data “Medborgarlöften i Sävsjö 2025–2026 (demo)”',
    ])
      expect(shown).toContain(want);
    expect(shown).not.toContain('”M');
  });

  // The activity kinds by the English names the replies use ("You can log: traffic control, …").
  const LOGGED: readonly [string, string][] = [
    ['/log traffic control Tranås', '✅ Traffic control logged in Tranås'],
    ['/log safety walks Tranås 2', '✅ 2 safety walks logged in Tranås'],
    ['/log licensed premises inspection Tranås', '✅ Licensed premises inspection logged in Tranås'],
    ['/log targeted operation Tranås yesterday', '✅ Targeted operation logged in Tranås'],
    ['/log information campaign Tranås', '✅ Information campaign logged in Tranås'],
  ];
  it.each(LOGGED.map((c, i) => [i, ...c] as const))(
    'logs a kind by its English name %i: %s',
    async (_i, text, want) => {
      const r = await f.say('admin', text, { lang: 'en' });
      expect(r.headline).toContain(want);
    },
  );

  const KINDS_SHOWN: readonly [string, string][] = [
    ['/log', 'Activities: targeted operation, traffic control, safety walk'],
    ['/log', 'Type for example traffic control, safety walk'],
    ['/log', 'Example: /log traffic control Tranås'],
    ['/log fiskafänge Tranås', 'Example: /log traffic control Tranås'],
    ['/help log', '/log traffic control Tranås'],
    ['/log trafikontrol', 'Did you mean traffic control?'],
  ];
  it.each(KINDS_SHOWN.map((c, i) => [i, ...c] as const))(
    'names kinds in English %i: %s',
    async (_i, text, want) => {
      const shown = renderText(await f.say('admin', text, { lang: 'en' }), { titles: 'plain' });
      expect(shown).toContain(want);
      expect(shown).not.toMatch(/trafikkontroll|trygghetsvandring|riktad insats/);
    },
  );

  it('the help overview gives each command an English example, /help too', async () => {
    const shown = renderText(await f.say('sven', '/help', { lang: 'en' }), { titles: 'plain' });
    const examples = shown.split('\n').filter((line) => line.startsWith('Example: '));
    expect(examples).toContain('Example: /help');
    expect(examples.filter((line) => SWEDISH_COMMAND.test(line))).toEqual([]);
  });

  it('the button of an English "Did you mean" runs the command it shows', async () => {
    const r = await f.say('admin', '/lofte admin rolelr Sävsjö', { lang: 'en' });
    const button = r.buttons?.[0];
    if (!button) throw new Error('no button');
    const ran = await f.press('admin', button);
    expect(button.label).toBe('/lofte admin roles Sävsjö');
    // The press itself carries no language here: the roles list, in whichever.
    expect(ran.fallback).toMatch(/^(Roles|Roller) i?n? ?Sävsjö/);
  });
});

describe('a chef’s nudge names who sent it [sqlite]', () => {
  let f: CoreFixture;
  beforeAll(async () => {
    f = await coreFixture('sqlite');
    // Lena's platform told the bot her name, as Slack's profile or Teams' from.name does.
    await f.db.store.setPersonName('console:lena', 'Lena Lind', 0);
    for (const person of ['sven', 'per']) await f.say(person, '/lofte language en');
  });
  afterAll(async () => {
    expect(f.errors).toEqual([]);
    await f.dispose();
  });

  it('by name, in each recipient’s message, never by platform id', async () => {
    const bundle = await f.db.store.agreementForYear('0684', 2026);
    if (!bundle) throw new Error('no agreement');
    const payload: ReminderPayload = {
      kind: 'tertial-nudge',
      subject: { scope: { type: 'kommun', id: '0684' }, name: 'Sävsjö', municipalityCode: '0684' },
      tertial: { year: 2026, tertial: 3, lastDay: '2026-12-31' },
      missing: bundle.activities.map((a) => ({
        municipalityCode: '0684',
        activityId: a.id,
        text: a.text,
        responsible: a.responsible,
      })),
      requestedBy: 'console:lena',
    };
    // The samordnare's status prompt, the police officer's count prompt, a channel's list.
    const CASES: readonly [ReminderRecipient, string][] = [
      [{ kind: 'person', person: 'console:sven' }, 'Reminder sent by Lena Lind.'],
      [{ kind: 'person', person: 'console:per' }, 'Reminder sent by Lena Lind.'],
      [{ kind: 'channel' }, 'Påminnelsen skickades av Lena Lind.'],
    ];
    for (const [recipient, want] of CASES) {
      const shown = renderText(await f.core.renderReminderFor(recipient, payload), { titles: 'plain' });
      expect(shown).toContain(want);
      expect(shown).not.toContain('console:lena');
    }
  });
});
