import { type ChildProcess, spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type RunningServer, startServer } from '../../src/app/start.ts';
import { createTeamsPlugin } from '../../src/bots/teams/plugin.ts';
import { loadConfig } from '../../src/config.ts';
import { loadDemo } from '../../src/demo/load-demo.ts';
import { silentLogger } from '../../src/runtime/logger.ts';
import { fixedClock } from '../../src/runtime/system.ts';
import { launchBrowser, testOutputPath } from '../support/browser.ts';
import { freshSqliteUrl } from '../support/databases.ts';
import { NOW } from './harness.ts';

/**
 * The Teams bot through Microsoft's own local Teams test client, the Microsoft 365 Agents Playground
 * (`@microsoft/m365agentsplayground`, a devDependency): the real server in open mode on 127.0.0.1, the Playground on
 * 127.0.0.1 (scripts/listen-loopback.cjs; it would listen on every interface) with telemetry off, its web UI in
 * Chromium. A police officer types `/insats Sävsjö` in the personal chat, sees the confirmation card the Playground
 * rendered, presses Ångra and sees the card turn into the undo — all offline, as README "Trying the Teams bot in
 * Microsoft's Agents Playground" describes.
 */

/** currentUser of teams/agents-playground.yml, the mock tenant the README's instructions use too. */
const POLICE_AAD = '10000000-0000-4000-8000-000000000020';
const ROOT = fileURLToPath(new URL('../..', import.meta.url));

/** The local addresses (hex, as /proc/net writes them) of the TCP sockets listening on `port`, IPv4 and IPv6. */
function listeningAddresses(port: number): string[] {
  const hexPort = port.toString(16).toUpperCase().padStart(4, '0');
  return ['/proc/net/tcp', '/proc/net/tcp6'].flatMap((file) =>
    readFileSync(file, 'utf8')
      .split('\n')
      .slice(1)
      .map((line) => line.trim().split(/\s+/))
      .filter((f) => f[1]?.endsWith(`:${hexPort}`) && f[3] === '0A')
      .map((f) => f[1]?.split(':')[0] ?? ''),
  );
}

/** Starts the Playground pointed at `endpoint`; resolves with it and its port once it listens. */
async function startPlayground(
  dir: string,
  endpoint: string,
): Promise<{ child: ChildProcess; port: number }> {
  let cli: string;
  try {
    cli = createRequire(import.meta.url).resolve('@microsoft/m365agentsplayground/cli.js');
  } catch {
    throw new Error('@microsoft/m365agentsplayground is not installed: it is a devDependency, run npm ci');
  }
  const child = spawn(
    process.execPath,
    [
      '-r',
      join(ROOT, 'scripts/listen-loopback.cjs'),
      cli,
      '--port',
      '0',
      '--app-endpoint',
      endpoint,
      '--channel-id',
      'msteams',
      '--disable-telemetry',
    ],
    {
      cwd: dir,
      env: {
        PATH: process.env.PATH ?? '',
        HOME: dir,
        TEAMSAPPTESTER_BROWSER: 'none',
        M365_AGENTS_PLAYGROUND_LOGFILE: join(dir, 'playground.log'),
        M365_AGENTS_PLAYGROUND_CONFIG_PATH: join(ROOT, 'teams/agents-playground.yml'),
      },
      stdio: ['ignore', 'pipe', 'pipe'],
    },
  );
  let output = '';
  const port = await new Promise<number>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`the Playground did not start: ${output}`)), 20_000);
    const read = (chunk: Buffer) => {
      output += chunk.toString('utf8');
      const m = /Listening on (\d+)/.exec(output);
      if (m) {
        clearTimeout(timer);
        resolve(Number(m[1]));
      }
    };
    child.stdout?.on('data', read);
    child.stderr?.on('data', read);
    child.once('exit', (code) => reject(new Error(`the Playground exited (${code}): ${output}`)));
  });
  return { child, port };
}

/** The text of the Playground's log panel. */
async function logPanel(page: Page): Promise<string> {
  const text = await page.locator('body').innerText();
  return text.slice(text.indexOf('Log Panel'));
}

describe("Microsoft's Agents Playground drives the Teams bot", () => {
  const dir = mkdtempSync(join(tmpdir(), 'loftesbot-playground-'));
  const db = freshSqliteUrl();
  let server: RunningServer;
  let playground: { child: ChildProcess; port: number };
  let browser: Browser;
  let page: Page;

  beforeAll(async () => {
    const config = loadConfig({
      DATABASE_URL: db.url,
      LOG_LEVEL: 'silent',
      LOFTESBOT_SCHEDULER: 'false',
      LOFTESBOT_TIMEZONE: 'Europe/Stockholm',
      HOST: '127.0.0.1',
      TEAMS_ALLOW_UNAUTHENTICATED: 'true',
    });
    const clock = fixedClock(NOW);
    server = await startServer(config, {
      plugins: [createTeamsPlugin],
      port: 0,
      host: '127.0.0.1',
      logger: silentLogger,
      clock,
      scheduler: false,
      tick: false,
    });
    const { store } = server.ctx;
    await loadDemo(store, clock, 'Europe/Stockholm');
    await store.grantRole(
      { person: `teams:${POLICE_AAD}`, role: 'polis', scope: { type: 'area', id: 'hoglandet' } },
      clock.now(),
    );
    // The Playground's client always reports en-US; Per chose Swedish (`/lofte språk sv`), which wins.
    await store.setPersonLang(`teams:${POLICE_AAD}`, 'sv', clock.now());
    playground = await startPlayground(dir, `${server.url}/api/messages`);
    browser = await launchBrowser();
    page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
  }, 45_000);

  afterAll(async () => {
    await browser?.close();
    playground?.child.kill();
    await server?.close();
    rmSync(dir, { recursive: true, force: true });
    await db.drop();
  });

  it('the Playground listens on 127.0.0.1 only', () => {
    expect(listeningAddresses(playground.port)).toEqual(['0100007F']);
  });

  it('/insats Sävsjö shows the confirmation card; Ångra turns it into the undo', async () => {
    await page.goto(`http://127.0.0.1:${playground.port}/`);
    // Installing the bot in the personal chat: the Playground says it reached /api/messages, the welcome card comes.
    await expect.poll(() => logPanel(page), { timeout: 15_000 }).toContain('Connected.');
    await page.getByText('Löftesbot — så här gör du').first().waitFor({ timeout: 15_000 });

    await page.locator('[data-lexical-editor=true]').first().click();
    await page.keyboard.type('/insats Sävsjö');
    await page.keyboard.press('Enter');
    const card = page.locator('.ac-adaptiveCard').filter({ hasText: 'Riktad insats registrerad i Sävsjö' });
    await card.waitFor({ timeout: 15_000 });
    expect(await card.innerText()).toMatch(/Läst som: 1 riktad insats .* lördag 21 november 2026 \(idag\)/);
    await page.screenshot({ path: testOutputPath('playground', 'insats.png') });

    await card.getByRole('button', { name: 'Ångra', exact: true }).click();
    const undone = page.locator('.ac-adaptiveCard').filter({ hasText: '↩️ Ångrat: riktad insats i Sävsjö' });
    await undone.waitFor({ timeout: 15_000 });
    expect(await undone.innerText()).toMatch(/Besvarat av Per Polis/);
    expect(await undone.getByRole('button').count()).toBe(0);
    await page.screenshot({ path: testOutputPath('playground', 'undone.png') });

    // Every request either side sent was accepted; the Playground's only warning is about a feature it lacks
    // (full-width cards, which Teams itself renders).
    const entries = (await logPanel(page)).split('\n').filter((l) => /^\[\d/.test(l));
    const statuses = entries.flatMap((l) => /-> .*? \w+ (\d{3})\b/.exec(l)?.[1] ?? []);
    expect(entries.some((l) => /User Application message 200 \/insats Sävsjö/.test(l))).toBe(true);
    expect(statuses.length).toBeGreaterThan(4);
    expect(statuses.filter((code) => !/^20[01]$/.test(code))).toEqual([]);
    expect(entries.filter((l) => /error/i.test(l))).toEqual([]);
    const warnings = entries.filter((l) => l.includes('Warning'));
    expect(warnings.filter((l) => !l.includes('Full width control is not supported'))).toEqual([]);
    const { store } = server.ctx;
    const bundle = await store.agreementForYear('0684', 2026);
    const live = await store.registrationsOf(
      bundle?.activities.map((a) => a.id) ?? [],
      '2026-11-21',
      '2026-11-21',
    );
    expect(live.filter((r) => r.actor === `teams:${POLICE_AAD}`)).toEqual([]);
  }, 60_000);
});
