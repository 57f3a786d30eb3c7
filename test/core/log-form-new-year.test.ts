import { DateTime } from 'luxon';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { ACTION, type Reply } from '../../src/bots/core/reply.ts';
import { testDialects } from '../support/databases.ts';
import { savsjo2027 } from '../support/next-agreement.ts';
import { type CoreFixture, coreFixture, ZONE } from './fixtures.ts';

/**
 * "➕ Logga insats" on the T3 2026 count prompt (sent 28 December), pressed in January: the form still opens for the
 * activity of the agreement the prompt asked about, and logs onto that activity on a day of that agreement — never
 * today by default (1 January 2027 lies outside it), never onto the activity with the same number in 2027's.
 */

const at = (iso: string) => DateTime.fromISO(iso, { zone: ZONE }).toMillis();

const NEXT = savsjo2027(5);

describe.each(testDialects())('the log form of a count prompt after New Year [$name]', ({ name }) => {
  let f: CoreFixture;
  let n = 0;
  beforeEach(async () => {
    f = await coreFixture(name);
  });
  afterEach(async () => {
    expect(f.errors).toEqual([]);
    await f.dispose();
  });

  async function importNext(): Promise<void> {
    f.clock.set(at('2026-12-10T10:00'));
    const preview = await f.say('sven', `/lofte import ${NEXT}`);
    const save = preview.buttons?.find((b) => b.actionId === ACTION.importSave);
    if (!save) throw new Error(`no save button: ${preview.fallback}`);
    await f.press('sven', save);
  }

  // with the 2027 agreement stored, now, the day typed (empty: none), the headline or the date field's error
  const cases: readonly [boolean, string, string, string][] = [
    [
      false,
      '2027-01-04T09:30',
      '30/12',
      '✅ 2 riktade insatser registrerade i Sävsjö onsdag 30 december 2026',
    ],
    [
      true,
      '2027-01-04T09:30',
      '30/12',
      '✅ 2 riktade insatser registrerade i Sävsjö onsdag 30 december 2026',
    ],
    [
      true,
      '2027-01-04T09:30',
      '',
      'Skriv dagen arbetet gjordes, senast 31 dec 2026 (medborgarlöftet 2025–2026).',
    ],
    [
      true,
      '2027-01-04T09:30',
      'igår',
      'Skriv dagen arbetet gjordes, senast 31 dec 2026 (medborgarlöftet 2025–2026).',
    ],
    [false, '2026-12-30T09:30', '', '✅ 2 riktade insatser registrerade i Sävsjö onsdag 30 december 2026'],
  ];
  it.each(cases)('2027 stored %s, at %s, day ”%s”: %s', async (next, now, day, answer) => {
    if (next) await importNext();
    const old = await f.db.store.agreementForYear('0684', 2026);
    const activity = old?.activities.find((a) => a.kind === 'insats');
    if (!activity) throw new Error('no insats activity');
    f.clock.set(at(now));
    const opened: Reply = await f.press('per', { actionId: ACTION.logOpen, value: `0684|${activity.id}` });
    const form = opened.form;
    expect(form, opened.fallback).toBeDefined();
    if (!form) return;
    const result = await f.core.submitForm({
      eventId: `log-form-${++n}`,
      platform: 'console',
      person: 'console:per',
      conversationId: 'terminal',
      formId: form.formId,
      state: form.state,
      values: { count: '2', date: day },
    });
    if (result.ok) expect(result.reply.headline, result.reply.fallback).toBe(answer);
    else expect(result.errors.date).toBe(answer);
    const counted = await f.db.store.monthlyCounts([activity.id], '2026-12-01', '2026-12-31');
    expect(counted.reduce((sum, m) => sum + m.count, 0) > 0).toBe(answer.startsWith('✅'));
  });
});
