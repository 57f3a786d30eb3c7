import { describe, expect, it } from 'vitest';
import { buildBlocks } from '../../src/import/blocks.ts';
import { classifyLines } from '../../src/import/lines.ts';

/**
 * Unbulleted lines of pasted agreement text: a line that follows a finished sentence, or that carries its own target
 * or cadence or follows a line with one, starts an activity of its own — unless it begins mid-phrase ("på …",
 * "vid …"); a line that begins in lower case after an unfinished line, neither with a target, continues it.
 */
const HEADING = 'Det ska vi åstadkomma genom följande aktiviteter:';

describe('which unbulleted line starts a new activity', () => {
  const texts = (lines: readonly string[]) =>
    buildBlocks(classifyLines([HEADING, ...lines].join('\n')))
      .map((b) => ('text' in b ? b.text : ''))
      .filter((text) => text !== HEADING);

  it.each([
    // Each with its own target or cadence, each on its own line: two activities.
    [
      ['trafikkontroller vid skolor 4 per tertial', 'samverkansmöte var sjätte vecka'],
      ['trafikkontroller vid skolor 4 per tertial', 'samverkansmöte var sjätte vecka'],
    ],
    [
      ['trygghetsvandringar minst 2 per år', 'föräldramöten om droger en gång per termin'],
      ['trygghetsvandringar minst 2 per år', 'föräldramöten om droger en gång per termin'],
    ],
    // After a full stop: a new one.
    [
      ['Trafikkontroller vid skolor.', 'samverkansmöten med rektorerna'],
      ['Trafikkontroller vid skolor.', 'samverkansmöten med rektorerna'],
    ],
    // A wrap: the first line unfinished and without a target.
    [
      ['Polisen ska genomföra trafikkontroller vid', 'skolor minst 4 per tertial.'],
      ['Polisen ska genomföra trafikkontroller vid skolor minst 4 per tertial.'],
    ],
    [
      ['Kommunen ska ordna föräldramöten', 'om droger i årskurs 7'],
      ['Kommunen ska ordna föräldramöten om droger i årskurs 7'],
    ],
    // A line that begins mid-phrase continues even a line with a target (the Vetlanda seed's layout).
    [
      ['Polisen ska genomföra minst tjugo trafikkontroller per år med fokus', 'på hastighet vid skolorna.'],
      ['Polisen ska genomföra minst tjugo trafikkontroller per år med fokus på hastighet vid skolorna.'],
    ],
  ])('%j → %j', (lines, expected) => {
    expect(texts(lines)).toEqual(expected);
  });
});
