import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Lang } from '../../src/bots/core/reply.ts';
import { type CoreFixture, coreFixture } from './fixtures.ts';

/**
 * The meeting-series form (`/samverkan <kommun> ny`, `/meeting <kommun> new`) names a bad field with what to fill
 * in — a number, a date — not with the typed command's words ("Type for example every 6 weeks") that do not fit in
 * the field. Every platform shows the error under the field's label, so it does not ask the label's question again.
 */

const GOOD = { weekday: '', time: '13:00', every: '6', first: '2027-01-12', place: '' };

const CASES: readonly [Lang, keyof typeof GOOD, string, string][] = [
  ['sv', 'weekday', 'lunch', 'En veckodag, t.ex. tisdag'],
  ['sv', 'time', 'lunch', 'En tid, t.ex. 13.00'],
  ['sv', 'every', '0', 'Ett tal från 1 till 52, t.ex. 6'],
  ['sv', 'every', '60', 'Ett tal från 1 till 52, t.ex. 6'],
  ['sv', 'first', 'nästa vecka', 'Ett datum, t.ex. 2027-01-12 eller 12/1'],
  ['sv', 'first', 'från 12/1', 'Ett datum, t.ex. 2027-01-12 eller 12/1'],
  ['en', 'weekday', 'lunch', 'A weekday, e.g. Tuesday'],
  ['en', 'time', 'lunch', 'A time, e.g. 13:00'],
  ['en', 'every', '0', 'A number from 1 to 52, e.g. 6'],
  ['en', 'every', '60', 'A number from 1 to 52, e.g. 6'],
  ['en', 'first', 'next week', 'A date, e.g. 2027-01-12 or 12/1'],
  ['en', 'first', 'from 2027-01-12', 'A date, e.g. 2027-01-12 or 12/1'],
];

describe('meeting-series form field errors', () => {
  let f: CoreFixture;
  beforeAll(async () => {
    f = await coreFixture('sqlite');
  });
  afterAll(async () => {
    expect(f.errors).toEqual([]);
    await f.dispose();
  });

  it.each(CASES)('%s: %s = "%s"', async (lang, field, value, error) => {
    const form = (
      await f.say('admin', lang === 'en' ? '/meeting Eksjö new' : '/samverkan Eksjö ny', { lang })
    ).form;
    if (!form) throw new Error('no form');
    const result = await f.core.submitForm({
      eventId: `series-form-${lang}-${field}-${value}`,
      platform: 'console',
      person: 'console:admin',
      conversationId: 'terminal',
      formId: form.formId,
      state: form.state,
      values: { ...GOOD, [field]: value },
      lang,
    });
    expect(result.ok).toBe(false);
    expect(!result.ok && result.errors).toEqual({ [field]: error });
  });
});
