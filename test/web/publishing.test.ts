import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadDemo } from '../../src/demo/load-demo.ts';
import type { DomainDeps } from '../../src/domain/deps.ts';
import { publishFollowUp, requestDashboardLink, unpublishFollowUp } from '../../src/domain/publishing.ts';
import { verifyDashboardToken } from '../../src/domain/signed-link.ts';
import type { Actor } from '../../src/domain/types.ts';
import { loadRegister } from '../../src/runtime/register.ts';
import { fixedClock } from '../../src/runtime/system.ts';
import { hmacSigner } from '../../src/web/hmac.ts';
import { createTestDatabase, type TestDatabase, testDialects } from '../support/databases.ts';

const ZONE = 'Europe/Stockholm';
const NOW = Date.UTC(2026, 2, 12, 9, 0, 0);
const SVEN: Actor = { person: 'console:sven', platform: 'console' }; // samordnare Sävsjö
const ANNA: Actor = { person: 'console:anna', platform: 'console' }; // samordnare Tranås
const PER: Actor = { person: 'console:per', platform: 'console' }; // polis Höglandet
const LENA: Actor = { person: 'console:lena', platform: 'console' }; // chef Höglandet
const DRAFT = 'Utkast: ska inte synas förrän det publiceras';

describe.each(testDialects())('publishing follow-ups and dashboard links [$name]', ({ name }) => {
  let db: TestDatabase;
  let deps: DomainDeps;
  let n = 0;
  beforeAll(async () => {
    db = await createTestDatabase(name);
    const clock = fixedClock(NOW);
    await loadDemo(db.store, clock, ZONE);
    deps = { store: db.store, register: loadRegister(), clock, ids: () => `id-${++n}`, zone: ZONE };
    const bundle = await db.store.agreementForYear('0684', 2026);
    for (const a of bundle?.activities ?? []) {
      await db.store.insertStatus({
        id: `draft-${a.id}`,
        activityId: a.id,
        year: 2026,
        tertial: 1,
        text: DRAFT,
        count: null,
        actor: 'console:sven',
        platform: 'console',
        createdAt: NOW,
        published: false,
      });
    }
  });
  afterAll(() => db.dispose());

  async function draftStatuses() {
    const bundle = await db.store.agreementForYear('0684', 2026);
    const ids = bundle?.activities.map((a) => a.id) ?? [];
    return (await db.store.latestStatuses(ids, [2026])).filter((s) => s.tertial === 1);
  }

  it('refuses people without the follow-up role for the kommun', async () => {
    expect(await publishFollowUp(deps, PER, 'Sävsjö', 2026, 1)).toMatchObject({
      ok: false,
      error: 'forbidden',
      reason: 'wrong-role',
    });
    expect(await publishFollowUp(deps, ANNA, 'Sävsjö', 2026, 1)).toMatchObject({
      ok: false,
      error: 'forbidden',
    });
    expect(
      await publishFollowUp(deps, { person: 'slack:UNOBODY', platform: 'slack' }, '0684', 2026, 1),
    ).toMatchObject({ ok: false, error: 'forbidden', reason: 'no-roles' });
    expect((await draftStatuses()).every((s) => !s.published)).toBe(true);
  });

  it('names unknown kommuner, future tertials, missing agreements and missing texts', async () => {
    expect(await publishFollowUp(deps, SVEN, 'Savsjoo', 2026, 1)).toMatchObject({
      ok: false,
      error: 'unknown-kommun',
      suggestions: ['Sävsjö'],
    });
    expect(await publishFollowUp(deps, SVEN, 'Sävsjö', 2026, 2)).toEqual({
      ok: false,
      error: 'future-tertial',
      year: 2026,
      tertial: 2,
    });
    expect(await publishFollowUp(deps, SVEN, 'Sävsjö', 2018, 1)).toMatchObject({
      ok: false,
      error: 'no-agreement',
    });
    expect(await publishFollowUp(deps, ANNA, 'Tranås', 2026, 1)).toMatchObject({
      ok: false,
      error: 'no-status',
    });
  });

  it('publishes a tertial for the samordnare of the kommun, audited; again changes nothing', async () => {
    const result = await publishFollowUp(deps, SVEN, 'sävsjö', 2026, 1);
    expect(result).toMatchObject({ ok: true, year: 2026, tertial: 1, withoutText: 0 });
    if (!result.ok) throw new Error('unreachable');
    expect(result.changed).toBe(result.withText);
    expect(result.withText).toBeGreaterThan(0);
    expect((await draftStatuses()).every((s) => s.published)).toBe(true);
    const audit = await db.store.audit({ municipalityCode: '0684' });
    expect(audit[0]).toMatchObject({
      actor: 'console:sven',
      platform: 'console',
      action: 'follow-up.publish',
      entity: 'follow-up',
      entityId: `${result.agreement.id}/2026-T1`,
      before: { publishedTexts: 0 },
      after: { publishedTexts: result.withText },
    });
    expect(await publishFollowUp(deps, SVEN, '0684', 2026, 1)).toMatchObject({ ok: true, changed: 0 });
  });

  it('withdraws a published tertial; the page still says when something was last published', async () => {
    const bundle = await db.store.agreementForYear('0684', 2026);
    const agreementId = bundle?.agreement.id ?? '';
    const publishedAt = (await db.store.publicSnapshot(agreementId))?.publishedAt;
    expect(publishedAt).toBe(NOW);
    const later = { ...deps, clock: fixedClock(NOW + 3_600_000) };
    expect(await unpublishFollowUp(later, SVEN, 'Sävsjö', 2026, 1)).toMatchObject({ ok: true });
    expect((await draftStatuses()).every((s) => !s.published)).toBe(true);
    expect((await db.store.audit({ municipalityCode: '0684' }))[0]?.action).toBe('follow-up.unpublish');
    const after = await db.store.publicSnapshot(agreementId);
    expect(after?.publishedAt).toBe(publishedAt);
  });

  it('hands a chef a signed link to the area dashboard, audited without the token', async () => {
    const links = {
      sign: hmacSigner(Buffer.from('k')),
      clock: deps.clock,
      baseUrl: 'https://bot.example.se',
    };
    const result = await requestDashboardLink(deps, links, LENA, 'LPO Höglandet');
    if (!result.ok) throw new Error(`expected a link, got ${result.error}`);
    expect(result.area.id).toBe('hoglandet');
    expect(result.link.url).toMatch(/^https:\/\/bot\.example\.se\/d\/hoglandet\?t=/);
    expect(verifyDashboardToken(links.sign, 'hoglandet', result.link.token, NOW).ok).toBe(true);
    const entry = (await db.store.audit({})).find((e) => e.action === 'dashboard.link');
    expect(entry).toMatchObject({
      actor: 'console:lena',
      entityId: 'hoglandet',
      after: { expiresAt: result.link.expiresAt },
    });
    expect(JSON.stringify(entry)).not.toContain(result.link.token);

    expect(await requestDashboardLink(deps, links, SVEN, 'Höglandet')).toMatchObject({
      ok: false,
      error: 'forbidden',
    });
    expect(await requestDashboardLink(deps, links, LENA, 'Hoglnadet')).toMatchObject({
      ok: false,
      error: 'unknown-area',
      suggestions: ['LPO Höglandet'],
    });
  });
});
