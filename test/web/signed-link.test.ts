import { describe, expect, it } from 'vitest';
import { loadConfig } from '../../src/config.ts';
import {
  DASHBOARD_LINK_TTL_MS,
  dashboardLink,
  equalInConstantTime,
  signDashboardToken,
  verifyDashboardToken,
} from '../../src/domain/signed-link.ts';
import { fixedClock } from '../../src/runtime/system.ts';
import { createStores } from '../../src/store/stores.ts';
import { hmacSigner, LINK_SECRET_NAME, linkDepsOf, loadLinkSecret } from '../../src/web/hmac.ts';
import { createTestDatabase, testDialects } from '../support/databases.ts';

const NOW = Date.UTC(2026, 2, 12, 9, 0, 0);
const sign = hmacSigner(Buffer.from('test-secret'));

function tokenOf(url: string): string {
  return new URL(url).searchParams.get('t') ?? '';
}

describe('signed dashboard links', () => {
  const clock = fixedClock(NOW);
  const link = dashboardLink({ sign, clock, baseUrl: 'https://bot.example.se/' }, 'hoglandet');

  it('builds /d/<area>?t=<token> under the base URL, valid for 24 hours', () => {
    expect(link.url).toMatch(/^https:\/\/bot\.example\.se\/d\/hoglandet\?t=\d+\.[A-Za-z0-9_-]+$/);
    expect(link.expiresAt).toBe(NOW + DASHBOARD_LINK_TTL_MS);
    expect(tokenOf(link.url)).toBe(link.token);
  });

  it('accepts the token for its area until it expires, then refuses it as expired', () => {
    expect(verifyDashboardToken(sign, 'hoglandet', link.token, NOW)).toEqual({
      ok: true,
      expiresAt: link.expiresAt,
    });
    expect(verifyDashboardToken(sign, 'hoglandet', link.token, link.expiresAt - 1).ok).toBe(true);
    expect(verifyDashboardToken(sign, 'hoglandet', link.token, link.expiresAt)).toEqual({
      ok: false,
      reason: 'expired',
    });
  });

  it('refuses an altered signature, an extended expiry and another area', () => {
    const [exp, mac] = link.token.split('.') as [string, string];
    const flipped = `${exp}.${mac.slice(0, -1)}${mac.endsWith('A') ? 'B' : 'A'}`;
    expect(verifyDashboardToken(sign, 'hoglandet', flipped, NOW)).toEqual({
      ok: false,
      reason: 'bad-signature',
    });
    const later = `${Number(exp) + 86_400}.${mac}`;
    expect(verifyDashboardToken(sign, 'hoglandet', later, NOW)).toEqual({
      ok: false,
      reason: 'bad-signature',
    });
    expect(verifyDashboardToken(sign, 'jonkoping', link.token, NOW)).toEqual({
      ok: false,
      reason: 'bad-signature',
    });
  });

  it('refuses a token signed with another secret, a malformed and a missing one', () => {
    const other = signDashboardToken(hmacSigner(Buffer.from('other')), 'hoglandet', NOW + 1000_000);
    expect(verifyDashboardToken(sign, 'hoglandet', other, NOW).ok).toBe(false);
    expect(verifyDashboardToken(sign, 'hoglandet', 'nonsense', NOW)).toEqual({
      ok: false,
      reason: 'malformed',
    });
    expect(verifyDashboardToken(sign, 'hoglandet', '', NOW)).toEqual({ ok: false, reason: 'missing' });
    expect(verifyDashboardToken(sign, 'hoglandet', null, NOW)).toEqual({ ok: false, reason: 'missing' });
  });

  it('compares strings without short-circuiting on length or content', () => {
    expect(equalInConstantTime('abc', 'abc')).toBe(true);
    expect(equalInConstantTime('abc', 'abd')).toBe(false);
    expect(equalInConstantTime('abc', 'abcd')).toBe(false);
    expect(equalInConstantTime('', '')).toBe(true);
  });
});

describe('the link secret', () => {
  const configured = { key: Buffer.from('hemligt'), source: 'configured' as const };

  it.each(testDialects())('is LOFTESBOT_LINK_SECRET when set, stored nowhere ($name)', async ({ name }) => {
    const db = await createTestDatabase(name);
    try {
      const s = await loadLinkSecret(
        loadConfig({ LOFTESBOT_LINK_SECRET: 'hemligt' }),
        createStores(db.handle),
        NOW,
      );
      expect(s).toEqual(configured);
      expect(await db.handle.db.selectFrom('installation_secrets').selectAll().execute()).toEqual([]);
    } finally {
      await db.dispose();
    }
  });

  it.each(testDialects())(
    'is made once and kept in the database: every process on it agrees, another database differs ($name)',
    async ({ name }) => {
      const [one, other] = [await createTestDatabase(name), await createTestDatabase(name)];
      try {
        const config = loadConfig({});
        // Two processes starting at once on one database: one insert wins, both read it.
        const [a, b] = await Promise.all([
          loadLinkSecret(config, createStores(one.handle), NOW),
          loadLinkSecret(config, createStores(one.handle), NOW),
        ]);
        const later = await loadLinkSecret(config, createStores(one.handle), NOW + 86_400_000);
        const elsewhere = await loadLinkSecret(config, createStores(other.handle), NOW);
        expect(a.source).toBe('database');
        expect(a.key.length).toBe(32);
        expect(a.key.equals(b.key) && a.key.equals(later.key)).toBe(true);
        expect(a.key.equals(elsewhere.key)).toBe(false);
        // Rotation: delete the row; the next process to start makes a new one.
        await one.handle.db.deleteFrom('installation_secrets').where('name', '=', LINK_SECRET_NAME).execute();
        const rotated = await loadLinkSecret(config, createStores(one.handle), NOW);
        expect(rotated.key.equals(a.key)).toBe(false);
      } finally {
        await one.dispose();
        await other.dispose();
      }
    },
  );

  it('gives links under LOFTESBOT_PUBLIC_URL, or localhost and the port', () => {
    const clock = fixedClock(NOW);
    const withUrl = linkDepsOf(
      loadConfig({ LOFTESBOT_PUBLIC_URL: 'https://l.example.se' }),
      clock,
      configured,
    );
    expect(dashboardLink(withUrl, 'hoglandet').url).toMatch(/^https:\/\/l\.example\.se\/d\/hoglandet\?t=/);
    const bare = linkDepsOf(loadConfig({ PORT: '8080' }), clock, configured);
    expect(dashboardLink(bare, 'hoglandet').url).toMatch(/^http:\/\/localhost:8080\/d\/hoglandet\?t=/);
  });
});
