import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ACTION, allButtons, needs } from '../../src/bots/core/reply.ts';
import { testDialects } from '../support/databases.ts';
import { type CoreFixture, coreFixture } from './fixtures.ts';

/**
 * A police area's summary (the demo on 21 November 2026; lena is chef over LPO Höglandet) names the activities
 * behind each kommun by their short labels, and offers a button per kommun with an agreement, worst first, that opens
 * that kommun's summary for whoever presses it — if they may read it.
 */

const LINES: readonly [text: string, lang: 'sv' | 'en', says: readonly string[]][] = [
  ['/sammanfattning LPO Höglandet', 'sv', ['Tranås: efter — 1 aktivitet efter: trafikkontroller']],
  [
    '/summary LPO Höglandet',
    'en',
    [
      'Tranås: behind — 1 activity behind: traffic controls',
      'Sävsjö: on track — 2 activities with a target, 6',
    ],
  ],
  [
    '/sammanfattning LPO Höglandet T2 2026',
    'sv',
    [
      'Tranås: målet nåddes inte — 1 aktivitet nådde inte målet: trafikkontroller',
      'Sävsjö: målet nåddes inte — 1 aktivitet nådde inte målet: samverkansmöten',
    ],
  ],
];

const CODES: Readonly<Record<string, string>> = { Tranås: '0687', Sävsjö: '0684' };

/** [command, the buttons' labels, the window the pressed summary is about]. */
const BUTTONS: readonly [text: string, labels: readonly string[], heading: string][] = [
  ['/sammanfattning LPO Höglandet', ['Tranås', 'Sävsjö'], 'Uppföljning av medborgarlöftet i Tranås, år 2026'],
  // In T2 Sävsjö also lacks status texts: it comes first.
  [
    '/sammanfattning Höglandet T2 2026',
    ['Sävsjö', 'Tranås'],
    'Uppföljning av medborgarlöftet i Sävsjö, T2 2026',
  ],
  [
    '/sammanfattning Jönköpings län',
    ['Tranås', 'Sävsjö'],
    'Uppföljning av medborgarlöftet i Tranås, år 2026',
  ],
];

describe.each(testDialects())('the area summary names and opens its kommuner [$name]', ({ name }) => {
  let f: CoreFixture;
  beforeAll(async () => {
    f = await coreFixture(name);
  });
  afterAll(async () => {
    expect(f.errors).toEqual([]);
    await f.dispose();
  });

  it.each(LINES)('%s (%s) names the activities behind', async (text, lang, says) => {
    const r = await f.say('lena', text, { lang });
    for (const s of says) expect(r.fallback).toContain(s);
  });

  it.each(BUTTONS)(
    '%s: a button per kommun, worst first, opening its summary',
    async (text, labels, heading) => {
      const r = await f.say('lena', text);
      const buttons = allButtons(r).filter((b) => b.actionId.startsWith(ACTION.summaryOpen));
      expect(buttons.map((b) => b.label)).toEqual(labels);
      // Each needs `read` for its own kommun, checked against whoever presses it.
      expect(buttons.map((b) => b.requires)).toEqual(labels.map((l) => needs('read', CODES[l] as string)));
      const opened = await f.press('lena', buttons[0] as (typeof buttons)[number]);
      expect(opened.headline).toBe(heading);
    },
  );

  it('a button pressed by someone who may not read that kommun opens nothing', async () => {
    const r = await f.say('lena', '/sammanfattning LPO Höglandet');
    const tranas = allButtons(r).find(
      (b) => b.label === 'Tranås' && b.actionId.startsWith(ACTION.summaryOpen),
    );
    expect(tranas).toBeDefined();
    const bySven = await f.press('sven', tranas as NonNullable<typeof tranas>);
    expect(bySven.headline).not.toContain('Uppföljning av medborgarlöftet i Tranås');
    expect(bySven.tone).toBe('error');
  });
});
