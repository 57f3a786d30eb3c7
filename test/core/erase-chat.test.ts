import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { allButtons, type Reply } from '../../src/bots/core/reply.ts';
import { testDialects } from '../support/databases.ts';
import { type CoreFixture, coreFixture } from './fixtures.ts';

/**
 * Erasing a note or status text with personal data from chat: before, only the command line could
 * (`registrations erase-note`, `followups erase-text`), so a samordnare who saw a name in `/status` had to find IT.
 * `/lofte radera anteckning|lägestext` calls the same domain use cases with the asker's access (samordnare of the
 * kommun, admin), asks first (Ja, radera / Avbryt), then erases once, audited with the reason.
 */
describe.each(testDialects())('/lofte radera from chat [$name]', ({ name }) => {
  let f: CoreFixture;
  const text = (r: Reply) => [r.headline, ...r.sections.map((s) => s.text ?? '')].join('\n');
  const audits = async (action: string) =>
    (await f.db.store.audit({ limit: 1000 })).filter((e) => e.action === action).length;
  const noteId = async (note: string) =>
    (
      await f.db.handle.db
        .selectFrom('registrations')
        .select('id')
        .where('note', '=', note)
        .executeTakeFirstOrThrow()
    ).id;

  beforeAll(async () => {
    f = await coreFixture(name);
  });
  afterAll(async () => f?.dispose());

  it('a note: asked first, erased on "Ja, radera" once, audited with the reason', async () => {
    await f.say('per', '/insats Sävsjö 2 "pojke med diabetes"');
    const id = await noteId('pojke med diabetes');
    const asked = await f.say('sven', `/lofte radera anteckning ${id.slice(0, 8)} Hälsouppgifter`);
    expect(asked.headline).toBe(
      `Radera anteckningen i registreringen ${id.slice(0, 8)} (antal 2, 21 nov 2026)?`,
    );
    expect(text(asked)).not.toContain('diabetes');
    expect(allButtons(asked).map((b) => b.label)).toEqual(['Ja, radera', 'Avbryt']);
    expect((await f.db.store.registration(id))?.note).toBe('pojke med diabetes');
    const [yes] = allButtons(asked);
    if (!yes) throw new Error('no button');
    const done = await f.press('sven', yes);
    expect(done.headline).toBe(`🗑️ Anteckningen i registreringen ${id.slice(0, 8)} är raderad`);
    await f.press('sven', yes);
    expect((await f.db.store.registration(id))?.note ?? null).toBeNull();
    expect(await audits('registration.erase-note')).toBe(1);
  });

  it('a status text: asked first, then every version erased; the tertial lacks a text again', async () => {
    const asked = await f.say(
      'sven',
      '/lofte radera lägestext Sävsjö T2 2026 3 Hälsouppgifter i lägestexten',
    );
    expect(asked.headline).toBe(
      'Radera lägestexten för aktivitet 3 ”Kommunen ska upplåta en lämplig lokal”, T2 2026 i Sävsjö?',
    );
    expect(await audits('status.erase-text')).toBe(0);
    const [yes] = allButtons(asked);
    if (!yes) throw new Error('no button');
    expect((await f.press('sven', yes)).headline).toBe(
      '🗑️ Lägestexten för aktivitet 3, T2 2026 i Sävsjö är raderad',
    );
    expect(await audits('status.erase-text')).toBe(1);
    expect(text(await f.say('sven', '/status Sävsjö T2 2026'))).toContain(
      'Saknar lägestext för T2 2026 (1): 3.',
    );
  });

  const REFUSED: readonly [who: string, command: string, says: string][] = [
    [
      'anna',
      '/lofte radera lägestext Sävsjö T2 2026 1 Hälsouppgifter',
      'Bara en samordnare eller administratör',
    ],
    [
      'per',
      '/lofte radera lägestext Sävsjö T2 2026 1 Hälsouppgifter',
      'Bara en samordnare eller administratör',
    ],
    ['sven', '/lofte radera lägestext Sävsjö T2 2026 3 Hälsouppgifter', 'redan raderad'],
    ['sven', '/lofte radera lägestext Sävsjö T2 2026 99 Hälsouppgifter', 'Sävsjö har ingen aktivitet 99'],
    ['sven', '/lofte radera lägestext Sävsjö T1 2026 1 Kalle Andersson 15 år', 'Ingenting har sparats'],
    ['sven', '/lofte radera anteckning ffffffff Hälsouppgifter', 'Jag hittar ingen registrering'],
    [
      'sven',
      '/lofte radera lägestext Sävsjö T2',
      '/lofte radera lägestext <kommun> <T1–T3> [år] <nr> <skäl>',
    ],
    ['sven', '/lofte radera', '/lofte radera anteckning <id> <skäl>'],
  ];

  it.each(REFUSED)('%s: %s → %s, nothing erased', async (who, command, says) => {
    const before = (await audits('status.erase-text')) + (await audits('registration.erase-note'));
    const r = await f.say(who, command);
    expect(text(r)).toContain(says);
    expect(allButtons(r).filter((b) => b.label === 'Ja, radera')).toEqual([]);
    expect((await audits('status.erase-text')) + (await audits('registration.erase-note'))).toBe(before);
  });

  it('a note of another kommun is refused to its samordnare; the admin may', async () => {
    await f.say('per', '/insats Sävsjö 1 "Ove Svensson vid torget"');
    const id = (await noteId('Ove Svensson vid torget')).slice(0, 8);
    expect(text(await f.say('anna', `/lofte radera anteckning ${id} Namn`))).toContain('Bara en samordnare');
    expect(allButtons(await f.say('admin', `/lofte radera anteckning ${id} Namn`)).length).toBe(2);
  });

  it('in English', async () => {
    const r = await f.say('sven', '/lofte erase text Sävsjö T2 2026 1 Health data', { lang: 'en' });
    expect(r.headline).toMatch(
      /^Erase the status text of activity 1 “Polisen ska öppna ett poliskontor”, T2 2026 in Sävsjö\?$/,
    );
    expect(allButtons(r).map((b) => b.label)).toEqual(['Yes, erase', 'Cancel']);
  });
});
