import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createReminderSender } from '../../src/app/reminder-sender.ts';
import type { Notifier, OutboundMessage } from '../../src/bots/contract.ts';
import { ACTION, actionNameOf, allButtons, type Reply, type ReplyButton } from '../../src/bots/core/reply.ts';
import type { Logger } from '../../src/domain/ports.ts';
import { snoozeWhen } from '../../src/domain/snooze.ts';
import { localInstant } from '../../src/domain/working-days.ts';
import { loadRegister } from '../../src/runtime/register.ts';
import { uuid } from '../../src/runtime/system.ts';
import { createScheduler } from '../../src/scheduler/create.ts';
import { byRecipient } from '../../src/scheduler/plan/tertials.ts';
import type { MissingActivity, ReminderPayload } from '../../src/scheduler/types.ts';
import { reminderRepository } from '../../src/store/repositories/reminders.ts';
import { agreementBody } from '../../src/web/pages/agreement-view.ts';
import { kommunData } from '../../src/web/site-data.ts';
import { testDialects } from '../support/databases.ts';
import { type CoreFixture, coreFixture, ZONE } from './fixtures.ts';

/**
 * Count prompts for those who do the work, comments to the samordnare and "Påminn mig senare", in the chat core on
 * the injected clock (Saturday 21 November 2026, T3): each police officer and kommun employee gets their own figures
 * for the activities they answer for, logs and comments from the prompt; the comment reaches the samordnare's
 * status prompt, `/rapportera` and `/status` but never the public page; a snooze writes one row that is sent once,
 * rendered afresh, and not at all when everything was answered meanwhile.
 */

const SAVSJO = '0684';
const quiet: Logger = { debug() {}, info() {}, warn() {}, error() {}, child: () => quiet };

describe.each(testDialects())('count prompts [$name]', ({ name }) => {
  let f: CoreFixture;
  let mine: Map<string, MissingActivity[]>;
  let all: MissingActivity[];
  const subject = {
    scope: { type: 'kommun' as const, id: SAVSJO },
    name: 'Sävsjö',
    municipalityCode: SAVSJO,
  };
  const tertial = { year: 2026, tertial: 3 as const, lastDay: '2026-12-31' };
  const reminderOf = (target: string): ReminderPayload => ({
    kind: 'tertial-reminder',
    subject,
    tertial,
    daysBefore: 14,
    missing: mine.get(`person:console:${target}`) ?? [],
  });
  const promptFor = (p: string) =>
    f.core.renderReminderFor({ kind: 'person', person: `console:${p}` }, reminderOf(p));
  const named = (p: string, button: ReplyButton, displayName: string, eventId: string) =>
    f.core.handleAction({
      eventId,
      platform: 'console',
      person: `console:${p}`,
      displayName,
      conversationId: 'terminal',
      actionId: button.actionId,
      value: button.value,
    });
  const submit = (p: string, form: NonNullable<Reply['form']>, values: Record<string, string>, id: string) =>
    f.core.submitForm({
      eventId: id,
      platform: 'console',
      person: `console:${p}`,
      conversationId: 'terminal',
      formId: form.formId,
      state: form.state,
      values,
    });
  const byAction = (r: Reply, action: string) =>
    allButtons(r).filter((b) => actionNameOf(b.actionId) === action);

  beforeAll(async () => {
    f = await coreFixture(name);
    await f.db.store.grantRole(
      { person: 'console:kim', role: 'kommun', scope: { type: 'kommun', id: SAVSJO } },
      0,
    );
    const bundle = await f.db.store.agreementForYear(SAVSJO, 2026);
    if (!bundle) throw new Error('no agreement');
    const statuses = await f.db.store.latestStatuses(
      bundle.activities.map((a) => a.id),
      [2026],
    );
    const reported = new Set(statuses.filter((s) => s.tertial === 3).map((s) => s.activityId));
    all = bundle.activities
      .filter((a) => !reported.has(a.id))
      .map((a) => ({ municipalityCode: SAVSJO, activityId: a.id, text: a.text, responsible: a.responsible }));
    const [roles, bindings, areas] = await Promise.all([
      f.db.store.allRoles(),
      f.db.store.allBindings(),
      f.db.store.listPoliceAreas(),
    ]);
    // The planner's own routing: who gets which activities.
    mine = byRecipient(all, subject.scope, { roles, bindings, areas });
  });
  afterAll(async () => {
    await f.dispose();
  });

  it('police and kommun staff get their own figures, only for the activities they answer for', async () => {
    const per = mine.get('person:console:per') ?? [];
    const kim = mine.get('person:console:kim') ?? [];
    expect(per.length).toBeGreaterThan(0);
    expect(kim.length).toBeGreaterThan(0);
    expect(per.every((a) => a.responsible !== 'kommun')).toBe(true);
    expect(kim.every((a) => a.responsible !== 'polis')).toBe(true);
    for (const [p, list] of [
      ['per', per],
      ['kim', kim],
    ] as const) {
      const reply = await promptFor(p);
      expect(reply.headline).toMatch(/^📝 Dags för uppföljning T3 2026 i Sävsjö/);
      expect(reply.sections).toHaveLength(list.length);
      for (const [i, section] of reply.sections.entries()) {
        // Numbered as /status numbers it; "Riktade insatser i Sävsjö: 4 av minst 5 under T3 2026 (15 per år)".
        expect(section.title).toMatch(/^\d+\. \S/);
        expect(section.text).toMatch(/^[\p{L} ]+ i Sävsjö: \d+ (av minst [\d⅓⅔½¼¾,]+ )?under T3 2026/u);
        expect(section.buttons?.map((b) => b.label)).toEqual([
          '➕ Logga insats',
          '💬 Kommentar till samordnaren',
        ]);
        expect(section.buttons?.[0]?.value).toBe(`${SAVSJO}|${list[i]?.activityId}`);
      }
      expect(reply.buttons?.map((b) => b.label)).toEqual([
        '⏰ Påminn mig mån 23 nov kl. 09.00',
        '📅 Påminn mig en annan dag…',
      ]);
      // Nothing of the samordnare's: no answers, no follow-up form.
      expect(byAction(reply, ACTION.promptAnswer)).toEqual([]);
      expect(byAction(reply, ACTION.reportOpen)).toEqual([]);
    }
  });

  it('whatever a payload carries, a count prompt asks only for what the recipient answers for', async () => {
    // A nudge, a snooze or an older payload may carry every missing activity: polis never gets the kommun's.
    const bundle = await f.db.store.agreementForYear(SAVSJO, 2026);
    const responsible = new Map(bundle?.activities.map((a, i) => [`${i + 1}`, a.responsible]));
    for (const [p, never] of [
      ['per', 'kommun'],
      ['kim', 'polis'],
    ] as const) {
      for (const kind of ['tertial-reminder', 'tertial-nudge'] as const) {
        const payload = {
          ...reminderOf(p),
          missing: all,
          ...(kind === 'tertial-nudge' ? { kind, requestedBy: 'Chef' } : {}),
        };
        const reply = await f.core.renderReminderFor(
          { kind: 'person', person: `console:${p}` },
          payload as ReminderPayload,
        );
        const numbers = reply.sections.map((s) => s.title?.match(/^(\d+)\./)?.[1] ?? '?');
        expect(numbers.length, `${p} ${kind}`).toBeGreaterThan(0);
        for (const n of numbers) expect(responsible.get(n), `${p} ${kind}: activity ${n}`).not.toBe(never);
      }
    }
  });

  it('"Logga insats" opens the log form and logs exactly like /logga, with Ångra', async () => {
    const reply = await promptFor('per');
    const open = await f.press('per', byAction(reply, ACTION.logOpen)[0] as ReplyButton);
    const form = open.form;
    if (!form) throw new Error('no form');
    expect(form.fields.map((x) => x.id)).toEqual(['count', 'date', 'note']);
    const bad = await submit('per', form, { count: 'tre', date: 'i morgon' }, 'log-bad');
    expect(bad).toMatchObject({ ok: false, errors: { count: expect.any(String), date: expect.any(String) } });
    const before = (await promptFor('per')).sections[0]?.text ?? '';
    const done = await submit('per', form, { count: '2', date: 'igår', note: '' }, 'log-ok');
    if (!done.ok) throw new Error('not logged');
    expect(done.reply.tone).toBe('success');
    expect(done.reply.headline).toContain('Sävsjö fredag 20 november 2026');
    expect(byAction(done.reply, ACTION.undo)).toHaveLength(1);
    const n = (text: string) => Number(/ i Sävsjö: (\d+)/.exec(text)?.[1]);
    expect(n((await promptFor('per')).sections[0]?.text ?? '')).toBe(n(before) + 2);
    // The same submission again (a platform retry) logs nothing more.
    await submit('per', form, { count: '2', date: 'igår', note: '' }, 'log-ok');
    expect(n((await promptFor('per')).sections[0]?.text ?? '')).toBe(n(before) + 2);
  });

  it('a comment is screened, stored once per person (a new one replaces it), audited, and reaches the samordnare', async () => {
    const reply = await promptFor('per');
    const button = byAction(reply, ACTION.commentOpen)[0] as ReplyButton;
    const activityId = button.value.split('|')[1] as string;
    const open = await named('per', button, 'Per Polis', 'c-open');
    const form = open.form;
    if (!form) throw new Error('no form');
    expect(form.fields[0]?.hint).toContain('aldrig publik');
    expect(await submit('per', form, { comment: 'Ring 850101-1236' }, 'c-pnr')).toMatchObject({ ok: false });
    expect(await submit('per', form, { comment: 'x'.repeat(301) }, 'c-long')).toMatchObject({ ok: false });
    expect(await submit('per', form, { comment: '   ' }, 'c-empty')).toMatchObject({ ok: false });
    expect(await f.db.store.activityComments([activityId], 2026, 3)).toEqual([]);
    const first = await submit('per', form, { comment: 'Två kontroller flyttade till januari.' }, 'c-1');
    expect(first).toMatchObject({ ok: true, reply: { tone: 'success' } });
    const second = await submit('per', form, { comment: 'Tre kontroller flyttade till januari.' }, 'c-2');
    if (!second.ok) throw new Error('not saved');
    expect(second.reply.fallback).toContain('Den ersatte din förra kommentar.');
    const stored = await f.db.store.activityComments([activityId], 2026, 3);
    expect(stored.map((c) => [c.person, c.text])).toEqual([
      ['console:per', 'Tre kontroller flyttade till januari.'],
    ]);
    const audit = (await f.db.store.audit({ limit: 100 })).filter((e) => e.action === 'activity.comment');
    // The fixed clock gives both entries one instant: their order is not asserted.
    expect(audit.map((e) => JSON.stringify(e.before)).sort()).toEqual([
      'null',
      '{"text":"Två kontroller flyttade till januari."}',
    ]);
    // Per's own prompt shows it, and the button now changes it (the form is prefilled).
    const again = await promptFor('per');
    const section = again.sections.find((s) => s.buttons?.some((b) => b.value.includes(activityId)));
    expect(section?.text).toContain('💬 Din kommentar: Tre kontroller flyttade till januari.');
    const change = byAction(again, ACTION.commentOpen).find((b) =>
      b.value.includes(activityId),
    ) as ReplyButton;
    expect(change.label).toBe('💬 Ändra kommentaren');
    expect((await f.press('per', change)).form?.fields[0]?.initial).toBe(
      'Tre kontroller flyttade till januari.',
    );
    // The samordnare: in the status prompt, the /rapportera form and /status, by display name.
    const sven = await f.core.renderReminderFor(
      { kind: 'person', person: 'console:sven' },
      { kind: 'tertial-reminder', subject, tertial, daysBefore: 14, missing: all },
    );
    expect(sven.fallback).toContain('💬 Per Polis: Tre kontroller flyttade till januari.');
    const report = await f.say('sven', '/rapportera Sävsjö');
    const fields = report.form?.fields ?? [];
    expect(fields.find((x) => x.hint?.includes('Tre kontroller'))?.hint).toBe(
      '💬 Per Polis: Tre kontroller flyttade till januari.',
    );
    const status = await f.say('sven', '/status Sävsjö');
    const notes = status.sections.find((s) => s.title === 'Kommentarer till samordnaren, T3 2026');
    expect(notes?.text).toMatch(/^\d+\. 💬 Per Polis: Tre kontroller flyttade till januari\.$/);
  });

  it('status answers show in /status and the report; after publishing the answer is public, the comment never', async () => {
    const sven = await f.core.renderReminderFor(
      { kind: 'person', person: 'console:sven' },
      { kind: 'tertial-reminder', subject, tertial, daysBefore: 14, missing: all },
    );
    const commented = sven.sections.find((s) => s.text?.includes('Per Polis')) ?? sven.sections[0];
    const write = commented?.buttons?.find(
      (b) => actionNameOf(b.actionId) === ACTION.promptText,
    ) as ReplyButton;
    const form = (await f.press('sven', write)).form;
    if (!form) throw new Error('no form');
    const answer = 'Fjorton kontroller gjorda, tre flyttade.';
    expect(await submit('sven', form, { answer }, 'status-answer')).toMatchObject({ ok: true });
    const status = await f.say('sven', '/status Sävsjö T3');
    expect(JSON.stringify(status.sections)).toContain(answer.slice(0, 30));
    const docs = await f.core.reportDocuments({ municipalityCode: SAVSJO, year: 2026, tertial: 3 });
    const md = docs?.files.find((x) => x.filename.endsWith('.md'))?.content ?? '';
    expect(md).toContain(answer);
    expect(md).not.toContain('Tre kontroller flyttade');
    const published = await f.say('sven', '/rapportera Sävsjö publicera T3 2026');
    expect(published.tone).toBe('success');
    const deps = {
      store: f.db.store,
      register: loadRegister(),
      clock: f.clock,
      ids: uuid,
      zone: ZONE,
      logger: quiet,
    };
    const page = await kommunData(deps, loadRegister().get(SAVSJO), 'savsjo');
    if (!page.current) throw new Error('no public view');
    const html = agreementBody(page.current).value;
    expect(html).toContain('Fjorton kontroller gjorda');
    expect(html).not.toContain('Tre kontroller flyttade');
    expect(html).not.toContain('Per Polis');
  });

  it('forged presses and submissions are refused and store nothing', async () => {
    const reply = await promptFor('per');
    const comment = byAction(reply, ACTION.commentOpen)[0] as ReplyButton;
    const log = byAction(reply, ACTION.logOpen)[0] as ReplyButton;
    const rows = async () => (await reminderRepository(f.db.handle.db, f.db.handle.dialect).list({})).length;
    for (const p of ['lena', 'anna']) {
      for (const button of [comment, log, { actionId: ACTION.snooze, value: `count|${SAVSJO}|2026|3` }]) {
        const [counts, n] = [await f.counts(), await rows()];
        const pressed = await f.press(p, button);
        expect(pressed.tone, `${p} ${button.actionId}`).toBe('error');
        expect(pressed.form).toBeUndefined();
        expect(await f.counts()).toEqual(counts);
        expect(await rows()).toBe(n);
      }
    }
    // Police may not snooze the samordnare's status prompt.
    expect((await f.press('per', { actionId: ACTION.snooze, value: `status|${SAVSJO}|2026|3` })).tone).toBe(
      'error',
    );
    // A forged form submission (the form was never opened for them) is refused the same way.
    const counts = await f.counts();
    const forged = await submit(
      'lena',
      { formId: 'comment', title: '', submitLabel: '', fields: [], state: comment.value },
      { comment: 'Hej' },
      'forged-c',
    );
    expect(forged).toMatchObject({ ok: true, reply: { tone: 'error' } });
    const snooze = await submit(
      'lena',
      { formId: 'snooze', title: '', submitLabel: '', fields: [], state: `count|${SAVSJO}|2026|3` },
      { day: '14 dec' },
      'forged-s',
    );
    expect(snooze).toMatchObject({ ok: true, reply: { tone: 'error' } });
    expect(await f.counts()).toEqual(counts);
  });

  it('the snooze day: next working day 09:00, or a chosen day up to the tertial’s last day', () => {
    const table: [Parameters<typeof snoozeWhen>[0], string, string | null, string | null][] = [
      [{ kind: 'next' }, '2026-11-21', '2026-11-23', null], // Saturday → Monday
      [{ kind: 'next' }, '2026-12-23', '2026-12-28', null], // over Christmas Eve, Christmas and Boxing Day
      [{ kind: 'day', text: '14 dec' }, '2026-11-21', '2026-12-14', null],
      [{ kind: 'day', text: '2026-12-26' }, '2026-12-20', '2026-12-23', null], // holiday → the working day before
      [{ kind: 'day', text: '2027-01-05' }, '2026-11-21', null, 'after-deadline'],
      [{ kind: 'day', text: 'igår' }, '2026-11-21', null, 'not-after-today'],
      [{ kind: 'day', text: 'snart' }, '2026-11-21', null, 'bad-date'],
    ];
    for (const [choice, today, day, error] of table) {
      const when = snoozeWhen(choice, today, '2026-12-31', ZONE);
      if (day) expect(when).toEqual({ ok: true, day, at: localInstant(day, '09:00', ZONE) });
      else expect(when).toEqual({ ok: false, error });
    }
  });

  it('"Påminn mig" writes one row to that person, kept by re-plans, sent once, afresh, and not at all when answered', async () => {
    const reminders = reminderRepository(f.db.handle.db, f.db.handle.dialect);
    const reply = await promptFor('kim');
    const next = reply.buttons?.[0] as ReplyButton;
    const set = await f.press('kim', next);
    expect(set.headline).toBe('⏰ Jag påminner dig mån 23 nov kl. 09.00.');
    expect((await f.press('kim', next)).headline).toBe('Du har redan en påminnelse mån 23 nov kl. 09.00.');
    const chosen = (await f.press('kim', reply.buttons?.[1] as ReplyButton)).form;
    if (!chosen) throw new Error('no form');
    expect(await submit('kim', chosen, { day: '2027-01-05' }, 'snooze-late')).toMatchObject({
      ok: false,
      errors: { day: 'Välj en dag senast tor 31 dec, tertialets sista dag.' },
    });
    const day = await submit('kim', chosen, { day: '14 dec' }, 'snooze-day');
    expect(day).toMatchObject({ ok: true, reply: { headline: '⏰ Jag påminner dig mån 14 dec kl. 09.00.' } });
    const snoozes = () => reminders.list({}).then((r) => r.filter((x) => x.kind === 'prompt-snooze'));
    expect((await snoozes()).map((r) => [r.target, r.dueAt])).toEqual([
      ['person:console:kim', localInstant('2026-11-23', '09:00', ZONE)],
      ['person:console:kim', localInstant('2026-12-14', '09:00', ZONE)],
    ]);
    // The scheduler re-plans and sends: each snooze once, the prompt rendered afresh for Kim.
    const sent: OutboundMessage[] = [];
    const notifier: Notifier = {
      platform: 'console',
      send: async (m) => {
        sent.push(m);
        return { ok: true, messageId: `m${sent.length}` };
      },
    };
    const scheduler = createScheduler(
      { store: f.db.store, reminders, register: loadRegister(), clock: f.clock, logger: quiet, zone: ZONE },
      createReminderSender(f.core, () => [notifier], quiet),
    );
    const monday = localInstant('2026-11-23', '09:00', ZONE) + 30_000;
    await scheduler.tickOnce(monday);
    await scheduler.tickOnce(monday + 60_000);
    const toKim = () => sent.filter((m) => m.key.startsWith('prompt-snooze:') && m.to.id === 'kim');
    expect(toKim()).toHaveLength(1);
    expect(toKim()[0]?.reply.headline).toBe(
      '⏰ Du bad om en påminnelse: uppföljningen T3 2026 i Sävsjö — sista dag 31 dec 2026',
    );
    expect(byAction(toKim()[0]?.reply as Reply, ACTION.commentOpen).length).toBeGreaterThan(0);
    // Kim comments on everything left; the 14 December snooze then has nothing to ask and sends nothing.
    for (const button of byAction(await promptFor('kim'), ACTION.commentOpen)) {
      const form = (await f.press('kim', button)).form;
      if (form) await submit('kim', form, { comment: 'Klart från kommunens sida.' }, `kim-${button.value}`);
    }
    const december = localInstant('2026-12-14', '09:00', ZONE) + 30_000;
    await scheduler.tickOnce(december);
    expect(toKim()).toHaveLength(1);
    expect((await snoozes()).map((r) => r.status)).toEqual(['sent', 'sent']);
  });

  it('an English-speaking officer gets the count prompt in English; names, not ids, for the samordnare', async () => {
    await f.say('per', '/lofte språk en');
    const reply = await promptFor('per');
    expect(reply.headline).toMatch(/^📝 Time for the T3 2026 follow-up in Sävsjö/);
    expect(reply.sections[0]?.text).toMatch(
      /^[\p{L} ]+ in Sävsjö: \d+ (of at least [\d⅓⅔½¼¾.]+ )?in T3 2026/u,
    );
    expect(allButtons(reply).map((b) => b.label)).toContain('➕ Log activity');
    expect(reply.buttons?.[0]?.label).toBe('⏰ Remind me on Mon 23 Nov at 09:00');
    const set = await f.press('per', reply.buttons?.[0] as ReplyButton);
    expect(set.headline).toBe("⏰ I'll remind you on Mon 23 Nov at 09:00.");
    await f.say('per', '/lofte språk sv');
  });
});
