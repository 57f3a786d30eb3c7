import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseDocument } from '../../src/import/parse-document.ts';
import { personalDataFindings } from '../../src/import/screen.ts';
import type { ParsedDocument } from '../../src/import/types.ts';
import { loadRegister } from '../../src/runtime/register.ts';

/**
 * Agreements as kommuner outside the demo paste them from Word or PDF (a user trial, December 2026): every activity
 * and target found with its basis, nothing invented, and no signatory's or contact person's name stored.
 */

function parse(name: string): ParsedDocument['document'] {
  const text = readFileSync(new URL(`./fixtures/trial/${name}`, import.meta.url), 'utf8');
  return parseDocument(text, { register: loadRegister(), fileName: name }).document;
}

describe('a signatory or contact person with a title is left out, and the warning says so without the name', () => {
  const cases: [string, string[], number[]][] = [
    [
      'aneby-underskrifter.txt',
      [
        'genomföra minst två medborgarmöten under året',
        'Polisen genomför 3 insatser/tertial mot buskörning sommartid',
      ],
      [9, 10],
    ],
    [
      'nassjo-kontaktperson.txt',
      [
        'Polisen ska genomföra minst tjugo (20) narkotikainsatser riktade mot unga under året.',
        'Kommunen ska genomföra föräldravandringar två gånger per termin.',
      ],
      [7, 8, 9],
    ],
  ];
  for (const [file, texts, lines] of cases) {
    it(file, () => {
      const d = parse(file);
      expect(d.activities.map((a) => a.text)).toEqual(texts);
      expect(d.commitments.map((c) => c.text).join(' ')).not.toMatch(
        /Nilsson|Holm|Eva Ek|Lindqvist|Johansson/,
      );
      const removed = d.warnings.filter((w) => w.includes('namn med titel'));
      expect(removed.map((w) => Number(/^rad (\d+):/.exec(w)?.[1]))).toEqual(lines);
      expect(removed.join(' ')).not.toMatch(/Nilsson|Holm|Eva|Lindqvist|Johansson/);
    });
  }
});

const brief = (d: ParsedDocument['document']) =>
  d.activities.map((a) => [a.text, a.responsible, a.target ? `${a.target.count} per ${a.target.per}` : null]);

describe('every activity of a table pasted from a PDF is read, and the page header is no activity', () => {
  it('tranas-pdf-tabell.txt: "Tillsyn av försäljningsställen" and "Kampanj mot langning" are activities', () => {
    const d = parse('tranas-pdf-tabell.txt');
    expect(d.period).toEqual({ from: 2027, to: 2028 });
    expect(brief(d)).toEqual([
      ['Tillsyn av försäljningsställen', 'kommun', '30 per year'],
      ['Kampanj mot langning', 'gemensam', '2 per year'],
      ['Kontrollköp', 'kommun', '8 per year'],
      ['Riktade insatser helgkvällar', 'polis', '15 per tertial'],
      ['Trygghetsvandringar', 'gemensam', '2 per year'],
    ]);
    expect(d.statistics).toEqual([]);
    expect(d.warnings).toEqual([]);
  });
});

describe('an approximate number ("ett tiotal", "ett tjugotal") is no target: said, with the command that sets it', () => {
  const cases: [string, (string | null)[][], string][] = [
    [
      'eksjo-word-tabell.txt',
      [
        ['Trygghetsvandringar i Eksjö centrum', 'gemensam', '3 per year'],
        ['Riktade insatser mot narkotika', 'polis', '15 per year'],
        ['Hastighetskontroller vid skolor', 'polis', '2 per tertial'],
        ['Föreläsning för föräldrar om droger', 'kommun', '1 per year'],
        ['Flygande inspektioner', 'polis', null],
      ],
      'rad 8: målet kunde inte läsas: ”ett tiotal” är ett ungefärligt antal; sätt det med /lofte mål Eksjö 5 10 under perioden om det är målet — aktiviteten sparas utan mål',
    ],
    [
      'vaggeryd-ungefar.txt',
      [
        ['Polisen genomför hastighetskontroller vid skolorna 4 ggr/år.', 'polis', '4 per year'],
        [
          'Polisen genomför ett tjugotal trafikkontroller med fokus på tung trafik under perioden.',
          'polis',
          null,
        ],
      ],
      'rad 7: målet kunde inte läsas: ”ett tjugotal” är ett ungefärligt antal; sätt det med /lofte mål Vaggeryd 2 20 under perioden om det är målet — aktiviteten sparas utan mål',
    ],
  ];
  for (const [file, activities, warning] of cases) {
    it(file, () => {
      const d = parse(file);
      expect(brief(d)).toEqual(activities);
      // Its promise in capitals is stored as a sentence, with a warning of its own (caps-promises.test.ts).
      expect(d.warnings.filter((w) => !w.includes('stod i versaler'))).toEqual([warning]);
    });
  }
});

describe('a paragraph that names its party is an activity whatever its verb; "under 2027–2028" is the period', () => {
  it('varnamo-stycken.txt', () => {
    const d = parse('varnamo-stycken.txt');
    expect(brief(d)).toEqual([
      [
        'Polisen genomför minst fyrtio riktade insatser mot narkotika under 2027-2028.',
        'polis',
        '40 per period',
      ],
      [
        'Kommunen och polisen håller föräldramöten i samtliga högstadieskolor en gång per läsår.',
        'gemensam',
        '1 per year',
      ],
      ['Kommunen anordnar en drogförebyggande föreläsning för föräldrar varje år.', 'kommun', null],
      ['Polisen utför minst 20 trafikkontroller per år.', 'polis', '20 per year'],
    ]);
    // "en … föreläsning … varje år" is not read as a count; the rhythm is said, with the command that sets it.
    expect(d.warnings).toEqual([
      'rad 1: rubriken stod i versaler och sparas som ”Medborgarlöfte Värnamo kommun 2027-2028” — skriv om den med /lofte avtal Värnamo titel <text> om ett namn eller en förkortning ska skrivas annorlunda',
      'rad 5: målet kunde inte läsas: ”varje år” blir 1 gång per år; sätt det med /lofte mål Värnamo 3 1 per år om det är målet — aktiviteten sparas utan mål',
    ]);
  });
});

describe('a word hyphenated at a line end is made whole again', () => {
  it('vaggeryd-avstavning.txt: "tra-" + "fikfarliga", "LOB-" + "ingripanden", "gång-" + "och cykelvägen"', () => {
    expect(parse('vaggeryd-avstavning.txt').activities.map((a) => a.text)).toEqual([
      'genomföra minst tio riktade insatser mot trafikfarliga fordon per år',
      'genomföra minst fem LOB-ingripanden per år',
      'Kommunen ansvarar för att förbättra belysningen vid gång- och cykelvägen mot Vaggeryd.',
    ]);
  });
});

describe('numbered promises in the first person ("1. Vi ska minska …") with their activities below', () => {
  it('varnamo-numrerade-loften.txt', () => {
    const d = parse('varnamo-numrerade-loften.txt');
    expect(d.commitments.map((c) => c.text)).toEqual([
      'Vi ska minska narkotikabruket bland unga.',
      'Vi ska öka tryggheten i Värnamo centrum.',
    ]);
    expect(d.activities.map((a) => [a.commitment, a.text])).toEqual([
      [0, 'Polisen genomför minst fyrtio riktade insatser mot narkotika under 2027-2028.'],
      [0, 'Kommunen genomför SSPF-möten var tredje vecka.'],
      [1, 'Kommunen genomför en trygghetsmätning per år.'],
    ]);
  });
});

describe('a sentence on how the agreement is followed up is no activity', () => {
  it('nassjo-uppfoljning-sker.txt: "Uppföljning sker tertialvis.", "Medborgarlöftet följs upp …"', () => {
    const d = parse('nassjo-uppfoljning-sker.txt');
    expect(brief(d)).toEqual([
      ['Kommunen och polisen ska hålla samverkansmöten varje månad.', 'gemensam', null],
      ['Polisen ska genomföra 5 krogkontroller per tertial.', 'polis', '5 per tertial'],
    ]);
    expect(d.warnings).toEqual([
      'rad 4: målet kunde inte läsas: ”varje månad” blir 12 gånger per år; sätt det med /lofte mål Nässjö 1 12 per år om det är målet — aktiviteten sparas utan mål',
    ]);
  });
});

describe('a target column whose header names the basis ("Antal per år", "Mål per tertial") gives it to its cells', () => {
  const cases: [string, (string | null)[][]][] = [
    [
      'nassjo-antal-per-ar.txt',
      [
        ['Riktade insatser mot narkotika', 'polis', '12 per year'],
        ['Trygghetsvandringar', 'gemensam', '2 per year'],
        ['Föräldravandringar helger', 'kommun', null],
        ['Krogkontroller', 'gemensam', '4 per year'],
      ],
    ],
    [
      'eksjo-mal-per-tertial.txt',
      [
        ['Hastighetskontroller', 'polis', '2 per tertial'],
        ['Trygghetsvandringar', 'gemensam', '3 per year'],
      ],
    ],
  ];
  for (const [file, activities] of cases) {
    it(`${file}: read with the header's basis, and no warning that the basis is unstated`, () => {
      const d = parse(file);
      expect(brief(d)).toEqual(activities);
      expect(d.warnings).toEqual([]);
    });
  }
});

describe('a person named after a role inside a text refuses the document; a signature line alone is left out', () => {
  const cases: [string, string[]][] = [
    ['- genomföra minst tio riktade insatser tillsammans med kommunpolis Anders Berg', ['named-person']],
    ['- hålla medborgardialog med fältsamordnare Lisa Ek två gånger per år', ['named-person']],
    ['Polisen och Kommunpolis Karin Holm-Berg genomför minst 4 insatser per år.', ['named-person']],
    ['Kommunchef Olle Nilsson', []],
    ['Anna Lindqvist, kommunstyrelsens ordförande', []],
    ['- samverka med samordnare Region Jönköpings län två gånger per år', []],
    ['- genomföra trafikkontroller på Storgatan minst 5 per år', []],
  ];
  for (const [line, found] of cases) {
    it(line, () => {
      expect(
        personalDataFindings(`Medborgarlöfte Eksjö kommun 2027\n${line}`).flatMap((f) => f.found),
      ).toEqual(found);
    });
  }
});

describe('the long sentence the parties open with ("… lovar att under 2027–2028 arbeta för att öka …") is no activity', () => {
  it('vaggeryd-inledning.txt', () => {
    const d = parse('vaggeryd-inledning.txt');
    expect(d.commitments.map((c) => c.text)).toEqual(['Ökad trygghet i Skillingaryds centrum']);
    expect(brief(d)).toEqual([
      ['Polisen genomför minst tio (10) riktade insatser per år vid resecentrum.', 'polis', '10 per year'],
      ['Kommunen och polisen genomför gemensamt två trygghetsvandringar per år.', 'gemensam', '2 per year'],
    ]);
  });
});
