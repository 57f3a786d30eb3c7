import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { reimportPlan } from '../../src/import/earlier-agreement.ts';
import { parseDocument } from '../../src/import/parse-document.ts';
import { refusalText, reimportNotice } from '../../src/import/reimport-words.ts';
import { storeImport } from '../../src/import/store-import.ts';
import { loadRegister } from '../../src/runtime/register.ts';
import { fixedClock } from '../../src/runtime/system.ts';
import { createTestDatabase, type TestDatabase, testDialects } from '../support/databases.ts';
import {
  RECORDED_WORDS,
  type RecordKind,
  recordAgainst,
  SAVSJO_2026,
  SAVSJO_2027,
  SAVSJO_2027_FIXED,
  SAVSJO_2027_ONLY,
} from '../support/reimport.ts';

/**
 * An agreement imported for a kommun and years that already have one (a corrected file): it replaces the earlier
 * one while nothing is recorded against it, and is refused — nothing stored — once something is.
 */

const NOW = Date.UTC(2026, 11, 7, 9, 0, 0);
const SAVSJO = '0684';

const input = (text: string, fileName: string, sha: string) => ({
  parsed: parseDocument(text, { register: loadRegister(), fileName }),
  fileName,
  sha256: sha.repeat(64),
});

describe.each(testDialects())('re-importing an agreement [$name]', ({ name }) => {
  let db: TestDatabase;
  let n = 0;
  const deps = () => ({
    store: db.store,
    clock: fixedClock(NOW),
    ids: () => `id-${++n}`,
    actor: 'console:sven',
  });
  const targets = async () => {
    const list = await db.store.agreementsOf(SAVSJO);
    return Promise.all(
      list.map(async (a) => (await db.store.agreementBundle(a.id))?.activities[0]?.target?.count),
    );
  };

  beforeEach(async () => {
    db = await createTestDatabase(name);
    n = 0;
  });
  afterEach(async () => {
    await db.dispose();
  });

  const KINDS: readonly RecordKind[] = ['nothing', 'registrations', 'statuses'];
  it.each(KINDS)('a corrected file with %s recorded against the first', async (kind) => {
    expect(await storeImport(deps(), input(SAVSJO_2027, 'savsjo.docx', 'a'))).toMatchObject({
      status: 'imported',
    });
    await recordAgainst(db.store, SAVSJO, kind, NOW);
    const fixed = input(SAVSJO_2027_FIXED, 'savsjo-rättad.docx', 'b');
    const plan = await reimportPlan(db.store, fixed.parsed);
    const notice = reimportNotice(plan, 'Sävsjö', 'sv', 'chat') ?? '';
    expect(notice).toContain('medborgarlöftet 2027–2028 (importerat 7 dec 2026 av sven från savsjo.docx)');
    const outcome = await storeImport(deps(), fixed);
    const words = RECORDED_WORDS[kind];
    if (words === null) {
      expect(notice).toContain('Spara ersätter det med det här');
      expect(outcome).toMatchObject({ status: 'imported', createdAgreement: true, overlapping: false });
      expect(await targets()).toEqual([14]);
      const audit = await db.store.audit({ municipalityCode: SAVSJO });
      expect(audit.map((e) => e.action).sort()).toEqual(['import', 'import', 'import.undo']);
      // The replaced file may be imported again (it replaces the corrected one in turn).
      expect(await storeImport(deps(), input(SAVSJO_2027, 'savsjo.docx', 'a'))).toMatchObject({
        status: 'imported',
      });
      expect(await targets()).toEqual([12]);
      return;
    }
    expect(notice).toContain(words);
    expect(outcome.status).toBe('in-use');
    if (outcome.status !== 'in-use') return;
    const text = refusalText(outcome.earlier, 'Sävsjö', 'sv', 'chat');
    expect(text).toContain(`har ${words}`);
    expect(text).toContain('/lofte avtal Sävsjö 2027');
    expect(text).toContain('/lofte mål Sävsjö 2027');
    expect(refusalText(outcome.earlier, 'Sävsjö', 'sv', 'cli')).toContain(
      'npx loftesbot agreements edit Sävsjö <nr> --year 2027',
    );
    expect(await targets()).toEqual([12]);
    expect((await db.store.audit({ municipalityCode: SAVSJO })).map((e) => e.action)).toEqual(['import']);
  });

  it('says what is recorded in full: registrations and status texts together, in English too', async () => {
    await storeImport(deps(), input(SAVSJO_2027, 'savsjo.docx', 'a'));
    await recordAgainst(db.store, SAVSJO, 'registrations', NOW);
    await recordAgainst(db.store, SAVSJO, 'statuses', NOW);
    const outcome = await storeImport(deps(), input(SAVSJO_2027_FIXED, 'savsjo-rättad.docx', 'b'));
    if (outcome.status !== 'in-use') throw new Error(outcome.status);
    expect(refusalText(outcome.earlier, 'Sävsjö', 'sv', 'chat')).toContain(
      '12 registreringar och 3 lägestexter',
    );
    expect(refusalText(outcome.earlier, 'Sävsjö', 'en', 'chat')).toContain(
      '12 registrations and 3 status texts',
    );
  });

  it('a one-year agreement inside the years of another is treated as the same period', async () => {
    await storeImport(deps(), input(SAVSJO_2027, 'savsjo.docx', 'a'));
    const outcome = await storeImport(deps(), input(SAVSJO_2027_ONLY, 'savsjo-2027.docx', 'c'));
    expect(outcome).toMatchObject({ status: 'imported', replaced: [{ agreement: { periodTo: 2028 } }] });
    expect((await db.store.agreementsOf(SAVSJO)).map((a) => [a.periodFrom, a.periodTo])).toEqual([
      [2027, 2027],
    ]);
  });

  // A renewal 2027–2028 of an agreement 2026–2027 takes over from 2027; the earlier one keeps 2026. What is recorded
  // against the earlier one in 2026 does not stop it; what is recorded in 2027, the year they share, does.
  const RENEWALS: readonly [RecordKind, string][] = [
    ['nothing', 'imported'],
    ['registrations 2026', 'imported'],
    ['registrations', 'in-use'],
    ['statuses', 'in-use'],
  ];
  it.each(RENEWALS)('a renewal, %s recorded against the earlier agreement: %s', async (kind, status) => {
    await storeImport(deps(), input(SAVSJO_2026, 'savsjo-2026.docx', 'd'));
    await recordAgainst(db.store, SAVSJO, kind, NOW);
    const renewal = input(SAVSJO_2027, 'savsjo.docx', 'a');
    const notice = reimportNotice(await reimportPlan(db.store, renewal.parsed), 'Sävsjö', 'sv', 'chat');
    const outcome = await storeImport(deps(), renewal);
    expect(outcome.status).toBe(status);
    if (outcome.status === 'in-use') {
      expect(refusalText(outcome.earlier, 'Sävsjö', 'sv', 'chat')).toContain(
        `medborgarlöftet 2026–2027 (importerat 7 dec 2026 av sven från savsjo-2026.docx) har under 2027 ${RECORDED_WORDS[kind]}`,
      );
      expect((await db.store.agreementsOf(SAVSJO)).length).toBe(1);
      return;
    }
    expect(notice).toContain('det här gäller från 2027 och det tidigare för 2026.');
    expect(outcome).toMatchObject({ replaced: [], kept: [{ agreement: { periodFrom: 2026 } }] });
    expect((await db.store.agreementForYear(SAVSJO, 2026))?.agreement.periodTo).toBe(2027);
    expect((await db.store.agreementForYear(SAVSJO, 2027))?.agreement.periodTo).toBe(2028);
  });
});

describe('the words of a replacement', () => {
  const earlier = (id: string, actor: string, file: string) => ({
    agreement: {
      id,
      municipalityCode: SAVSJO,
      periodFrom: 2027,
      periodTo: 2028,
      signedOn: null,
      title: 'Medborgarlöfte',
      isDemo: false,
      source: `import:${file}#sha256:x`,
    },
    imported: { file, actor, by: actor === 'slack:U1' ? 'Sven Ek' : actor, at: NOW },
    recorded: { registrations: 0, statuses: 0, statistics: 0, comments: 0, published: false },
    sharedYears: null,
  });
  it('names who and when as people read them, and one earlier agreement or several', () => {
    const one = [earlier('a', 'slack:U1', 'inklistrad-text.txt')];
    const two = [...one, earlier('b', 'cli:root', 'savsjo.docx')];
    const rows = (
      [
        [one, 'sv', 'chat'],
        [two, 'sv', 'chat'],
        [one, 'en', 'chat'],
        [two, 'en', 'cli'],
      ] as const
    ).map(([list, lang, where]) =>
      reimportNotice({ kind: 'replace', earlier: list, kept: [] }, 'Sävsjö', lang, where),
    );
    expect(rows).toEqual([
      'Sävsjö har redan medborgarlöftet 2027–2028 (importerat 7 dec 2026 av Sven Ek som inklistrad text) för samma år. Inget är registrerat mot det, så Spara ersätter det med det här (det gamla tas bort som med ångra import).',
      'Sävsjö har redan medborgarlöftet 2027–2028 (importerat 7 dec 2026 av Sven Ek som inklistrad text) och medborgarlöftet 2027–2028 (importerat 7 dec 2026 på kommandoraden från savsjo.docx) för samma år. Inget är registrerat mot dem, så Spara ersätter dem med det här (de gamla tas bort som med ångra import).',
      'Sävsjö already has the agreement 2027–2028 (imported 7 Dec 2026 by Sven Ek as pasted text) for the same years. Nothing is recorded against it, so Save replaces it with this one (the old one is removed as undo import does).',
      'Sävsjö already has the agreement 2027–2028 (imported 7 Dec 2026 by Sven Ek as pasted text) and the agreement 2027–2028 (imported 7 Dec 2026 on the command line from savsjo.docx) for the same years. Nothing is recorded against them, so the import replaces them with this one (the old ones are removed as undo import does).',
    ]);
  });
});
