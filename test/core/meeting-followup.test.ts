import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { allButtons, type Reply, type ReplyButton } from '../../src/bots/core/reply.ts';
import type { ReminderPayload } from '../../src/scheduler/types.ts';
import { testDialects } from '../support/databases.ts';
import { type CoreFixture, coreFixture } from './fixtures.ts';

/**
 * The meeting follow-up in the chat core: "Hölls samverkansmötet i Tranås 17 nov?" with Ja / Nej, inställt /
 * Flyttat till … / Anteckning for those holding `meetings`; the answer is stored once for all recipients (a second
 * answer is told who answered), every sent copy is refreshed, Ja counts toward the samverkansmöten target, and a
 * move follows the meeting-date rule.
 */

type Followup = Extract<ReminderPayload, { kind: 'meeting-followup' }>;

const followup = (code: string, name: string, seriesId: string, day: string): Followup => ({
  kind: 'meeting-followup',
  subject: { scope: { type: 'kommun', id: code }, name, municipalityCode: code },
  meeting: { seriesId, originalOn: day, date: day, time: '13:00', place: `${name} stadshus` },
});

describe.each(testDialects())('meeting follow-up [$name]', ({ name }) => {
  let f: CoreFixture;
  const refreshed: string[] = [];
  const tranas = followup('0687', 'Tranås', 'demo-series-tranas', '2026-11-17');
  const savsjo = followup('0684', 'Sävsjö', 'demo-series-savsjo', '2026-10-13');

  beforeAll(async () => {
    f = await coreFixture(name, {
      updates: {
        tertialAnswered: async () => {},
        meetingAnswered: async (scope, seriesId, originalOn) => {
          refreshed.push(`${scope.id} ${seriesId} ${originalOn}`);
        },
      },
    });
  });
  afterAll(async () => {
    await f.dispose();
  });

  const render = (person: string, payload: Followup) =>
    f.core.renderReminderFor({ kind: 'person', person: `console:${person}` }, payload);
  const button = (r: Reply, label: string) => allButtons(r).find((b) => b.label === label) as ReplyButton;
  const meetingsDone = async () => {
    const status = await f.say('anna', '/status Tranås');
    const n = /samverkansmöten[^\n]*\n\s*(\d+) under 2026/.exec(status.fallback)?.[1];
    if (n === undefined) throw new Error(status.fallback);
    return Number(n);
  };

  it('asks what happened, with four answers for the samordnare and none for the police', async () => {
    const anna = await render('anna', tranas);
    expect(anna.headline).toBe('Hölls samverkansmötet i Tranås 17 nov?');
    expect(allButtons(anna).map((b) => b.label)).toEqual([
      '✅ Ja',
      '❌ Nej, inställt',
      '📅 Flyttat till …',
      '📝 Anteckning',
      '⏰ Påminn mig mån 23 nov kl. 09.00',
      '📅 Påminn mig en annan dag…',
    ]);
    for (const b of allButtons(anna))
      expect(b.requires).toEqual({ permission: 'meetings', target: { type: 'kommun', code: '0687' } });
    expect(allButtons(await render('per', tranas))).toEqual([]);
    // A recipient who chose English is asked in English (the chef gets the question without buttons).
    await f.db.store.setPersonLang('console:lena', 'en', 0);
    const english = await render('lena', tranas);
    expect(english.headline).toBe('Was the collaboration meeting in Tranås on 17 Nov held?');
    expect(allButtons(english)).toEqual([]);
  });

  it('a note is screened for personal data and stored with the meeting', async () => {
    const opened = await f.press('anna', button(await render('anna', tranas), '📝 Anteckning'));
    const form = opened.form;
    if (!form) throw new Error('no form');
    const submit = (note: string, id: string) =>
      f.core.submitForm({
        eventId: id,
        platform: 'console',
        person: 'console:anna',
        conversationId: 'terminal',
        formId: form.formId,
        state: form.state,
        values: { note },
      });
    expect(await submit('Ring 850101-1236 om lokalen', 'n1')).toMatchObject({ ok: false });
    expect(await submit('Bra uppslutning, skolan var med.', 'n2')).toMatchObject({ ok: true });
    expect((await render('anna', tranas)).fallback).toContain('📝 Bra uppslutning, skolan var med.');
    expect(refreshed).toEqual(['0687 demo-series-tranas 2026-11-17']);
  });

  it('Ja marks it held once for everyone, counts toward the samverkansmöten target and refreshes every copy', async () => {
    const before = await meetingsDone();
    const yes = button(await render('anna', tranas), '✅ Ja');
    const saved = await f.press('anna', yes);
    expect(saved.tone).toBe('success');
    expect(saved.headline).toBe('✅ Sparat för samverkansmötet i Tranås 17 nov: Ja');
    expect(saved.fallback).toMatch(/samverkansmöte/i);
    expect(await meetingsDone()).toBe(before + 1);
    expect(refreshed.at(-1)).toBe('0687 demo-series-tranas 2026-11-17');
    const after = await render('anna', tranas);
    expect(allButtons(after)).toEqual([]);
    expect(after.fallback).toContain('✅ Besvarat av anna 21 nov: Ja');
    expect(after.fallback).toContain('📝 Bra uppslutning, skolan var med.');
    // The admin presses the stale Nej of another copy: told who answered, nothing changes.
    const no = button(await f.core.renderReminder(tranas), '❌ Nej, inställt');
    const again = await f.press('admin', no);
    expect(again.headline).toBe('Redan besvarat av anna 21 nov: Ja');
    expect(await meetingsDone()).toBe(before + 1);
    const overview = await f.say('anna', '/samverkan Tranås');
    expect(overview.fallback).not.toContain('17 nov');
  });

  it('a forged press by someone without `meetings` is refused and stores nothing', async () => {
    const yes = button(await render('sven', savsjo), '✅ Ja');
    const forged = await f.press('per', yes);
    expect(forged.tone).toBe('error');
    expect(forged.headline).toMatch(/inte/);
    expect(allButtons(await render('sven', savsjo)).length).toBe(6);
  });

  it('Flyttat till … asks for a date: the past is refused kindly, a day without year is the next one', async () => {
    const opened = await f.press('sven', button(await render('sven', savsjo), '📅 Flyttat till …'));
    const form = opened.form;
    if (!form) throw new Error('no form');
    expect(form.fields.map((x) => [x.id, x.kind ?? 'text', x.optional ?? false])).toEqual([
      ['date', 'date', false],
      ['note', 'text', true],
    ]);
    const submit = (date: string, id: string) =>
      f.core.submitForm({
        eventId: id,
        platform: 'console',
        person: 'console:sven',
        conversationId: 'terminal',
        formId: form.formId,
        state: form.state,
        values: { date, note: '' },
      });
    const past = await submit('2026-11-01', 'm1');
    expect(past).toEqual({
      ok: false,
      lang: 'sv',
      errors: {
        date: '1 nov har redan varit — ett möte kan inte flyttas bakåt i tiden. Ingenting har sparats.',
      },
    });
    expect(await submit('i morgon kanske', 'm2')).toMatchObject({
      ok: false,
      errors: { date: expect.stringContaining('förstår inte') },
    });
    const moved = await submit('3 dec', 'm3');
    expect(moved).toMatchObject({
      ok: true,
      reply: { headline: '✅ Sparat för samverkansmötet i Sävsjö 13 okt: Flyttat till 3 dec 2026' },
    });
    expect((await render('sven', savsjo)).fallback).toContain(
      '✅ Besvarat av sven 21 nov: Flyttat till 3 dec 2026',
    );
    const list = await f.say('sven', '/samverkan Sävsjö');
    expect(list.fallback).toContain('3 dec');
    // The moved meeting's own follow-up (about 3 dec) asks afresh.
    const later = { ...savsjo, meeting: { ...savsjo.meeting, date: '2026-12-03' } };
    expect(allButtons(await render('sven', later)).length).toBe(6);
  });

  it('a typo suggestion and a cancel confirmation are answered once for their message', async () => {
    const pressOn = (who: string, message: string, b: ReplyButton, id: string) =>
      f.core.handleAction({
        eventId: id,
        platform: 'console',
        person: `console:${who}`,
        conversationId: 'terminal',
        actionId: b.actionId,
        value: b.value,
        messageRef: message,
      });
    const typo = await f.say('anna', '/samverkn Tranås');
    const suggestion = allButtons(typo).find((b) => b.actionId.startsWith('run/')) as ReplyButton;
    expect(typo.headline).toMatch(/^Menade du/);
    const first = await pressOn('anna', 'typo-1', suggestion, 't1');
    expect(first.replaceOriginal).toBe(true);
    expect((await pressOn('admin', 'typo-1', suggestion, 't2')).headline).toMatch(
      /^Redan besvarat av anna 21 nov: /,
    );
    const ask = await f.say('anna', '/samverkan Tranås ställ in');
    const [yes, keep] = allButtons(ask) as [ReplyButton, ReplyButton];
    const cancelled = await pressOn('anna', 'cancel-1', yes, 'c1');
    expect(cancelled.headline).toMatch(/^🚫 Samverkansmötet .* är inställt\.$/);
    expect(cancelled.replaceOriginal).toBe(true);
    // "Behåll" on the same message after the answer: told, and the meeting stays cancelled.
    const late = await pressOn('admin', 'cancel-1', keep, 'c2');
    expect(late.headline).toMatch(/^Redan besvarat av anna 21 nov: Ja, ställ in$/);
  });
});
