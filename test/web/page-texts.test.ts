import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type RunningServer, startServer } from '../../src/app/start.ts';
import { loadConfig } from '../../src/config.ts';
import { loadDemo } from '../../src/demo/load-demo.ts';
import type { DomainDeps } from '../../src/domain/deps.ts';
import { publishFollowUp } from '../../src/domain/publishing.ts';
import { dashboardLink } from '../../src/domain/signed-link.ts';
import { silentLogger } from '../../src/runtime/logger.ts';
import { fixedClock } from '../../src/runtime/system.ts';
import { linkDepsOf, loadLinkSecret } from '../../src/web/hmac.ts';
import { writeStaticSite } from '../../src/web/publish-static.ts';
import { createSite } from '../../src/web/site.ts';
import { freshSqliteUrl } from '../support/databases.ts';

/**
 * What the pages say about themselves and their figures, as a reader sees them (the user trial of 6 December 2026):
 * small counts inside published texts are masked also before compounds ("2 LOB/PL-ingripanden"), the target reads
 * as the agreement words it ("minst 30 trafikkontroller per år"), the footer says when the page was made and when
 * the figures were published, and the dashboard's footer says what the dashboard does.
 */

const ZONE = 'Europe/Stockholm';
/** 1 December 2026, 10:00 in Stockholm: the demo is loaded (and its follow-ups published) then. */
const LOADED = Date.UTC(2026, 11, 1, 9, 0, 0);
/** 6 December 2026, 14:41 in Stockholm: the pages are read then. */
const NOW = Date.UTC(2026, 11, 6, 13, 41, 0);
const SECRET = 'page-texts-secret-0123456789abcdef';

/** The "Målet enligt löftet" of every activity, in order. */
const targetsOf = (page: string) =>
  [...page.matchAll(/<dt>Målet enligt löftet<\/dt><dd>([^<]*)<\/dd>/g)].map((m) => m[1]);
/** The text of an HTML fragment, tags dropped and white space collapsed. */
const textOf = (markup: string) =>
  markup
    .replace(/<[^>]*>/g, ' ')
    .replace(/\s+/g, ' ')
    .replace(/ ([.,])/g, '$1')
    .trim();
/** The text of a page's footer. */
const footerOf = (page: string) => textOf(/<footer[^>]*>([\s\S]*)<\/footer>/.exec(page)?.[1] ?? '');

describe('what the pages say', () => {
  const clock = fixedClock(LOADED);
  let server: RunningServer;
  let deps: DomainDeps;
  let drop: () => Promise<void>;
  let out: string;
  const get = async (path: string) => (await fetch(`${server.url}${path}`)).text();

  beforeAll(async () => {
    const db = freshSqliteUrl();
    drop = db.drop;
    const config = loadConfig({
      LOFTESBOT_LINK_SECRET: SECRET,
      LOFTESBOT_SCHEDULER: 'false',
      LOG_LEVEL: 'silent',
    });
    server = await startServer(
      { ...config, databaseUrl: db.url },
      { clock, logger: silentLogger, port: 0, host: '127.0.0.1' },
    );
    const { store, register } = server.ctx;
    await loadDemo(store, clock, ZONE);
    clock.set(NOW);
    deps = { store, register, clock, ids: () => `id-${Math.random()}`, zone: ZONE };
    out = mkdtempSync(join(tmpdir(), 'loftesbot-page-texts-'));
  });
  afterAll(async () => {
    await server?.close();
    await drop?.();
    rmSync(out, { recursive: true, force: true });
  });

  it('an activity followed up in text shows no meaningless zero: its latest text, or "följs upp med text" alone', async () => {
    const links = linkDepsOf(server.ctx.config, clock, { key: Buffer.from(SECRET), source: 'configured' });
    const dashboard = dashboardLink({ ...links, baseUrl: server.url }, 'hoglandet').url.replace(
      server.url,
      '',
    );
    for (const path of ['/k/savsjo', '/k/tranas', dashboard]) {
      const page = textOf(await get(path));
      expect(page, path).not.toMatch(/(^|[^\d,])0 (under|hittills|gånger)/);
    }
    const page = await get('/k/savsjo');
    const article =
      /<article class="lb-web-activity"[^>]*>\s*<h3[^>]*>Polisen ska öppna ett poliskontor\.?<\/h3>([\s\S]*?)<\/article>/.exec(
        page,
      )?.[1];
    const bars = textOf(
      /<div class="lb-web-bars">([\s\S]*?)<\/div>\s*(<table|<p class="lb-empty")/.exec(article ?? '')?.[1] ??
        '',
    );
    expect(bars).toBe('Senaste lägesbeskrivning (T2 2026): Pågår följs upp med text');
    // With registrations the count stays: Tranås's LOB/PL-ingripanden, registered but without a numeric target.
    expect(textOf(await get('/k/tranas'))).toMatch(
      /I år \(2026\) (färre än 5|\d+) under 2026 följs upp med text/,
    );
  });

  it('a kommun whose agreement has not begun says when the next one starts', async () => {
    expect(textOf(await get('/k/eksjo'))).toContain(
      'Eksjö har inget medborgarlöfte som gäller just nu i Löftesbot.',
    );
    await deps.store.insertAgreement(
      {
        agreement: {
          id: 'eksjo-2027',
          municipalityCode: '0686',
          periodFrom: 2027,
          periodTo: 2028,
          signedOn: null,
          title: 'Medborgarlöfte Eksjö 2027–2028',
          isDemo: false,
          source: 'test',
        },
        commitments: [],
        activities: [],
      },
      NOW,
    );
    expect(textOf(await get('/k/eksjo'))).toContain(
      'Eksjö har inget medborgarlöfte som gäller just nu i Löftesbot. Nästa, Medborgarlöfte Eksjö 2027–2028, gäller från den 1 januari 2027;',
    );
  });

  it('masks small counts before compounds in published texts: "färre än 5 LOB/PL-ingripanden"', async () => {
    const before = textOf(await get('/k/tranas'));
    expect(before).toContain('Genomfört färre än 5 LOB/PL-ingripanden under tertialet.');
    expect(before).not.toContain('färre än 5 LOB/PL-ingripande ');
    expect(before).not.toMatch(/\b[1-4] LOB/);

    const bundle = await deps.store.agreementForYear('0687', 2026);
    const lob = bundle?.activities.find((a) => a.kind === 'lob-pl');
    if (!bundle || !lob) throw new Error('the demo has no Tranås LOB/PL activity');
    await deps.store.insertStatus({
      id: 'lob-t3',
      activityId: lob.id,
      year: 2026,
      tertial: 3,
      text: 'Genomfört 3 LOB/PL-ingripanden, 2 omhändertogs',
      count: null,
      actor: 'console:sven',
      platform: 'console',
      createdAt: NOW,
      published: false,
    });
    const admin = { person: 'console:admin', platform: 'console' } as const;
    expect(await publishFollowUp(deps, admin, 'Tranås', 2026, 3)).toMatchObject({ ok: true });
    const after = textOf(await get('/k/tranas'));
    expect(after).toContain('Genomfört färre än 5 LOB/PL-ingripanden, färre än 5 omhändertogs');
    expect(after).not.toMatch(/\b[1-4] (LOB|omhändertogs)/);
  });

  it('masks the texts of a snapshot saved before the rule knew a compound, without a new publish', async () => {
    const bundle = await deps.store.agreementForYear('0684', 2026);
    const snapshot = bundle && (await deps.store.publicSnapshot(bundle.agreement.id));
    if (!snapshot) throw new Error('the demo has no Sävsjö snapshot');
    const [first, ...rest] = snapshot.view.commitments;
    const [activity, ...others] = first?.activities ?? [];
    if (!first || !activity) throw new Error('the Sävsjö snapshot has no activity');
    const stale = {
      year: 2026,
      tertial: 2 as const,
      text: 'Två LOB-omhändertaganden och 3 narkotikamisstankar',
    };
    const followUps = [...activity.followUps, stale];
    const commitments = [{ ...first, activities: [{ ...activity, followUps }, ...others] }, ...rest];
    await deps.store.savePublicSnapshot({ ...snapshot, view: { ...snapshot.view, commitments } });
    const page = textOf(await get('/k/savsjo'));
    expect(page).toContain('Färre än 5 LOB-omhändertaganden och färre än 5 narkotikamisstankar');
    expect(page).not.toContain('Två LOB-omhändertaganden');
  });

  it('shows each target as the agreement words it, a minimum with its unit and basis', async () => {
    // In the order of the promises the activities are linked to (promise 1, 2, 3, then the unlinked).
    expect(targetsOf(await get('/k/tranas'))).toEqual([
      'minst 15 riktade insatser per år',
      'följs upp med text',
      'minst 2 trygghetsvandringar per år',
      'minst 30 trafikkontroller per år',
      'följs upp med text',
      'följs upp med text',
      'följs upp med text',
    ]);
    expect(targetsOf(await get('/k/savsjo'))).toContain('minst 15 riktade insatser per år');
  });

  it('says when the page was made and, apart, when its figures were published', async () => {
    const page = await get('/k/savsjo');
    // The figures stand at the end of the last published tertial; the page was made now; published at loading.
    expect(textOf(page)).toContain('Läget den 31 augusti 2026.');
    expect(footerOf(page)).toContain(
      'Uppgifterna publicerades senast 1 december 2026 kl. 10.00. Sidan skapades 6 december 2026 kl. 14.41.',
    );
    expect(footerOf(page)).toContain('Siffror som räknar personer visas inte när de är 1–4');
    expect(footerOf(page)).not.toContain('31 augusti');
    expect(footerOf(await get('/'))).toContain('Sidan skapades 6 december 2026 kl. 14.41.');
    expect(footerOf(await get('/'))).not.toContain('publicerades');
    const archive = footerOf(await get('/k/savsjo/arkiv/seed-savsjo-2020-2021'));
    expect(archive).toContain('Sidan skapades 6 december 2026 kl. 14.41.');

    // `publish --out` writes the same footers, made at the time of the export.
    const { ctx } = server;
    const secret = await loadLinkSecret(ctx.config, ctx.stores, clock.now());
    await writeStaticSite(createSite(ctx, linkDepsOf(ctx.config, clock, secret)), out);
    const file = (...parts: string[]) => footerOf(readFileSync(join(out, ...parts, 'index.html'), 'utf8'));
    expect(file('k', 'savsjo')).toContain('Uppgifterna publicerades senast 1 december 2026 kl. 10.00.');
    expect(file('k', 'savsjo')).toContain('Sidan skapades 6 december 2026 kl. 14.41.');
    expect(file('k', 'savsjo', 'arkiv', 'seed-savsjo-2020-2021')).toContain(
      'Sidan skapades 6 december 2026 kl. 14.41.',
    );
  });

  it('an ended agreement\'s page speaks of what was: its verdicts as they stood, nothing "ännu"', async () => {
    // Sävsjö 2020–2021: follow-ups published up to T3 2020, the agreement over since 2021.
    const savsjo = textOf(await get('/k/savsjo/arkiv/seed-savsjo-2020-2021'));
    expect(savsjo).toContain(
      'Siffrorna gäller till och med T3 2020, den sista publicerade uppföljningen; läget (som ”i fas”) är som det var då.',
    );
    // Tranås 2023–2024: ended with nothing published.
    const tranas = textOf(await get('/k/tranas/arkiv/seed-tranas-2023-2024'));
    expect(tranas).toContain('Ingen tertialuppföljning publicerades.');
    for (const text of [savsjo, tranas]) expect(text).not.toMatch(/publicerade? ännu/);
    // Its year's bar is that year, not "I år": read in 2027, 2026 is no longer this year.
    expect(savsjo).toContain('År 2020');
    expect(savsjo).not.toContain('I år');
    // The current agreement still waits for what is to come.
    expect(textOf(await get('/k/savsjo'))).not.toContain('som det var då');
    expect(textOf(await get('/k/savsjo'))).toContain('I år (2026)');
  });

  it('the dashboard says it is internal and shows counts of people as registered; no word of texts', async () => {
    const link = dashboardLink(
      {
        ...linkDepsOf(server.ctx.config, clock, { key: Buffer.from(SECRET), source: 'configured' }),
        baseUrl: server.url,
      },
      'hoglandet',
    );
    const page = await (await fetch(link.url)).text();
    const footer = footerOf(page);
    expect(footer).toContain('Sidan är intern: siffrorna visas som de är registrerade');
    expect(footer).not.toContain('visas inte när de är 1–4');
    expect(textOf(page)).not.toContain('Texterna på sidan');
    // Tranås' LOB/PL count this year is shown as a number, as the footer says.
    const row = /<th scope="row">LOB\/PL-ingripanden<\/th><td>([\s\S]*?)<\/td><\/tr>/.exec(page)?.[1] ?? '';
    expect(textOf(row)).toMatch(/^LOB\/PL-ingripanden i år \d+ under 2026/);
    expect(textOf(page)).not.toContain('färre än 5');
  });

  it('error pages say nothing about figures they do not show', async () => {
    const res = await fetch(`${server.url}/k/savsjoo`);
    expect(res.status).toBe(404);
    const footer = footerOf(await res.text());
    expect(footer).toContain('Sidan skapades 6 december 2026 kl. 14.41.');
    expect(footer).not.toContain('Siffror');
  });
});
