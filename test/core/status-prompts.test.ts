import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { allButtons, type Reply, type ReplyButton } from '../../src/bots/core/reply.ts';
import { textsFor } from '../../src/bots/core/texts/index.ts';
import { proposalText, statusPromptId } from '../../src/domain/status-prompts.ts';
import type { ReminderPayload } from '../../src/scheduler/types.ts';
import { testDialects } from '../support/databases.ts';
import { type CoreFixture, coreFixture } from './fixtures.ts';

/**
 * Status prompts in the chat core: a tertial reminder to a samordnare lists each activity lacking a status with
 * its answers; an answer (button or free text) becomes the status text, once for all, and every sent copy is
 * brought up to date; the police officer gets no answer buttons.
 */

const SAVSJO = '0684';

describe.each(testDialects())('status prompts [$name]', ({ name }) => {
  let f: CoreFixture;
  const refreshed: string[] = [];
  let payload: Extract<ReminderPayload, { kind: 'tertial-reminder' }>;

  beforeAll(async () => {
    f = await coreFixture(name, {
      updates: {
        tertialAnswered: async (code, year, tertial) => {
          refreshed.push(`${code} ${year} T${tertial}`);
        },
      },
    });
    const bundle = await f.db.store.agreementForYear(SAVSJO, 2026);
    if (!bundle) throw new Error('no agreement');
    const statuses = await f.db.store.latestStatuses(
      bundle.activities.map((a) => a.id),
      [2026],
    );
    const reported = new Set(statuses.filter((s) => s.tertial === 3).map((s) => s.activityId));
    payload = {
      kind: 'tertial-reminder',
      subject: { scope: { type: 'kommun', id: SAVSJO }, name: 'Sävsjö', municipalityCode: SAVSJO },
      tertial: { year: 2026, tertial: 3, lastDay: '2026-12-31' },
      daysBefore: 14,
      missing: bundle.activities
        .filter((a) => !reported.has(a.id))
        .map((a) => ({
          municipalityCode: SAVSJO,
          activityId: a.id,
          text: a.text,
          responsible: a.responsible,
        })),
    };
  });
  afterAll(async () => {
    await f.dispose();
  });

  const forSven = () => f.core.renderReminderFor({ kind: 'person', person: 'console:sven' }, payload);
  const open = (r: Reply) => r.sections.filter((s) => (s.buttons?.length ?? 0) > 0);

  it('the proposal is built from what was registered, for numeric activities only', () => {
    const table: [Parameters<typeof proposalText>[0], number, string | null][] = [
      [
        { kind: 'trafikkontroll', target: { count: 30, per: 'year' } },
        20,
        'Genomfört 20 trafikkontroller under tertialet.',
      ],
      [
        { kind: 'trafikkontroll', target: { count: 30, per: 'year' } },
        1,
        'Genomfört 1 trafikkontroll under tertialet.',
      ],
      [{ kind: null, target: { count: 4, per: 'year' } }, 2, 'Genomfört 2 gånger under tertialet.'],
      [{ kind: 'trafikkontroll', target: null }, 20, null],
      [{ kind: 'trafikkontroll', target: { count: 30, per: 'year' } }, 0, null],
    ];
    for (const [activity, n, expected] of table) expect(proposalText(activity, n)).toBe(expected);
  });

  it('the figures under an activity agree in number with the count', () => {
    const sv = textsFor('sv');
    const table: [number, number | null, string][] = [
      [0, null, '0 registrerade under T3 2026'],
      [1, null, '1 registrerad under T3 2026'],
      [2, null, '2 registrerade under T3 2026'],
      [1, 5, '1 registrerad under T3 2026 · mål 5'],
      [7, 5, '7 registrerade under T3 2026 · mål 5'],
    ];
    for (const [n, target, expected] of table) expect(sv.statusFigures(n, target, 'T3 2026')).toBe(expected);
  });

  it('a samordnare gets one section per activity lacking a status, each with its answers; police get none', async () => {
    expect(payload.missing.length).toBeGreaterThan(1);
    const reply = await forSven();
    expect(reply.headline).toMatch(/^📝 Dags för uppföljning T3 2026 i Sävsjö/);
    expect(open(reply)).toHaveLength(payload.missing.length);
    const labels = open(reply)[0]?.buttons?.map((b) => b.label) ?? [];
    expect(labels.slice(-3)).toEqual(['Pågår', 'Ej genomfört', '✍️ Skriv själv']);
    // The prompts are stored, one per activity and tertial.
    for (const m of payload.missing) {
      expect(await f.db.store.prompt(statusPromptId(m.activityId, { year: 2026, tertial: 3 }))).toMatchObject(
        {
          status: 'open',
          kind: 'tertial-status',
        },
      );
    }
    // The police officer gets a count prompt instead: no answer buttons, no follow-up form.
    const police = await f.core.renderReminderFor({ kind: 'person', person: 'console:per' }, payload);
    const actions = allButtons(police).map((b) => b.actionId.split('/')[0]);
    expect(actions).not.toContain('prompt:answer');
    expect(actions).not.toContain('prompt:text');
    expect(actions).not.toContain('report:open');
  });

  it('a button answers for everyone: the status is stored, audited, and every copy shows who answered', async () => {
    const first = open(await forSven())[0];
    const pagar = first?.buttons?.find((b) => b.label === 'Pågår') as ReplyButton;
    const saved = await f.press('sven', pagar);
    expect(saved.tone).toBe('success');
    // The activity is quoted as it is embedded in a sentence: without its closing period.
    expect(saved.headline).toBe(
      '✅ Sparat som lägestext för ”Polisen ska öppna ett poliskontor”, T3 2026: Pågår',
    );
    expect(refreshed).toEqual([`${SAVSJO} 2026 T3`]);
    const activityId = payload.missing[0]?.activityId as string;
    const latest = await f.db.store.latestStatuses([activityId], [2026]);
    expect(latest.find((s) => s.tertial === 3)).toMatchObject({ text: 'Pågår', actor: 'console:sven' });
    const audit = await f.db.store.audit({ limit: 50 });
    expect(audit.some((e) => e.action === 'prompt.answer')).toBe(true);
    const after = await forSven();
    expect(open(after)).toHaveLength(payload.missing.length - 1);
    expect(after.sections[0]?.text).toContain('✅ Besvarat av sven 21 nov: Pågår');
    // The admin pressing the same (now stale) button: already answered, nothing stored twice.
    const again = await f.press('admin', pagar);
    expect(again.headline).toBe('Frågan är redan besvarad av sven: Pågår');
    expect(
      (await f.db.store.latestStatuses([activityId], [2026])).filter((s) => s.tertial === 3),
    ).toHaveLength(1);
  });

  it('free text through the short form becomes the status; a personnummer is refused', async () => {
    const section = open(await forSven())[0];
    const write = section?.buttons?.at(-1) as ReplyButton;
    const opened = await f.press('sven', write);
    const form = opened.form;
    if (!form) throw new Error('no form');
    // Skriv själv says what to type, with an example, and never repeats the question (it is in the prompt above).
    const question = (await f.db.store.prompt(form.state))?.question ?? '';
    expect(opened.headline).toBe('Skriv lägestexten med egna ord: vad som är gjort och vad som återstår.');
    expect(form.fields.map((x) => [x.label, 'hint' in x ? x.hint : undefined])).toEqual([
      ['Lägestext', 'Till exempel: ”Två vandringar i november, en till planeras i december.”'],
    ]);
    expect(JSON.stringify(opened)).not.toContain(question);
    // A status text is a few sentences: the field has lines for them, as in /rapportera.
    expect(form.fields[0]).toMatchObject({ multiline: true });
    const submit = (answer: string) =>
      f.core.submitForm({
        eventId: `s-${answer}`,
        platform: 'console',
        person: 'console:sven',
        conversationId: 'terminal',
        formId: form.formId,
        state: form.state,
        values: { answer },
      });
    expect(await submit('Samtal med 850101-1236')).toMatchObject({ ok: false });
    const done = await submit('Två vandringar i november, en till i december.');
    expect(done).toMatchObject({ ok: true });
    const after = await forSven();
    expect(after.fallback).toContain(
      '✅ Besvarat av sven 21 nov: Två vandringar i november, en till i december.',
    );
    expect(open(after)).toHaveLength(payload.missing.length - 2);
  });

  it('names the one who answered by the name their platform reported', async () => {
    const section = open(await forSven())[0];
    const ej = section?.buttons?.find((b) => b.label === 'Ej genomfört') as ReplyButton;
    const saved = await f.core.handleAction({
      eventId: 'named-1',
      platform: 'console',
      person: 'console:admin',
      displayName: 'Ada  Admin ',
      conversationId: 'terminal',
      actionId: ej.actionId,
      value: ej.value,
    });
    expect(saved.tone).toBe('success');
    expect((await f.db.store.personNames(['console:admin'])).get('console:admin')).toBe('Ada Admin');
    expect((await forSven()).fallback).toContain('✅ Besvarat av Ada Admin 21 nov: Ej genomfört');
  });

  it("a text written in /rapportera since the prompt was sent stands: an older copy's answers change nothing", async () => {
    // Each answer of an older copy of the prompt, pressed after the samordnare wrote the activity's text in the form.
    for (const answer of ['Pågår', 'Ej genomfört', '✍️ Skriv själv']) {
      const section = open(await forSven())[0];
      if (!section) throw new Error('no open activity left');
      const stale = section.buttons?.find((b) => b.label === answer) as ReplyButton;
      const number = section.title?.split('.')[0];
      const opened = await f.say('sven', '/rapportera Sävsjö');
      const field = opened.form?.fields.find((x) => x.label.startsWith(`${number}. `));
      if (!opened.form || !field) throw new Error(`no field for activity ${number}`);
      const written = `Skrivet i formuläret före svaret ${answer}.`;
      const saved = await f.core.submitForm({
        eventId: `form-${answer}`,
        platform: 'console',
        person: 'console:sven',
        conversationId: 'terminal',
        formId: opened.form.formId,
        state: opened.form.state,
        values: { [field.id]: written },
      });
      expect(saved).toMatchObject({ ok: true });
      refreshed.length = 0;
      let reply = await f.press('admin', stale);
      if (reply.form) {
        // "Skriv själv" is refused before its form opens; were it to open, its answer must not be stored either.
        const done = await f.core.submitForm({
          eventId: `own-${answer}`,
          platform: 'console',
          person: 'console:admin',
          conversationId: 'terminal',
          formId: reply.form.formId,
          state: reply.form.state,
          values: { answer: 'Ett svar för sent.' },
        });
        reply = done.ok ? done.reply : reply;
      }
      expect(reply.tone, answer).toBe('info');
      expect(reply.headline, answer).toMatch(
        new RegExp(
          `har redan en lägestext för T3 2026, skriven av sven 21 nov: ”${written}”\\. Ingenting har ändrats\\.$`,
        ),
      );
      expect(reply.fallback, answer).toContain('Vill du ändra den? Skriv /rapportera Sävsjö.');
      const activityId = stale.value.split(':')[1] as string;
      const latest = (await f.db.store.latestStatuses([activityId], [2026])).find((s) => s.tertial === 3);
      expect(latest?.text, answer).toBe(written);
      // Every copy is brought up to date: the activity shows the written text and no answers.
      expect(refreshed, answer).toEqual([`${SAVSJO} 2026 T3`]);
      const now = (await forSven()).sections.find((s) => s.title === section.title);
      expect(now?.buttons ?? [], answer).toEqual([]);
      expect(now?.text, answer).toContain(`✅ Besvarat av sven 21 nov: ${written}`);
    }
  });

  it('an English-speaking samordnare gets the prompt in English; the stored text stays Swedish', async () => {
    await f.say('sven', '/lofte språk en');
    const reply = await forSven();
    expect(reply.headline).toMatch(/^📝 Time for the T3 2026 follow-up in Sävsjö/);
    const labels = open(reply)[0]?.buttons?.map((b) => b.label) ?? [];
    expect(labels.slice(-3)).toEqual(['Ongoing', 'Not done', '✍️ Write your own']);
    expect(reply.sections[0]?.text).toContain('✅ Answered by sven on 21 Nov: Pågår');
    await f.say('sven', '/lofte språk sv');
    // Without a choice of their own, the language the platform last reported (a Slack locale) is used.
    await f.db.store.setPersonPlatformLang('console:admin', 'en', 0);
    expect(
      (await f.core.renderReminderFor({ kind: 'person', person: 'console:admin' }, payload)).headline,
    ).toMatch(/^📝 Time for/);
    expect((await forSven()).headline).toMatch(/^📝 Dags för/);
  });
});
