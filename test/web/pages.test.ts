import { AxeBuilder } from '@axe-core/playwright';
import ExcelJS from 'exceljs';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type RunningServer, startServer } from '../../src/app/start.ts';
import { loadConfig } from '../../src/config.ts';
import { loadDemo } from '../../src/demo/load-demo.ts';
import type { DomainDeps } from '../../src/domain/deps.ts';
import { publishedView } from '../../src/domain/public-snapshot.ts';
import type { PublicAgreementView, PublicProgress } from '../../src/domain/public-view.ts';
import { publishFollowUp } from '../../src/domain/publishing.ts';
import { dashboardLink, reportLink } from '../../src/domain/signed-link.ts';
import { formatAmount } from '../../src/domain/target.ts';
import { silentLogger } from '../../src/runtime/logger.ts';
import { fixedClock } from '../../src/runtime/system.ts';
import { linkDepsOf } from '../../src/web/hmac.ts';
import { agreementBody } from '../../src/web/pages/agreement-view.ts';
import { computedStyle, hasFocus, launchBrowser, testOutputPath } from '../support/browser.ts';
import { freshSqliteUrl } from '../support/databases.ts';

const ZONE = 'Europe/Stockholm';
/** 15 October 2026, 10:00 in Stockholm: T3 of the demo's 2025–2026 agreements. */
const NOW = Date.UTC(2026, 9, 15, 8, 0, 0);
const DRAFT_CURRENT = 'UTKAST T3: nio insatser hittills, inte publicerat';
const DRAFT_EDIT = 'UTKAST T2: omskriven text som väntar på publicering';

async function axeProblems(page: Page): Promise<string[]> {
  const result = await new AxeBuilder({ page })
    .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice'])
    .analyze();
  return result.violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => `${v.id} (${v.impact}): ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
}

describe('public pages and the dashboard in headless Chromium', () => {
  const clock = fixedClock(NOW);
  let server: RunningServer;
  let browser: Browser;
  let context: BrowserContext;
  let deps: DomainDeps;
  let dropDb: () => Promise<void>;
  let savsjo: PublicAgreementView;
  const config = loadConfig({
    LOFTESBOT_LINK_SECRET: 'test-link-secret',
    LOFTESBOT_SCHEDULER: 'false',
    LOG_LEVEL: 'silent',
  });

  beforeAll(async () => {
    const db = freshSqliteUrl();
    dropDb = db.drop;
    server = await startServer(
      { ...config, databaseUrl: db.url },
      { clock, logger: silentLogger, port: 0, host: '127.0.0.1' },
    );
    const { store, register } = server.ctx;
    await loadDemo(store, clock, ZONE);
    deps = { store, register, clock, ids: () => `id-${Math.random()}`, zone: ZONE };
    const bundle = await store.agreementForYear('0684', 2026);
    const insats = bundle?.activities.find((a) => a.kind === 'insats');
    if (!insats) throw new Error('demo has no Sävsjö insats activity');
    const draft = (tertial: 2 | 3, text: string) => ({
      id: `draft-${tertial}`,
      activityId: insats.id,
      year: 2026,
      tertial,
      text,
      count: null,
      actor: 'console:sven',
      platform: 'console' as const,
      createdAt: NOW,
      published: false,
    });
    await store.insertStatus(draft(3, DRAFT_CURRENT));
    await store.insertStatus(draft(2, DRAFT_EDIT));
    // The page shows the agreement as of its last published tertial (the demo's snapshot), never live figures.
    const shown = bundle && (await publishedView(store, register.get('0684'), bundle, NOW, ZONE));
    if (!shown) throw new Error('the demo has no published Sävsjö follow-up');
    savsjo = shown;
    browser = await launchBrowser();
    context = await browser.newContext({ locale: 'sv-SE', viewport: { width: 1280, height: 900 } });
  });

  afterAll(async () => {
    await context?.close();
    await browser?.close();
    await server?.close();
    await dropDb?.();
  });

  async function open(path: string): Promise<{ page: Page; status: number }> {
    const page = await context.newPage();
    const response = await page.goto(`${server.url}${path}`);
    return { page, status: response?.status() ?? 0 };
  }

  it('/ lists the kommuner with a current medborgarlöfte, and is accessible', async () => {
    const { page, status } = await open('/');
    expect(status).toBe(200);
    expect(await page.getAttribute('html', 'lang')).toBe('sv');
    const current = page.locator('section[aria-labelledby="aktuella"] li a');
    expect(await current.allInnerTexts()).toEqual(['Sävsjö', 'Tranås']);
    expect(await axeProblems(page)).toEqual([]);
    await page.screenshot({ path: testOutputPath('web', 'start.png'), fullPage: true });
    await page.close();
  });

  it('/k/savsjo shows every activity with its responsible party, target and progress, as in the summary', async () => {
    const { page, status } = await open('/k/savsjo');
    expect(status).toBe(200);
    expect(await page.locator('h1').innerText()).toBe('Medborgarlöfte för Sävsjö 2025–2026');
    expect(savsjo.figuresAsOf).toEqual({ year: 2026, tertial: 2 });
    const value = (p: PublicProgress | null) => (p?.done.kind === 'value' ? p.done.value : null);
    for (const a of savsjo.commitments.flatMap((c) => c.activities)) {
      const article = page.locator('article', { has: page.locator('h3', { hasText: a.text }) });
      expect(await article.count(), a.text).toBe(1);
      expect(await article.locator('dd').first().innerText()).toMatch(/Polisen|Kommunen/);
      const bars = article.locator('[role="progressbar"]');
      if (a.period.target === null) {
        // Followed up in text: a line per window with something registered; with nothing, one line — the latest
        // status text beside "följs upp med text" — and never a zero.
        expect(await bars.count()).toBe(0);
        const news = [a.year, a.period].filter((p) => p && (p.done.kind === 'suppressed' || value(p) !== 0));
        expect(await article.locator('.lb-web-bar').count()).toBe(Math.max(news.length, 1));
        const text = await article.locator('.lb-web-bars').innerText();
        expect(text).toContain('följs upp med text');
        expect(text).not.toMatch(/(^|\s)0 under/);
        continue;
      }
      const year = { done: value(a.year), target: a.year?.target };
      const line = { done: value(a.period), target: a.period.target };
      expect(await bars.count()).toBe(2);
      const [thisYear, period] = [bars.nth(0), bars.nth(1)];
      expect(await thisYear.getAttribute('aria-valuemax')).toBe(String(year?.target));
      // Signed with the window each figure stands for: "9 av minst 15 under 2026", "… under 2025–2026".
      const yearText = `${year?.done} av minst ${formatAmount(year?.target ?? 0)} under 2026`;
      const periodText = `${line.done} av minst ${formatAmount(line.target)} under 2025–2026`;
      expect(await thisYear.getAttribute('aria-valuetext')).toContain(yearText);
      expect(await period.getAttribute('aria-valuemax')).toBe(String(line.target));
      expect(await period.getAttribute('aria-valuetext')).toContain(periodText);
      // Accessible name and visible text equivalent.
      expect(await thisYear.getAttribute('aria-labelledby')).toBeTruthy();
      expect(await thisYear.innerText()).toMatch(
        new RegExp(`^${yearText}( \\(\\d+ (per tertial|under perioden)\\))?$`),
      );
      expect(await period.innerText()).toMatch(
        new RegExp(`^${periodText}( \\(\\d+ (per år|per tertial)\\))?$`),
      );
    }
    expect(await axeProblems(page)).toEqual([]);
    await page.screenshot({ path: testOutputPath('web', 'kommun-savsjo.png'), fullPage: true });
    await page.close();
  });

  it('shows one bar for a one-year agreement, whose period is the year, and two for a longer one', () => {
    const year = savsjo.year as number;
    const oneYear = { ...savsjo, agreement: { ...savsjo.agreement, periodFrom: year, periodTo: year } };
    for (const [view, periodBars] of [
      // A period bar for each activity with a target or something registered (none that would only say "0 under …").
      [
        savsjo,
        savsjo.commitments
          .flatMap((c) => c.activities)
          .filter(
            (a) => a.period.target !== null || a.period.done.kind === 'suppressed' || a.period.done.value > 0,
          ).length,
      ],
      [oneYear, 0],
    ] as const) {
      const body = String(agreementBody(view));
      expect(body.match(/Hela perioden/g)?.length ?? 0).toBe(periodBars);
      expect(body).not.toContain(`${year}–${year}`);
    }
  });

  it('groups activities under their promise, those linked to none under "Övriga aktiviteter"', async () => {
    const headings = async (slug: string, empty: boolean) => {
      const page = await (await fetch(`${server.url}/k/${slug}`)).text();
      expect(page.includes('Inga aktiviteter är knutna till löftet'), slug).toBe(empty);
      return [...page.matchAll(/<h2[^>]*>([^<]*)</g)].map((m) => (m[1] ?? '').split(':')[0]);
    };
    // Sävsjö's activities are linked to its two promises.
    expect((await headings('savsjo', false)).slice(0, 2)).toEqual(['Löfte 1', 'Löfte 2']);
    // Tranås' document lists its activities apart: the importer links four by the words they share with a promise
    // (test/import/promise-links.test.ts); promise 4 ("återrapportera arbetet") has none, three activities no promise.
    expect((await headings('tranas', true)).slice(0, 5)).toEqual([
      'Löfte 1',
      'Löfte 2',
      'Löfte 3',
      'Löfte 4',
      'Övriga aktiviteter',
    ]);
  });

  it('shows published follow-up texts only: drafts appear once a coordinator publishes them', async () => {
    const { page } = await open('/k/savsjo');
    const text = await page.locator('main').innerText();
    expect(text).toContain('T1 2025');
    expect(text).not.toContain(DRAFT_CURRENT);
    expect(text).not.toContain(DRAFT_EDIT);
    expect(text).not.toContain('console:');
    expect(text).not.toContain('sven');
    await page.close();

    const sven = { person: 'console:sven', platform: 'console' } as const;
    expect(await publishFollowUp(deps, sven, 'Sävsjö', 2026, 2)).toMatchObject({ ok: true });
    const again = await open('/k/savsjo');
    const after = await again.page.locator('main').innerText();
    expect(after).toContain(DRAFT_EDIT);
    expect(after).not.toContain(DRAFT_CURRENT);
    await again.page.close();
  });

  it('suppresses small figures in the statistics', async () => {
    const { page } = await open('/k/savsjo');
    const cells = await page.locator('.lb-web-statistics td').allInnerTexts();
    expect(cells.length).toBeGreaterThan(0);
    for (const cell of cells) expect(cell).not.toMatch(/^[1-4]\b|varav (en|två|tre|fyra|[1-4]) (är )?21/);
    expect(cells.some((c) => c.includes('färre än 5'))).toBe(true);
    await page.close();
  });

  it('keeps earlier agreements in an archive', async () => {
    const { page } = await open('/k/savsjo');
    await page.getByRole('link', { name: /Lokala medborgarlöften i Sävsjö 2020-2021/ }).click();
    await page.waitForURL((url) => url.pathname === '/k/savsjo/arkiv/seed-savsjo-2020-2021');
    expect(await page.locator('h1').innerText()).toBe('Medborgarlöfte för Sävsjö 2020–2021');
    expect(await page.locator('main').innerText()).toContain('T1 2020');
    expect(await axeProblems(page)).toEqual([]);
    await page.close();
    const current = await open('/k/savsjo/arkiv/demo-savsjo-2025-2026');
    expect(new URL(current.page.url()).pathname).toBe('/k/savsjo');
    await current.page.close();
  });

  it('answers unknown kommuner with a Swedish 404 and a suggestion', async () => {
    const { page, status } = await open('/k/savsjoo');
    expect(status).toBe(404);
    expect(await page.locator('h1').innerText()).toBe('Sidan finns inte');
    expect(await page.getByRole('link', { name: 'Sävsjö kommun' }).getAttribute('href')).toBe('/k/savsjo');
    await page.close();
  });

  it('has a skip link, a visible keyboard focus and a print stylesheet', async () => {
    const { page } = await open('/k/savsjo');
    await page.keyboard.press('Tab');
    const skip = page.locator('.lb-web-skip');
    expect(await hasFocus(skip)).toBe(true);
    expect(await skip.evaluate((el) => el.getBoundingClientRect().top)).toBeGreaterThanOrEqual(0);
    expect(await computedStyle(skip, 'outline-style')).toBe('solid');
    expect(await computedStyle(skip, 'outline-width')).toBe('3px');
    await page.keyboard.press('Enter');
    // Following an in-page link updates the address a moment after the key press.
    await page.waitForURL((url) => url.hash === '#innehall', { timeout: 5000 });
    expect(new URL(page.url()).hash).toBe('#innehall');
    // Whatever takes the focus next shows a ring; a focused link also gets a yellow background.
    await page.keyboard.press('Tab');
    expect(await computedStyle(page.locator(':focus'), 'outline-style')).toBe('solid');
    const link = page.locator('main a:focus');
    for (let i = 0; i < 10 && (await link.count()) === 0; i++) await page.keyboard.press('Tab');
    expect(await computedStyle(link, 'background-color')).toBe('rgb(255, 210, 31)');
    expect(await computedStyle(link, 'outline-style')).toBe('solid');
    await page.emulateMedia({ media: 'print' });
    expect(await computedStyle(skip, 'display')).toBe('none');
    expect(await computedStyle(page.locator('.lb-web-crumbs'), 'display')).toBe('none');
    await page.close();
  });

  describe('the dashboard', () => {
    const linkFor = (areaId: string) =>
      dashboardLink(
        {
          ...linkDepsOf(config, clock, { key: Buffer.from('test-link-secret'), source: 'configured' }),
          baseUrl: server.url,
        },
        areaId,
      );

    it.each([390, 360])(
      'at %i px the public page, the dashboard and the report fit their boxes without breaking words',
      async (width) => {
        const phone = await browser.newContext({ locale: 'sv-SE', viewport: { width, height: 844 } });
        const report = reportLink(
          {
            ...linkDepsOf(config, clock, { key: Buffer.from('test-link-secret'), source: 'configured' }),
            baseUrl: server.url,
          },
          { municipalityCode: '0684', year: 2026, tertial: 2 },
        );
        const problems: string[] = [];
        for (const url of [`${server.url}/k/savsjo`, linkFor('hoglandet').url, report.urls.html]) {
          const page = await phone.newPage();
          if (url === report.urls.html) {
            // The report is a download (Content-Disposition): read it, then show it as a browser would open the file.
            const res = await fetch(url);
            expect(res.status, url).toBe(200);
            await page.setContent(await res.text());
          } else expect((await page.goto(url))?.status(), url).toBe(200);
          // Runs in the page (a string, so the Node-side types stay DOM-free).
          const found = (await page.evaluate(`(() => {
          const out = [];
          const doc = document.documentElement;
          if (doc.scrollWidth > doc.clientWidth + 1) out.push('page ' + doc.scrollWidth + ' px wide');
          for (const el of document.querySelectorAll('body *')) {
            const style = getComputedStyle(el);
            const parent = el.parentElement;
            if (!parent || style.overflowX === 'auto' || style.overflowX === 'scroll') continue;
            if (el.closest('table, .lb-web-scroll') !== null) continue;
            const r = el.getBoundingClientRect();
            const box = parent.getBoundingClientRect();
            if (r.width > 0 && r.right > Math.max(box.right, doc.clientWidth) + 1)
              out.push(el.tagName + '.' + el.className + ' sticks out');
          }
          // Nothing crosses the border of its activity or card ("trygghetsvandringar" beside "Målet enligt löftet").
          for (const card of document.querySelectorAll('.lb-web-activity, .lb-web-card')) {
            const edge = card.getBoundingClientRect().right;
            for (const el of card.querySelectorAll('*')) {
              if (el.closest('table, .lb-web-scroll') !== null) continue;
              if (el.getBoundingClientRect().right > edge + 1 || el.scrollWidth > el.clientWidth + 1)
                out.push(el.tagName + '.' + el.className + ' crosses its card: ' + el.textContent.trim().slice(0, 40));
            }
          }
          for (const table of document.querySelectorAll('table')) {
            const scroller = table.parentElement.closest('.lb-web-scroll');
            const box = (scroller || table.parentElement).getBoundingClientRect();
            if (table.getBoundingClientRect().right > box.right + 1 && !scroller) out.push('a table is wider than its box');
          }
          for (const cell of document.querySelectorAll('td, th')) {
            const style = getComputedStyle(cell);
            if (style.overflowWrap === 'anywhere' || style.wordBreak === 'break-all') out.push('a cell may break words');
            // The rules in effect: a word longer than its cell may wrap (never overflow), and only at soft hyphens.
            if (style.overflowWrap !== 'break-word') out.push(cell.tagName + ' overflow-wrap is ' + style.overflowWrap);
            if (style.hyphens !== 'manual') out.push(cell.tagName + ' hyphens is ' + style.hyphens);
            if (!cell.closest('.lb-web-scroll') && cell.scrollWidth > cell.clientWidth + 1)
              out.push('a cell is narrower than its content: ' + cell.textContent.trim().slice(0, 40));
          }
          // No word broken mid-word ("Genomfö rt"): each word lies on one line unless it alone is wider than its box.
          const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
          for (let node = walker.nextNode(); node; node = walker.nextNode()) {
            const parent = node.parentElement;
            if (!parent || parent.closest('svg, .lb-sr-only, script, style')) continue;
            const whole = document.createRange();
            whole.selectNodeContents(node);
            if (whole.getClientRects().length < 2) continue; // on one line: nothing to break
            for (const m of node.textContent.matchAll(/[^\\s\\-–—\\/]+/g)) {
              const range = document.createRange();
              range.setStart(node, m.index);
              range.setEnd(node, m.index + m[0].length);
              const rects = [...range.getClientRects()].filter((r) => r.width > 0);
              if (rects.length < 2) continue;
              const width = rects.reduce((w, r) => w + r.width, 0);
              if (width <= parent.clientWidth) out.push('the word "' + m[0] + '" is broken across lines');
            }
          }
          return out;
        })()`)) as string[];
          problems.push(...found.slice(0, 5).map((p) => `${url}: ${p}`));
          expect(await axeProblems(page), url).toEqual([]);
          await page.close();
        }
        await phone.close();
        expect(problems).toEqual([]);
        // Three pages in Chromium with axe each: more than the default 30 s on a loaded machine.
      },
      90_000,
    );

    it('opens with a signed link: every kommun of the area, worst first, with the chat summary', async () => {
      const link = linkFor('hoglandet');
      const page = await context.newPage();
      const response = await page.goto(link.url);
      expect(response?.status()).toBe(200);
      expect(response?.headers()['cache-control']).toBe('no-store');
      expect(response?.headers()['referrer-policy']).toBe('no-referrer');
      expect(await page.locator('h1').innerText()).toBe('LPO Höglandet 2026');
      const names = await page.locator('.lb-web-card h2').allInnerTexts();
      expect(names.slice(0, 2)).toEqual(['Tranås', 'Sävsjö']);
      expect(names).toHaveLength(6);
      expect(await page.locator('.lb-web-card').first().locator('.lb-headline').innerText()).toMatch(
        /aktiviteter (med mål )?klara eller i fas/,
      );
      expect(await axeProblems(page)).toEqual([]);
      await page.screenshot({ path: testOutputPath('web', 'dashboard-hoglandet.png'), fullPage: true });

      const md = await page.locator('a', { hasText: 'Rapport Sävsjö (Markdown)' }).getAttribute('href');
      expect(md).toContain(`?t=${link.token}`);
      const download = await fetch(`${server.url}${md}`);
      expect(download.status).toBe(200);
      expect(download.headers.get('content-disposition')).toMatch(
        /attachment; filename="uppfoljning-savsjo-2026/,
      );
      expect(await download.text()).toContain('# Medborgarlöften i Sävsjö 2025–2026');
      // Excel, not CSV, among the links: Swedish Excel opens a comma-separated file in one column.
      expect(await page.locator('a', { hasText: 'Rapport Sävsjö (CSV)' }).count()).toBe(0);
      const xlsxHref = await page.locator('a', { hasText: 'Rapport Sävsjö (Excel)' }).getAttribute('href');
      expect(xlsxHref).toBe(md?.replace('.md?', '.xlsx?'));
      const xlsx = await fetch(`${server.url}${xlsxHref}`);
      expect(xlsx.status).toBe(200);
      expect(xlsx.headers.get('content-type')).toBe(
        'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
      );
      expect(xlsx.headers.get('content-disposition')).toMatch(/filename="uppfoljning-savsjo-2026-t3\.xlsx"/);
      const book = new ExcelJS.Workbook();
      await book.xlsx.load(await xlsx.arrayBuffer());
      expect(book.worksheets[0]?.getRow(1).getCell(1).text).toBe('Kommun');
      // The CSV stays for machines under the same token.
      const csv = await fetch(`${server.url}${md?.replace('.md?', '.csv?')}`);
      expect(csv.status).toBe(200);
      await page.close();
    });

    it('refuses an altered token with a clear 403 page', async () => {
      const link = linkFor('hoglandet');
      const tampered = link.url.replace(/.(?=$)/, (c) => (c === 'A' ? 'B' : 'A'));
      const page = await context.newPage();
      const response = await page.goto(tampered);
      expect(response?.status()).toBe(403);
      expect(await page.locator('h1').innerText()).toBe('Länken gäller inte');
      expect(await page.locator('main').innerText()).toContain('/sammanfattning Höglandet länk');
      expect(await axeProblems(page)).toEqual([]);
      await page.screenshot({ path: testOutputPath('web', 'dashboard-403.png'), fullPage: true });
      const noToken = await fetch(`${server.url}/d/hoglandet`);
      expect(noToken.status).toBe(403);
      await page.close();
    });

    it('refuses the link once 24 hours have passed (injected clock)', async () => {
      const link = linkFor('hoglandet');
      clock.set(link.expiresAt - 1000);
      expect((await fetch(link.url)).status).toBe(200);
      clock.set(link.expiresAt);
      const page = await context.newPage();
      const response = await page.goto(link.url);
      expect(response?.status()).toBe(403);
      expect(await page.locator('h1').innerText()).toBe('Länken har gått ut');
      await page.close();
      clock.set(NOW);
    });

    it('never grants more than its area', async () => {
      await server.ctx.store.savePoliceArea(
        { id: 'jonkoping', name: 'LPO Jönköping', municipalityCodes: ['0680'] },
        NOW,
      );
      const other = linkFor('jonkoping');
      const hoglandet = linkFor('hoglandet');
      expect((await fetch(`${server.url}/d/hoglandet?t=${other.token}`)).status).toBe(403);
      expect((await fetch(`${server.url}/d/jonkoping/rapport/savsjo.md?t=${other.token}`)).status).toBe(404);
      expect((await fetch(`${server.url}/d/jonkoping/rapport/savsjo.md?t=${hoglandet.token}`)).status).toBe(
        403,
      );
      expect((await fetch(`${server.url}/d/hoglandet/rapport/savsjo.md?t=${hoglandet.token}`)).status).toBe(
        200,
      );
    });
  });
});
