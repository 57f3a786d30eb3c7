import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { renderText } from '../../src/bots/core/render-text.ts';
import { testDialects } from '../support/databases.ts';
import { type CoreFixture, coreFixture, NOW } from './fixtures.ts';

/**
 * `/log trafic control <kommun>`: words a letter or two from a kind. The reply speaks the reader's command (`/log` to
 * an English reader), offers the kind as a button when the kommun has it, and when it has not, says so and lists
 * what can be logged there. Tranås's agreement has trafikkontroller; Sävsjö's has none.
 */
const CASES: readonly [
  lang: 'sv' | 'en',
  kommun: string,
  button: string | null,
  says: RegExp,
  example: string,
][] = [
  ['sv', 'Tranås', 'Ja, trafikkontroll', /Menade du trafikkontroll\?/, '/logga'],
  ['en', 'Tranås', 'Yes, traffic control', /Did you mean traffic control\?/, '/log'],
  ['sv', 'Sävsjö', null, /Sävsjö.*ingen aktivitet för trafikkontroller/, '/logga insats Sävsjö'],
  ['en', 'Sävsjö', null, /Sävsjö.*no activity for traffic controls/, '/log targeted operation Sävsjö'],
];

describe.each(testDialects())('/logga with words near a kind [$name]', ({ name }) => {
  let f: CoreFixture;
  beforeEach(async () => {
    f = await coreFixture(name);
    for (const code of ['0687', '0684'])
      await f.db.store.grantRole(
        { person: 'console:tess', role: 'samordnare', scope: { type: 'kommun', id: code } },
        NOW,
      );
  });
  afterEach(async () => {
    expect(f.errors).toEqual([]);
    await f.dispose();
  });

  it.each(CASES)('%s %s', async (lang, kommun, label, says, example) => {
    await f.db.store.setPersonLang('console:tess', lang, NOW);
    const command = `${lang === 'en' ? '/log' : '/logga'} trafic control ${kommun}`;
    const reply = await f.say('tess', command, { lang });
    const text = renderText(reply);
    expect(text).toMatch(says);
    if (lang === 'en') expect(text).not.toMatch(/\/logga\b/);
    if (label === null) {
      expect(reply.buttons ?? []).toEqual([]);
      expect(text).toContain(example);
      expect(text).toMatch(lang === 'en' ? /You can log: / : /Det här kan registreras: .*insats/);
      return;
    }
    const button = reply.buttons?.find((b) => b.label === label);
    expect(button, text).toBeDefined();
    const logged = await f.press('tess', button as { actionId: string; value: string });
    expect(logged.tone, renderText(logged)).toBe('success');
  });
});
