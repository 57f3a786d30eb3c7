import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { renderText } from '../../src/bots/core/render-text.ts';
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
  ];
  it.each(CASES.map((c, i) => [i, ...c] as const))('%i: %s: %s', async (_i, person, text, want) => {
    const r = await f.say(person, text, { lang: 'en' });
    const shown = renderText(r, { titles: 'plain' });
    expect(shown).toContain(want);
    expect(shown.match(SWEDISH_COMMAND)).toBeNull();
  });

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
