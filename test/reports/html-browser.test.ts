import { readFileSync, statSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { AxeBuilder } from '@axe-core/playwright';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadDemo } from '../../src/demo/load-demo.ts';
import { buildReport } from '../../src/reports/build-report.ts';
import { renderHtml } from '../../src/reports/html/render-html.ts';
import { loadRegister } from '../../src/runtime/register.ts';
import { fixedClock } from '../../src/runtime/system.ts';
import { launchBrowser, testOutputPath } from '../support/browser.ts';
import { createTestDatabase, type TestDatabase } from '../support/databases.ts';

const ZONE = 'Europe/Stockholm';
const NOW = Date.parse('2026-05-12T10:00:00+02:00');
/** A4 width at 96 dpi minus the 15 mm side margins of the print stylesheet. */
const A4_CONTENT_PX = Math.floor(((210 - 30) / 25.4) * 96);

async function seriousAxeProblems(page: Page): Promise<string[]> {
  const result = await new AxeBuilder({ page })
    .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'])
    .analyze();
  return result.violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
}

describe('the HTML follow-up report in headless Chromium (demo data on SQLite)', () => {
  let db: TestDatabase;
  let browser: Browser;
  let page: Page;
  const files = { html: '', pdf: '', png: '', current: '' };

  beforeAll(async () => {
    db = await createTestDatabase('sqlite');
    const clock = fixedClock(NOW);
    await loadDemo(db.store, clock, ZONE);
    const deps = { store: db.store, register: loadRegister(), clock, ids: () => 'x', zone: ZONE };
    for (const [key, options] of [
      ['html', { year: 2020 }],
      ['current', {}],
    ] as const) {
      const result = await buildReport(deps, '0687', options);
      if (!result.ok) throw new Error('no report');
      const path = testOutputPath('reports', key === 'html' ? 'tranas-2020.html' : 'tranas-current.html');
      writeFileSync(path, renderHtml(result.report), 'utf8');
      files[key] = resolve(path);
    }
    files.pdf = testOutputPath('reports', 'tranas-2020.pdf');
    files.png = testOutputPath('reports', 'tranas-2020.png');
    browser = await launchBrowser();
    const context = await browser.newContext({ viewport: { width: 1000, height: 1400 } });
    page = await context.newPage();
    await page.goto(pathToFileURL(files.html).href);
  });
  afterAll(async () => {
    await browser?.close();
    await db?.dispose();
  });

  it('shows the kommun, the title and every table', async () => {
    await expect(page.title()).resolves.toBe(
      'Lokala medborgarlöften i Tranås 2019-2020 – Uppföljning, tredje tertialet 2020',
    );
    expect(await page.locator('.lb-kommun').textContent()).toBe('Tranås kommun');
    expect(await page.getByRole('heading', { level: 1 }).textContent()).toBe(
      'Lokala medborgarlöften i Tranås 2019-2020',
    );
    const tables = page.locator('table.lb-table');
    // Two promise tables, the targets and the statistics.
    expect(await tables.count()).toBe(4);
    for (let i = 0; i < 4; i++) {
      const table = tables.nth(i);
      expect(await table.isVisible()).toBe(true);
      expect((await table.boundingBox())?.width ?? 0).toBeGreaterThan(500);
    }
    const insatser = page.getByRole('row', { name: /Genomföra minst femton riktade insatser/ });
    await expect(insatser.getByRole('cell').nth(2).textContent()).resolves.toBe(
      'Sammanlagt under 2020 har 51 riktade insatser genomförts.',
    );
    const rowHeader = page.getByRole('rowheader', {
      name: /Kommunen lovar att tillsammans med polisen genomföra krog/,
    });
    expect(await rowHeader.isVisible()).toBe(true);
  });

  it('draws a visible chart per counted activity, named and described for screen readers', async () => {
    const charts = page.locator('svg.lb-chart[role="img"]');
    expect(await charts.count()).toBe(3);
    const chart = page.getByRole('img', { name: /^Riktade insatser/ });
    expect(await chart.isVisible()).toBe(true);
    const box = await chart.boundingBox();
    expect(box?.width ?? 0).toBeGreaterThan(200);
    expect(box?.height ?? 0).toBeGreaterThan(80);
    // Bars for April, August and December 2020 (the seed's three tertial figures); the year's target line.
    expect(await chart.locator('rect.lb-chart-bar').count()).toBe(3 + 1);
    expect(await chart.locator('line.lb-chart-target').count()).toBe(2);
    expect(await chart.locator('desc').textContent()).toContain('apr 22, maj 0, jun 0, jul 0, aug 18');
  });

  it('has no serious accessibility problems (axe-core, WCAG 2.1 AA)', async () => {
    expect(await seriousAxeProblems(page)).toEqual([]);
  });

  it('prints to an A4 PDF without overflowing the page width, and leaves a screenshot', async () => {
    await page.screenshot({ path: files.png, fullPage: true });
    expect(statSync(files.png).size).toBeGreaterThan(20_000);
    await page.emulateMedia({ media: 'print' });
    await page.setViewportSize({ width: A4_CONTENT_PX, height: 1000 });
    const overflow = await page.evaluate<number>('document.documentElement.scrollWidth - window.innerWidth');
    expect(overflow).toBeLessThanOrEqual(0);
    expect(await page.locator('table.lb-table').first().isVisible()).toBe(true);
    expect(await page.locator('svg.lb-chart').first().isVisible()).toBe(true);
    const pdf = await page.pdf({
      path: files.pdf,
      format: 'A4',
      printBackground: true,
      preferCSSPageSize: true,
    });
    expect(pdf.subarray(0, 5).toString('latin1')).toBe('%PDF-');
    const pages = readFileSync(files.pdf, 'latin1').match(/\/Type\s*\/Page[^s]/g)?.length ?? 0;
    expect(pages).toBeGreaterThanOrEqual(2);
    expect(pages).toBeLessThanOrEqual(8);
  });

  it('reads on a 360 px phone without sideways scrolling: each table row stacks into labelled cells', async () => {
    const context = await browser.newContext({ viewport: { width: 360, height: 800 }, isMobile: true });
    const phone = await context.newPage();
    try {
      await phone.goto(pathToFileURL(files.html).href);
      expect(await phone.evaluate<number>('document.documentElement.scrollWidth')).toBeLessThanOrEqual(360);
      // No table scrolls inside its own box either: every table, row and cell fits the screen.
      const wide = await phone.evaluate<string[]>(`[...document.querySelectorAll('table.lb-table')]
        .flatMap((t) => [t, ...t.querySelectorAll('th, td')])
        .filter((el) => (el.closest('thead') ?? el).getBoundingClientRect().width > 1)
        .filter((el) => el.scrollWidth > el.clientWidth + 1 || el.getBoundingClientRect().right > 360)
        .map((el) => el.tagName + ': ' + el.textContent.slice(0, 40))`);
      expect(wide).toEqual([]);
      // Each cell is named by its column: the header row is kept for screen readers, the label shown before the text.
      const row = phone.getByRole('row', { name: /Genomföra minst femton riktade insatser/ });
      // Runs in the page (a string, so the Node-side types stay DOM-free).
      const labelsOf = (selector: string) =>
        phone.evaluate<string[]>(
          `[...document.querySelectorAll(${JSON.stringify(selector)})].map((td) => getComputedStyle(td, '::before').content)`,
        );
      const labels = (await labelsOf('table.lb-stack tbody tr:first-child td')).slice(0, 3);
      expect(labels).toEqual(['"Tertial 1"', '"Tertial 2"', '"Tertial 3"']);
      const cell = row.locator('td').nth(2);
      expect(await cell.textContent()).toBe('Sammanlagt under 2020 har 51 riktade insatser genomförts.');
      expect((await cell.boundingBox())?.width ?? 0).toBeGreaterThan(250);
      expect(await labelsOf('table.lb-progress-table tbody tr:first-child td')).toEqual([
        '"Registrerat mot målet"',
        '"Väntat hittills"',
        '"Läge"',
      ]);
      await phone.screenshot({ path: testOutputPath('reports', 'tranas-2020-360px.png'), fullPage: true });
      expect(await seriousAxeProblems(phone)).toEqual([]);
    } finally {
      await context.close();
    }
  });

  it('the current report (T2 in progress) renders too, with its charts up to today', async () => {
    const context = await browser.newContext({ viewport: { width: 1000, height: 1400 } });
    const current = await context.newPage();
    try {
      await current.goto(pathToFileURL(files.current).href);
      expect(await current.locator('table.lb-table').first().isVisible()).toBe(true);
      expect(await current.locator('svg.lb-chart').count()).toBeGreaterThanOrEqual(5);
      expect(await current.getByText('Läget den 12 maj 2026.', { exact: false }).isVisible()).toBe(true);
      await current.screenshot({ path: testOutputPath('reports', 'tranas-current.png'), fullPage: true });
      expect(await seriousAxeProblems(current)).toEqual([]);
    } finally {
      await context.close();
    }
  });
});
