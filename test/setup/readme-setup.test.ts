import { readFileSync } from 'node:fs';
import { DateTime } from 'luxon';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type CliWorkspace, cliWorkspace } from './workspace.ts';

/**
 * The README's "Set up your kommun", run as written on a fresh database: every `sh` block's `npx loftesbot …` line
 * through the CLI, every `chat` block through `npx loftesbot chat` (piped), in the order they appear.
 */

const NOW = DateTime.fromISO('2026-11-20T10:00:00', { zone: 'Europe/Stockholm' });

interface Block {
  readonly kind: 'sh' | 'chat';
  readonly lines: string[];
}

function setupSection(readme: string): string {
  const start = readme.indexOf('\n## Set up your kommun');
  if (start < 0) throw new Error('README has no "Set up your kommun" section');
  const end = readme.indexOf('\n## ', start + 5);
  return readme.slice(start, end < 0 ? undefined : end);
}

function blocksOf(section: string): Block[] {
  const out: Block[] = [];
  const fence = /^([ \t]*)```(sh|chat)[ \t]*\n([\s\S]*?)^[ \t]*```/gm;
  for (const m of section.matchAll(fence)) {
    const indent = (m[1] as string).length;
    const lines = (m[3] as string)
      .split('\n')
      .map((l) => l.slice(Math.min(indent, l.length - l.trimStart().length)).trim())
      .filter((l) => l !== '');
    out.push({ kind: m[2] as 'sh' | 'chat', lines });
  }
  return out;
}

/** `npx loftesbot bind slack:C1 "LPO Höglandet"` → the arguments after `npx loftesbot`. */
function argv(line: string): string[] {
  const words = [...line.matchAll(/"([^"]*)"|(\S+)/g)].map((m) => (m[1] ?? m[2]) as string);
  expect(words.slice(0, 2), line).toEqual(['npx', 'loftesbot']);
  return words.slice(2);
}

describe('README: Set up your kommun', () => {
  let ws: CliWorkspace;
  beforeAll(() => {
    ws = cliWorkspace('readme', NOW);
  });
  afterAll(() => ws.dispose());
  const cli = (args: string[], input: string[] = []) => ws.cli(args, input);

  it('runs every command of the section on an empty database and ends with the first reminders planned', async () => {
    const blocks = blocksOf(setupSection(readFileSync('README.md', 'utf8')));
    expect(blocks.map((b) => b.kind)).toEqual(['chat', 'sh', 'chat', 'sh', 'sh', 'sh', 'sh']);
    const transcript: string[] = [];
    for (const block of blocks) {
      if (block.kind === 'chat') {
        const r = await cli(['chat'], block.lines);
        expect(r.code, r.err).toBe(0);
        expect(r.out, block.lines.join('\n')).not.toMatch(/Jag förstår inte|behörighet|Något gick fel/);
        transcript.push(r.out);
      } else {
        for (const line of block.lines) {
          const r = await cli(argv(line));
          expect(r.code, `${line}\n${r.err}`).toBe(0);
          transcript.push(r.out);
        }
      }
    }
    const all = transcript.join('\n');
    expect(all).toContain(
      'Databasen var tom, så du (console:admin) är nu administratör för alla kommuner och polisområden (alla).',
    );
    expect(all).toContain('✅ LPO Höglandet är sparat med Tranås, Sävsjö och Eksjö.');
    expect(all).toContain(
      'Var 6:e vecka, tisdagar 13.00, från tis 12 jan 2027, Stadshuset. Nästa tre: 12 jan, 23 feb, 6 apr.',
    );
    expect(all).toContain('Var 6:e vecka, tisdagar 10.00, från tis 19 jan 2027, Sävsjö kommunhus.');

    const schedule = await cli(['schedule', '--from', '2027-01-01', '--to', '2027-01-31', '--json']);
    const tranas = schedule.out
      .split('\n')
      .map((l) => JSON.parse(l) as { at: string; kind: string; municipality: string; target: string })
      .filter((r) => r.municipality === 'Tranås' && r.kind.startsWith('meeting-'))
      .map((r) => `${r.at} ${r.kind} ${r.target}`);
    expect(tranas).toEqual([
      '2027-01-05T09:00:00+01:00 meeting-reminder channel:slack:C0TRANAS1',
      '2027-01-11T09:00:00+01:00 meeting-reminder channel:slack:C0TRANAS1',
      '2027-01-13T09:00:00+01:00 meeting-followup person:slack:U0ANNA001',
    ]);
  });
});
