import { spawn } from 'node:child_process';
import { copyFileSync, existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PassThrough } from 'node:stream';
import Database from 'better-sqlite3';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { CliIo } from '../../src/cli/command.ts';
import { main } from '../../src/cli/main.ts';
import { loadConfig } from '../../src/config.ts';
import { systemClock } from '../../src/runtime/system.ts';
import { POLICE_USER, SLACK_CHANNELS, seedDemo } from '../chaos/support/seed.ts';
import {
  ROOT,
  type ServerProcess,
  startServerProcess,
  waitHealthy,
} from '../chaos/support/server-process.ts';
import {
  BOT_TOKEN,
  post,
  SIGNING_SECRET,
  signedHeaders,
  slashBody,
} from '../chaos/support/slack-requests.ts';
import { freshPostgresUrl, testDialects } from '../support/databases.ts';
import { type FakeSlack, startFakeSlack } from '../support/fake-slack.ts';

/**
 * Issue 9, item 3: a registration confirmed to the person survives a crash of the process right after the
 * confirmation (SQLite in WAL mode with synchronous=FULL; the write commits before the reply is rendered), and
 * `npx loftesbot backup <file>` makes a consistent copy while the bot runs — which restores as the README says.
 */

const rows = (path: string): number => {
  const db = new Database(path, { readonly: true });
  try {
    return (
      db.prepare('select count(*) as n from registrations where idempotency_key like ?').get('%ops.%') as {
        n: number;
      }
    ).n;
  } finally {
    db.close();
  }
};

describe('durability on SQLite', () => {
  const dir = mkdtempSync(join(tmpdir(), 'loftesbot-durability-'));
  const dbPath = join(dir, 'loftesbot.db');
  let fake: FakeSlack;
  let server: ServerProcess | null = null;
  let n = 0;
  const env = () => ({
    DATABASE_URL: `sqlite:${dbPath}`,
    SLACK_SIGNING_SECRET: SIGNING_SECRET,
    SLACK_BOT_TOKEN: BOT_TOKEN,
    SLACK_API_URL: fake.apiUrl,
    LOFTESBOT_SCHEDULER: 'false',
    LOG_LEVEL: 'warn',
  });
  const insats = (url: string) => {
    const triggerId = `ops.${++n}.${Date.now()}`;
    const body = slashBody({
      command: '/insats',
      text: 'Sävsjö',
      userId: POLICE_USER,
      channelId: SLACK_CHANNELS.savsjo.id,
      triggerId,
      responseUrl: fake.responseUrl(triggerId),
    });
    return post(`${url}/slack/events`, body, signedHeaders(SIGNING_SECRET, body));
  };
  const start = async () => {
    server = await startServerProcess(env());
    await waitHealthy(server.url);
    return server;
  };

  beforeAll(async () => {
    fake = await startFakeSlack();
    await seedDemo(`sqlite:${dbPath}`, systemClock);
  });
  afterAll(async () => {
    server?.kill('SIGKILL');
    await server?.exited;
    await fake.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it('a registration confirmed with HTTP 200 survives SIGKILL right after the confirmation', async () => {
    for (let round = 1; round <= 2; round++) {
      const running = await start();
      const res = await insats(running.url);
      running.kill('SIGKILL');
      expect(res.status).toBe(200);
      expect(res.body).toContain('registrerad i Sävsjö');
      expect((await running.exited).signal).toBe('SIGKILL');
      const again = await start();
      expect(rows(dbPath)).toBe(round);
      again.kill('SIGTERM');
      expect((await again.exited).code).toBe(0);
      console.log(
        `durability round ${round}: confirmed 1, killed with SIGKILL, restarted: stored ${rows(dbPath)} in all`,
      );
    }
  }, 90_000);

  it('backup copies a consistent database while the bot takes registrations, and restores', async () => {
    const running = await start();
    let stop = false;
    let acked = 0;
    const writer = (async () => {
      while (!stop) {
        const res = await insats(running.url);
        if (res.status === 200 && res.body.includes('registrerad')) acked++;
      }
    })();
    while (acked < 5) await new Promise((r) => setTimeout(r, 20));
    const before = acked + 2; // rows already stored before this run's first two rounds, plus the acked ones
    const target = join(dir, 'backup.db');
    const backup = await new Promise<{ code: number | null; out: string }>((resolve) => {
      const child = spawn(process.execPath, ['bin/loftesbot.js', 'backup', target], {
        cwd: ROOT,
        env: { PATH: process.env.PATH ?? '', DATABASE_URL: `sqlite:${dbPath}`, LOG_LEVEL: 'warn' },
      });
      let out = '';
      child.stdout.on('data', (d: Buffer) => {
        out += d.toString('utf8');
      });
      child.stderr.on('data', (d: Buffer) => {
        out += d.toString('utf8');
      });
      child.on('exit', (code) => resolve({ code, out }));
    });
    const ackedDuringBackup = acked;
    stop = true;
    await writer;
    expect(backup.code, backup.out).toBe(0);
    expect(backup.out).toContain('Säkerhetskopia skriven');
    const copy = new Database(target, { readonly: true });
    const integrity = copy.pragma('integrity_check', { simple: true });
    copy.close();
    expect(integrity).toBe('ok');
    const inBackup = rows(target);
    expect(inBackup).toBeGreaterThanOrEqual(before);
    expect(inBackup).toBeLessThanOrEqual(ackedDuringBackup + 2);

    // Restore as the README says: stop the bot, remove the WAL files, copy the backup over, start.
    running.kill('SIGTERM');
    expect((await running.exited).code).toBe(0);
    for (const suffix of ['-wal', '-shm']) rmSync(`${dbPath}${suffix}`, { force: true });
    copyFileSync(target, dbPath);
    const restored = await start();
    expect(rows(dbPath)).toBe(inBackup);
    restored.kill('SIGTERM');
    expect((await restored.exited).code).toBe(0);
    expect(existsSync(`${dbPath}-wal`)).toBe(false);
    console.log(
      `backup while running: ${acked} registrations acked during the run, ${inBackup} in the backup (integrity ok), ${inBackup} after restore`,
    );
  }, 90_000);
});

describe.each(testDialects().filter((d) => d.name === 'postgres'))('backup [$name]', () => {
  it('prints the pg_dump and pg_restore commands, without the password, that run as printed', async () => {
    const pg = await freshPostgresUrl();
    const dir = mkdtempSync(join(tmpdir(), 'loftesbot-pgdump-'));
    try {
      const out: string[] = [];
      const io: CliIo = {
        out: (t) => out.push(t),
        err: (t) => out.push(t),
        stdin: new PassThrough(),
        stdinIsTty: false,
      };
      const code = await main(['backup', join(dir, 'pg.dump')], io, loadConfig({ DATABASE_URL: pg.url }));
      expect(code).toBe(0);
      expect(out.join('\n')).toContain('pg_dump --format=custom');
      expect(out.join('\n')).toContain('pg_restore');
      expect(out.join('\n')).not.toContain(':loftesbot@');
      // Runnable as printed: no "***" in place of the password (pg_dump took it as the password and was refused);
      // the password comes from PGPASSWORD, ~/.pgpass or pg_dump's own question.
      const url = new URL(pg.url);
      const password = decodeURIComponent(url.password);
      url.password = '';
      const dump = out.join('\n').match(/^\s*(pg_dump .*)$/m)?.[1] ?? '';
      expect(dump).toContain(`"${url.toString()}"`);
      expect(out.join('\n')).toContain(`pg_restore --clean --dbname="${url.toString()}"`);
      expect(out.join('\n')).toContain('PGPASSWORD');
      if (existsSync('/usr/bin/pg_dump')) {
        const run = spawn('sh', ['-c', dump], { env: { ...process.env, PGPASSWORD: password } });
        const code = await new Promise<number | null>((done) => run.on('exit', done));
        expect(code).toBe(0);
        expect(existsSync(join(dir, 'pg.dump'))).toBe(true);
      }
    } finally {
      await pg.drop();
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
