import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { testDialects } from '../support/databases.ts';
import { type CoreFixture, coreFixture } from './fixtures.ts';

/**
 * The reply to a registration reads naturally whatever number the short name is in: a name that starts with its
 * kind's word takes the count's number ("riktade insatser centrum", 1 → "Riktad insats centrum registrerad"), any
 * other name stands apart from the count ("Registrerat: 1 × Föräldramöten"), so that no participle has to agree
 * with a name whose gender and number cannot be told; a name that starts with its kind's word takes the kind's
 * gender ("Samverkansmöte skolor registrerat").
 */
describe.each(testDialects())('a registration of a named activity [$name]', ({ name }) => {
  let f: CoreFixture;
  beforeEach(async () => {
    f = await coreFixture(name);
  });
  afterEach(async () => {
    expect(f.errors).toEqual([]);
    await f.dispose();
  });

  it.each([
    // [kind, short name, count, lang, headline starts, "Läst som" part, undo reply starts (Swedish: a press has no lang)]
    [
      'insats',
      'riktade insatser centrum',
      1,
      'sv',
      '✅ Riktad insats centrum registrerad i Sävsjö',
      'Läst som: 1 riktad insats centrum (”1”)',
      '↩️ Ångrat: riktad insats centrum i Sävsjö',
    ],
    [
      'insats',
      'riktade insatser centrum',
      3,
      'sv',
      '✅ 3 riktade insatser centrum registrerade i Sävsjö',
      'Läst som: 3 riktade insatser centrum (”3”)',
      '↩️ Ångrat: 3 riktade insatser centrum i Sävsjö',
    ],
    [
      'insats',
      'riktad insats centrum',
      2,
      'sv',
      '✅ 2 riktade insatser centrum registrerade i Sävsjö',
      'Läst som: 2 riktade insatser centrum (”2”)',
      '↩️ Ångrat: 2 riktade insatser centrum i Sävsjö',
    ],
    [
      'insats',
      'insatser centrum',
      1,
      'sv',
      '✅ Insats centrum registrerad i Sävsjö',
      'Läst som: 1 insats centrum (”1”)',
      '↩️ Ångrat: insats centrum i Sävsjö',
    ],
    [
      'insats',
      'Föräldramöten',
      1,
      'sv',
      '✅ Registrerat: 1 × Föräldramöten i Sävsjö',
      'Läst som: 1 × Föräldramöten (”1”)',
      '↩️ Ångrat: Föräldramöten i Sävsjö',
    ],
    [
      'insats',
      'Föräldramöten',
      3,
      'sv',
      '✅ Registrerat: 3 × Föräldramöten i Sävsjö',
      'Läst som: 3 × Föräldramöten (”3”)',
      '↩️ Ångrat: 3 × Föräldramöten i Sävsjö',
    ],
    [
      'insats',
      'riktade insatser centrum',
      1,
      'en',
      '✅ Riktade insatser centrum: 1 logged in Sävsjö',
      'Read as: 1 × riktade insatser centrum (“1”)',
      null,
    ],
    [
      'insats',
      'Föräldramöten',
      2,
      'en',
      '✅ Föräldramöten: 2 logged in Sävsjö',
      'Read as: 2 × Föräldramöten (“2”)',
      null,
    ],
    ...(
      [
        [
          'samverkansmöte skolor',
          1,
          '✅ Samverkansmöte skolor registrerat i Sävsjö',
          '1 samverkansmöte skolor',
        ],
        [
          'samverkansmöten skolor',
          2,
          '✅ 2 samverkansmöten skolor registrerade i Sävsjö',
          '2 samverkansmöten skolor',
        ],
        [
          'Samverkansmöte skolor',
          1,
          '✅ Samverkansmöte skolor registrerat i Sävsjö',
          '1 Samverkansmöte skolor',
        ],
        ['Skolmöten', 1, '✅ Registrerat: 1 × Skolmöten i Sävsjö', '1 × Skolmöten'],
        [
          'Möte med rektorerna',
          1,
          '✅ Registrerat: 1 × Möte med rektorerna i Sävsjö',
          '1 × Möte med rektorerna',
        ],
      ] as const
    ).map(
      ([shortName, count, headline, read]) =>
        ['samverkansmöte', shortName, count, 'sv', headline, `Läst som: ${read} (”${count}”)`, null] as const,
    ),
  ] as const)('%s: %s, %i (%s)', async (kind, shortName, count, lang, headline, readAs, undone) => {
    const bundle = await f.db.store.agreementForYear('0684', 2026);
    const n = (bundle?.activities.findIndex((a) => a.kind === kind) ?? -1) + 1;
    expect(n).toBeGreaterThan(0);
    expect((await f.say('sven', `/lofte avtal Sävsjö ${n} namn ${shortName}`)).tone).toBe('success');
    const r = await f.say('per', `/logga ${shortName} Sävsjö ${count}`, { lang });
    expect(r.headline?.startsWith(headline), r.headline).toBe(true);
    expect(r.fallback).toContain(readAs);
    const undo = r.buttons?.find((b) => b.style === 'danger');
    if (undone === null || !undo) return;
    const pressed = await f.press('per', undo);
    expect(pressed.headline?.startsWith(undone), pressed.headline).toBe(true);
  });
});
