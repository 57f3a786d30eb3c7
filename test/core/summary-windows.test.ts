import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testDialects } from '../support/databases.ts';
import { type CoreFixture, coreFixture } from './fixtures.ts';

/**
 * The demo on 21 November 2026 (test/core/fixtures.ts), read in chat. A window that has ended (T2 2026 ended on
 * 31 August) gets a final verdict — the target reached or not, no expected pace, not "i fas" — on every chat
 * surface; a running one keeps its pace.
 */

const FINISHED = /väntat hittills|i fas|klara eller i fas/;

const CASES: readonly { command: string; says: readonly string[]; never: RegExp | null }[] = [
  {
    command: '/sammanfattning Sävsjö T2 2026',
    says: [
      '1 av 2 aktiviteter med mål nådde målet, 6 följs upp med text. Nådde inte målet: samverkansmöten 1 av minst 1⅓ under T2 2026 (4 per år).',
      '🔴 samverkansmöten — 1 av minst 1⅓ under T2 2026 (4 per år) · målet nåddes inte',
      '✅ riktade insatser — 5 av minst 5 under T2 2026 (15 per år) · klar',
      '1 klar · 1 nådde inte målet · 6 följs upp med text',
    ],
    never: FINISHED,
  },
  {
    command: '/status Sävsjö T2 2026',
    says: [
      '1 av minst 1⅓ under T2 2026 (4 per år) · målet nåddes inte',
      '1 av 2 aktiviteter med mål nådde målet',
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
];

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
});
