import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { clip } from '../../src/bots/core/build.ts';
import { activityName } from '../../src/domain/activity-name.ts';
import { cutAtWord } from '../../src/domain/shorten.ts';
import { type CoreFixture, coreFixture } from './fixtures.ts';

/**
 * A text shortened for display is cut at a word boundary and ends with "…" — in "Visa tabellen", the summary lines,
 * quoted status texts and labels alike (one helper, domain/shorten.ts); a text that fits is never touched.
 */

const LONG =
  'Polisen ska vara tillgänglig för poliskontoret och närvarande i Sävsjös centrala delar med kontaktskapande verksamhet';

/** True when `shown` is `full` whole, or a start of it ending at a word boundary followed by "…". */
function cutAtABoundary(shown: string, full: string): boolean {
  if (shown === full) return true;
  if (!shown.endsWith('…')) return false;
  const kept = shown.slice(0, -1);
  return full.startsWith(kept) && /^[\s.,;:–—-]/.test(full.slice(kept.length));
}

describe('cutting a text for display', () => {
  const cases: readonly [text: string, max: number, expected: string][] = [
    [LONG, 60, 'Polisen ska vara tillgänglig för poliskontoret och…'],
    [LONG, 40, 'Polisen ska vara tillgänglig för…'],
    ['Kort text', 60, 'Kort text'],
    ['Trygghetsvandringar, skolor, fritidsgårdar och centrum', 24, 'Trygghetsvandringar…'],
    ['Ett_ord_utan_mellanslag_som_är_längre_än_rummet', 20, 'Ett_ord_utan_mellan…'],
    [
      'Exakt sextio tecken långt? Nej, men den får plats helt ok.',
      60,
      'Exakt sextio tecken långt? Nej, men den får plats helt ok.',
    ],
  ];
  it.each(cases)('%s (%i)', (text, max, expected) => {
    for (const shown of [cutAtWord(text, max), clip(text, max), activityName({ text }, max)]) {
      expect(shown.replace(/\.$/, '')).toBe(expected.replace(/\.$/, ''));
      expect(shown.length).toBeLessThanOrEqual(max);
    }
  });
});

describe('"Visa tabellen" cuts activity names at a word', () => {
  let f: CoreFixture;
  beforeAll(async () => {
    f = await coreFixture('sqlite');
  });
  afterAll(() => f.dispose());

  it('every row of Sävsjö’s table shows its activity whole or up to a word, then "…"', async () => {
    const summary = await f.say('per', '/sammanfattning Sävsjö');
    const button = summary.buttons?.find((b) => b.label === 'Visa tabellen');
    if (!button) throw new Error(`no table button: ${summary.fallback}`);
    const table = await f.press('per', button);
    const bundle = await f.db.store.agreementForYear('0684', 2026);
    const texts = (bundle?.activities ?? []).map((a) =>
      a.text
        .replace(/\s+/g, ' ')
        .trim()
        .replace(/[.:;,]$/, ''),
    );
    const rows = table.sections.flatMap((s) => s.table?.rows ?? []).map((r) => r[0] ?? '');
    expect(rows.some((r) => r.endsWith('…'))).toBe(true);
    for (const row of rows) {
      const [, n, name] = /^(\d+)\. (.*)$/s.exec(row) ?? [];
      const full = texts[Number(n) - 1] ?? '';
      expect(cutAtABoundary(name ?? '', full), `${row} ← ${full}`).toBe(true);
    }
  });
});
