import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type RunningServer, startServer } from '../../src/app/start.ts';
import type { Reply } from '../../src/bots/core/reply.ts';
import { loadConfig } from '../../src/config.ts';
import { loadDemo } from '../../src/demo/load-demo.ts';
import {
  DASHBOARD_LINK_TTL_MS,
  type ReportRef,
  reportLink,
  signReportToken,
  verifyReportToken,
} from '../../src/domain/signed-link.ts';
import { silentLogger } from '../../src/runtime/logger.ts';
import { fixedClock } from '../../src/runtime/system.ts';
import { hmacSigner } from '../../src/web/hmac.ts';
import { webPlugin } from '../../src/web/plugin.ts';
import { freshSqliteUrl } from '../support/databases.ts';

const ZONE = 'Europe/Stockholm';
/** 21 November 2026, 10:00 in Stockholm: T3 of the demo's 2025–2026 agreements. */
const NOW = Date.UTC(2026, 10, 21, 9, 0, 0);
const sign = hmacSigner(Buffer.from('unit-secret'));
const TRANAS: ReportRef = { municipalityCode: '0687', year: 2026, tertial: 3 };

describe('signed report links', () => {
  const clock = fixedClock(NOW);
  const link = reportLink({ sign, clock, baseUrl: 'https://bot.example.se/' }, TRANAS);

  it('gives one address per format under one token, valid for 24 hours', () => {
    expect(link.urls.html).toBe(`https://bot.example.se/r/0687/2026-t3.html?t=${link.token}`);
    expect(link.urls.md).toBe(`https://bot.example.se/r/0687/2026-t3.md?t=${link.token}`);
    expect(link.urls.csv).toBe(`https://bot.example.se/r/0687/2026-t3.csv?t=${link.token}`);
    expect(link.urls.xlsx).toBe(`https://bot.example.se/r/0687/2026-t3.xlsx?t=${link.token}`);
    expect(link.expiresAt).toBe(NOW + DASHBOARD_LINK_TTL_MS);
    expect(reportLink({ sign, clock, baseUrl: 'https://b' }, TRANAS, 'en').urls.md).toMatch(/&lang=en$/);
  });

  it('verifies for its kommun, year and tertial until it expires, and nothing else', () => {
    expect(verifyReportToken(sign, TRANAS, link.token, NOW)).toEqual({ ok: true, expiresAt: link.expiresAt });
    expect(verifyReportToken(sign, TRANAS, link.token, link.expiresAt)).toEqual({
      ok: false,
      reason: 'expired',
    });
    for (const other of [{ municipalityCode: '0684' }, { year: 2025 }, { tertial: 2 as const }]) {
      expect(verifyReportToken(sign, { ...TRANAS, ...other }, link.token, NOW)).toEqual({
        ok: false,
        reason: 'bad-signature',
      });
    }
    const [exp, mac] = link.token.split('.') as [string, string];
    expect(verifyReportToken(sign, TRANAS, `${Number(exp) + 3600}.${mac}`, NOW).ok).toBe(false);
    const foreign = signReportToken(hmacSigner(Buffer.from('other')), TRANAS, NOW + 1000_000);
    expect(verifyReportToken(sign, TRANAS, foreign, NOW).ok).toBe(false);
  });
});

describe('report downloads and the dashboard link, from the chat through the web routes', () => {
  const clock = fixedClock(NOW);
  let server: RunningServer;
  let dropDb: () => Promise<void>;
  const config = loadConfig({
    LOFTESBOT_LINK_SECRET: 'report-links-secret',
    LOFTESBOT_SCHEDULER: 'false',
    LOG_LEVEL: 'silent',
  });
  let n = 0;
  const say = (person: string, text: string): Promise<Reply> =>
    server.core.handleCommand({
      eventId: `web-${++n}`,
      platform: 'teams',
      person,
      conversationId: 'conv-1',
      text,
    });
  /** The link's path and query, fetched from the test server (the link names the configured public address). */
  const get = (url: string) => {
    const u = new URL(url);
    return fetch(`${server.url}${u.pathname}${u.search}`, { redirect: 'manual' });
  };

  beforeAll(async () => {
    const db = freshSqliteUrl();
    dropDb = db.drop;
    server = await startServer(
      { ...config, databaseUrl: db.url },
      { clock, logger: silentLogger, port: 0, host: '127.0.0.1', plugins: [webPlugin], scheduler: false },
    );
    await loadDemo(server.ctx.store, clock, ZONE);
    // A Teams person with the demo's chef role for LPO Höglandet.
    await server.ctx.store.grantRole(
      { person: 'teams:lena', role: 'chef', scope: { type: 'area', id: 'hoglandet' } },
      NOW,
    );
  });

  afterAll(async () => {
    await server?.close();
    await dropDb?.();
  });

  async function downloads(): Promise<Record<string, string>> {
    clock.set(NOW);
    const reply = await say('teams:lena', 'sammanfattning Tranås dokument');
    return Object.fromEntries((reply.buttons ?? []).map((b) => [b.value, b.url ?? '']));
  }

  it('/sammanfattning <kommun> dokument on Teams: the HTML link downloads the report', async () => {
    const { html } = await downloads();
    expect(html).toMatch(/\/r\/0687\/2026-t3\.html\?t=/);
    const res = await get(html as string);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe('text/html; charset=utf-8');
    expect(res.headers.get('content-disposition')).toBe(
      'attachment; filename="uppfoljning-tranas-2026-t3.html"',
    );
    expect(res.headers.get('cache-control')).toBe('no-store');
    const body = await res.text();
    expect(body).toMatch(/^<!doctype html>/i);
    expect(body).toContain('Tranås');
  });

  it('the buttons are HTML, Markdown and Excel; each downloads under the same token, CSV still for machines', async () => {
    const links = await downloads();
    expect(Object.keys(links)).toEqual(['html', 'md', 'xlsx']);
    const md = await get(links.md as string);
    expect(md.status).toBe(200);
    expect(md.headers.get('content-type')).toBe('text/markdown; charset=utf-8');
    expect(await md.text()).toMatch(/^# .*Tranås/m);
    const csv = await get((links.xlsx as string).replace('.xlsx?', '.csv?'));
    expect(csv.status).toBe(200);
    expect(csv.headers.get('content-type')).toBe('text/csv; charset=utf-8; header=present');
    expect(csv.headers.get('content-disposition')).toContain('uppfoljning-tranas-2026-t3.csv');
    const text = await csv.text();
    expect(text.split('\r\n')[0]).toMatch(/^\uFEFF?Kommun,Kommunkod,Medborgarlöfte,År,Tertial,/);
  });

  it('the Excel link downloads a workbook that Excel opens: the CSV table, one sheet, numbers as numbers', async () => {
    const { xlsx } = await downloads();
    expect(xlsx).toMatch(/\/r\/0687\/2026-t3\.xlsx\?t=/);
    const res = await get(xlsx as string);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe(
      'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
    );
    expect(res.headers.get('content-disposition')).toBe(
      'attachment; filename="uppfoljning-tranas-2026-t3.xlsx"',
    );
    expect(res.headers.get('cache-control')).toBe('no-store');
    const bytes = Buffer.from(await res.arrayBuffer());
    expect(bytes.subarray(0, 2).toString('latin1')).toBe('PK');
    const { default: ExcelJS } = await import('exceljs');
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(bytes as unknown as ArrayBuffer);
    expect(book.worksheets.map((w) => w.name)).toEqual(['Uppföljning']);
    const sheet = book.worksheets[0] as import('exceljs').Worksheet;
    const csv = await (await get((xlsx as string).replace('.xlsx?', '.csv?'))).text();
    const csvLines = csv
      .replace(/^\uFEFF/, '')
      .trimEnd()
      .split('\r\n');
    expect(sheet.rowCount).toBe(csvLines.length);
    const header = (sheet.getRow(1).values as unknown[]).slice(1);
    expect(header.join(',')).toBe(csvLines[0]);
    expect(sheet.getRow(2).getCell(1).value).toBe('Tranås');
    expect(sheet.getRow(2).getCell(4).value).toBe(2026);
    const english = await get(`${xlsx}&lang=en`);
    const en = new ExcelJS.Workbook();
    await en.xlsx.load(Buffer.from(await english.arrayBuffer()) as unknown as ArrayBuffer);
    expect(english.headers.get('content-disposition')).toContain('follow-up-tranas-2026-t3.xlsx');
    expect(en.worksheets[0]?.getRow(1).getCell(1).value).toBe('Municipality');
  });

  it('an altered token, another kommun or tertial in the path, or a dashboard token: 403 with a clear page', async () => {
    const { html } = await downloads();
    const url = new URL(html as string);
    const token = url.searchParams.get('t') as string;
    const flipped = `${token.slice(0, -1)}${token.endsWith('A') ? 'B' : 'A'}`;
    const tries = [
      `/r/0687/2026-t3.html?t=${flipped}`,
      `/r/0684/2026-t3.html?t=${token}`,
      `/r/0687/2026-t2.html?t=${token}`,
      '/r/0687/2026-t3.html',
      `/r/0687/2026-t3.xlsx?t=${flipped}`,
      `/r/0687/2026-t2.xlsx?t=${token}`,
      `/r/0687/2026-t3.csv?t=${flipped}`,
    ];
    const dashboard = (await say('teams:lena', 'sammanfattning Höglandet länk')).buttons?.[0]?.url as string;
    tries.push(`/r/0687/2026-t3.html?t=${new URL(dashboard).searchParams.get('t')}`);
    for (const path of tries) {
      const res = await fetch(`${server.url}${path}`);
      expect(res.status, path).toBe(403);
      expect(res.headers.get('content-disposition'), path).toBeNull();
      const page = await res.text();
      expect(page, path).toContain('Länken gäller inte');
      expect(page, path).toContain('/sammanfattning Tranås dokument');
    }
  });

  it('refuses the link once 24 hours have passed (injected clock)', async () => {
    const { html } = await downloads();
    clock.set(NOW + DASHBOARD_LINK_TTL_MS);
    const res = await get(html as string);
    expect(res.status).toBe(403);
    expect(await res.text()).toContain('Länken har gått ut');
    clock.set(NOW);
  });

  it('answers 404 for a path that names no report', async () => {
    for (const path of [
      '/r/0687/2026-t3.pdf?t=x',
      '/r/0687/2026-t3.xls?t=x',
      '/r/0687/2026-t3.xlsx.html?t=x',
      '/r/9999/2026-t3.html?t=x',
      '/r/0687',
      '/r/0687/x/y.html',
    ]) {
      expect((await fetch(`${server.url}${path}`)).status, path).toBe(404);
    }
  });

  it('/sammanfattning <område> länk: the link opens the dashboard; a kommun is refused with an example', async () => {
    const reply = await say('teams:lena', 'sammanfattning Höglandet länk');
    const url = reply.buttons?.[0]?.url as string;
    expect(url).toMatch(/^http:\/\/localhost:\d+\/d\/hoglandet\?t=/);
    const res = await get(url);
    expect(res.status).toBe(200);
    expect(await res.text()).toContain('Tranås');
    const kommun = await say('teams:lena', 'sammanfattning Tranås länk');
    expect(kommun.tone).toBe('error');
    expect(kommun.buttons).toBeUndefined();
    expect(kommun.fallback).toContain('/sammanfattning LPO Höglandet länk');
  });
});
