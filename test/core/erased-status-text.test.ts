import { DateTime } from 'luxon';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { ERASED_STATUS } from '../../src/domain/erased-status.ts';
import { loadRegister } from '../../src/runtime/register.ts';
import { loadPlanInputs } from '../../src/scheduler/plan/load-inputs.ts';
import { plan } from '../../src/scheduler/plan/plan.ts';
import { DEFAULT_OFFSETS } from '../../src/scheduler/types.ts';
import { testDialects } from '../support/databases.ts';
import { type CoreFixture, coreFixture, ZONE } from './fixtures.ts';

/**
 * An erased status text (followups erase-text) leaves the tertial without a text again, as a samordnare expects: the
 * follow-up form, `/status`'s missing list, the due-tertial rule and the reminders ask for a new one, while the
 * erased marker stays visible where the text stood; writing a new text replaces it.
 */

const at = (day: string) => DateTime.fromISO(`${day}T09:30`, { zone: ZONE }).toMillis();

describe.each(testDialects())('an erased status text counts as missing [$name]', ({ name }) => {
  let f: CoreFixture;
  let n = 0;
  beforeEach(async () => {
    f = await coreFixture(name);
    f.clock.set(at('2027-01-07'));
    await write('/rapportera Sävsjö T3 2026', 'Pågår');
    const bundle = await f.db.store.agreementForYear('0684', 2026);
    const first = bundle?.activities[0];
    if (!first) throw new Error('no Sävsjö activity');
    await f.db.store.eraseStatusTexts(first.id, 2026, 3, ERASED_STATUS);
  });
  afterEach(async () => {
    expect(f.errors).toEqual([]);
    await f.dispose();
  });

  /** Writes `text` for every activity (or only the first) of the /rapportera form. */
  async function write(command: string, text: string, only?: number): Promise<void> {
    const form = (await f.say('sven', command)).form;
    if (!form) throw new Error(`no form for ${command}`);
    const fields = only === undefined ? form.fields : form.fields.slice(0, only);
    const saved = await f.core.submitForm({
      eventId: `erased-${++n}`,
      platform: 'console',
      person: 'console:sven',
      conversationId: 'terminal',
      formId: form.formId,
      state: form.state,
      values: Object.fromEntries(fields.map((x) => [x.id, text])),
    });
    expect(saved.ok).toBe(true);
  }

  const asked: readonly [typed: string, lang: 'sv' | 'en', shows: readonly string[]][] = [
    [
      '/status Sävsjö T3 2026',
      'sv',
      [
        'Saknar lägestext för T3 2026 (1): 1. ”Polisen ska öppna ett poliskontor”',
        ERASED_STATUS,
        'Skriv den med /rapportera Sävsjö T3 2026',
      ],
    ],
    [
      '/status Sävsjö T3 2026',
      'en',
      ['Without a status text for T3 2026 (1): 1. “Polisen ska öppna ett poliskontor”'],
    ],
    ['/rapportera Sävsjö', 'sv', ['T3 2026 saknar lägestext för 1 aktivitet – här är den.']],
    ['/report Sävsjö', 'en', ['T3 2026 lacks a status text for 1 activity – here it is.']],
  ];
  it.each(asked)('%s (%s) asks for a new text', async (typed, lang, shows) => {
    const r = await f.say('sven', typed, { lang });
    for (const s of shows) expect(r.fallback, typed).toContain(s);
  });

  it('the follow-up form leaves the erased field empty, and a new text replaces the erased one', async () => {
    const form = (await f.say('sven', '/rapportera Sävsjö T3 2026')).form;
    expect(form?.fields.map((x) => x.initial).slice(0, 2)).toEqual(['', 'Pågår']);
    await write('/rapportera Sävsjö T3 2026', 'Klart i december', 1);
    const r = await f.say('sven', '/status Sävsjö T3 2026');
    expect(r.fallback).not.toContain('Saknar lägestext');
    expect(r.fallback).not.toContain(ERASED_STATUS);
    expect(r.fallback).toContain('Klart i december');
  });

  it('the overdue notice and the reminders list the activity again', async () => {
    const window = { start: at('2027-01-01'), end: at('2027-01-31') };
    const inputs = await loadPlanInputs(f.db.store, loadRegister(), window, {
      zone: ZONE,
      asOf: at('2027-01-07'),
      offsets: DEFAULT_OFFSETS,
    });
    const overdue = plan(inputs, window).filter(
      (r) => r.kind === 'tertial-overdue' && r.subject.municipalityCode === '0684',
    );
    expect(overdue.length).toBeGreaterThan(0);
    for (const r of overdue) {
      expect(r.payload.kind === 'tertial-overdue' && r.payload.missing.map((m) => m.number)).toEqual([1]);
    }
  });
});
