import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Reply } from '../../src/bots/core/reply.ts';
import { testDialects } from '../support/databases.ts';
import { type CoreFixture, coreFixture } from './fixtures.ts';

/**
 * No input string makes the core throw (nothing reaches its error boundary) or store anything when it answers
 * with an error. Inputs mix random text with the grammar's own words so that many of them get deep into parsing.
 */

const WORDS = [
  '/insats',
  'insats',
  '/logga',
  '/log',
  '/status',
  '/sammanfattning',
  '/summary',
  '/rapportera',
  '/report',
  '/statistik',
  '/stats',
  '/samverkan',
  '/meeting',
  '/hjalp',
  '/help',
  '/lofte',
  '/löfte',
  '/',
  '',
  '/fika',
];
const TOKENS = [
  'Sävsjö',
  'Savsjo',
  'sävsjö',
  'SÄVSJÖ',
  'Tranås',
  'Tranas',
  'LPO',
  'Höglandet',
  'Jönköpings',
  'län',
  'Stockholm',
  'Upplands',
  'Väsby',
  'idag',
  'igår',
  'i',
  'går',
  'yesterday',
  'today',
  '20/11',
  '31/2',
  '2026-11-20',
  '2099-01-01',
  '2026-13-45',
  '20',
  'nov',
  '0',
  '1',
  '2',
  '999',
  '1000',
  '-1',
  '12345678901234567890',
  'T1',
  'T2',
  'T7',
  '2025',
  'perioden',
  'trafikkontroll',
  'krogkontroll',
  'riktad',
  'samverkansmote',
  '#3',
  'nr',
  '42',
  'admin',
  'koppla',
  'roll',
  '@anna',
  '<@U123>',
  'polis',
  'kung',
  'historik',
  'språk',
  'en',
  'sv',
  'fr',
  'genomfört',
  'flytta',
  'ställ',
  'in',
  'nästa',
  'till',
  '850101-1236',
  '121212-1212',
  '"',
  '“citat”',
  'x'.repeat(600),
];

const token = fc.oneof(
  { weight: 4, arbitrary: fc.constantFrom(...TOKENS) },
  { weight: 1, arbitrary: fc.string({ maxLength: 12 }) },
  { weight: 1, arbitrary: fc.string({ unit: 'binary', maxLength: 8 }) },
);
const commandText = fc.oneof(
  {
    weight: 5,
    arbitrary: fc
      .tuple(fc.constantFrom(...WORDS), fc.array(token, { maxLength: 6 }))
      .map(([w, ts]) => [w, ...ts].join(' ')),
  },
  { weight: 1, arbitrary: fc.string({ maxLength: 80 }) },
  { weight: 1, arbitrary: fc.string({ unit: 'binary', maxLength: 80 }) },
);

const isError = (r: Reply) => r.tone === 'error' || r.tone === 'warning';

describe.each(testDialects())('the core under arbitrary input [$name]', ({ name }) => {
  let f: CoreFixture;
  const runs = name === 'sqlite' ? 250 : 60;
  beforeAll(async () => {
    f = await coreFixture(name);
  });
  afterAll(async () => {
    await f.dispose();
  });

  it('commands: never an unexpected error; an error reply stores nothing', async () => {
    let n = 0;
    await fc.assert(
      fc.asyncProperty(
        commandText,
        fc.constantFrom('per', 'sven', 'nobody', 'admin'),
        fc.constantFrom('terminal', 'savsjo', 'hoglandet'),
        async (text, person, conversation) => {
          const before = await f.counts();
          const reply = await f.say(person, text, { conversation, eventId: `prop-${name}-${++n}` });
          expect(f.errors).toEqual([]);
          expect(typeof reply.headline).toBe('string');
          expect(reply.fallback.length).toBeGreaterThan(0);
          if (isError(reply)) expect(await f.counts()).toEqual(before);
        },
      ),
      { numRuns: runs },
    );
  });

  it('buttons and forms: never an unexpected error; an error reply stores nothing', async () => {
    let n = 0;
    const actionId = fc.oneof(
      fc.constantFrom(
        'undo',
        'run/0',
        'prompt:answer/1',
        'prompt:text',
        'report:open',
        'statistics:open',
        'meeting:held',
        'help',
      ),
      fc.string(),
    );
    const value = fc.oneof(
      fc.string({ maxLength: 40 }),
      fc.constantFrom(
        '0684',
        '0684|2026|2',
        'demo-series-savsjo|2026-10-13',
        '{"e":"x","c":"/insats Savsjo"}',
        '{"e":1}',
        'nope|7',
      ),
    );
    await fc.assert(
      fc.asyncProperty(actionId, value, async (a, v) => {
        const before = await f.counts();
        const reply = await f.press('per', { actionId: a, value: v }, `prop-action-${name}-${++n}`);
        expect(f.errors).toEqual([]);
        if (isError(reply)) expect(await f.counts()).toEqual(before);
      }),
      { numRuns: Math.round(runs / 2) },
    );
    await fc.assert(
      fc.asyncProperty(
        fc.constantFrom('report', 'statistics', 'prompt-answer', 'nope'),
        fc.oneof(fc.string(), fc.constant('{"k":"0684","y":2026,"t":3,"a":"demo-savsjo-2025-2026"}')),
        fc.dictionary(
          fc.oneof(
            fc.constantFrom('a1', 'a5', 'answer', 'narkotika.innehav', 'narkotika.innehav:youth'),
            fc.string(),
          ),
          fc.string({ maxLength: 30 }),
        ),
        async (formId, state, values) => {
          const before = await f.counts();
          const result = await f.core.submitForm({
            eventId: `prop-form-${name}-${++n}`,
            platform: 'console',
            person: 'console:sven',
            conversationId: 'terminal',
            formId,
            state,
            values,
          });
          expect(f.errors).toEqual([]);
          if (!result.ok || isError(result.reply)) expect(await f.counts()).toEqual(before);
        },
      ),
      { numRuns: Math.round(runs / 2) },
    );
  });
});
