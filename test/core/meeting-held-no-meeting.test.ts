import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testDialects } from '../support/databases.ts';
import { type CoreFixture, coreFixture } from './fixtures.ts';

/**
 * `/samverkan <kommun> genomfört <dag>` for a day the series has no meeting on (an extra meeting at year end): the
 * reply says how to log it as an activity, not which meetings come next (a future meeting cannot have been held).
 */

describe.each(testDialects())('a held meeting outside the series [$name]', ({ name }) => {
  let f: CoreFixture;
  beforeAll(async () => {
    f = await coreFixture(name);
  });
  afterAll(async () => {
    expect(f.errors).toEqual([]);
    await f.dispose();
  });

  const CASES: readonly [string, 'sv' | 'en', string, string][] = [
    [
      '/samverkan Sävsjö genomfört 3/11',
      'sv',
      'Ett samverkansmöte som inte fanns i mötesserien registreras som aktivitet. Ingenting har sparats.',
      'Exempel: /logga samverkansmöte Sävsjö 3/11/2026',
    ],
    [
      '/meeting Sävsjö held 3/11',
      'en',
      'A collaboration meeting outside the series is logged as an activity. Nothing was saved.',
      'Example: /log samverkansmöte Sävsjö 3/11/2026',
    ],
  ];
  it.each(CASES)('%s (%s)', async (command, lang, text, example) => {
    const r = await f.say('sven', command, { lang });
    expect(r.tone).toBe('error');
    expect(r.fallback).toContain(text);
    expect(r.fallback).toContain(example);
    expect(r.fallback).not.toMatch(/2027/);
  });
});
