import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type RunningServer, startServer } from '../../src/app/start.ts';
import { loadConfig } from '../../src/config.ts';
import { loadDemo } from '../../src/demo/load-demo.ts';
import { silentLogger } from '../../src/runtime/logger.ts';
import { fixedClock } from '../../src/runtime/system.ts';
import { freshSqliteUrl } from '../support/databases.ts';

const NOW = Date.UTC(2026, 11, 6, 9, 0, 0);

/**
 * A resident types the kommun's name as she writes it — "/k/Sävsjö", "/k/upplands väsby" — and is taken to its page
 * (301 to the address without å ä ö), never told that no kommun "Sävsjö" exists. A name that is no kommun still gets
 * the 404 with a suggestion.
 */
describe('a kommun written by its name in the address', () => {
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

  it('is taken to the kommun page at its address', async () => {
    const cases: [string, number, string | null][] = [
      ['/k/S%C3%A4vsj%C3%B6', 301, '/k/savsjo'],
      ['/k/s%C3%A4vsj%C3%B6', 301, '/k/savsjo'],
      ['/k/SAVSJO', 301, '/k/savsjo'],
      ['/k/0684', 301, '/k/savsjo'],
      ['/k/Upplands%20V%C3%A4sby', 301, '/k/upplands-vasby'],
      ['/k/H%C3%A5bo', 301, '/k/habo-0305'],
      ['/k/S%C3%A4vsj%C3%B6/arkiv/seed-savsjo-2020-2021', 301, '/k/savsjo/arkiv/seed-savsjo-2020-2021'],
      ['/k/savsjo', 200, null],
      ['/k/habo', 404, null],
      ['/k/savsj', 404, null],
    ];
    const seen = [];
    for (const [path, ,] of cases) {
      const res = await fetch(`${server.url}${path}`, { redirect: 'manual' });
      seen.push([path, res.status, res.headers.get('location')]);
    }
    expect(seen).toEqual(cases);
  });
});
