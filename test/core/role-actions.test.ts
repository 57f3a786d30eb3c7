import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { requirementMet } from '../../src/bots/core/access.ts';
import { pressRequirement } from '../../src/bots/core/press.ts';
import { ACTION, actionNameOf, allButtons, type Reply, type ReplyButton } from '../../src/bots/core/reply.ts';
import { openSession } from '../../src/bots/core/session.ts';
import type { ReminderPayload } from '../../src/scheduler/types.ts';
import { reminderRepository } from '../../src/store/repositories/reminders.ts';
import { hmacSigner } from '../../src/web/hmac.ts';
import { testDialects } from '../support/databases.ts';
import { type CoreFixture, coreFixture, NOW } from './fixtures.ts';

/**
 * Role-aware actions: every message kind rendered for every role carries only buttons whose required permission
 * its recipient holds, the requirement a press is checked with is the one the button was rendered with, and a
 * forged press (a button the person was never shown) is refused with nothing stored.
 */

const SAVSJO = '0684';
const DAY = 24 * 60 * 60_000;
/** The demo's people, and Kim with the kommun role in Sävsjö (granted below). */
const PEOPLE = ['per', 'kim', 'sven', 'anna', 'lena', 'admin'] as const;

const subject = { scope: { type: 'kommun' as const, id: SAVSJO }, name: 'Sävsjö', municipalityCode: SAVSJO };
const tertial = { year: 2026, tertial: 3 as const, lastDay: '2026-12-31' };
const missing = [
  { municipalityCode: SAVSJO, activityId: 'a1', text: 'Trafikkontroller', responsible: 'polis' as const },
  {
    municipalityCode: SAVSJO,
    activityId: 'a2',
    text: 'Trygghetsvandringar',
    responsible: 'gemensam' as const,
  },
];
const demoMissing = [1, 2, 3].map((n) => ({
  municipalityCode: SAVSJO,
  activityId: `demo-savsjo-2025-2026-a${n}`,
  text: `Aktivitet ${n}`,
  responsible: 'gemensam' as const,
}));
const meeting = {
  seriesId: 'demo-series-savsjo',
  originalOn: '2026-11-24',
  date: '2026-11-24',
  time: '10:00',
  place: 'Sävsjö kommunhus',
};
const PAYLOADS: readonly ReminderPayload[] = [
  { kind: 'meeting-reminder', subject, meeting, daysBefore: 7, agenda: [] },
  { kind: 'meeting-followup', subject, meeting },
  { kind: 'tertial-reminder', subject, tertial, daysBefore: 14, missing },
  {
    kind: 'tertial-overdue',
    subject,
    tertial,
    missing,
    responsible: [
      { role: 'polis', person: 'console:per' },
      { role: 'samordnare', person: 'console:sven' },
    ],
    areas: [{ id: 'hoglandet', name: 'LPO Höglandet' }],
  },
  { kind: 'tertial-nudge', subject, tertial, missing, requestedBy: 'console:lena' },
  // The same with the demo's own activities: status prompts, count prompts and their snoozed copies.
  { kind: 'tertial-reminder', subject, tertial, daysBefore: 3, missing: demoMissing },
  {
    kind: 'prompt-snooze',
    subject,
    snoozed: 'status',
    tertial,
    missing: demoMissing,
    requestedBy: 'console:sven',
  },
  {
    kind: 'prompt-snooze',
    subject,
    snoozed: 'count',
    tertial,
    missing: demoMissing,
    requestedBy: 'console:per',
  },
  // The meeting follow-up snoozed by the samordnare ("Påminn mig senare"), sent again when due.
  { kind: 'prompt-snooze', subject, snoozed: 'meeting-followup', meeting, requestedBy: 'console:sven' },
];

describe.each(testDialects())('role-aware actions [$name]', ({ name }) => {
  let f: CoreFixture;
  beforeAll(async () => {
    f = await coreFixture(name, {
      links: {
        sign: hmacSigner(Buffer.from('role-test-secret')),
        clock: { now: () => NOW },
        baseUrl: 'https://bot.example.se/',
      },
    });
    await f.db.store.grantRole(
      { person: 'console:kim', role: 'kommun', scope: { type: 'kommun', id: SAVSJO } },
      0,
    );
  });
  afterAll(async () => {
    await f.dispose();
  });

  const person = (p: string) => `console:${p}`;

  async function sessionOf(p: string) {
    return openSession(f.core['deps' as never], {
      eventId: 'probe',
      platform: 'console',
      person: person(p),
      conversationId: 'terminal',
    });
  }

  /** Every message kind a person can receive: replies to their commands and forms, reminders, their App Home. */
  async function messagesFor(p: string): Promise<[string, Reply][]> {
    const out: [string, Reply][] = [];
    for (const payload of PAYLOADS) {
      out.push([
        payload.kind,
        await f.core.renderReminderFor({ kind: 'person', person: person(p) }, payload),
      ]);
    }
    for (const text of [
      '/insats Sävsjö',
      '/insats Sävsjo',
      '/status Sävsjö',
      '/sammanfattning LPO Höglandet länk',
      '/rapportera Sävsjö',
      '/statistik Sävsjö',
      // The confirmation rule's question and a meeting's cancel confirmation (answered once, in place).
      '/insats Sävsjö 2025-12-07',
      '/samverkan Sävsjö ställ in',
      'hjalp',
    ]) {
      const reply = await f.say(p, text);
      out.push([text, reply]);
      if (reply.form?.formId === 'report') {
        const saved = await f.core.submitForm({
          eventId: `form-${p}-${Math.random()}`,
          platform: 'console',
          person: person(p),
          conversationId: 'terminal',
          formId: reply.form.formId,
          state: reply.form.state,
          values: { a1: `Pågår (${p})` },
        });
        if (saved.ok) out.push(['/rapportera saved', saved.reply]);
      }
    }
    const home = await f.core.home({
      eventId: `home-${p}`,
      platform: 'console',
      person: person(p),
      conversationId: 'terminal',
    });
    out.push(['home', home]);
    return out;
  }

  it('no rendered button needs a permission its recipient lacks, and a press is checked by the same rule', async () => {
    const shown = new Map<string, Set<string>>();
    const followupSnoozers: string[] = [];
    for (const p of PEOPLE) {
      const session = await sessionOf(p);
      const seen = new Set<string>();
      for (const [kind, reply] of await messagesFor(p)) {
        for (const button of allButtons(reply)) {
          const held = requirementMet(button.requires, session.actor.person, session.grants, session.areas);
          expect(held, `${p} was shown "${button.label}" (${button.actionId}) in ${kind}`).toBe(true);
          seen.add(actionNameOf(button.actionId));
          const name = actionNameOf(button.actionId);
          if (kind === 'meeting-followup' && name === ACTION.snooze) followupSnoozers.push(p);
          if (name === ACTION.run || name === ACTION.link || name === ACTION.confirm) continue;
          expect(await pressRequirement(session, name, button.value), `${kind}: ${button.actionId}`).toEqual(
            button.requires,
          );
        }
      }
      shown.set(p, seen);
    }
    // The tertial reminder a police officer gets carries no "Skriv uppföljning"; the coordinator's does.
    expect(shown.get('per')?.has(ACTION.reportOpen)).toBe(false);
    expect(shown.get('kim')?.has(ACTION.reportOpen)).toBe(false);
    expect(shown.get('sven')?.has(ACTION.reportOpen)).toBe(true);
    // Only managers (and admins) get "Påminn dem"; the chef gets no follow-up form either.
    expect([...shown].filter(([, s]) => s.has(ACTION.remind)).map(([p]) => p)).toEqual(['lena', 'admin']);
    expect(shown.get('lena')?.has(ACTION.reportOpen)).toBe(false);
    expect(shown.get('sven')?.has(ACTION.publish)).toBe(true);
    expect(shown.get('per')?.has(ACTION.publish)).toBe(false);
    // Those who do the work get count prompts (log, comment, snooze); the samordnare answers status prompts.
    for (const p of ['per', 'kim']) {
      for (const action of [ACTION.logOpen, ACTION.commentOpen, ACTION.snooze, ACTION.snoozeDay]) {
        expect(shown.get(p)?.has(action), `${p}: ${action}`).toBe(true);
      }
      expect(shown.get(p)?.has(ACTION.promptAnswer)).toBe(false);
    }
    expect(shown.get('sven')?.has(ACTION.snooze)).toBe(true);
    expect(shown.get('sven')?.has(ACTION.commentOpen)).toBe(false);
    expect(shown.get('lena')?.has(ACTION.snooze)).toBe(false);
    expect(shown.get('lena')?.has(ACTION.commentOpen)).toBe(false);
    // The meeting follow-up's answers: for those holding `meetings` in Sävsjö only.
    expect([...shown].filter(([, s]) => s.has(ACTION.followupAnswer)).map(([p]) => p)).toEqual([
      'sven',
      'admin',
    ]);
    expect([...shown].filter(([, s]) => s.has(ACTION.followupForm)).map(([p]) => p)).toEqual([
      'sven',
      'admin',
    ]);
    // "Påminn mig senare" on the meeting follow-up: as its answers, for those holding `meetings` only.
    expect(followupSnoozers).toEqual(['sven', 'admin']);
    expect(shown.get('sven')?.has(ACTION.confirm)).toBe(true);
  });

  it("the chef's overdue notice names who answers for what is missing and links the area dashboard", async () => {
    const notice = await f.core.renderReminderFor(
      { kind: 'person', person: 'console:lena' },
      PAYLOADS[3] as ReminderPayload,
    );
    expect(notice.sections[0]?.text).toBe(
      [
        '• Trafikkontroller — ansvar: polisen (console:per, console:sven)',
        '• Trygghetsvandringar — ansvar: polisen och kommunen (console:per, console:sven)',
      ].join('\n'),
    );
    expect(notice.buttons?.map((b) => b.label)).toEqual(['Påminn dem', 'Områdets översikt: LPO Höglandet']);
    const link = await f.press('lena', notice.buttons?.[1] as ReplyButton);
    expect(link.buttons?.[0]?.url).toMatch(/^https:\/\/bot\.example\.se\/d\/hoglandet/);
    const police = await f.core.renderReminderFor(
      { kind: 'person', person: 'console:per' },
      PAYLOADS[2] as ReminderPayload,
    );
    expect(police.buttons).toBeUndefined();
  });

  it('a forged press is refused and changes nothing', async () => {
    const logged = await f.say('per', '/insats Sävsjö');
    const undo = logged.buttons?.[0] as ReplyButton;
    const { prompt } = await f.core.ask({
      kind: 'follow-up',
      municipalityCode: SAVSJO,
      activityId: null,
      year: 2026,
      tertial: 3,
      question: 'Hur går det med trygghetsvandringarna i Sävsjö?',
      audience: 'samordnare',
    });
    const forged: { actionId: string; value: string }[] = [
      { actionId: ACTION.reportOpen, value: `${SAVSJO}|2026|3` },
      { actionId: ACTION.statisticsOpen, value: SAVSJO },
      { actionId: ACTION.publish, value: `${SAVSJO}|2026|3` },
      { actionId: ACTION.remind, value: `${SAVSJO}|2026|3` },
      { actionId: ACTION.meetingHeld, value: 'demo-series-savsjo|2026-11-24' },
      { actionId: `${ACTION.followupAnswer}/0`, value: 'demo-series-savsjo|2026-11-24|held' },
      { actionId: `${ACTION.followupAnswer}/1`, value: 'demo-series-savsjo|2026-11-24|cancelled' },
      { actionId: `${ACTION.followupForm}/0`, value: 'demo-series-savsjo|2026-11-24|moved' },
      { actionId: `${ACTION.followupForm}/1`, value: 'demo-series-savsjo|2026-11-24|note' },
      { actionId: `${ACTION.promptAnswer}/0`, value: `${prompt.id}|0` },
      { actionId: ACTION.promptText, value: prompt.id },
      { actionId: ACTION.undo, value: undo.value },
      { actionId: `${ACTION.logOpen}/0`, value: `${SAVSJO}|demo-savsjo-2025-2026-a1` },
      { actionId: `${ACTION.commentOpen}/0`, value: `${SAVSJO}|demo-savsjo-2025-2026-a1|2026|3` },
      { actionId: ACTION.snooze, value: `status|${SAVSJO}|2026|3` },
      { actionId: ACTION.snoozeDay, value: `status|${SAVSJO}|2026|3` },
      { actionId: ACTION.snooze, value: `count|${SAVSJO}|2026|3` },
      { actionId: ACTION.snooze, value: 'meeting-followup|demo-series-savsjo|2026-11-24' },
      { actionId: ACTION.snoozeDay, value: 'meeting-followup|demo-series-savsjo|2026-11-24' },
    ];
    let refusals = 0;
    for (const p of PEOPLE) {
      const session = await sessionOf(p);
      for (const button of forged) {
        const req = await pressRequirement(session, actionNameOf(button.actionId), button.value);
        if (!req) throw new Error(`no requirement for ${button.actionId}`);
        const allowed = requirementMet(req, session.actor.person, session.grants, session.areas);
        if (allowed && p !== 'per') continue;
        if (allowed) continue;
        const before = await f.counts();
        const reply = await f.press(p, button);
        expect(reply.tone, `${p} pressing ${button.actionId}: ${reply.headline}`).toBe('error');
        expect(reply.form).toBeUndefined();
        expect(await f.counts()).toEqual(before);
        refusals++;
      }
    }
    // Per (polis), Kim (kommun), Anna (Tranås only) and Lena (chef) are refused most of them.
    expect(refusals).toBeGreaterThan(20);
    expect(await f.db.store.prompt(prompt.id)).toMatchObject({ status: 'open' });
  });

  it('"Påminn dem" writes one reminder per responsible recipient, at most once a day', async () => {
    const reminders = reminderRepository(f.db.handle.db, f.db.handle.dialect);
    const button = { actionId: ACTION.remind, value: `${SAVSJO}|2026|3` };
    const first = await f.press('lena', button);
    expect(first.tone).toBe('success');
    // The chef reads whom it reaches, by name (a channel as "kanalen").
    expect(first.headline).toBe(
      '🔔 Påminnelsen om T3 2026 i Sävsjö går ut inom en minut till kim, per och sven.',
    );
    const rows = (await reminders.list({ status: 'pending' })).filter((r) => r.kind === 'tertial-nudge');
    expect(rows.length).toBeGreaterThan(0);
    expect(rows.map((r) => r.target)).toContain('person:console:sven');
    expect(rows.every((r) => r.dueAt === f.clock.now())).toBe(true);
    const again = await f.press('lena', button);
    expect(again.headline).toBe(
      'De ansvariga för T3 2026 i Sävsjö har redan påmints i dag. Nästa påminnelse går att skicka i morgon.',
    );
    // A re-plan keeps them: only planned kinds are made equal to the plan.
    await reminders.syncPlan([], { start: f.clock.now() - DAY, end: f.clock.now() + DAY }, f.clock.now());
    expect(
      (await reminders.list({ status: 'pending' })).filter((r) => r.kind === 'tertial-nudge'),
    ).toHaveLength(rows.length);
    // What the police officer receives: a count prompt for the missing activities, no follow-up form button.
    const forPer = rows.find((r) => r.target === 'person:console:per');
    if (forPer) {
      const message = await f.core.renderReminderFor(
        { kind: 'person', person: forPer.target.slice('person:'.length) },
        forPer.payload,
      );
      expect(message.headline).toMatch(/^🔔 Påminnelse: uppföljningen T3 2026 i Sävsjö är försenad/);
      const actions = allButtons(message).map((b) => actionNameOf(b.actionId));
      expect(actions).toContain(ACTION.logOpen);
      expect(actions).not.toContain(ACTION.reportOpen);
    }
    f.clock.advance(DAY);
    expect((await f.press('lena', button)).tone).toBe('success');
    const audit = await f.db.store.audit({ limit: 100 });
    expect(audit.filter((e) => e.action === 'tertial.remind')).toHaveLength(2);
  });

  it('reminders reach a person in their chosen language', async () => {
    await f.say('sven', '/lofte språk en');
    const reply = await f.core.renderReminderFor(
      { kind: 'person', person: 'console:sven' },
      PAYLOADS[2] as ReminderPayload,
    );
    expect(reply.headline).toMatch(/^📝 Time for the T3 2026 follow-up in Sävsjö/);
    expect(reply.buttons?.map((b) => b.label)).toEqual(['Write follow-up']);
    await f.say('sven', '/lofte språk sv');
  });
});
