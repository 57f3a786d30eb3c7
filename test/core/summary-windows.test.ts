import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Reply } from '../../src/bots/core/reply.ts';
import { buildReport } from '../../src/reports/build-report.ts';
import { loadRegister } from '../../src/runtime/register.ts';
import { uuid } from '../../src/runtime/system.ts';
import { testDialects } from '../support/databases.ts';
import { type CoreFixture, coreFixture, ZONE } from './fixtures.ts';

/**
 * The demo on 21 November 2026 (test/core/fixtures.ts), read in chat. A window that has ended (T2 2026 ended on
 * 31 August) gets a final verdict — the target reached or not, no expected pace, not "i fas" — on every chat
 * surface; a running one keeps its pace. "Visa tabellen" is readable on a phone and says each cell as the report
 * document does.
 */

const FINISHED = /väntat hittills|i fas|klara eller i fas/;

const CASES: readonly { command: string; says: readonly string[]; never: RegExp | null }[] = [
  {
    command: '/sammanfattning Sävsjö T2 2026',
    says: [
      '1 av 2 aktiviteter med mål nådde målet, 6 följs upp med text. Nådde inte målet: samverkansmöten 1 under T2 2026 (mål: minst 4 per år).',
      '🔴 samverkansmöten — 1 under T2 2026 (mål: minst 4 per år) · målet nåddes inte',
      '✅ riktade insatser — 5 av minst 5 under T2 2026 (15 per år) · klar',
      '1 klar · 1 nådde inte målet · 6 följs upp med text',
    ],
    never: FINISHED,
  },
  {
    command: '/status Sävsjö T2 2026',
    says: [
      '1 under T2 2026 (mål: minst 4 per år) · målet nåddes inte',
      '1 av 2 aktiviteter med mål nådde målet',
      // The status text of the tertial asked for, not the one running now.
      '5 av minst 5 under T2 2026 (15 per år) · klar · ”Genomfört 5 riktade insatser under tertialet.”',
    ],
    never: FINISHED,
  },
  {
    command: '/sammanfattning LPO Höglandet T2 2026',
    says: [
      'har aktiviteter som inte nådde målet',
      'Sävsjö: målet nåddes inte — 1 aktivitet nådde inte målet',
    ],
    never: /efter/,
  },
  // The running year: a pace to be on.
  {
    command: '/sammanfattning Sävsjö',
    says: ['13 av minst 15 under 2026 · väntat hittills: 13 · i fas', 'klara eller i fas'],
    never: /nådde/,
  },
  {
    command: '/status Sävsjö T1 2026',
    says: ['5 av minst 5 under T1 2026 (15 per år) · klar · ”Genomfört 5 riktade insatser under tertialet.”'],
    never: FINISHED,
  },
];

const tableOf = (r: Reply) => {
  const b = r.buttons?.find((x) => x.actionId === 'summary:table');
  if (!b) throw new Error('no table button');
  return b;
};

describe.each(testDialects())('summaries of ended and running windows [$name]', ({ name }) => {
  let f: CoreFixture;
  beforeAll(async () => {
    f = await coreFixture(name);
  });
  afterAll(async () => {
    expect(f.errors).toEqual([]);
    await f.dispose();
  });

  it.each(CASES)('$command', async ({ command, says, never }) => {
    const r = await f.say('lena', command);
    for (const text of says) expect(r.fallback).toContain(text);
    if (never) expect(r.fallback).not.toMatch(never);
  });

  it.each(['/sammanfattning Sävsjö T2 2026', '/sammanfattning Tranås', '/sammanfattning Sävsjö 2025'])(
    '"Visa tabellen" of %s fits a phone: no aligned table wider than 60, every promise table in one form',
    async (command) => {
      const full = await f.press('lena', tableOf(await f.say('lena', command)));
      const aligned = full.fallback.split('\n').filter((l) => l.includes(' | ') || l.includes('-+-'));
      for (const line of aligned) expect(line.length, line).toBeLessThanOrEqual(60);
      const promiseTables = full.sections.filter((s) => s.table?.columns[0] === 'Aktivitet');
      expect(promiseTables.length).toBeGreaterThan(0);
      const headers = full.fallback.split('\n').filter((l) => /^Aktivitet\s+\|/.test(l));
      expect([0, promiseTables.length]).toContain(headers.length);
    },
  );

  it('"Visa tabellen" words each cell as the report does', async () => {
    const full = await f.press('lena', tableOf(await f.say('lena', '/sammanfattning Sävsjö 2026')));
    const chat = full.sections
      .filter((s) => s.table?.columns[0] === 'Aktivitet')
      .flatMap((s) => s.table?.rows ?? []);
    const deps = { store: f.db.store, register: loadRegister(), clock: f.clock, ids: uuid, zone: ZONE };
    const result = await buildReport(deps, '0684', { year: 2026, tertial: 3 });
    if (!result.ok) throw new Error('no report');
    const report = result.report.sections.flatMap((s) => s.rows);
    expect(chat.map((row) => row.slice(1))).toEqual(report.map((row) => row.cells.map((c) => c.text || '–')));
    // Not a bare "3": the count in the report's words, with the year so far in the third tertial.
    expect(chat.flat()).toContain('Genomfört 3 riktade insatser. Hittills under 2026: 13 riktade insatser.');
  });

  it('the statistics table is titled once: its first column is the category', async () => {
    const full = await f.press('lena', tableOf(await f.say('lena', '/sammanfattning Sävsjö 2026')));
    const stats = full.sections.find((s) => s.title === 'Statistik');
    expect(stats?.table?.columns[0]).toBe('Kategori');
  });

  it('"Visa tabellen" before the third tertial has begun leaves its cells without the year so far', async () => {
    const now = f.clock.now();
    f.clock.set(Date.UTC(2026, 3, 15, 8, 0, 0));
    try {
      const full = await f.press('lena', tableOf(await f.say('lena', '/sammanfattning Sävsjö 2026')));
      const rows = full.sections
        .filter((s) => s.table?.columns[0] === 'Aktivitet')
        .flatMap((s) => s.table?.rows ?? []);
      expect(rows.length).toBeGreaterThan(0);
      expect(rows.map((row) => row.at(-1)).filter((cell) => cell?.includes('Hittills'))).toEqual([]);
    } finally {
      f.clock.set(now);
    }
  });
});
