import {
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, dirname, join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openAppContext } from '../../src/app/context.ts';
import type { CliEnv } from '../../src/cli/command.ts';
import { publishCommand } from '../../src/cli/commands/publish.ts';
import { main } from '../../src/cli/main.ts';
import { loadConfig } from '../../src/config.ts';
import { loadDemo } from '../../src/demo/load-demo.ts';
import { silentLogger } from '../../src/runtime/logger.ts';
import { fixedClock } from '../../src/runtime/system.ts';
import { computedStyle, launchBrowser, testOutputPath } from '../support/browser.ts';
import { freshSqliteUrl } from '../support/databases.ts';

const NOW = Date.UTC(2026, 9, 15, 8, 0, 0);
const DRAFT = 'UTKAST som aldrig får nå en statisk sida';

describe('npx loftesbot publish --out DIR', () => {
  const clock = fixedClock(NOW);
  const db = freshSqliteUrl();
  const config = { ...loadConfig({ LOG_LEVEL: 'silent' }), databaseUrl: db.url };
  const out = mkdtempSync(join(tmpdir(), 'loftesbot-site-'));
  const lines: string[] = [];
  const env: CliEnv = {
    config,
    io: {
      out: (t) => lines.push(t),
      err: (t) => lines.push(`ERR ${t}`),
      stdin: process.stdin,
      stdinIsTty: false,
    },
    openContext: (options) => openAppContext(config, { logger: silentLogger, clock, ...options }),
  };
  let browser: Browser;

  beforeAll(async () => {
    const ctx = await env.openContext();
    await loadDemo(ctx.store, clock, config.timezone);
    const bundle = await ctx.store.agreementForYear('0684', 2026);
    await ctx.store.insertStatus({
      id: 'draft',
      activityId: bundle?.activities[0]?.id ?? '',
      year: 2026,
      tertial: 3,
      text: DRAFT,
      count: null,
      actor: 'console:sven',
      platform: 'console',
      createdAt: NOW,
      published: false,
    });
    await ctx.close();
    expect(await publishCommand.run(['--out', out], env)).toBe(0);
    browser = await launchBrowser();
  });

  afterAll(async () => {
    await browser?.close();
    rmSync(out, { recursive: true, force: true });
    await db.drop();
  });

  it('writes the start page, every kommun page, the archive and the stylesheet', () => {
    for (const file of [
      'index.html',
      'assets/loftesbot.css',
      'k/savsjo/index.html',
      'k/tranas/index.html',
      'k/savsjo/arkiv/seed-savsjo-2020-2021/index.html',
      'k/tranas/arkiv/seed-tranas-2019-2020/index.html',
      'k/tranas/arkiv/seed-tranas-2023-2024/index.html',
    ]) {
      expect(existsSync(join(out, file)), file).toBe(true);
    }
    expect(existsSync(join(out, 'd'))).toBe(false);
    expect(lines[0]).toMatch(/^Skrev 6 sidor \(2 kommuner, 3 arkiverade medborgarlöften\)/);
    const savsjo = readFileSync(join(out, 'k/savsjo/index.html'), 'utf8');
    expect(savsjo).toContain('href="../../assets/loftesbot.css"');
    expect(savsjo).not.toContain(DRAFT);
    expect(savsjo).not.toContain('console:');
  });

  it('opens from the file system with its styles, and its links work', async () => {
    const page = await browser.newPage();
    await page.goto(pathToFileURL(join(out, 'index.html')).href);
    const styled = async () => ({
      sheets: await page.evaluate('document.styleSheets.length'),
      headerBackground: await computedStyle(page.locator('.lb-web-header'), 'background-color'),
      skipTop: await page.locator('.lb-web-skip').evaluate((el) => el.getBoundingClientRect().top),
    });
    expect(await styled()).toEqual({
      sheets: 1,
      headerBackground: 'rgb(243, 246, 250)',
      skipTop: expect.any(Number),
    });
    expect((await styled()).skipTop).toBeLessThan(0);

    await page.getByRole('link', { name: 'Sävsjö' }).click();
    await page.waitForURL(pathToFileURL(join(out, 'k/savsjo/index.html')).href);
    expect((await styled()).headerBackground).toBe('rgb(243, 246, 250)');
    expect(await page.locator('[role="progressbar"]').count()).toBeGreaterThan(0);
    const bar = page.locator('.lb-bar-fill').first();
    expect(await computedStyle(bar, 'fill')).toBe('rgb(31, 95, 168)');
    await page.screenshot({ path: testOutputPath('web', 'static-savsjo.png'), fullPage: false });

    await page.getByRole('link', { name: /Lokala medborgarlöften i Sävsjö 2020-2021/ }).click();
    await page.waitForURL(pathToFileURL(join(out, 'k/savsjo/arkiv/seed-savsjo-2020-2021/index.html')).href);
    expect((await styled()).headerBackground).toBe('rgb(243, 246, 250)');
    await page.getByRole('link', { name: 'Medborgarlöften', exact: true }).click();
    await page.waitForURL(pathToFileURL(join(out, 'index.html')).href);
    await page.close();
  });

  it('writes into a temporary folder and moves it in: no stale page of an earlier run survives', async () => {
    // A page an earlier run wrote (its marker lists it) that this run does not write.
    const marker = join(out, '.loftesbot-publish.json');
    const earlier = JSON.parse(readFileSync(marker, 'utf8')) as { files: string[] };
    writeFileSync(marker, JSON.stringify({ files: [...earlier.files, 'k/nedlagd/index.html'] }));
    mkdirSync(join(out, 'k', 'nedlagd'), { recursive: true });
    writeFileSync(join(out, 'k', 'nedlagd', 'index.html'), 'gammal sida');
    expect(await publishCommand.run(['--out', out], env)).toBe(0);
    expect(existsSync(join(out, 'k', 'nedlagd'))).toBe(false);
    expect(existsSync(join(out, 'k', 'savsjo', 'index.html'))).toBe(true);
    const leftovers = readdirSync(dirname(out)).filter((f) => f.startsWith(`${basename(out)}.`));
    expect(leftovers).toEqual([]);
  });

  it('wants --out', async () => {
    const errors: string[] = [];
    const io = { out: () => {}, err: (t: string) => errors.push(t), stdin: process.stdin, stdinIsTty: false };
    expect(await main(['publish'], io, config)).toBe(2);
    expect(errors).toEqual([
      'loftesbot publish: ange mappen med --out, t.ex. npx loftesbot publish --out ./public-site',
    ]);
  });
});
