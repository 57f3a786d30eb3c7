import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { ACTION, FORM, type Lang, type Reply } from '../../src/bots/core/reply.ts';
import { ensureStatusPrompts } from '../../src/domain/status-prompts.ts';
import { loadRegister } from '../../src/runtime/register.ts';
import { type CoreFixture, coreFixture, ZONE } from './fixtures.ts';

/**
 * Prompts already sent about activities a replacement removed (a corrected agreement imported again, `ångra
 * import`, `ta bort`) point at nothing: their buttons — an answer, the proposal, "Skriv själv", "Logga", "Kommentar" — are
 * answered with a friendly "the activity is no longer in the agreement", in the presser's language, never an error.
 */

const DOC = [
  'Medborgarlöfte för Eksjö kommun 2025–2026',
  '',
  'Polisen och kommunen lovar att gemensamt arbeta för:',
  '- att öka tryggheten i Eksjö centrum',
  '',
  'Det ska vi åstadkomma genom följande aktiviteter:',
  '- Polisen ska genomföra minst tolv (12) riktade insatser per år.',
  '- Kommunen ska ordna en föräldrakväll om droger.',
].join('\n');
// The corrected file: the first activity's wording changed, the second dropped.
const CORRECTED = DOC.replace('minst tolv (12) riktade insatser', 'minst femton (15) trafikkontroller')
  .split('\n')
  .slice(0, -1)
  .join('\n');

const GONE: Record<Lang, string> = {
  sv: 'Aktiviteten finns inte längre i medborgarlöftet',
  en: 'The activity is no longer in the agreement',
};

const REMOVALS: readonly [string, string][] = [
  ['ångra import', '/lofte avtal Eksjö ångra import'],
  ['a corrected file imported again', `/lofte import ${CORRECTED}`],
  ['ta bort', '/lofte avtal Eksjö ta bort 2'],
];

describe('buttons of prompts about a removed activity', () => {
  let f: CoreFixture;
  beforeEach(async () => {
    f = await coreFixture('sqlite');
  });
  afterEach(async () => {
    expect(f.errors).toEqual([]);
    await f.dispose();
  });

  const saveButton = (r: Reply) => {
    const b = r.buttons?.find((x) => x.actionId === ACTION.importSave);
    if (!b) throw new Error(`no Spara: ${r.fallback}`);
    return b;
  };

  it.each(REMOVALS)('after %s', async (_, removal) => {
    await f.press('admin', saveButton(await f.say('admin', `/lofte import ${DOC}`)));
    const [agreement] = await f.db.store.agreementsOf('0686');
    const bundle = agreement ? await f.db.store.agreementBundle(agreement.id) : null;
    const activities = bundle?.activities ?? [];
    expect(activities).toHaveLength(2);
    const deps = {
      store: f.db.store,
      register: loadRegister(),
      clock: f.clock,
      ids: () => crypto.randomUUID(),
      zone: ZONE,
    };
    const ref = { year: 2026, tertial: 3 as const };
    const prompts = await ensureStatusPrompts(deps, '0686', ref, activities);
    const removedReply = await f.say('admin', removal);
    // Spara of the corrected file's preview, or "Ja, ta bort".
    const go = removedReply.buttons?.find((b) => b.actionId === ACTION.importSave || b.style === 'danger');
    if (go) await f.press('admin', go);
    const now = await f.db.store.agreementsOf('0686');
    const live = now.length > 0 ? await f.db.store.agreementBundle(now[0]?.id as string) : null;
    const kept = new Set(live?.activities.map((a) => a.id) ?? []);
    const removed = activities.map((a) => a.id).filter((id) => !kept.has(id));
    expect(removed.length).toBeGreaterThan(0);

    const before = await f.counts();
    for (const activityId of removed) {
      const prompt = prompts.get(activityId);
      if (!prompt) throw new Error('no prompt');
      const presses: [string, string][] = [
        [`${ACTION.promptAnswer}/0.1`, `${prompt.id}|0`],
        [`${ACTION.promptAccept}/0.0`, `${prompt.id}|3`],
        [`${ACTION.promptText}/0.9`, prompt.id],
        [ACTION.logOpen, `0686|${activityId}`],
        [ACTION.commentOpen, `0686|${activityId}|2026|3`],
      ];
      for (const lang of ['sv', 'en'] as const) {
        for (const [actionId, value] of presses) {
          const r = await f.core.handleAction({
            eventId: `gone-${actionId}-${activityId}-${lang}`,
            platform: 'console',
            person: 'console:admin',
            conversationId: 'terminal',
            actionId,
            value,
            lang,
          });
          expect(r.headline, `${actionId} ${lang}`).toContain(GONE[lang]);
          expect(r.form, actionId).toBeUndefined();
        }
      }
    }
    // A form opened before the removal and sent after it: the same answer, nothing stored.
    for (const activityId of removed) {
      const prompt = prompts.get(activityId);
      const forms: [string, string, Record<string, string>][] = [
        [FORM.promptAnswer, prompt?.id ?? '', { answer: 'Klart i oktober.' }],
        [FORM.log, `0686|${activityId}`, { count: '2', date: '', note: '' }],
        [FORM.comment, `0686|${activityId}|2026|3`, { comment: 'Två gjorda.' }],
      ];
      for (const [formId, state, values] of forms) {
        const result = await f.core.submitForm({
          eventId: `gone-form-${formId}-${activityId}`,
          platform: 'console',
          person: 'console:admin',
          conversationId: 'terminal',
          formId,
          state,
          values,
        });
        expect(result.ok && result.reply.headline, formId).toContain(GONE.sv);
      }
    }
    // Nothing was stored (only the presses' own replies are remembered, as for every press).
    const data = (counts: Record<string, number>) =>
      Object.fromEntries(Object.entries(counts).filter(([table]) => table !== 'processed_events'));
    expect(data(await f.counts())).toEqual(data(before));
  });
});
