import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type RunningServer, startServer } from '../../src/app/start.ts';
import { loadConfig } from '../../src/config.ts';
import { loadDemo } from '../../src/demo/load-demo.ts';
import { silentLogger } from '../../src/runtime/logger.ts';
import { fixedClock } from '../../src/runtime/system.ts';
import { launchBrowser } from '../support/browser.ts';
import { freshSqliteUrl } from '../support/databases.ts';

/** 6 December 2026, 10:00 in Stockholm: T3 of the demo's 2025–2026 agreements, T2 published. */
const NOW = Date.UTC(2026, 11, 6, 9, 0, 0);

/**
 * A resident on a phone who has set the browser's text size to 200 % (WCAG 2.1 1.4.4 and 1.4.10): every page still
 * reads top to bottom — nothing scrolls sideways, no follow-up text is hidden beside its tertial, no heading cut off.
 */
describe('public pages at 200 % text size on a phone', () => {
  let server: RunningServer;
  let browser: Browser;
  let dropDb: () => Promise<void>;

  beforeAll(async () => {
    const db = freshSqliteUrl();
    dropDb = db.drop;
    const config = loadConfig({ LOFTESBOT_SCHEDULER: 'false', LOG_LEVEL: 'silent' });
    server = await startServer(
      { ...config, databaseUrl: db.url },
      { clock: fixedClock(NOW), logger: silentLogger, port: 0, host: '127.0.0.1' },
    );
    await loadDemo(server.ctx.store, fixedClock(NOW), 'Europe/Stockholm');
    browser = await launchBrowser();
  });

  afterAll(async () => {
    await browser?.close();
    await server?.close();
    await dropDb?.();
  });

  const cases = [360, 390].flatMap((width) =>
    ['/', '/k/savsjo', '/k/savsjo/arkiv/seed-savsjo-2020-2021'].map((path) => ({ width, path })),
  );

  it('keeps every page, heading and follow-up text inside the screen', async () => {
    const problems: string[] = [];
    for (const { width, path } of cases) {
      const context = await browser.newContext({ locale: 'sv-SE', viewport: { width, height: 844 } });
      const page = await context.newPage();
      // The browser's own text-size setting: twice the default font size, as Chromium's settings page sets it.
      const cdp = await context.newCDPSession(page);
      await cdp.send('Page.setFontSizes', { fontSizes: { standard: 32, fixed: 32 } });
      expect((await page.goto(`${server.url}${path}`))?.status(), path).toBe(200);
      const found = (await page.evaluate(`(() => {
        const out = [];
        const doc = document.documentElement;
        if (doc.scrollWidth > doc.clientWidth + 1) out.push('the page is ' + doc.scrollWidth + ' px wide');
        for (const el of document.querySelectorAll('h1, h2, h3, li, td, th, caption, .lb-web-meta')) {
          if (el.closest('.lb-web-scroll')) continue;
          const r = el.getBoundingClientRect();
          if (r.width > 0 && r.right > doc.clientWidth + 1)
            out.push(el.tagName + ' "' + el.textContent.trim().slice(0, 30) + '" ends at ' + Math.round(r.right) + ' px');
        }
        for (const el of document.querySelectorAll('.lb-web-followups')) {
          const style = getComputedStyle(el);
          if (el.scrollWidth > el.clientWidth + 1) out.push('a follow-up table scrolls sideways (' + style.display + ')');
        }
        return out;
      })()`)) as string[];
      problems.push(...found.slice(0, 4).map((p) => `${width} px ${path}: ${p}`));
      await context.close();
    }
    expect(problems).toEqual([]);
  }, 90_000);
});
