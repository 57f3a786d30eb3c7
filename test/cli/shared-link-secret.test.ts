import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { type ServerProcess, startServerProcess } from '../chaos/support/server-process.ts';
import { childEnv, REPO_ROOT } from '../support/pty.ts';

/**
 * Links that open: a dashboard link made by `npx loftesbot chat` — its own process, started after the server —
 * opens on the running server, because both sign with the installation's link secret kept in the database.
 * No LOFTESBOT_LINK_SECRET is set anywhere.
 */
describe('a link from npx loftesbot chat', () => {
  const dir = mkdtempSync(join(tmpdir(), 'loftesbot-links-'));
  const database = `sqlite:${join(dir, 'loftesbot.db')}`;
  let server: ServerProcess | undefined;
  afterAll(async () => {
    server?.kill('SIGTERM');
    await server?.exited;
    rmSync(dir, { recursive: true, force: true });
  });

  const cli = (args: string[], env: Record<string, string>, input = '') => {
    const run = spawnSync(process.execPath, [`${REPO_ROOT}bin/loftesbot.js`, ...args], {
      cwd: dir,
      env: childEnv({ DATABASE_URL: database, ...env }),
      input,
      encoding: 'utf8',
      timeout: 60_000,
    });
    expect(run.status, `${run.stdout}\n${run.stderr}`).toBe(0);
    return run.stdout;
  };

  it('opens on a separately started server: 200', async () => {
    cli(['demo'], {});
    server = await startServerProcess({ DATABASE_URL: database });
    const port = new URL(server.url).port;
    // The chat is told the server's port, as a person's .env would; it never talks to the server.
    const chat = cli(['chat', '--as', 'admin'], { PORT: port }, '/sammanfattning Höglandet länk\n');
    const link = /http:\/\/localhost:\d+\/d\/hoglandet\?t=[\w.-]+/.exec(chat)?.[0];
    expect(link, chat).toBeDefined();
    const page = await fetch(link as string);
    expect(page.status).toBe(200);
    expect(await page.text()).toContain('Höglandet');
    // The same link with a signature from any other key is refused.
    const forged = (link as string).replace(/\.[\w-]+$/, '.AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA');
    expect((await fetch(forged)).status).toBe(403);
  }, 120_000);
});
