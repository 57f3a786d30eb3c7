import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { renderText } from '../../src/bots/core/render-text.ts';
import { type CoreFixture, coreFixture } from './fixtures.ts';

/**
 * An activity followed up in text (no numeric target) with nothing registered: `/status` said "0 under 2026 · följs
 * upp med text", a zero that means nothing. Now it says "följs upp med text" (and its latest status text), as
 * `/sammanfattning`, `/lofte hem` and the public page do (domain/target.ts countIsNews); with registrations the count stays.
 */
describe('a text-only activity’s row in chat', () => {
  let f: CoreFixture;
  beforeAll(async () => {
    f = await coreFixture('sqlite');
  });
  afterAll(async () => f?.dispose());

  it.each([
    ['/status Sävsjö', 'sv', 'följs upp med text'],
    ['/status Sävsjö', 'en', 'followed up in text'],
    ['/sammanfattning Sävsjö', 'sv', 'följs upp med text'],
    ['/status Sävsjö perioden', 'sv', 'följs upp med text'],
    ['/lofte hem', 'sv', 'följs upp med text'],
    ['/lofte hem', 'en', 'followed up in text'],
  ] as const)('%s (%s) shows no zero', async (command, lang, words) => {
    const text = renderText(await f.say('sven', command, { lang }));
    expect(text).not.toMatch(/(^|\s)0 (under|in|during) /m);
    expect(text).toContain(words);
  });

  it('with registrations the count stays: Tranås’s LOB/PL-ingripanden', async () => {
    const text = renderText(await f.say('anna', '/status Tranås'));
    expect(text).toMatch(/\d+ under 2026 · följs upp med text/);
  });
});
