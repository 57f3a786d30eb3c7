import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { ACTION, type Reply } from '../../src/bots/core/reply.ts';
import { testDialects } from '../support/databases.ts';
import { type CoreFixture, coreFixture } from './fixtures.ts';

/**
 * Next year's agreement, imported in December while this year's is still in force: it is reached with the year
 * after the kommun (`/lofte avtal Sävsjö 2027 …`, `/lofte mål Sävsjö 2027 …`), the import says so, and nothing
 * typed for it touches the agreement in force.
 */

const NEXT = [
  'Medborgarlöfte för Sävsjö kommun 2027',
  '',
  'Polisen och Sävsjö kommun lovar att gemensamt arbeta för:',
  '- att öka tryggheten i centrala Sävsjö',
  '- att minska bruket av narkotika bland unga',
  '',
  'Det ska vi åstadkomma genom följande aktiviteter',
  '- Polisen ska genomföra minst tjugo (20) riktade insatser per år för att upptäcka narkotikabrott bland unga.',
  '- Kommunen lovar att tillsammans med polisen genomföra minst tre trygghetsvandringar i centrala Sävsjö.',
  '- Polisen och kommunen ska under året genomföra minst sex (6) samverkansmöten.',
].join('\n');

const buttonOf = (r: Reply, actionId: string) => {
  const b = r.buttons?.find((x) => x.actionId === actionId);
  if (!b) throw new Error(`no ${actionId} button`);
  return b;
};

describe.each(testDialects())('next year’s agreement in chat [$name]', ({ name }) => {
  let f: CoreFixture;
  beforeEach(async () => {
    f = await coreFixture(name);
  });
  afterEach(async () => {
    expect(f.errors).toEqual([]);
    await f.dispose();
  });

  const inForce = async () => (await f.db.store.agreementForYear('0684', 2026))?.activities;
  const next = async () => f.db.store.agreementForYear('0684', 2027);

  async function importNext(): Promise<{ preview: Reply; saved: Reply }> {
    const preview = await f.say('sven', `/lofte import ${NEXT}`);
    const saved = await f.press('sven', buttonOf(preview, ACTION.importSave));
    return { preview, saved };
  }

  it('the preview and the saved reply point to the year; the agreement in force is named as such', async () => {
    const { preview, saved } = await importNext();
    expect(preview.fallback).toContain('Ändra med /lofte avtal Sävsjö 2027 <nr> löfte <nr>');
    expect(saved.fallback).toContain(
      'Det gäller från 1 januari 2027. Se och ändra det med /lofte avtal Sävsjö 2027.',
    );
    const shown = await f.say('sven', '/lofte avtal Sävsjö');
    expect(shown.headline).toBe('Medborgarlöftet i Sävsjö 2025–2026');
    expect(shown.fallback).toContain(
      'Nästa medborgarlöfte, 2027, är sparat och gäller från 1 januari 2027: /lofte avtal Sävsjö 2027',
    );
    const nextShown = await f.say('sven', '/lofte avtal Sävsjö 2027');
    expect(nextShown.headline).toBe('Medborgarlöftet i Sävsjö 2027');
    expect(nextShown.fallback).toContain('Ändra: /lofte avtal Sävsjö 2027 <nr> namn|ansvar|löfte|gräns');
    expect(nextShown.fallback).toContain('/lofte mål Sävsjö 2027 <nr> <antal> per år');
  });

  it('changes typed with the year change next year’s agreement only', async () => {
    await importNext();
    const before = await inForce();
    const bundle = await next();
    const [promise1] = bundle?.commitments ?? [];
    const cases: readonly [string, RegExp, (b: Awaited<ReturnType<typeof next>>) => unknown, unknown][] = [
      [
        '/lofte avtal Sävsjö 2027 3 löfte 1',
        /^✅ Aktivitet 3 ändrad/,
        (b) => b?.activities[2]?.commitmentId,
        promise1?.id,
      ],
      [
        '/lofte mål Sävsjö 2027 1 25 per år',
        /^✅ Målet för 1\./,
        (b) => b?.activities[0]?.target,
        { count: 25, per: 'year' },
      ],
      [
        '/lofte avtal Sävsjö 2027 2 namn trygghetsvandringar',
        /^✅ Aktivitet 2 ändrad/,
        (b) => b?.activities[1]?.shortName,
        'trygghetsvandringar',
      ],
      [
        '/lofte avtal sävsjö 2027 ny aktivitet Nattvandring med föreningar kommun',
        /^✅/,
        (b) => b?.activities.length,
        4,
      ],
      [
        '/lofte avtal Sävsjö 2027 titel Medborgarlöfte Sävsjö 2027',
        /^✅/,
        (b) => b?.agreement.title,
        'Medborgarlöfte Sävsjö 2027',
      ],
    ];
    for (const [command, headline, read, expected] of cases) {
      const r = await f.say('sven', command);
      expect(r.headline, command).toMatch(headline);
      expect(read(await next()), command).toEqual(expected);
    }
    expect(await inForce()).toEqual(before);
  });

  it('a year without an agreement says so; undoing the import with the year removes next year’s only', async () => {
    await importNext();
    const missing = await f.say('sven', '/lofte avtal Sävsjö 2028');
    expect(missing.tone).toBe('error');
    expect(missing.headline).toBe('Sävsjö har inget medborgarlöfte för 2028 i Löftesbot.');
    const undone = await f.say('sven', '/lofte avtal Sävsjö 2027 ångra import');
    expect(undone.tone, undone.fallback).toBe('success');
    expect(await next()).toBeNull();
    expect(await inForce()).toHaveLength(8);
  });
  it('undoing an import is refused while a status text is written for it (it would be deleted)', async () => {
    await importNext();
    const agreement = await next();
    const activity = agreement?.activities[0];
    if (!activity) throw new Error('no 2027 activity');
    const status = (id: string, platform: 'console' | 'import') =>
      f.db.store.insertStatus({
        id,
        activityId: activity.id,
        year: 2027,
        tertial: 1,
        text: 'Pågår',
        count: null,
        actor: platform === 'import' ? 'import' : 'console:sven',
        platform,
        createdAt: f.clock.now() - (platform === 'import' ? 60_000 : 0),
        published: false,
      });
    await status('from-the-import', 'import');
    await status('written-by-sven', 'console');
    const sv = await f.say('sven', '/lofte avtal Sävsjö 2027 ångra import');
    expect([sv.tone, sv.headline]).toEqual([
      'error',
      'Det finns en lägestext för medborgarlöftet, så importen kan inte ångras – den skulle raderas. Ändra medborgarlöftet med /lofte avtal i stället. Ingenting har ändrats.',
    ]);
    const en = await f.say('sven', '/lofte avtal Sävsjö 2027 ångra import', { lang: 'en' });
    expect(en.headline).toMatch(/^There is a status text for the agreement, so the import cannot be undone/);
    expect((await next())?.agreement.id).toBe(agreement?.agreement.id);
    expect(await f.db.store.latestStatuses([activity.id], [2027])).toHaveLength(1);
  });
});
