import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type RunningServer, startServer } from '../../src/app/start.ts';
import { loadConfig } from '../../src/config.ts';
import { loadDemo } from '../../src/demo/load-demo.ts';
import { silentLogger } from '../../src/runtime/logger.ts';
import { fixedClock } from '../../src/runtime/system.ts';
import { freshSqliteUrl } from '../support/databases.ts';

/** 6 December 2026, 10:00 in Stockholm: T3 of the demo's 2025–2026 agreements, T2 published. */
const NOW = Date.UTC(2026, 11, 6, 9, 0, 0);

/**
 * A resident reading `/k/savsjo` meets words only the bot's users know: "i fas", "väntat hittills", "följs upp med
 * text", "T2 2026". Every page that shows them explains each, in plain Swedish, on the page itself.
 */
describe('the public pages explain their own words', () => {
  let server: RunningServer;
  let drop: () => Promise<void>;

  beforeAll(async () => {
    const db = freshSqliteUrl();
    drop = db.drop;
    const config = loadConfig({ LOFTESBOT_SCHEDULER: 'false', LOG_LEVEL: 'silent' });
    server = await startServer(
      { ...config, databaseUrl: db.url },
      { clock: fixedClock(NOW), logger: silentLogger, port: 0, host: '127.0.0.1' },
    );
    await loadDemo(server.ctx.store, fixedClock(NOW), 'Europe/Stockholm');
  });

  afterAll(async () => {
    await server?.close();
    await drop?.();
  });

  it('explains every verdict badge, the expected pace and the tertials it shows', async () => {
    const problems: string[] = [];
    for (const path of ['/k/savsjo', '/k/tranas', '/k/savsjo/arkiv/seed-savsjo-2020-2021']) {
      const page = await (await fetch(`${server.url}${path}`)).text();
      const guide = /<details class="lb-web-guide">([\s\S]*?)<\/details>/.exec(page)?.[1];
      if (!guide) {
        problems.push(`${path}: no reading guide`);
        continue;
      }
      const explained = new Set(
        [...guide.matchAll(/<dt>([^<]*)<\/dt>\s*<dd>[^<]{20,}<\/dd>/g)].map((m) => m[1]),
      );
      const shown = new Set(
        [...page.matchAll(/<span class="lb-state [^"]*">([^<]*)<\/span>/g)].map((m) => m[1]),
      );
      if (page.includes('väntat hittills')) shown.add('väntat hittills');
      if (/T[123] 20\d\d/.test(page)) shown.add('T1, T2, T3');
      for (const word of shown)
        if (!explained.has(word)) problems.push(`${path}: "${word}" is not explained`);
    }
    // Nothing published, no figures and no verdicts: nothing to explain.
    const bare = await (await fetch(`${server.url}/k/tranas/arkiv/seed-tranas-2023-2024`)).text();
    if (bare.includes('lb-web-guide')) problems.push('a page without figures has a reading guide');
    expect(problems).toEqual([]);
  });

  it('words the drug statistics so two numbers never run together ("varav 14 21 år")', async () => {
    const cells: string[] = [];
    for (const path of ['/k/savsjo', '/k/tranas']) {
      const page = await (await fetch(`${server.url}${path}`)).text();
      const table = /<table class="lb-table lb-web-statistics">([\s\S]*?)<\/table>/.exec(page)?.[1] ?? '';
      cells.push(...[...table.matchAll(/<td class="lb-num">([^<]*)<\/td>/g)].map((m) => m[1] as string));
    }
    expect(cells.length).toBeGreaterThan(10);
    const figure = '([5-9]|[1-9]\\d+|färre än 5)';
    const wording = new RegExp(`^(0|–|${figure}( \\((varav ${figure} är|ingen är) 21 år eller yngre\\))?)$`);
    expect(cells.filter((c) => !wording.test(c))).toEqual([]);
  });
});
