import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadDemo } from '../../src/demo/load-demo.ts';
import { addActivity, editActivity } from '../../src/domain/agreement-upkeep.ts';
import type { DomainDeps } from '../../src/domain/deps.ts';
import { publicPageView } from '../../src/domain/public-snapshot.ts';
import { WITHHELD_TEXT } from '../../src/domain/public-texts.ts';
import { publishFollowUp } from '../../src/domain/publishing.ts';
import type { Actor } from '../../src/domain/types.ts';
import { loadRegister } from '../../src/runtime/register.ts';
import { fixedClock } from '../../src/runtime/system.ts';
import { createTestDatabase, type TestDatabase, testDialects } from '../support/databases.ts';

/**
 * Agreement texts reach the public page only through the personal-data rules: a text holding a phone number, an
 * e-mail address or a contact person's name is refused when it enters (chat and CLI go through these functions),
 * stops publishing when it entered before the rules did, and is never shown — neither by the live unpublished view
 * nor by a snapshot saved earlier. A short name without personal data mends it.
 */

const ZONE = 'Europe/Stockholm';
const NOW = Date.UTC(2026, 2, 12, 9, 0, 0);
const SVEN: Actor = { person: 'console:sven', platform: 'console' }; // samordnare Sävsjö
const LEAKY = 'Nattvandring (kontakt Kalle Svensson, kalle.svensson@savsjo.se, 070-123 45 67)';
const SECRETS = ['Kalle', 'Svensson', 'kalle.svensson@', '070-123 45 67'];

/** Texts that must be refused when they enter an agreement, each with what is found. */
const REFUSED: readonly [string, readonly string[]][] = [
  ['Nattvandring med Kalle Svensson, kalle@tranas.se, 070-123 45 67', ['phone', 'email']],
  ['Föräldramöte, anmälan till anna.berg@savsjo.se', ['email']],
  ['Trygghetsvandring, ring 0382-152 00', ['phone']],
  ['Trygghetsvandring, nås på +46 70 123 45 67', ['phone']],
  ['Lokal i centrum (kontaktperson: Eva-Lena Ek)', ['named-person']],
];
/** Texts that must pass. */
const ACCEPTED = [
  'Nattvandring med föreningarna, kontakt via kommunens växel',
  'Trygghetsvandring med kommunens trygghetssamordnare',
  'Minst 12 trafikkontroller 2026-01-01 – 2026-12-31',
];

describe.each(testDialects())('agreement texts on the public page [$name]', ({ name }) => {
  let db: TestDatabase;
  let deps: DomainDeps;
  let n = 0;
  const access = async () => ({
    grants: await db.store.rolesOf(SVEN.person),
    areas: await db.store.listPoliceAreas(),
  });
  const bundle = async () => {
    const b = await db.store.agreementForYear('0684', 2026);
    if (!b) throw new Error('no agreement');
    return b;
  };
  const shown = async () => {
    const m = deps.register.byCodeOrNull('0684');
    if (!m) throw new Error('no kommun');
    return JSON.stringify((await publicPageView(db.store, m, await bundle(), NOW, ZONE)).view);
  };
  const leaked = (text: string) => SECRETS.filter((s) => text.includes(s));

  beforeAll(async () => {
    db = await createTestDatabase(name);
    const clock = fixedClock(NOW);
    await loadDemo(db.store, clock, ZONE);
    deps = { store: db.store, register: loadRegister(), clock, ids: () => `id-${++n}`, zone: ZONE };
  });
  afterAll(() => db.dispose());

  it('refuses phone numbers, e-mail addresses and contact names as a new activity or a short name', async () => {
    const before = (await bundle()).activities;
    const wrong: string[] = [];
    for (const [text, found] of REFUSED) {
      const added = await addActivity(deps, SVEN, await access(), '0684', text, 'gemensam');
      const renamed = await editActivity(deps, SVEN, await access(), '0684', 1, { shortName: text });
      for (const r of [added, renamed])
        if (r.ok || r.error !== 'public-personal-data' || r.found.join() !== found.join())
          wrong.push(`${text}: ${JSON.stringify(r)}`);
    }
    expect(wrong).toEqual([]);
    expect((await bundle()).activities).toEqual(before);
    for (const text of ACCEPTED) {
      const r = await addActivity(deps, SVEN, await access(), '0684', text, 'gemensam');
      expect(r.ok, text).toBe(true);
    }
  });

  it('a text that entered before the rules: never shown, publishing stops on it, a clean short name mends it', async () => {
    const first = (await bundle()).activities[0];
    if (!first) throw new Error('no activity');
    const published = JSON.parse(await shown());
    await db.store.saveActivity({ ...first, text: LEAKY, shortName: null });
    await db.store.deletePublicSnapshot((await bundle()).agreement.id);
    expect(leaked(await shown())).toEqual([]);
    expect(await shown()).toContain(WITHHELD_TEXT);

    await db.store.insertStatus({
      id: 'status-t1',
      activityId: first.id,
      year: 2026,
      tertial: 1,
      text: 'Genomfört två nattvandringar',
      count: null,
      actor: SVEN.person,
      platform: 'console',
      createdAt: NOW,
      published: false,
    });
    const blocked = await publishFollowUp(deps, SVEN, 'Sävsjö', 2026, 1);
    expect(blocked).toMatchObject({
      ok: false,
      error: 'blocked',
      findings: [
        { part: 'activity', number: 1, activityText: LEAKY, rules: ['phone', 'email', 'named-person'] },
      ],
    });

    // A snapshot saved before the rules existed is screened again as it is read.
    published.commitments[0].activities[0].text = LEAKY;
    published.commitments[0].text = `Trygghet, frågor till ${SECRETS[2]}savsjo.se`;
    published.commitments[0].activities[1].followUps[0].text = 'Pågår, ring 070-123 45 67';
    await db.store.savePublicSnapshot({
      agreementId: (await bundle()).agreement.id,
      municipalityCode: '0684',
      publishedAt: NOW,
      view: published,
    });
    expect(leaked(await shown())).toEqual([]);

    const renamed = await editActivity(deps, SVEN, await access(), '0684', 1, { shortName: 'Nattvandring' });
    expect(renamed.ok).toBe(true);
    expect(await publishFollowUp(deps, SVEN, 'Sävsjö', 2026, 1)).toMatchObject({ ok: true });
    const page = await shown();
    expect(leaked(page)).toEqual([]);
    expect(page).toContain('"text":"Nattvandring"');
  });
});
