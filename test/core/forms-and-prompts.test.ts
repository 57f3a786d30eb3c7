import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { FormSpec } from '../../src/bots/core/reply.ts';
import { testDialects } from '../support/databases.ts';
import { type CoreFixture, coreFixture } from './fixtures.ts';

const DAY = 24 * 60 * 60 * 1000;

describe.each(testDialects())('forms and prompts [$name]', ({ name }) => {
  let f: CoreFixture;
  let n = 0;
  const submit = (person: string, form: FormSpec, values: Record<string, string>) =>
    f.core.submitForm({
      eventId: `form-${++n}`,
      platform: 'console',
      person: `console:${person}`,
      conversationId: 'terminal',
      formId: form.formId,
      state: form.state,
      values,
    });

  beforeEach(async () => {
    f = await coreFixture(name);
  });
  afterEach(async () => {
    expect(f.errors).toEqual([]);
    await f.dispose();
  });

  it('/rapportera opens one field per activity, prefilled with the latest status text of the tertial', async () => {
    const reply = await f.say('sven', '/rapportera Sävsjö T2');
    const form = reply.form;
    if (!form) throw new Error('no form');
    const bundle = await f.db.store.agreementForYear('0684', 2026);
    expect(form.fields).toHaveLength(bundle?.activities.length ?? -1);
    expect(form.title).toBe('Uppföljning T2 2026');
    expect(form.fields.every((x) => x.initial !== undefined && x.multiline && x.optional)).toBe(true);
    expect(form.fields[4]?.initial).toMatch(/^Genomfört \d+ riktade insatser under tertialet\.$/);
  });

  it('a submitted follow-up with a personnummer is refused per field and nothing is stored', async () => {
    const form = (await f.say('sven', '/rapportera Sävsjö')).form;
    if (!form) throw new Error('no form');
    const before = await f.counts();
    const result = await submit('sven', form, {
      a1: 'Klart',
      a5: 'Gripen 121212-1212 vid torget',
      a6: 'x'.repeat(1001),
    });
    expect(result.ok).toBe(false);
    if (!result.ok) {
      expect(Object.keys(result.errors).sort()).toEqual(['a5', 'a6']);
      expect(result.errors.a5).toContain('personnummer');
      expect(result.errors.a6).toBe('Högst 1000 tecken.');
    }
    expect(await f.counts()).toEqual(before);
  });

  it('a valid follow-up stores every changed text in one go, audited; unchanged and empty ones are skipped', async () => {
    const form = (await f.say('sven', '/rapportera Sävsjö')).form;
    if (!form) throw new Error('no form');
    const result = await submit('sven', form, {
      a1: 'Klart',
      a2: 'Pågår varje tisdag',
      a3: '',
      a5: form.fields[4]?.initial ?? '',
    });
    expect(result).toMatchObject({
      ok: true,
      reply: { headline: '✅ 2 lägestexter sparade för Sävsjö, T3 2026.' },
    });
    const bundle = await f.db.store.agreementForYear('0684', 2026);
    const ids = bundle?.activities.map((a) => a.id) ?? [];
    const latest = (await f.db.store.latestStatuses(ids, [2026])).filter((s) => s.tertial === 3);
    expect(latest.map((s) => s.text).sort()).toEqual(['Klart', 'Pågår varje tisdag']);
    expect(latest.every((s) => s.actor === 'console:sven')).toBe(true);
    const audited = (await f.db.store.audit({ municipalityCode: '0684', limit: 50 })).filter(
      (e) => e.action === 'status.create',
    );
    expect(audited).toHaveLength(2);
  });

  it('a polis may not write follow-up texts, a coordinator of another kommun neither', async () => {
    expect((await f.say('per', '/rapportera Sävsjö')).headline).toBe(
      'Du får inte skriva lägestexter för Sävsjö. Det får den som har rollen samordnare eller admin där.',
    );
    expect((await f.say('anna', '/rapportera Sävsjö')).form).toBeUndefined();
  });

  it('/statistik validates per field: whole numbers, youth not above the count, youth needs a count', async () => {
    const form = (await f.say('per', '/statistik Sävsjö')).form;
    if (!form) throw new Error('no form');
    expect(form.fields).toHaveLength(12);
    const before = await f.counts();
    const bad = await submit('per', form, {
      'narkotika.innehav': '5',
      'narkotika.innehav:youth': '7',
      'narkotika.eget-bruk': 'många',
      'doping.innehav:youth': '1',
    });
    expect(bad).toEqual({
      ok: false,
      errors: {
        'narkotika.innehav:youth': 'Kan inte vara fler än totalen.',
        'narkotika.eget-bruk': 'Skriv ett heltal (0 eller mer).',
        'doping.innehav': 'Fyll i totalen också.',
      },
      lang: 'sv',
    });
    expect(await f.counts()).toEqual(before);
    const good = await submit('per', form, {
      'narkotika.innehav': '5',
      'narkotika.innehav:youth': '2',
      'narkotika.eget-bruk': '12',
    });
    expect(good).toMatchObject({
      ok: true,
      reply: { headline: '✅ Statistik sparad för Sävsjö, T3 2026 (2 kategorier).' },
    });
    const stats = (await f.db.store.statisticsOf('0684', [2026])).filter((s) => s.tertial === 3);
    expect(stats.map((s) => [s.category, s.count, s.youth]).sort()).toEqual([
      ['narkotika.eget-bruk', 12, null],
      ['narkotika.innehav', 5, 2],
    ]);
  });

  it('a kommun-role person may not report statistics', async () => {
    await f.db.store.grantRole(
      { person: 'console:kim', role: 'kommun', scope: { type: 'kommun', id: '0684' } },
      0,
    );
    expect((await f.say('kim', '/statistik Sävsjö')).form).toBeUndefined();
  });

  it('a prompt is answered days later by someone else with the right role, and records who answered', async () => {
    const bundle = await f.db.store.agreementForYear('0684', 2026);
    const activity = bundle?.activities[4];
    if (!activity) throw new Error('no activity');
    const { prompt, reply } = await f.core.ask({
      kind: 'follow-up',
      municipalityCode: '0684',
      activityId: activity.id,
      year: 2026,
      tertial: 3,
      question: 'Hur går det med de riktade insatserna i Sävsjö, T3 2026?',
      audience: 'console:per',
    });
    expect(reply.buttons?.map((b) => b.label)).toEqual([
      'Genomfört',
      'Pågår',
      'Ej påbörjat',
      'Skriv eget svar',
    ]);
    f.clock.advance(9 * DAY);
    const pagar = reply.buttons?.[1];
    if (!pagar) throw new Error('no button');
    expect((await f.press('anna', pagar)).headline).toBe(
      'Du kan inte svara på den här frågan; det kan samordnaren för kommunen.',
    );
    const answered = await f.press('sven', pagar);
    expect(answered.fallback).toContain('Svar från console:sven: Pågår');
    expect(answered.replaceOriginal).toBe(true);
    expect(await f.db.store.prompt(prompt.id)).toMatchObject({
      status: 'answered',
      answer: 'Pågår',
      answeredBy: 'console:sven',
      answeredPlatform: 'console',
      answeredAt: f.clock.now(),
    });
    const latest = await f.db.store.latestStatuses([activity.id], [2026]);
    expect(latest.find((s) => s.tertial === 3)).toMatchObject({ text: 'Pågår', actor: 'console:sven' });
    const late = await f.press('per', reply.buttons?.[0] ?? pagar);
    expect(late.headline).toBe('Frågan är redan besvarad av sven: Pågår');
  });

  it('a prompt addressed to a person may be answered by that person in free text; a personnummer is refused', async () => {
    const { prompt, reply } = await f.core.ask({
      kind: 'meeting-followup',
      municipalityCode: '0684',
      activityId: null,
      year: null,
      tertial: null,
      question: 'Hur gick samverkansmötet?',
      audience: 'console:per',
    });
    const textButton = reply.buttons?.at(-1);
    if (!textButton) throw new Error('no button');
    const opened = await f.press('per', textButton);
    const form = opened.form;
    if (!form) throw new Error('no form');
    expect(form.fields.map((x) => x.id)).toEqual(['answer']);
    expect(await submit('per', form, { answer: 'Bra, 850101-1236 var med' })).toMatchObject({
      ok: false,
      errors: { answer: expect.stringContaining('personnummer') },
    });
    expect(await submit('per', form, { answer: '   ' })).toEqual({
      ok: false,
      errors: { answer: 'Skriv ett svar.' },
      lang: 'sv',
    });
    expect(await submit('per', form, { answer: 'Bra möte, alla var där' })).toMatchObject({ ok: true });
    expect(await f.db.store.prompt(prompt.id)).toMatchObject({
      answer: 'Bra möte, alla var där',
      answeredBy: 'console:per',
    });
  });
});
