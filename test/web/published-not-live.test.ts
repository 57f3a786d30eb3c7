import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type RunningServer, startServer } from '../../src/app/start.ts';
import { ChatCore } from '../../src/bots/core/core.ts';
import type { FormSpec } from '../../src/bots/core/reply.ts';
import { loadConfig } from '../../src/config.ts';
import { loadDemo } from '../../src/demo/load-demo.ts';
import { silentLogger } from '../../src/runtime/logger.ts';
import { fixedClock, uuid } from '../../src/runtime/system.ts';
import { linkDepsOf, loadLinkSecret } from '../../src/web/hmac.ts';
import { writeStaticSite } from '../../src/web/publish-static.ts';
import { createSite } from '../../src/web/site.ts';
import { freshSqliteUrl } from '../support/databases.ts';

/**
 * Issue 18, point 2: the public page and `publish --out` show the agreement as of its last published tertial.
 * A registration made after publishing (here the issue's `/insats Sävsjö 2026-12-01 40`) changes neither until a
 * samordnare publishes again.
 */

const ZONE = 'Europe/Stockholm';
/** 5 December 2026, 10:00 in Stockholm: T3 2026 of the demo's current agreements. */
const NOW = Date.UTC(2026, 11, 5, 9, 0, 0);

describe('public figures are as of the last published tertial, never live', () => {
  const clock = fixedClock(NOW);
  let server: RunningServer;
  let core: ChatCore;
  let drop: () => Promise<void>;
  let out: string;
  let n = 0;

  const say = (person: string, text: string) =>
    core.handleCommand({
      eventId: `live-${++n}`,
      platform: 'console',
      person: `console:${person}`,
      conversationId: 'terminal',
      text,
    });
  const page = async () => (await fetch(`${server.url}/k/savsjo`)).text();
  const staticPage = async () => {
    const { ctx } = server;
    const secret = await loadLinkSecret(ctx.config, ctx.stores, clock.now());
    await writeStaticSite(createSite(ctx, linkDepsOf(ctx.config, clock, secret)), out);
    return readFileSync(join(out, 'k', 'savsjo', 'index.html'), 'utf8');
  };

  beforeAll(async () => {
    const db = freshSqliteUrl();
    drop = db.drop;
    const config = loadConfig({
      LOFTESBOT_LINK_SECRET: 'published-not-live-secret-0123456789',
      LOFTESBOT_SCHEDULER: 'false',
      LOG_LEVEL: 'silent',
    });
    server = await startServer(
      { ...config, databaseUrl: db.url },
      { clock, logger: silentLogger, port: 0, host: '127.0.0.1' },
    );
    await loadDemo(server.ctx.store, clock, ZONE);
    core = new ChatCore({
      store: server.ctx.store,
      register: server.ctx.register,
      clock,
      ids: uuid,
      zone: ZONE,
      logger: silentLogger,
      defaultLang: 'sv',
    });
    out = mkdtempSync(join(tmpdir(), 'loftesbot-published-'));
  });
  afterAll(async () => {
    await server?.close();
    await drop?.();
    rmSync(out, { recursive: true, force: true });
  });

  it('a registration after publishing changes neither the page nor the static site until the next publish', async () => {
    const [pageBefore, staticBefore] = [await page(), await staticPage()];
    expect(pageBefore).toContain('Siffrorna gäller till och med');

    const logged = await say('per', '/insats Sävsjö 2026-12-01 40');
    expect(logged.tone).toBe('success');
    expect(await page()).toBe(pageBefore);
    expect(await staticPage()).toBe(staticBefore);

    // The samordnare writes T3 and publishes it: now the public sees the figures as of T3, the 40 included.
    const form = (await say('sven', '/rapportera Sävsjö')).form as FormSpec;
    const [field] = form.fields;
    if (!field) throw new Error('no field in the Sävsjö form');
    const saved = await core.submitForm({
      eventId: `live-${++n}`,
      platform: 'console',
      person: 'console:sven',
      conversationId: 'terminal',
      formId: form.formId,
      state: form.state,
      values: { [field.id]: 'Arbetet fortsätter enligt plan' },
    });
    expect(saved.ok).toBe(true);
    expect(await page()).toBe(pageBefore);
    const published = await say('sven', '/rapportera Sävsjö publicera');
    expect(published.headline).toBe('🌐 Uppföljningen T3 2026 för Sävsjö är publicerad');
    const [pageAfter, staticAfter] = [await page(), await staticPage()];
    expect(pageAfter).not.toBe(pageBefore);
    expect(pageAfter).toContain('Siffrorna gäller till och med T3 2026');
    expect(pageAfter).toContain('Arbetet fortsätter enligt plan');
    expect(staticAfter).toContain('Siffrorna gäller till och med T3 2026');
    // The insats activity's progress counts the 40 now.
    const done = (html: string) =>
      [...html.matchAll(/riktade insatser: (\d+) av minst /g)].reduce((sum, m) => sum + Number(m[1]), 0);
    expect(done(pageAfter) - done(pageBefore)).toBeGreaterThanOrEqual(40);
  });
});
