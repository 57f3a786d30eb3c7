import { DateTime } from 'luxon';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { testDialects } from '../support/databases.ts';
import { type CoreFixture, coreFixture, ZONE } from './fixtures.ts';

/**
 * A registration in the first days of a year whose agreement is not imported yet (the demo's Sävsjö agreement is
 * 2025–2026): the refusal names the day it was read as, and — for that year — how to register the work of the last
 * day of the agreement that ended, since at 00:10 on 1 January the work of New Year's Eve is what is being logged.
 */

const at = (iso: string) => DateTime.fromISO(iso, { zone: ZONE }).toMillis();

describe.each(testDialects())('registering at the turn of the year [$name]', ({ name }) => {
  let f: CoreFixture;
  beforeEach(async () => {
    f = await coreFixture(name);
  });
  afterEach(async () => {
    expect(f.errors).toEqual([]);
    await f.dispose();
  });

  // now, typed, language, headline, texts in the reply
  const cases: readonly [string, string, 'sv' | 'en', string, readonly string[]][] = [
    [
      '2027-01-01T00:10',
      '/insats Sävsjö',
      'sv',
      'Sävsjö har inget medborgarlöfte i Löftesbot för fredag 1 januari 2027.',
      [
        'Medborgarlöftet 2025–2026 gällde till och med 31 december 2026; arbete från den tiden registreras med dess datum.',
        'Exempel: /insats Sävsjö 31/12/2026',
        'Ingenting har sparats.',
      ],
    ],
    [
      '2027-01-02T10:00',
      '/logga samverkansmöte Sävsjö 1/1',
      'sv',
      'Sävsjö har inget medborgarlöfte i Löftesbot för fredag 1 januari 2027.',
      ['Exempel: /logga samverkansmöte Sävsjö 31/12/2026'],
    ],
    [
      '2027-01-01T00:10',
      '/insats Sävsjö',
      'en',
      'Sävsjö has no agreement in Löftesbot for Friday 1 January 2027.',
      [
        'The agreement 2025–2026 was in force until 31 December 2026; work from then is registered with its date.',
        'Example: /insats Sävsjö 31/12/2026',
      ],
    ],
  ];
  it.each(cases)('%s: %s (%s)', async (now, command, lang, headline, texts) => {
    f.clock.set(at(now));
    const r = await f.say('per', command, { lang });
    expect(r.headline, r.fallback).toBe(headline);
    for (const text of texts) expect(r.fallback).toContain(text);
  });

  it('stores the work of New Year’s Eve typed after midnight as 31 December 2026', async () => {
    f.clock.set(at('2027-01-01T00:10'));
    const r = await f.say('per', '/insats Sävsjö 31/12/2026');
    expect(r.headline).toBe('✅ Riktad insats registrerad i Sävsjö torsdag 31 december 2026');
  });
});
