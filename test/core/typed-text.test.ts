import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { testDialects } from '../support/databases.ts';
import { type CoreFixture, coreFixture } from './fixtures.ts';

/**
 * What a person typed is stored as they typed it, in one canonical spelling: Unicode NFC (a macOS or iOS keyboard
 * may send å as a + U+030A), Windows line ends as \n, and no invisible zero-width characters (pasted from Word or a
 * web page) — in a command's note and in a form's text alike.
 */
const TYPED: readonly [typed: string, stored: string][] = [
  ['a\u030angest vid torget', 'ångest vid torget'],
  ['sko\u200blan norra', 'skolan norra'],
  ['\ufeffkv\u00e4ll vid torget\u2060', 'kväll vid torget'],
  ['Sa\u0308vsjo\u0308 centrum', 'Sävsjö centrum'],
  ['polis 👮\u200d♀️ på plats', 'polis 👮\u200d♀️ på plats'],
];

describe.each(testDialects())('typed text is stored in one canonical spelling [$name]', ({ name }) => {
  let f: CoreFixture;
  beforeEach(async () => {
    f = await coreFixture(name);
  });
  afterEach(async () => {
    expect(f.errors).toEqual([]);
    await f.dispose();
  });

  it('a note typed with /insats', async () => {
    const bundle = await f.db.store.agreementForYear('0684', 2026);
    const ids = bundle?.activities.map((a) => a.id) ?? [];
    const seen = new Set(
      (await f.db.store.registrationsOf(ids, '2025-01-01', '2026-12-31')).map((r) => r.id),
    );
    for (const [typed, stored] of TYPED) {
      const reply = await f.say('sven', `/insats Sa\u0308vsjo\u0308 "${typed}"`);
      expect(reply.tone, typed).toBe('success');
      const all = await f.db.store.registrationsOf(ids, '2025-01-01', '2026-12-31');
      const added = all.filter((r) => !seen.has(r.id));
      for (const r of added) seen.add(r.id);
      expect(
        added.map((r) => r.note),
        typed,
      ).toEqual([stored]);
    }
  });

  it('a status text written in the /rapportera form', async () => {
    const form = (await f.say('sven', '/rapportera Sävsjö')).form;
    if (!form) throw new Error('no form');
    const texts = [...TYPED, ['Rad ett\r\nrad tva\u030a\rrad tre', 'Rad ett\nrad två\nrad tre'] as const];
    const values = Object.fromEntries(texts.map(([typed], i) => [`a${i + 1}`, typed]));
    const result = await f.core.submitForm({
      eventId: 'form-typed',
      platform: 'console',
      person: 'console:sven',
      conversationId: 'terminal',
      formId: form.formId,
      state: form.state,
      values,
    });
    expect(result.ok).toBe(true);
    const bundle = await f.db.store.agreementForYear('0684', 2026);
    const activities = bundle?.activities ?? [];
    const statuses = await f.db.store.latestStatuses(
      activities.map((a) => a.id),
      [2026],
    );
    for (const [i, [, stored]] of texts.entries()) {
      const activity = activities[i];
      const latest = statuses
        .filter((s) => s.activityId === activity?.id)
        .sort((a, b) => b.createdAt - a.createdAt)[0];
      expect(latest?.text, stored).toBe(stored);
    }
  });
});
