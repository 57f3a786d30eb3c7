import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadDemo } from '../../src/demo/load-demo.ts';
import { testDialects } from '../support/databases.ts';
import { type ActivityJson, fixture, startTeamsHarness, type TeamsHarness } from './harness.ts';

const FIXTURES = ['message-channel', 'message-personal', 'card-submit', 'conversation-update-team-added'];
const KEYS = [
  'type',
  'text',
  'value',
  'from',
  'conversation',
  'recipient',
  'entities',
  'channelData',
  'replyToId',
  'id',
];

/** A recorded activity with some of its fields replaced by arbitrary JSON, or its text by arbitrary markup. */
const mutated = fc
  .record({
    base: fc.constantFrom(...FIXTURES),
    replace: fc.dictionary(fc.constantFrom(...KEYS), fc.jsonValue({ maxDepth: 3 }), { maxKeys: 3 }),
    text: fc.option(fc.string({ unit: 'binary', maxLength: 200 }), { nil: undefined }),
  })
  .map(({ base, replace, text }) => ({ base, replace, text }));

describe.each(testDialects())('fuzzed Teams activities [$name]', ({ name }) => {
  let h: TeamsHarness;
  beforeAll(async () => {
    h = await startTeamsHarness(name);
    await loadDemo(h.server.ctx.store, h.clock, 'Europe/Stockholm');
  });
  afterAll(async () => {
    await h.close();
  });

  it('never get a 500 and never store a registration (the senders hold no role)', async () => {
    const { store } = h.server.ctx;
    const bundle = await store.agreementForYear('0684', 2026);
    const ids = bundle?.activities.map((a) => a.id) ?? [];
    const before = (await store.registrationsOf(ids, '2000-01-01', '2099-12-31')).length;
    await fc.assert(
      fc.asyncProperty(mutated, async ({ base, replace, text }) => {
        const activity: ActivityJson = { ...fixture(base, h.connector.url), ...replace };
        if (text !== undefined) activity.text = `<at>Löftesbot</at> insats ${text}`;
        const res = await h.post(activity);
        expect([200, 400, 501]).toContain(res.status);
      }),
      { numRuns: 120, seed: 20261121 },
    );
    expect(await store.registrationsOf(ids, '2000-01-01', '2099-12-31')).toHaveLength(before);
  });
});
