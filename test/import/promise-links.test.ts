import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseDocument } from '../../src/import/parse-document.ts';
import { loadRegister } from '../../src/runtime/register.ts';

/**
 * Documents that list their promises in one list and their activities in another ("Det ska vi åstadkomma genom
 * följande aktiviteter") do not say which promise an activity serves. The importer links an activity to the one
 * promise whose words it repeats, leaves the rest without a promise, and says both in a warning; documents that
 * do say (promise captions over tables, "Löfte 1:" headings) keep their own links and get no such warning.
 */

function parse(path: string) {
  const text = path.startsWith('text:')
    ? path.slice(5)
    : readFileSync(new URL(path, import.meta.url), 'utf8');
  return parseDocument(text, { register: loadRegister(), fileName: path.split('/').pop() ?? null }).document;
}

/** One promise and its activities in a list of their own: they all serve it, and there is nothing to warn about. */
const ONE_PROMISE = [
  'text:Medborgarlöfte för Eksjö kommun 2025–2026',
  'Polisen och kommunen lovar att gemensamt arbeta för:',
  '- att öka tryggheten i Eksjö centrum',
  'Det ska vi åstadkomma genom följande aktiviteter:',
  '- Polisen ska genomföra minst tolv (12) riktade insatser per år.',
  '- Kommunen ska ordna en föräldrakväll om droger.',
].join('\n');

const UNSTATED = /dokumentet säger inte vilket löfte aktiviteterna hör till/;

const CASES: readonly {
  readonly path: string;
  readonly links: readonly (number | null)[];
  /** The warning about the links, or null when the document states them. */
  readonly warning: string | null;
}[] = [
  {
    // The real seed: "säker trafikmiljö", "narkotikabrott", "upplevda tryggheten i centrala Tranås" and
    // "trygghetsvandringar" repeat promises 3, 1, 2 and 2; krogkontroller, the campaigns and the meetings repeat none.
    path: '../../data/seeds/tranas-medborgarlofte-2023-2024.txt',
    links: [2, 0, 1, 1, null, null, null],
    warning:
      'rad 24: dokumentet säger inte vilket löfte aktiviteterna hör till. Kopplade efter orden de delar med löftet: aktivitet 1 → löfte 3, 2 → löfte 1, 3 → löfte 2, 4 → löfte 2. Utan löfte (under Övriga aktiviteter): 5, 6, 7. Ändra med /lofte avtal Tranås <nr> löfte <nr>',
  },
  {
    path: './fixtures/vetlanda-medborgarlofte-2024.txt',
    links: [0, 1, null, 0],
    warning:
      'rad 13: dokumentet säger inte vilket löfte aktiviteterna hör till. Kopplade efter orden de delar med löftet: aktivitet 1 → löfte 1, 2 → löfte 2, 4 → löfte 1. Utan löfte (under Övriga aktiviteter): 3. Ändra med /lofte avtal Vetlanda <nr> löfte <nr>',
  },
  {
    path: './fixtures/nassjo-medborgarlofte-2023-2024.txt',
    links: [null, null, 1, 1, 2],
    warning:
      'rad 12: dokumentet säger inte vilket löfte aktiviteterna hör till. Kopplade efter orden de delar med löftet: aktivitet 3 → löfte 2, 4 → löfte 2, 5 → löfte 3. Utan löfte (under Övriga aktiviteter): 1, 2. Ändra med /lofte avtal Nässjö <nr> löfte <nr>',
  },
  // Two promises share a word with "Riktade insatser mot narkotika vid resecentrum": it stays without one.
  {
    path: './fixtures/gnosjo-medborgarlofte-2023-2024.html',
    links: [null, 0, 1],
    warning:
      'rad 11: dokumentet säger inte vilket löfte aktiviteterna hör till. Kopplade efter orden de delar med löftet: aktivitet 2 → löfte 1, 3 → löfte 2. Utan löfte (under Övriga aktiviteter): 1. Ändra med /lofte avtal Gnosjö <nr> löfte <nr>',
  },
  // The kommun's name ("Vara") and the verb "ska vara" link nothing.
  {
    path: './fixtures/vara-medborgarlofte-2024-2025.txt',
    links: [0, 1, null],
    warning:
      'rad 10: dokumentet säger inte vilket löfte aktiviteterna hör till. Kopplade efter orden de delar med löftet: aktivitet 1 → löfte 1, 2 → löfte 2. Utan löfte (under Övriga aktiviteter): 3. Ändra med /lofte avtal Vara <nr> löfte <nr>',
  },
  { path: ONE_PROMISE, links: [0, 0], warning: null },
  // Promise captions over the tables: the document's own links, no warning.
  { path: '../../data/seeds/savsjo-uppfoljning-2020-t3.txt', links: [0, 0, 0, 1, 1, 1, 1, 1], warning: null },
  { path: '../../data/seeds/tranas-uppfoljning-2020-t3.txt', links: [0, 0, 0, 1, 1, 1], warning: null },
];

describe('activities listed apart from the promises', () => {
  for (const c of CASES) {
    const name = c.path.startsWith('text:') ? 'one promise' : c.path.split('/').pop();
    it(`${name}: links ${JSON.stringify(c.links)}`, () => {
      const d = parse(c.path);
      expect(d.activities.map((a) => a.commitment)).toEqual(c.links);
      const said = d.warnings.filter((w) => UNSTATED.test(w));
      expect(said).toEqual(c.warning === null ? [] : [c.warning]);
    });
  }
});
