import { DateTime } from 'luxon';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { allButtons, type Reply, type ReplyButton } from '../../src/bots/core/reply.ts';
import type { ReminderPayload } from '../../src/scheduler/types.ts';
import { testDialects } from '../support/databases.ts';
import { type CoreFixture, coreFixture, ZONE } from './fixtures.ts';

/**
 * The first meeting of a new year, marked held before next year's agreement is imported: the meeting is held, but no
 * samverkansmöte can be counted — the reply says so and how to count it later, instead of passing over it.
 */

type Followup = Extract<ReminderPayload, { kind: 'meeting-followup' }>;
const FIRST: Followup = {
  kind: 'meeting-followup',
  subject: { scope: { type: 'kommun', id: '0684' }, name: 'Sävsjö', municipalityCode: '0684' },
  meeting: {
    seriesId: 'demo-series-savsjo',
    originalOn: '2027-01-05',
    date: '2027-01-05',
    time: '10:00',
    place: 'Sävsjö kommunhus',
  },
};
const NOT_COUNTED =
  'Inget samverkansmöte registrerades: Sävsjö har inget medborgarlöfte för 2027 i Löftesbot. När det är importerat räknas mötet med /logga samverkansmöte Sävsjö 2027-01-05.';

describe.each(testDialects())('a meeting held in a year without an agreement [$name]', ({ name }) => {
  let f: CoreFixture;
  beforeEach(async () => {
    f = await coreFixture(name);
    // Thursday 7 January 2027: the demo's agreements ended on 31 December.
    f.clock.set(DateTime.fromISO('2027-01-07T09:30', { zone: ZONE }).toMillis());
  });
  afterEach(async () => {
    expect(f.errors).toEqual([]);
    await f.dispose();
  });

  const ways: readonly [string, () => Promise<Reply>][] = [
    ['/samverkan … genomfört', () => f.say('sven', '/samverkan Sävsjö genomfört 5/1')],
    [
      'the follow-up’s Ja',
      async () => {
        const asked = await f.core.renderReminderFor({ kind: 'person', person: 'console:sven' }, FIRST);
        const yes = allButtons(asked).find((b) => b.label === '✅ Ja') as ReplyButton;
        return f.press('sven', yes);
      },
    ],
  ];

  it.each(ways)('%s says the meeting was not counted, and how to count it', async (_, answer) => {
    const r = await answer();
    expect(r.tone).toBe('success');
    expect(r.fallback).toContain(NOT_COUNTED);
    expect(await f.db.store.agreementForYear('0684', 2027)).toBeNull();
  });
});
