import { describe, expect, it, vi } from 'vitest';
import { buildBlocks } from '../../src/import/blocks.ts';
import { IMPORT_LIMITS } from '../../src/import/limits.ts';
import { classifyLines } from '../../src/import/lines.ts';
import { WHOLE_TEXT } from '../../src/import/wrapping.ts';

/**
 * A paragraph wrapped at ~60 characters (a PDF copy-paste, a long Word paragraph) used to be re-read whole for every
 * line joined to it — 3,000 lines parsed for two minutes on the server's event loop, blocking every other user.
 * The parse reads each line a bounded number of times: counted here through readTarget, the costliest read.
 */
const read = vi.hoisted(() => ({ characters: 0 }));
vi.mock('../../src/import/targets.ts', async (original) => {
  const targets = await original<typeof import('../../src/import/targets.ts')>();
  return {
    ...targets,
    readTarget: (text: string, column?: boolean) => {
      read.characters += text.length;
      return targets.readTarget(text, column);
    },
  };
});

const WORDS =
  'polisen och kommunen genomför gemensamma trygghetsvandringar i centrala delar av orten under kvällstid med fokus på'.split(
    ' ',
  );

/** `n` lines of about 60 characters continuing each other, lower case after the first. */
function wrapped(n: number): string[] {
  const lines: string[] = [];
  let w = 0;
  for (let i = 0; i < n; i++) {
    let line = '';
    while (line.length < 60) line += `${WORDS[w++ % WORDS.length]} `;
    lines.push(line.trim());
  }
  return lines;
}

const blocksOf = (lines: readonly string[]) => buildBlocks(classifyLines(lines.join('\n')));

describe('a document as long as the import allows, in one paragraph or one table cell', () => {
  const n = IMPORT_LIMITS.lines - 10;
  const body = wrapped(n);
  it.each([
    ['a paragraph', ['Polisen och kommunen lovar att', ...body], 'paragraph'],
    ['a list item', ['- polisen och kommunen ska', ...body.map((l) => `  ${l}`)], 'item'],
    [
      'a table row followed by wrapped lines',
      ['Aktivitet\tAnsvarig', 'trygghetsvandringar\tKommunen', ...body],
      'table',
    ],
    [
      'a table row broken over every line',
      ['Aktivitet\tAnsvarig', 'Trygghetsvandringar\tKommunen', ...body.map((l) => `${l}\t`)],
      'table',
    ],
  ])('%s is read as one, whole', (_, lines, type) => {
    const blocks = blocksOf(lines);
    expect(blocks.map((b) => b.type)).toEqual([type]);
    const block = blocks[0];
    const text = block?.type === 'table' ? block.rows.at(-1)?.cells.join(' | ') : block?.text;
    expect(text?.length).toBeGreaterThan(n * 60);
    expect(text?.includes(body.at(-1) as string)).toBe(true);
  });

  it('reads each line of a wrapped paragraph for a target a few times, not once per line after it', () => {
    const text = ['Polisen och kommunen lovar att', ...wrapped(2_000)];
    read.characters = 0;
    expect(blocksOf(text)).toHaveLength(1);
    // Re-reading the growing paragraph for every line: about 2,000 × 60,000 characters.
    expect(read.characters).toBeLessThan(5 * text.join('\n').length);
  });
});

describe('past the first characters of a long paragraph, a target still ends it as in a short one', () => {
  const long = wrapped(Math.ceil(WHOLE_TEXT / 60) + 4);
  it.each([
    // A target in a later line: a line in lower case after it, not mid-phrase and without one, starts a new block.
    [
      'a target in a later line',
      [...long, 'och trafikkontroller vid skolor 4 per tertial', 'samverkansmöten med rektorerna'],
      2,
    ],
    // A target across two lines ("minst" / "fyra …"): the same.
    [
      'a target across two later lines',
      [...long, 'och trafikkontroller minst', 'fyra gånger per år', 'samverkansmöten med rektorerna'],
      2,
    ],
    // Without one, the paragraph goes on.
    ['no target', [...long, 'och trafikkontroller vid skolor', 'samverkansmöten med rektorerna'], 1],
  ])('%s → %s blocks', (_, lines, count) => {
    expect(blocksOf(['Polisen och kommunen lovar att', ...lines])).toHaveLength(count);
  });
});
