import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { DateTime } from 'luxon';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { savsjo2027 } from '../support/next-agreement.ts';
import { type CliWorkspace, cliWorkspace } from './workspace.ts';

/**
 * `agreements show|edit --year`: next year's agreement, imported in December, on the command line as in chat
 * (`/lofte avtal Sävsjö 2027`); a year without one is refused with the years that have one. Today is 6 December 2026.
 */

const NOW = DateTime.fromISO('2026-12-06T10:00:00', { zone: 'Europe/Stockholm' });
const NEXT = savsjo2027(2);

describe('agreements --year', () => {
  let ws: CliWorkspace;
  beforeAll(async () => {
    ws = cliWorkspace('agreement-year', NOW);
    expect((await ws.cli(['demo'])).code).toBe(0);
    const file = join(ws.dir, 'savsjo-2027.txt');
    writeFileSync(file, NEXT);
    const imported = await ws.cli(['import', file]);
    expect(imported.code, imported.err).toBe(0);
  });
  afterAll(() => ws.dispose());

  const years = 'Medborgarlöften finns för 2020–2021, 2025–2026 och 2027: agreements show Sävsjö --year 2027';
  const cases: readonly [string[], number, RegExp | string][] = [
    // arguments, exit code, what the first line of stdout (code 0) or stderr says
    [['agreements', 'show', 'Sävsjö', '--year', '2027'], 0, /^Medborgarlöftet i Sävsjö 2027 \(/],
    [['agreements', 'show', 'Sävsjö', '--year=2026'], 0, /^Medborgarlöftet i Sävsjö 2025–2026 \(/],
    [['agreements', 'show', 'Sävsjö', '--year', '2025'], 0, /^Medborgarlöftet i Sävsjö 2025–2026 \(/],
    [['agreements', 'show', 'Sävsjö'], 0, /^Medborgarlöftet i Sävsjö 2025–2026 \(/],
    [
      ['agreements', 'show', 'Sävsjö', '--year', '2030'],
      1,
      `Sävsjö har inget medborgarlöfte för 2030 i Löftesbot. ${years}`,
    ],
    [
      ['agreements', 'edit', 'Sävsjö', '1', '--year', '2030', '--name', 'Insatser'],
      1,
      `Sävsjö har inget medborgarlöfte för 2030 i Löftesbot. ${years}`,
    ],
    [
      ['agreements', 'show', 'Sävsjö', '--year', 'nästa'],
      2,
      '--year: ett år med fyra siffror, t.ex. agreements show Sävsjö --year 2027 (fick ”nästa”)',
    ],
    [
      ['agreements', 'edit', 'Sävsjö', '1', '--year', '2027', '--name', 'Insatser'],
      0,
      /^1\. Insatser: ”Polisen ska/,
    ],
  ];
  it.each(cases)('%j', async (args, code, expected) => {
    const r = await ws.cli(args);
    expect(r.code, r.err).toBe(code);
    const first = (code === 0 ? r.out : r.err).split('\n')[0] ?? '';
    if (typeof expected === 'string') expect(first).toContain(expected);
    else expect(first).toMatch(expected);
  });

  it('the edit with --year changed next year’s agreement only; the one in force names the next', async () => {
    expect((await ws.cli(['agreements', 'show', 'Sävsjö', '--year', '2027'])).out).toContain('1. Insatser: ');
    const current = (await ws.cli(['agreements', 'show', 'Sävsjö'])).out;
    expect(current).not.toContain('Insatser: ');
    expect(current).toContain(
      'Nästa medborgarlöfte, 2027, är sparat och gäller från 1 januari 2027: agreements show Sävsjö --year 2027',
    );
    const json = JSON.parse((await ws.cli(['agreements', 'show', 'Sävsjö', '--year', '2027', '--json'])).out);
    expect(json.agreement.periodFrom).toBe(2027);
  });
});
