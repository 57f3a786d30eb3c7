import { describe, expect, it } from 'vitest';
import { parseDocument } from '../../src/import/parse-document.ts';
import { loadRegister } from '../../src/runtime/register.ts';

/**
 * A promise written wholly in capitals ("VI SKA MINSKA BROTTSLIGHETEN I CENTRUM") is stored and published as a
 * sentence ("Vi ska minska brottsligheten i centrum"), keeping the acronyms (BRÅ, LPO, SSPF, EU…), the kommuner and
 * the names the document itself writes with a capital elsewhere; a warning shows the samordnare what is stored and
 * how to reword it. A promise not wholly in capitals is stored as written.
 */

const doc = (promise: string) =>
  [
    'Medborgarlöfte för Sävsjö kommun 2027',
    '',
    'Sävsjö kommun och polisen i Lokalpolisområde Höglandet lovar att arbeta för tryggheten i Vrigstad och Stockaryd.',
    '',
    `## Löfte 1: ${promise}`,
    '• Polisen genomför minst tio (10) riktade insatser per år vid resecentrum.',
  ].join('\n');

describe('a promise wholly in capitals is stored as a sentence', () => {
  const cases: readonly [string, string][] = [
    ['VI SKA MINSKA BROTTSLIGHETEN I CENTRUM', 'Vi ska minska brottsligheten i centrum'],
    ['ÖKAD TRYGGHET I SÄVSJÖS CENTRUM', 'Ökad trygghet i Sävsjös centrum'],
    ['TRYGGARE I VRIGSTAD OCH STOCKARYDS TÄTORT', 'Tryggare i Vrigstad och Stockaryds tätort'],
    [
      'MINDRE NARKOTIKA ENLIGT BRÅ OCH SSPF, MED STÖD FRÅN EU',
      'Mindre narkotika enligt BRÅ och SSPF, med stöd från EU',
    ],
    ['SAMVERKAN MED LPO HÖGLANDET. FÄRRE BRÄNDER', 'Samverkan med LPO Höglandet. Färre bränder'],
    ['EU-PROJEKTET OCH BRÅ:S RAPPORT I SÄVSJÖ-TRAKTEN', 'EU-projektet och BRÅ:s rapport i Sävsjö-trakten'],
  ];
  for (const [promise, stored] of cases) {
    it(promise, () => {
      const d = parseDocument(doc(promise), { register: loadRegister() }).document;
      expect(d.commitments.map((c) => c.text)).toEqual([stored]);
      expect(d.warnings).toEqual([
        `rad 5: löftet stod i versaler och sparas som ”${stored}” — skriv om det med /lofte avtal Sävsjö löfte 1 <text> om ett namn eller en förkortning ska skrivas annorlunda`,
      ]);
    });
  }
});

describe('a promise not wholly in capitals is stored as written, its acronyms and names too', () => {
  const cases: readonly string[] = [
    'Vi ska minska brottsligheten med stöd av BRÅ och LPO Höglandet',
    'Ökad trygghet i Sävsjö CENTRUM',
    'SSPF i Sävsjö',
    'Tryggare i Vrigstad med BRÅ:s metod',
  ];
  for (const promise of cases) {
    it(promise, () => {
      const d = parseDocument(doc(promise), { register: loadRegister() }).document;
      expect(d.commitments.map((c) => c.text)).toEqual([promise]);
      expect(d.warnings).toEqual([]);
    });
  }
});

describe('a title wholly in capitals is stored as a sentence too, with its own warning', () => {
  const cases: readonly [string, string][] = [
    ['MEDBORGARLÖFTE SÄVSJÖ KOMMUN 2027', 'Medborgarlöfte Sävsjö kommun 2027'],
    ['MEDBORGARLÖFTE FÖR VRIGSTAD OCH SÄVSJÖ 2027', 'Medborgarlöfte för Vrigstad och Sävsjö 2027'],
    ['Medborgarlöfte för Sävsjö kommun 2027', 'Medborgarlöfte för Sävsjö kommun 2027'],
  ];
  for (const [written, stored] of cases) {
    it(written, () => {
      const text = doc('Tryggare skolvägar').replace('Medborgarlöfte för Sävsjö kommun 2027', written);
      const parsed = parseDocument(text, { register: loadRegister() });
      expect(parsed.title).toBe(stored);
      expect(parsed.document.warnings).toEqual(
        written === stored
          ? []
          : [
              `rad 1: rubriken stod i versaler och sparas som ”${stored}” — skriv om den med /lofte avtal Sävsjö titel <text> om ett namn eller en förkortning ska skrivas annorlunda`,
            ],
      );
    });
  }
});
