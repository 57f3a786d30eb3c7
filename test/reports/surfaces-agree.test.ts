import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type RunningServer, startServer } from '../../src/app/start.ts';
import { ConsoleNotifier } from '../../src/bots/console/notifier.ts';
import { createConsolePlugin } from '../../src/bots/console/plugin.ts';
import { renderText } from '../../src/bots/core/render-text.ts';
import { createSlackPlugin } from '../../src/bots/slack/plugin.ts';
import { createTeamsPlugin } from '../../src/bots/teams/plugin.ts';
import { loadConfig } from '../../src/config.ts';
import { loadDemo } from '../../src/demo/load-demo.ts';
import type { DomainDeps } from '../../src/domain/deps.ts';
import { activityLabel, headline } from '../../src/domain/headline.ts';
import { publishFollowUp } from '../../src/domain/publishing.ts';
import { dashboardLink, reportLink } from '../../src/domain/signed-link.ts';
import { type ActivityLine, type SummaryWindow, summarizeKommun } from '../../src/domain/summary.ts';
import {
  basisWords,
  countInWindow,
  countIsNews,
  expectedPhrase,
  expectedSoFar,
  signedCount,
} from '../../src/domain/target.ts';
import { buildReport } from '../../src/reports/build-report.ts';
import type { Report } from '../../src/reports/model.ts';
import { renderJson } from '../../src/reports/render.ts';
import { renderXlsx } from '../../src/reports/xlsx.ts';
import { decodeEntities } from '../../src/runtime/html-entities.ts';
import { silentLogger } from '../../src/runtime/logger.ts';
import { fixedClock } from '../../src/runtime/system.ts';
import { linkDepsOf } from '../../src/web/hmac.ts';
import { webPlugin } from '../../src/web/plugin.ts';
import {
  blockText,
  fixtureJson,
  jsonOf,
  postToSlackEndpoint,
  slashCommandBody,
} from '../slack/support/slack-requests.ts';
import { freshSqliteUrl } from '../support/databases.ts';
import { type FakeConnector, startFakeConnector } from '../support/fake-connector.ts';
import { type FakeSlack, startFakeSlack } from '../support/fake-slack.ts';
import { fixture, NOW, SVEN } from '../teams/harness.ts';
import { markdownTables } from './parse.ts';

/**
 * One set of fully published figures, read on every surface: the chat summary (`/sammanfattning`, `/status`) on the
 * console, Slack (real Bolt over HTTP) and Teams (real botbuilder), the homes (Slack's App Home, `/lofte hem`), the
 * managers' dashboard, the public page, and the report as md, html, csv, json and xlsx. The expected figures are
 * derived once from the domain (summary → signedCount, verdict, expectedSoFar); each surface is parsed and must say
 * the same target with the same basis and window, the same count and the same verdict for every activity.
 */

const ZONE = 'Europe/Stockholm';
const SECRET = 'surfaces-agree-signing-secret-0123';
const SLACK_USER = 'U0SAMORD1';
const SLACK_CHANNEL = 'C0SAVSJO1';
const TEAMS_CHANNEL = '19:9a0b1c2d3e4f5061728394a5b6c7d8e9@thread.tacv2';
const PLATFORMS = ['console', 'slack', 'teams'] as const;
type Platform = (typeof PLATFORMS)[number];
const YEAR: SummaryWindow = { kind: 'year', year: 2026 };
const TERTIAL: SummaryWindow = { kind: 'tertial', year: 2026, tertial: 3 };
const PERIOD: SummaryWindow = { kind: 'period' };

/** What every surface must agree on for one activity over one window. */
interface Expected {
  readonly id: string;
  readonly text: string;
  readonly label: string;
  readonly line: ActivityLine;
  /** "13 av minst 15 under 2026", "0 under 2026 · följs upp med text". */
  readonly signed: string;
  /** The figures of a progress row without the bar: signed · väntat hittills: n · verdict. */
  readonly figures: string;
  /**
   * What a table or web row shows beside the verdict badge: the signed count, "3 under 2026" without a target, or
   * nothing when nothing was registered against no target (the badge "följs upp med text" says it all).
   */
  readonly beside: string;
}

/** Text as a reader sees it: markdown escapes and entities undone, whitespace collapsed. */
function plain(text: string): string {
  return decodeEntities(text.replace(/\\(.)/g, '$1'))
    .replace(/[ \t]+/g, ' ')
    .trim();
}

/** Every string of an Adaptive Card a person reads (text, facts), unescaped. */
function cardText(card: unknown): string {
  const out: string[] = [];
  const walk = (v: unknown) => {
    if (Array.isArray(v)) for (const x of v) walk(x);
    else if (v && typeof v === 'object') {
      for (const [k, x] of Object.entries(v as Record<string, unknown>)) {
        if (typeof x === 'string' && (k === 'text' || k === 'title' || k === 'value')) out.push(x);
        else walk(x);
      }
    }
  };
  walk(card);
  return plain(out.join('\n'));
}

/** How many times `part` occurs in `text`. */
function occurrences(text: string, part: string): number {
  return text.split(part).length - 1;
}

describe('the same published figures on every surface', () => {
  let server: RunningServer;
  let slack: FakeSlack;
  let connector: FakeConnector;
  let drop: () => Promise<void>;
  let deps: DomainDeps;
  const expected = new Map<string, Expected[]>();
  /** The year's headline ("2 av 2 aktiviteter med mål klara eller i fas, 6 följs upp med text."), counted once. */
  let yearHeadline = '';
  let counter = 0;
  let config: ReturnType<typeof loadConfig>;

  beforeAll(async () => {
    slack = await startFakeSlack();
    connector = await startFakeConnector();
    const db = freshSqliteUrl();
    drop = () => db.drop();
    config = loadConfig({
      DATABASE_URL: db.url,
      SLACK_SIGNING_SECRET: SECRET,
      SLACK_BOT_TOKEN: 'xoxb-test',
      SLACK_API_URL: slack.apiUrl,
      TEAMS_ALLOW_UNAUTHENTICATED: 'true',
      LOFTESBOT_LINK_SECRET: 'surfaces-agree-link-secret',
      LOFTESBOT_SCHEDULER: 'false',
      LOFTESBOT_TIMEZONE: ZONE,
      LOG_LEVEL: 'silent',
    });
    const clock = fixedClock(NOW);
    server = await startServer(config, {
      clock,
      logger: silentLogger,
      port: 0,
      host: '127.0.0.1',
      scheduler: false,
      tick: false,
      plugins: [
        webPlugin,
        (d) => createSlackPlugin(d, { apiRetries: 0, ackBudgetMs: 2_500 }),
        (d) => createTeamsPlugin(d),
        (d) => createConsolePlugin(d, new ConsoleNotifier(() => {})),
      ],
    });
    const { store, register } = server.ctx;
    await loadDemo(store, clock, ZONE);
    const kommun = { type: 'kommun', id: '0684' } as const;
    for (const person of [`slack:${SLACK_USER}`, SVEN])
      await store.grantRole({ person, role: 'samordnare', scope: kommun }, NOW);
    await store.saveBinding({ platform: 'slack', conversationId: SLACK_CHANNEL, scope: kommun }, NOW);
    await store.saveBinding({ platform: 'teams', conversationId: TEAMS_CHANNEL, scope: kommun }, NOW);
    deps = { store, register, clock, ids: () => `id-${++counter}`, zone: ZONE };

    // Fully published: a status text for every activity in the current tertial, then the tertial published, so
    // the public snapshot holds today's figures — the same the chat, the dashboard and the report compute live.
    const bundle = await store.agreementForYear('0684', 2026);
    if (!bundle) throw new Error('the demo has no Sävsjö agreement for 2026');
    for (const a of bundle.activities)
      await store.insertStatus({
        id: `t3-${a.id}`,
        activityId: a.id,
        year: 2026,
        tertial: 3,
        text: 'Pågår enligt plan.',
        count: null,
        actor: 'console:sven',
        platform: 'console',
        createdAt: NOW,
        published: false,
      });
    const sven = { person: 'console:sven', platform: 'console' } as const;
    expect(await publishFollowUp(deps, sven, '0684', 2026, 3, { confirmed: true })).toMatchObject({
      ok: true,
    });

    // The expected figures, once, from the domain.
    for (const [key, window] of [
      ['year', YEAR],
      ['tertial', TERTIAL],
      ['period', PERIOD],
    ] as const) {
      const result = await summarizeKommun(deps, '0684', window);
      if (!result.ok) throw new Error('no summary');
      const s = result.summary;
      if (key === 'year') yearHeadline = headline(s, 'sv');
      expected.set(
        key,
        s.activities.map((line) => {
          const signed = signedCount(line, s.window, s.agreement, 'sv');
          const pace = line.state === 'klar' ? null : expectedPhrase(line, 'sv');
          const figures =
            line.target === null ? signed : [signed, pace, line.state].filter((x) => x !== null).join(' · ');
          return {
            id: line.activity.id,
            text: line.activity.text,
            label: activityLabel(line, 'sv'),
            line,
            signed,
            figures,
            beside: !countIsNews(line)
              ? ''
              : line.target === null
                ? countInWindow(String(line.done), s.window, s.agreement, 'sv')
                : signed,
          };
        }),
      );
    }
    const year = expected.get('year') ?? [];
    // The data are worth comparing: targets on two bases, a share (tertial of a yearly target), text-only lines.
    expect(year.filter((e) => e.line.target !== null).length).toBeGreaterThanOrEqual(2);
    expect(year.filter((e) => e.line.target === null).length).toBeGreaterThanOrEqual(1);
    expect((expected.get('tertial') ?? []).some((e) => /\(\d+ per år\)/.test(e.signed))).toBe(true);
  });

  afterAll(async () => {
    await server?.close();
    await slack?.close();
    await connector?.close();
    await drop?.();
  });

  const rows = (key: 'year' | 'tertial' | 'period'): Expected[] => expected.get(key) ?? [];

  /** A command on one platform, in the conversation bound to Sävsjö; the text the person was shown. */
  async function say(platform: Platform, text: string): Promise<string> {
    counter += 1;
    if (platform === 'console') {
      const reply = await server.core.handleCommand({
        eventId: `console-${counter}`,
        platform: 'console',
        person: 'console:sven',
        conversationId: 'savsjo',
        text,
      });
      // As the terminal chat prints it (the console's renderer), not the short fallback.
      return plain(renderText(reply));
    }
    if (platform === 'slack') {
      const [cmd, ...rest] = text.split(' ');
      const response = `r${counter}`;
      const body = slashCommandBody({
        command: cmd ?? '',
        text: rest.join(' '),
        userId: SLACK_USER,
        channelId: SLACK_CHANNEL,
        responseUrl: slack.responseUrl(response),
      });
      const res = await postToSlackEndpoint(server.url, body, { secret: SECRET });
      expect(res.status).toBe(200);
      const ack = await jsonOf(res);
      const later = slack
        .responsesOf(response)
        .map((r) => blockText((r.body as { blocks?: unknown }).blocks));
      return plain([ack ? blockText(ack.blocks) : '', ...later].join('\n'));
    }
    const before = connector.calls.length;
    const activity = fixture('message-channel', connector.url, {
      id: `teams-${counter}`,
      text: `<at>Löftesbot</at> ${text}`,
      from: fixture('message-personal', connector.url).from,
    });
    const res = await fetch(`${server.url}/api/messages`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify(activity),
    });
    expect(res.status).toBeLessThan(300);
    const sent = await connector.waitFor((c) => connector.calls.indexOf(c) >= before && c.kind !== 'member');
    return cardText(sent.body.attachments);
  }

  /** Each figure string occurs as often as the activities that expect it (binds count, target and verdict). */
  function expectFigures(shown: string, list: readonly Expected[], where: string): void {
    const wanted = new Map<string, number>();
    for (const e of list) wanted.set(e.figures, (wanted.get(e.figures) ?? 0) + 1);
    for (const [figures, n] of wanted) expect(occurrences(shown, figures), `${where}: ${figures}`).toBe(n);
  }

  it('chat: /sammanfattning and /status say the same on the console, Slack and Teams', async () => {
    const year = rows('year');
    for (const p of PLATFORMS) {
      const summary = await say(p, '/sammanfattning Sävsjö');
      expect(summary, `${p} headline`).toContain(yearHeadline);
      for (const e of year) {
        // One line per activity: "🟢 riktade insatser — 13 av minst 15 under 2026 · väntat hittills: 13 · i fas".
        const figures = e.line.target === null && e.line.done === 0 ? e.line.state : e.figures;
        expect(summary, `${p} /sammanfattning: ${e.label}`).toContain(`${e.label} — ${figures}`);
      }
      const status = await say(p, '/status Sävsjö');
      // An activity followed up in text with nothing registered says "följs upp med text", never "0 under 2026".
      expectFigures(
        status,
        year.filter((e) => countIsNews(e.line)),
        `${p} /status`,
      );
      expect(status, `${p} /status`).not.toMatch(/(^|\s)0 under/);
    }
  });

  it('homes: Slack App Home and /lofte hem on the console and in Teams show this tertial the same way', async () => {
    // As /status: an activity followed up in text with nothing registered shows no "0 under T3 2026".
    const tertial = rows('tertial').filter((e) => countIsNews(e.line));
    const event = fixtureJson<Record<string, unknown>>('app-home-opened.json');
    const body = JSON.stringify({ ...event, event: { ...(event.event as object), user: SLACK_USER } });
    const res = await postToSlackEndpoint(server.url, body, {
      secret: SECRET,
      contentType: 'application/json',
    });
    expect(res.status).toBe(200);
    const [published] = await slack.waitFor('views.publish');
    const view = published?.args.view as { blocks: unknown[] } | undefined;
    const home = plain(blockText(view?.blocks));
    expectFigures(home, tertial, 'Slack App Home');
    expectFigures(await say('console', '/lofte hem'), tertial, 'console /lofte hem');
    expectFigures(await say('teams', '/lofte hem'), tertial, 'Teams /lofte hem');
    expect(home, 'Slack App Home').not.toMatch(/(^|\s)0 under/);
  });

  it('the dashboard and the public page show the same signed figures and verdicts', async () => {
    const links = linkDepsOf(config, deps.clock, {
      key: Buffer.from('surfaces-agree-link-secret'),
      source: 'configured',
    });
    const dashboard = dashboardLink({ ...links, baseUrl: server.url }, 'hoglandet');
    const dash = await fetch(dashboard.url);
    expect(dash.status).toBe(200);
    const html = await dash.text();
    const card = /<section class="lb-web-card[^"]*" aria-labelledby="kommun-0684">([\s\S]*?)<\/section>/.exec(
      html,
    )?.[1];
    expect(card).toBeDefined();
    expect(card).toContain(`<p class="lb-headline">${htmlText(yearHeadline)}</p>`);
    for (const e of rows('year')) {
      const row = new RegExp(
        `<tr><th scope="row">${escapeRe(htmlText(e.label))}</th><td>([\\s\\S]*?)</td></tr>`,
      ).exec(card ?? '')?.[1];
      expect(row, `dashboard row ${e.label}`).toBeDefined();
      expectCell(row ?? '', e, `dashboard ${e.label}`);
    }

    const page = await fetch(`${server.url}/k/savsjo`);
    expect(page.status).toBe(200);
    const publicHtml = await page.text();
    for (const [key, label] of [
      ['year', 'I år (2026)'],
      ['period', 'Hela perioden (2025–2026)'],
    ] as const) {
      for (const e of rows(key)) {
        const article = new RegExp(
          `<article class="lb-web-activity"[^>]*>\\s*<h3[^>]*>${escapeRe(htmlText(e.text))}</h3>([\\s\\S]*?)</article>`,
        ).exec(publicHtml)?.[1];
        expect(article, `public ${e.text}`).toBeDefined();
        if (!countIsNews(e.line)) {
          // Followed up in text, nothing registered: no window's zero, one line with the badge.
          expect(plain((article ?? '').replace(/<[^>]+>/g, ' ')), `public ${e.text}`).not.toMatch(
            /(^|\s)0 under/,
          );
          expect(article, `public ${e.text}`).toMatch(
            /<span class="lb-state[^"]*">följs upp med text<\/span>/,
          );
          continue;
        }
        const bar = new RegExp(`>${escapeRe(label)}</span>([\\s\\S]*?)</div>`).exec(article ?? '')?.[1];
        expect(bar, `public ${key} ${e.text}`).toBeDefined();
        expectCell(bar ?? '', e, `public ${key} ${e.text}`);
      }
    }
  });

  it('the report as md, html, csv, json and xlsx: the same target, basis, count, pace and verdict', async () => {
    const year = rows('year');
    const built = await buildReport(deps, '0684', { year: 2026, tertial: 3 });
    if (!built.ok) throw new Error('no report');
    const report: Report = built.report;
    const link = reportLink(
      {
        ...linkDepsOf(config, deps.clock, {
          key: Buffer.from('surfaces-agree-link-secret'),
          source: 'configured',
        }),
        baseUrl: server.url,
      },
      { municipalityCode: '0684', year: 2026, tertial: 3 },
    );
    const download = async (format: 'md' | 'html' | 'csv') => {
      const res = await fetch(link.urls[format]);
      expect(res.status, format).toBe(200);
      // Keep the byte order mark (res.text() would drop it): the CSV must start with it.
      return new TextDecoder('utf-8', { ignoreBOM: true }).decode(await res.arrayBuffer());
    };
    const counted = year.filter(
      (e) => e.line.target !== null || e.line.done > 0 || e.line.activity.kind !== null,
    );
    expect(counted.length).toBeGreaterThanOrEqual(2);
    // As the CSV's `Väntat hittills` (docs/formats.md): "–" without a figure (no target, klar, the year over).
    const pace = (e: Expected) => String(expectedSoFar(e.line) ?? '–');

    // Markdown: the progress table, "Aktivitet | Registrerat mot målet | Väntat hittills | Läge".
    const md = await download('md');
    expect(md).toContain(`**Läget i korthet:** ${yearHeadline}`);
    const progress = markdownTables(md).find((t) => t.header[1] === 'Registrerat mot målet');
    expect(progress?.header).toEqual(['Aktivitet', 'Registrerat mot målet', 'Väntat hittills', 'Läge']);
    for (const e of counted) {
      const row = progress?.rows.find((r) => r.cells[0] === e.beside);
      expect(row, `md ${e.beside}`).toBeDefined();
      expect(row?.cells[1]).toBe(pace(e));
      expect(row?.cells[2]).toMatch(new RegExp(`(^|\\s)${e.line.state}$`));
    }

    // HTML: the same table, the signed figure beside its bar and the verdict as a badge.
    const html = await download('html');
    for (const e of counted) {
      const figure =
        e.line.target === null
          ? escapeRe(htmlText(e.beside))
          : `<span class="lb-progress">[\\s\\S]*?<span>${escapeRe(htmlText(e.beside))}</span></span>`;
      const row = new RegExp(
        `<td[^>]*>${figure}</td><td class="lb-num"[^>]*>([^<]*)</td><td[^>]*><span class="lb-state[^"]*">([^<]+)</span>`,
      ).exec(html);
      expect(row, `html ${e.beside}`).not.toBeNull();
      expect([row?.[1], row?.[2]]).toEqual([pace(e), e.line.state]);
    }

    // CSV and xlsx: per activity and tertial; the target's count and basis as agreed, the rest as above.
    const csv = await download('csv');
    expect(csv.startsWith('\uFEFF')).toBe(true);
    const csvRows = readCsv(csv.slice(1));
    const book = new ExcelJS.Workbook();
    await book.xlsx.load((await renderXlsx(report)) as never);
    const sheet = book.worksheets[0];
    const xlsxRows: string[][] = [];
    const width = sheet?.columnCount ?? 0;
    sheet?.eachRow((r) => {
      const cells = Array.from({ length: width }, (_, i) => r.getCell(i + 1).value);
      xlsxRows.push(cells.map((v) => (v === null || v === undefined ? '' : String(v))));
    });
    for (const [name, table] of [
      ['csv', csvRows],
      ['xlsx', xlsxRows],
    ] as const) {
      const [header, ...body] = table;
      const col = (title: string) => header?.indexOf(title) ?? -1;
      for (const e of year) {
        const own = body.filter((r) => r[col('Aktivitet')] === e.text);
        expect(own.length, `${name} ${e.text}`).toBe(3);
        const agreed = e.line.activity.target;
        for (const r of own) {
          expect(r[col('Målets antal')], name).toBe(agreed ? String(agreed.count) : '');
          expect(r[col('Målets bas')], name).toBe(
            agreed ? basisWords(agreed.per, 'sv') : 'följs upp med text',
          );
          expect(r[col('Registrerat mot målet')], name).toBe(e.signed);
          expect(r[col('Läge')], name).toBe(e.line.state);
        }
        const sum = own.reduce((n, r) => n + Number(r[col('Registrerat under tertialet')]), 0);
        expect(sum, `${name} ${e.text}`).toBe(e.line.done);
      }
    }

    // JSON: the model, per activity.
    const json = JSON.parse(renderJson(report)) as Report;
    const jsonRows = json.sections.flatMap((s) => s.rows);
    for (const e of year) {
      const r = jsonRows.find((x) => x.activityId === e.id);
      expect(r, `json ${e.text}`).toBeDefined();
      expect({
        signed: r?.signed,
        done: r?.done,
        state: r?.state,
        agreed: r?.agreedTarget,
        target: r?.target,
      }).toEqual({
        signed: e.signed,
        done: e.line.done,
        state: e.line.state,
        agreed: e.line.activity.target,
        target: e.line.target,
      });
      expect(r?.expectedSoFar).toBe(expectedSoFar(e.line));
    }
  });
});

function escapeRe(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** Text as the HTML renderer escapes it. */
function htmlText(text: string): string {
  return text
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&#39;');
}

/** A web cell holds the signed figure and the verdict badge (and the pace, with a target, until klar). */
function expectCell(cell: string, e: Expected, where: string): void {
  const text = plain(cell.replace(/<[^>]+>/g, ' '));
  expect(text, where).toContain(e.beside);
  expect(cell, where).toMatch(new RegExp(`<span class="lb-state[^"]*">${escapeRe(e.line.state)}</span>`));
  const pace = expectedPhrase(e.line, 'sv');
  if (pace && e.line.state !== 'klar') expect(text, where).toContain(pace);
}

/** A minimal RFC 4180 reader: quoted fields, doubled quotes, CRLF records. */
function readCsv(text: string): string[][] {
  const records: string[][] = [];
  let field = '';
  let record: string[] = [];
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i] as string;
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') {
        field += '"';
        i++;
      } else if (c === '"') quoted = false;
      else field += c;
    } else if (c === '"') quoted = true;
    else if (c === ',') {
      record.push(field);
      field = '';
    } else if (c === '\r' && text[i + 1] === '\n') {
      record.push(field);
      records.push(record);
      record = [];
      field = '';
      i++;
    } else field += c;
  }
  return records;
}
