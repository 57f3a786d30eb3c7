import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { testDialects } from '../support/databases.ts';
import { type CoreFixture, coreFixture } from './fixtures.ts';

/** `/samverkan <kommun>` ends with what to type next: the changing commands for who may, else the calendar. */
describe.each(testDialects())('the list of meetings [$name]', ({ name }) => {
  let f: CoreFixture;
  beforeEach(async () => {
    f = await coreFixture(name);
  });
  afterEach(async () => {
    expect(f.errors).toEqual([]);
    await f.dispose();
  });

  it('names the commands that change the next meeting to a samordnare, the calendar to others', async () => {
    const cases: readonly [string, string, 'sv' | 'en', string][] = [
      [
        'sven',
        '/samverkan Sävsjö',
        'sv',
        'Ändra: /samverkan Sävsjö flytta 24/11 <ny dag> · ställ in 24/11 · genomfört',
      ],
      [
        'sven',
        '/meeting Sävsjö',
        'en',
        'Change: /meeting Sävsjö move 24/11 <new day> · cancel 24/11 · held · calendar',
      ],
      ['per', '/samverkan Sävsjö', 'sv', 'Alla möten i din kalender: /samverkan Sävsjö kalender'],
      ['per', '/meeting Tranås', 'en', 'Every meeting in your calendar: /meeting Tranås calendar'],
    ];
    for (const [who, text, lang, hint] of cases) {
      const r = await f.say(who, text, { lang });
      expect(r.context, `${who} ${text}`).toContain(hint);
    }
  });
});
