import { DateTime } from 'luxon';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { ACTION, type Reply } from '../../src/bots/core/reply.ts';
import { testDialects } from '../support/databases.ts';
import { type CoreFixture, coreFixture, ZONE } from './fixtures.ts';

/**
 * "Påminn mig senare" on the T3 status prompt over Christmas and New Year: the 3-day reminder comes on Monday 28
 * December, and the samordnare may have it back in January — until the last working day before the overdue notice
 * to the chef (Friday 8 January 2027), since the texts are still asked for then. A count prompt keeps the tertial's
 * last day: its figures are registered in the tertial.
 */

const at = (iso: string) => DateTime.fromISO(iso, { zone: ZONE }).toMillis();
const STATUS = 'status|0684|2026|3';
const COUNT = 'count|0684|2026|3';

describe.each(testDialects())('snoozing the T3 prompt over the turn of the year [$name]', ({ name }) => {
  let f: CoreFixture;
  let n = 0;
  beforeEach(async () => {
    f = await coreFixture(name);
  });
  afterEach(async () => {
    expect(f.errors).toEqual([]);
    await f.dispose();
  });

  async function chooseDay(person: string, value: string, day: string) {
    const form = (await f.press(person, { actionId: ACTION.snoozeDay, value })).form as NonNullable<
      Reply['form']
    >;
    expect(form, `no form for ${value}`).toBeDefined();
    const result = await f.core.submitForm({
      eventId: `snooze-${++n}`,
      platform: 'console',
      person: `console:${person}`,
      conversationId: 'terminal',
      formId: form.formId,
      state: form.state,
      values: { day },
    });
    return { form, result };
  }

  // now, who, what is snoozed, day typed, the form's label, the reply (headline or the field's error)
  const cases: readonly [string, string, string, string, string, string][] = [
    [
      '2026-12-28T09:05',
      'sven',
      STATUS,
      '7 jan',
      'Vilken dag? (senast fre 8 jan)',
      '⏰ Jag påminner dig tor 7 jan kl. 09.00.',
    ],
    [
      '2026-12-28T09:05',
      'sven',
      STATUS,
      '6 jan',
      'Vilken dag? (senast fre 8 jan)',
      '⏰ Jag påminner dig tis 5 jan kl. 09.00.',
    ],
    [
      '2026-12-28T09:05',
      'sven',
      STATUS,
      '11 jan',
      'Vilken dag? (senast fre 8 jan)',
      'Välj en dag senast fre 8 jan, innan chefen får veta vilka lägestexter som saknas.',
    ],
    [
      '2027-01-04T09:05',
      'sven',
      STATUS,
      'fredag',
      'Vilken dag? (senast fre 8 jan)',
      '⏰ Jag påminner dig fre 8 jan kl. 09.00.',
    ],
    [
      '2026-12-28T09:05',
      'per',
      COUNT,
      '7 jan',
      'Vilken dag? (senast tor 31 dec)',
      'Välj en dag senast tor 31 dec, tertialets sista dag.',
    ],
  ];
  // The snoozed prompt, back after the tertial's last day, says the tertial has ended, not "sista dag 31 dec".
  const back: readonly [string, 'status' | 'count', string, 'sv' | 'en', string][] = [
    [
      '2027-01-07T09:00',
      'status',
      'sven',
      'sv',
      '⏰ Du bad om en påminnelse: uppföljningen T3 2026 i Sävsjö — tertialet slutade 31 dec 2026',
    ],
    [
      '2027-01-04T09:00',
      'count',
      'per',
      'sv',
      '⏰ Du bad om en påminnelse: uppföljningen T3 2026 i Sävsjö — tertialet slutade 31 dec 2026',
    ],
    [
      '2027-01-07T09:00',
      'status',
      'sven',
      'en',
      '⏰ You asked to be reminded: the T3 2026 follow-up in Sävsjö — the tertial ended on 31 Dec 2026',
    ],
    [
      '2026-12-30T09:00',
      'status',
      'sven',
      'sv',
      '⏰ Du bad om en påminnelse: uppföljningen T3 2026 i Sävsjö — sista dag 31 dec 2026',
    ],
  ];
  it.each(back)('back at %s: the %s prompt to %s (%s)', async (now, snoozed, person, lang, headline) => {
    const bundle = await f.db.store.agreementForYear('0684', 2026);
    const activity = bundle?.activities.find((a) => a.kind === 'insats');
    if (!activity) throw new Error('no insats activity');
    const subject = {
      scope: { type: 'kommun' as const, id: '0684' },
      name: 'Sävsjö',
      municipalityCode: '0684',
    };
    if (lang === 'en') await f.say(person, '/lofte språk en');
    f.clock.set(at(now));
    const reply = await f.core.renderReminderFor(
      { kind: 'person', person: `console:${person}` },
      {
        kind: 'prompt-snooze',
        subject,
        snoozed,
        tertial: { year: 2026, tertial: 3, lastDay: '2026-12-31' },
        missing: [
          { municipalityCode: '0684', activityId: activity.id, text: activity.text, responsible: 'polis' },
        ],
        requestedBy: `console:${person}`,
      },
    );
    expect(reply.headline, reply.fallback).toBe(headline);
  });

  it.each(cases)('%s %s snoozes %s to ”%s”', async (now, person, value, day, label, answer) => {
    f.clock.set(at(now));
    const { form, result } = await chooseDay(person, value, day);
    expect(form.fields[0]?.label).toBe(label);
    if (result.ok) expect(result.reply.headline).toBe(answer);
    else expect(result.errors.day).toBe(answer);
  });
});
