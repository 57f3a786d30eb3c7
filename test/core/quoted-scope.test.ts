import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { testDialects } from '../support/databases.ts';
import { type CoreFixture, coreFixture } from './fixtures.ts';

/**
 * A police area or kommun written in quotes, as `/lofte admin område ny "LPO Höglandet" …` and the README's
 * `role add … "LPO Höglandet"` teach: the admin commands take it as the name, without asking "Menade du LPO
 * Höglandet?" (they did, with "så gör jag det för rätt kommun").
 */
describe.each(testDialects())('a quoted scope in the admin commands [$name]', ({ name }) => {
  let f: CoreFixture;
  beforeEach(async () => {
    f = await coreFixture(name);
  });
  afterEach(async () => {
    expect(f.errors).toEqual([]);
    await f.dispose();
  });

  const cases: readonly [string, string][] = [
    ['/lofte admin roll @nils chef "LPO Höglandet"', '✅ nils har fått rollen chef för LPO Höglandet.'],
    ['/lofte admin roll @nils polis ”LPO Höglandet”', '✅ nils har fått rollen polis för LPO Höglandet.'],
    ['/lofte admin roll @nils kommun "Sävsjö"', '✅ nils har fått rollen kommun för Sävsjö.'],
    ['/lofte admin roller "LPO Höglandet"', 'Roller i LPO Höglandet'],
    ['/lofte admin roles “Sävsjö”', 'Roles in Sävsjö'],
    ['/lofte admin koppla "LPO Höglandet"', 'LPO Höglandet'],
  ];
  it.each(cases)('%s', async (typed, headline) => {
    const r = await f.say('admin', typed, typed.includes('roles') ? { lang: 'en' } : {});
    expect(r.headline).toContain(headline);
    expect(r.fallback).not.toContain('Menade du');
  });
});
