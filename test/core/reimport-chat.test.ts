import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { ACTION, type Reply } from '../../src/bots/core/reply.ts';
import { testDialects } from '../support/databases.ts';
import {
  RECORDED_WORDS,
  type RecordKind,
  recordAgainst,
  SAVSJO_2027,
  SAVSJO_2027_FIXED,
} from '../support/reimport.ts';
import { type CoreFixture, coreFixture, NOW } from './fixtures.ts';

/**
 * `/lofte import` of a corrected agreement for the years Sävsjö already has one for, as sven (samordnare Sävsjö):
 * the preview says so and what Spara will do; Spara replaces the earlier one while nothing is recorded against
 * it, and refuses (nothing stored) once something is, showing how to change it in place.
 */

const button = (r: Reply, actionId: string) => r.buttons?.find((b) => b.actionId === actionId);

describe.each(testDialects())('re-importing an agreement from chat [$name]', ({ name }) => {
  let f: CoreFixture;
  beforeEach(async () => {
    f = await coreFixture(name);
  });
  afterEach(async () => {
    expect(f.errors).toEqual([]);
    await f.dispose();
  });
  const of2027 = async () =>
    (await f.db.store.agreementsOf('0684')).filter((a) => a.periodFrom === 2027).length;

  const KINDS: readonly RecordKind[] = ['nothing', 'registrations', 'statuses'];
  it.each(KINDS)('a corrected file, %s recorded against the first', async (kind) => {
    const first = await f.say('sven', `/lofte import ${SAVSJO_2027}`);
    expect(first.fallback).not.toContain('har redan');
    const saveFirst = button(first, ACTION.importSave);
    if (!saveFirst) throw new Error('no Spara');
    expect((await f.press('sven', saveFirst)).tone).toBe('success');

    // The preview is made while nothing is recorded; something may be recorded before Spara is pressed.
    const second = await f.say('sven', `/lofte import ${SAVSJO_2027_FIXED}`);
    expect(second.tone).toBe('warning');
    expect(second.fallback).toContain(
      'Sävsjö har redan medborgarlöftet 2027–2028 (importerat 21 nov 2026 av sven som inklistrad text) för samma år.',
    );
    expect(second.fallback).toContain('Spara ersätter det med det här');
    await recordAgainst(f.db.store, '0684', kind, NOW);
    const saveSecond = button(second, ACTION.importSave);
    if (!saveSecond) throw new Error('no Spara');
    const saved = await f.press('sven', saveSecond);
    const words = RECORDED_WORDS[kind];
    expect(await of2027()).toBe(1);
    if (words === null) {
      expect(saved.tone).toBe('success');
      expect(saved.fallback).toContain('Ersatte medborgarlöftet 2027–2028 (importerat 21 nov 2026');
      expect((await f.say('sven', '/lofte avtal Sävsjö 2027')).fallback).toContain('14');
      return;
    }
    expect(saved.tone).toBe('error');
    expect(saved.headline).toBe(
      'Inget sparades: Sävsjö har redan ett medborgarlöfte för samma år som används',
    );
    expect(saved.fallback).toContain(words);
    expect(saved.fallback).toContain('/lofte avtal Sävsjö 2027');
    expect(saved.fallback).not.toMatch(/\bat \w+ \(|Error/);

    // A new preview says it before Spara, and offers only Avbryt.
    const third = await f.say('sven', `/lofte import ${SAVSJO_2027_FIXED}`);
    expect(third.fallback).toContain(words);
    expect(third.buttons?.map((b) => b.label)).toEqual(['Avbryt']);
    expect(third.fallback).not.toContain('Tryck Spara');
    expect((await f.say('sven', `/lofte import ${SAVSJO_2027_FIXED}`, { lang: 'en' })).fallback).toContain(
      'Sävsjö already has an agreement for the same years and it is in use',
    );
  });
});
