import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type RunningServer, startServer } from '../../src/app/start.ts';
import { loadConfig } from '../../src/config.ts';
import { loadDemo } from '../../src/demo/load-demo.ts';
import { dashboardLink } from '../../src/domain/signed-link.ts';
import { silentLogger } from '../../src/runtime/logger.ts';
import { fixedClock } from '../../src/runtime/system.ts';
import { linkDepsOf, loadLinkSecret } from '../../src/web/hmac.ts';
import { freshSqliteUrl } from '../support/databases.ts';

const NOW = Date.UTC(2026, 11, 7, 9, 0, 0);
const PUBLIC = 'https://intra.example.se/loftesbot';

/** Every link, stylesheet and redirect of a page, as the browser reads them from the HTML and the headers. */
function addresses(html: string, location: string | null): string[] {
  const found = [...html.matchAll(/\b(?:href|src|action)="([^"#][^"]*)"/g)].map((m) => m[1] as string);
  return location === null ? found : [...found, location];
}

/**
 * The operator runs the bot behind a reverse proxy under a path prefix (LOFTESBOT_PUBLIC_URL ends in /loftesbot).
 * The pages it serves link under that prefix — the stylesheet, the kommun pages, the dashboard's report downloads —
 * and a request reaches the same page whether the proxy strips the prefix or passes it on.
 */
describe('behind a reverse proxy under a path prefix', () => {
  let server: RunningServer;
  let drop: () => Promise<void>;
  let dashboard: string;

  beforeAll(async () => {
    const db = freshSqliteUrl();
    drop = db.drop;
    const config = {
      ...loadConfig({
        LOFTESBOT_SCHEDULER: 'false',
        LOG_LEVEL: 'silent',
        LOFTESBOT_PUBLIC_URL: `${PUBLIC}/`,
      }),
      databaseUrl: db.url,
    };
    server = await startServer(config, {
      clock: fixedClock(NOW),
      logger: silentLogger,
      port: 0,
      host: '127.0.0.1',
    });
    await loadDemo(server.ctx.store, fixedClock(NOW), 'Europe/Stockholm');
    const links = linkDepsOf(config, fixedClock(NOW), await loadLinkSecret(config, server.ctx.stores, NOW));
    dashboard =
      new URL(dashboardLink(links, 'hoglandet').url).pathname +
      new URL(dashboardLink(links, 'hoglandet').url).search;
  });

  afterAll(async () => {
    await server?.close();
    await drop?.();
  });

  it('links every page under the prefix, whether or not the proxy strips it', async () => {
    const dashboardPath = dashboard.slice('/loftesbot'.length);
    const paths = [
      '/',
      '/k/savsjo',
      '/k/S%C3%A4vsj%C3%B6',
      '/k/savsjo/arkiv/seed-savsjo-2020-2021',
      '/k/savsj',
      dashboardPath,
    ].flatMap((p) => [p, `/loftesbot${p}`]);
    const seen = [];
    for (const path of paths) {
      const res = await fetch(`${server.url}${path}`, { redirect: 'manual' });
      const wrong = addresses(await res.text(), res.headers.get('location')).filter(
        (a) => !a.startsWith('/loftesbot/') && !a.startsWith('https://'),
      );
      seen.push([path, res.status < 500, wrong]);
    }
    expect(seen).toEqual(paths.map((p) => [p, true, []]));
  });

  it('serves the stylesheet, health check and pages at the prefixed address', async () => {
    const cases: [string, number][] = [
      ['/loftesbot/assets/loftesbot.css', 200],
      ['/loftesbot/healthz', 200],
      ['/loftesbot', 200],
      ['/loftesbot?x=1', 200],
      ['/loftesbot/k/savsjo', 200],
      [dashboard, 200],
      ['/loftesbotten/k/savsjo', 404],
    ];
    const seen = [];
    for (const [path] of cases)
      seen.push([path, (await fetch(`${server.url}${path}`, { redirect: 'manual' })).status]);
    expect(seen).toEqual(cases);
  });
});
