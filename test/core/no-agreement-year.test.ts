import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Lang } from '../../src/bots/core/reply.ts';
import { type CoreFixture, coreFixture } from './fixtures.ts';

/**
 * `/status Sävsjö 2019`, a year without an agreement, names the year and the years that have one, with the command
 * that shows the latest — worded as the command line's `agreements show --year` words it.
 */

const CASES: readonly [string, Lang, string, string, string][] = [
  [
    'sven',
    'sv',
    '/status Sävsjö 2019',
    'Sävsjö har inget medborgarlöfte för 2019 i Löftesbot.',
    'Medborgarlöften finns för 2020–2021 och 2025–2026: /status Sävsjö 2025',
  ],
  [
    'sven',
    'sv',
    '/status Sävsjö T1 2030',
    'Sävsjö har inget medborgarlöfte för 2030 i Löftesbot.',
    'Medborgarlöften finns för 2020–2021 och 2025–2026: /status Sävsjö 2025',
  ],
  [
    'lena',
    'sv',
    '/sammanfattning Sävsjö 2019',
    'Sävsjö har inget medborgarlöfte för 2019 i Löftesbot.',
    'Medborgarlöften finns för 2020–2021 och 2025–2026: /sammanfattning Sävsjö 2025',
  ],
  [
    'sven',
    'en',
    '/status Sävsjö 2019',
    'Sävsjö has no agreement for 2019 in Löftesbot.',
    'There are agreements for 2020–2021 and 2025–2026: /status Sävsjö 2025',
  ],
  [
    'lena',
    'en',
    '/summary Sävsjö 2019',
    'Sävsjö has no agreement for 2019 in Löftesbot.',
    'There are agreements for 2020–2021 and 2025–2026: /summary Sävsjö 2025',
  ],
  [
    'admin',
    'sv',
    '/status Aneby 2019',
    'Aneby har inget medborgarlöfte för 2019 i Löftesbot.',
    'En samordnare importerar det: skickar filen till mig i ett direktmeddelande, eller med /lofte import.',
  ],
  [
    'admin',
    'en',
    '/status Aneby 2019',
    'Aneby has no agreement for 2019 in Löftesbot.',
    'A samordnare imports it: by sending me the file in a direct message, or with /lofte import.',
  ],
];

describe('a year without an agreement', () => {
  let f: CoreFixture;
  beforeAll(async () => {
    f = await coreFixture('sqlite');
  });
  afterAll(async () => {
    expect(f.errors).toEqual([]);
    await f.dispose();
  });

  it.each(CASES)('%s (%s) %s', async (person, lang, text, headline, line) => {
    const r = await f.say(person, text, { lang });
    expect(r.tone).toBe('error');
    expect(r.headline).toBe(headline);
    expect(r.fallback).toContain(line);
  });
});
