import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ActivityComment } from '../../src/domain/comment-ports.ts';
import { createTestDatabase, type TestDatabase, testDialects } from '../support/databases.ts';
import { bundle, T0 } from './fixtures.ts';

/**
 * Comments to the samordnare (migration 0009) on every dialect: one row per activity, tertial and person — a second
 * save by the same person replaces the text and returns the one it replaced, keeping when they first commented;
 * reads by activities and tertial, oldest first.
 */
describe.each(testDialects())('activity comments [$name]', ({ name }) => {
  let t: TestDatabase;
  beforeAll(async () => {
    t = await createTestDatabase(name);
    await t.store.insertAgreement(bundle('c-2026', '0687', 2025, 2026), T0);
  });
  afterAll(async () => {
    await t.dispose();
  });

  const comment = (person: string, text: string, at: number, tertial: 1 | 2 | 3 = 3): ActivityComment => ({
    activityId: 'c-2026-a1',
    year: 2026,
    tertial,
    person,
    municipalityCode: '0687',
    text,
    platform: 'slack',
    createdAt: at,
    updatedAt: at,
  });

  it('stores one per person, replaces on a second save, and reads them by tertial, oldest first', async () => {
    expect(await t.store.saveActivityComment(comment('slack:U1', 'Första', T0))).toBeNull();
    expect(await t.store.saveActivityComment(comment('slack:U2', 'Andra personen', T0 + 1))).toBeNull();
    expect(await t.store.saveActivityComment(comment('slack:U1', 'T2-kommentar', T0, 2))).toBeNull();
    const replaced = await t.store.saveActivityComment(comment('slack:U1', 'Ändrad', T0 + 5));
    expect(replaced).toMatchObject({ text: 'Första', createdAt: T0, updatedAt: T0 });
    const t3 = await t.store.activityComments(['c-2026-a1', 'c-2026-a2'], 2026, 3);
    expect(t3.map((c) => [c.person, c.text, c.createdAt, c.updatedAt])).toEqual([
      ['slack:U1', 'Ändrad', T0, T0 + 5],
      ['slack:U2', 'Andra personen', T0 + 1, T0 + 1],
    ]);
    expect((await t.store.activityComments(['c-2026-a1'], 2026, 2)).map((c) => c.text)).toEqual([
      'T2-kommentar',
    ]);
    expect(await t.store.activityComments([], 2026, 3)).toEqual([]);
  });
});
