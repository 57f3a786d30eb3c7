import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ACTION, allButtons, needs } from '../../src/bots/core/reply.ts';
import { testDialects } from '../support/databases.ts';
import { type CoreFixture, coreFixture } from './fixtures.ts';

/**
 * `/samverkan <kommun>` (the list) marks a listed meeting on a holiday or in the Christmas week — the demo's Tranås
 * meeting on tis 29 dec 2026 — as the series' creation and the reminder do, so the samordnare sees it before it
 * comes, with the buttons that move it (needing the right to change the kommun's meetings).
 */
/** [who, command, language, the flag, how many move buttons] — per (polis) may not move meetings. */
const CASES: readonly [who: string, text: string, lang: 'sv' | 'en', says: string, moves: number][] = [
  ['anna', '/samverkan Tranås', 'sv', '29 dec är i mellandagarna — flytta till 22 dec eller 5 jan?', 2],
  ['anna', '/meeting Tranås', 'en', '29 Dec is in the Christmas week — move it to 22 Dec or 5 Jan?', 2],
  ['per', '/samverkan Tranås', 'sv', '• 29 dec är i mellandagarna.', 0],
];

describe.each(testDialects())('the list of meetings flags a holiday week [$name]', ({ name }) => {
  let f: CoreFixture;
  beforeAll(async () => {
    f = await coreFixture(name);
  });
  afterAll(async () => {
    expect(f.errors).toEqual([]);
    await f.dispose();
  });

  it.each(CASES)('%s: %s (%s)', async (who, text, lang, says, count) => {
    const r = await f.say(who, text, { lang });
    expect(r.fallback).toContain(says);
    expect(r.fallback).toMatch(/• 29 .* ⚠️\n/);
    const moves = allButtons(r).filter((b) => b.actionId.startsWith(`${ACTION.run}/f`));
    expect(moves.length).toBe(count);
    for (const b of moves) expect(b.requires).toEqual(needs('meetings', '0687'));
  });

  it('leaves a list without such a meeting as it was', async () => {
    const r = await f.say('sven', '/samverkan Sävsjö');
    expect(r.fallback).not.toContain('⚠️');
    expect(allButtons(r)).toEqual([]);
  });
});
