import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseDocument } from '../../src/import/parse-document.ts';
import type { ImportedActivity, ParsedDocument } from '../../src/import/types.ts';
import { loadRegister } from '../../src/runtime/register.ts';

/** Documents of our own in other shapes and from other kommuner: the key fields come out right. */

function parse(name: string): ParsedDocument {
  const text = readFileSync(new URL(`./fixtures/${name}`, import.meta.url), 'utf8');
  return parseDocument(text, { register: loadRegister(), fileName: name });
}

/** The fields of an activity that a reader checks first. */
function brief(a: ImportedActivity) {
  return { commitment: a.commitment, responsible: a.responsible, kind: a.kind, target: a.target };
}

describe('documents in other shapes', () => {
  it('Markdown with "Löfte 1:" headings and "Polisen lovar att:" blocks, a 2022/2023 period and a lägesbild', () => {
    const { document: d, signedOn } = parse('eksjo-medborgarlofte-2022-2023.md');
    expect(d.kind).toBe('agreement');
    expect(d.municipality).toBe('Eksjö');
    expect(d.period).toEqual({ from: 2022, to: 2023 });
    expect(d.commitments.map((c) => c.text)).toEqual([
      'Minska narkotikabrottsligheten bland unga',
      'Öka tryggheten i Eksjö centrum',
    ]);
    expect(d.activities.map(brief)).toEqual([
      { commitment: 0, responsible: 'polis', kind: 'insats', target: { count: 12, per: 'year' } },
      { commitment: 0, responsible: 'polis', kind: null, target: { count: 4, per: 'year' } },
      { commitment: 0, responsible: 'kommun', kind: 'föreläsning', target: null },
      { commitment: 0, responsible: 'gemensam', kind: null, target: null },
      {
        commitment: 1,
        responsible: 'gemensam',
        kind: 'trygghetsvandring',
        target: { count: 3, per: 'period' },
      },
      { commitment: 1, responsible: 'gemensam', kind: null, target: null },
    ]);
    // The lägesbild's numbers (45 brott, 20 procent, 14 personer, 13 §, 62 procent, 3 av 10) are no activities.
    expect(d.activities).toHaveLength(6);
    // "SSPF-möten … varje månad" names a cadence, no count: said, not stored.
    expect(d.warnings).toEqual([
      'rad 16: målet kunde inte läsas: ”varje månad” blir 12 gånger per år; sätt det med /lofte mål Eksjö 4 12 per år om det är målet — aktiviteten sparas utan mål',
    ]);
    expect(signedOn).toBe('2022-02-15');
  });

  it('plain text with paragraphs instead of bullets, hard line wraps, page noise and a "minsta fyra" typo', () => {
    const { document: d } = parse('vetlanda-medborgarlofte-2024.txt');
    expect(d.municipality).toBe('Vetlanda');
    expect(d.period).toEqual({ from: 2024, to: 2024 });
    expect(d.commitments.map((c) => c.text)).toEqual([
      'Öka tryggheten i Vetlanda centrum',
      'Minska antalet trafikolyckor i tätorten',
    ]);
    expect(d.activities.map((a) => a.text)).toEqual([
      'Polisen ska genomföra minsta fyra riktade insatser mot buskörning i centrum under sommarhalvåret.',
      'Polisen ska genomföra minst tjugo trafikkontroller per år med fokus på hastighet vid skolorna.',
      'Kommunen ska se över belysningen i stadsparken och genomföra åtgärder där brister hittas.',
      'Kommunen ska tillsammans med polisen genomföra minst ett antal trygghetsvandringar.',
    ]);
    expect(d.activities.map(brief)).toEqual([
      { commitment: 0, responsible: 'polis', kind: 'insats', target: { count: 4, per: 'year' } },
      { commitment: 1, responsible: 'polis', kind: 'trafikkontroll', target: { count: 20, per: 'year' } },
      { commitment: null, responsible: 'kommun', kind: null, target: null },
      { commitment: 0, responsible: 'gemensam', kind: 'trygghetsvandring', target: null },
    ]);
    expect(d.warnings).toEqual([
      'rad 13: dokumentet säger inte vilket löfte aktiviteterna hör till. Kopplade efter orden de delar med löftet: aktivitet 1 → löfte 1, 2 → löfte 2, 4 → löfte 1. Utan löfte (under Övriga aktiviteter): 3. Ändra med /lofte avtal Vetlanda <nr> löfte <nr>',
      'rad 24: kunde inte tolka målet i ”Kommunen ska tillsammans med polisen genomföra minst ett…”',
    ]);
  });

  it('numbered lists of promises and activities, "femton (15)" and a kommun named only in the first line', () => {
    const { document: d } = parse('nassjo-medborgarlofte-2023-2024.txt');
    expect(d.municipality).toBe('Nässjö');
    expect(d.period).toEqual({ from: 2023, to: 2024 });
    expect(d.commitments).toHaveLength(3);
    expect(d.activities.map(brief)).toEqual([
      {
        commitment: null,
        responsible: 'gemensam',
        kind: 'samverkansmöte',
        target: { count: 6, per: 'year' },
      },
      { commitment: null, responsible: 'polis', kind: 'krogkontroll', target: { count: 15, per: 'period' } },
      { commitment: 1, responsible: 'kommun', kind: 'medborgarmöte', target: { count: 2, per: 'year' } },
      { commitment: 1, responsible: 'kommun', kind: null, target: null },
      { commitment: 2, responsible: 'kommun', kind: 'informationsinsats', target: null },
    ]);
  });

  it('a pipe-table Markdown follow-up with an "Ansvarig" column and a statistics table', () => {
    const { document: d } = parse('jonkoping-uppfoljning-2022-t2.md');
    expect(d.kind).toBe('follow-up');
    expect(d.municipality).toBe('Jönköping');
    expect(d.period).toEqual({ from: 2021, to: 2022 });
    expect(d.followUp).toEqual({ year: 2022, tertial: 2 });
    expect(d.commitments).toEqual([{ text: 'Öka tryggheten i Öster' }]);
    expect(d.activities.map((a) => [a.responsible, a.tertials])).toEqual([
      [
        'gemensam',
        {
          '1': { text: 'Genomfört tre', count: 3 },
          '2': { text: 'Genomfört fyra trygghetsvandringar', count: 4 },
        },
      ],
      [
        'polis',
        { '1': { text: 'Genomfört 8 riktade insatser', count: 8 }, '2': { text: 'Genomfört 11', count: 11 } },
      ],
      ['kommun', { '1': { text: 'Pågår', count: null }, '2': { text: 'Klart', count: null } }],
    ]);
    expect(d.statistics).toEqual([
      { year: 2022, tertial: 1, category: 'narkotika.overlatelse', count: 5, youth: null },
      { year: 2022, tertial: 1, category: 'narkotika.innehav', count: 40, youth: 12 },
      { year: 2022, tertial: 1, category: 'narkotika.eget-bruk', count: 70, youth: 20 },
      { year: 2022, tertial: 2, category: 'narkotika.overlatelse', count: 7, youth: null },
      { year: 2022, tertial: 2, category: 'narkotika.innehav', count: 35, youth: 9 },
      { year: 2022, tertial: 2, category: 'narkotika.eget-bruk', count: 64, youth: 18 },
    ]);
    expect(d.warnings).toEqual([]);
  });

  it('web-page text: navigation, breadcrumbs, sharing and cookie lines around a follow-up ("januari–april")', () => {
    const { document: d } = parse('aneby-webbsida-uppfoljning-2021-t1.txt');
    expect(d.municipality).toBe('Aneby');
    expect(d.period).toEqual({ from: 2021, to: 2022 });
    expect(d.followUp).toEqual({ year: 2021, tertial: 1 });
    expect(d.commitments).toEqual([{ text: 'Minska skadegörelsen i Aneby tätort.' }]);
    expect(d.activities.map(brief)).toEqual([
      { commitment: 0, responsible: 'polis', kind: 'insats', target: { count: 5, per: 'tertial' } },
      { commitment: 0, responsible: 'kommun', kind: null, target: null },
      // "genomföra en trygghetsvandring": "en" promises one occurrence.
      {
        commitment: 0,
        responsible: 'gemensam',
        kind: 'trygghetsvandring',
        target: { count: 1, per: 'year' },
      },
    ]);
    expect(d.activities.map((a) => a.tertials['1']?.count)).toEqual([6, null, 0]);
    // "under våren" names no basis: stored per år, and the warning says so and how to change it.
    expect(d.warnings).toEqual([
      'rad 19: ”Polisen och kommunen ska genomföra en trygghetsvandring u…” säger inte om målet 1 gäller per år, per tertial eller för hela perioden; sparas som 1 per år — ändra efter importen med /lofte mål Aneby <nr> 1 under perioden (eller per tertial); numret står i /lofte avtal',
    ]);
  });

  it('an HTML page with a navigation bar and an "Aktivitet | Ansvarig | Mål" table', () => {
    const { document: d } = parse('gnosjo-medborgarlofte-2023-2024.html');
    expect(d.municipality).toBe('Gnosjö');
    expect(d.period).toEqual({ from: 2023, to: 2024 });
    expect(d.commitments.map((c) => c.text)).toEqual([
      'en tryggare miljö kring resecentrum',
      'ett minskat användande av narkotika bland unga',
    ]);
    expect(d.activities.map((a) => ({ text: a.text, ...brief(a) }))).toEqual([
      {
        text: 'Riktade insatser mot narkotika vid resecentrum',
        commitment: null,
        responsible: 'polis',
        kind: 'insats',
        target: { count: 20, per: 'year' },
      },
      {
        text: 'Trygghetsvandringar kring resecentrum',
        commitment: 0,
        responsible: 'gemensam',
        kind: 'trygghetsvandring',
        target: { count: 4, per: 'year' },
      },
      {
        text: 'Föräldraföreläsning om narkotika',
        commitment: 1,
        responsible: 'kommun',
        kind: 'föreläsning',
        target: { count: 2, per: 'year' },
      },
    ]);
  });

  it('capitals headings ("POLISENS ÅTAGANDEN"), dash bullets, per tertial and per month', () => {
    const { document: d } = parse('lund-medborgarlofte-2025-2026.txt');
    expect(d.municipality).toBe('Lund');
    expect(d.period).toEqual({ from: 2025, to: 2026 });
    expect(d.commitments).toHaveLength(2);
    expect(d.activities.map(brief)).toEqual([
      { commitment: 0, responsible: 'polis', kind: 'krogkontroll', target: { count: 2, per: 'tertial' } },
      { commitment: null, responsible: 'polis', kind: 'trafikkontroll', target: { count: 12, per: 'year' } },
      { commitment: null, responsible: 'kommun', kind: 'medborgarmöte', target: { count: 3, per: 'year' } },
      {
        commitment: null,
        responsible: 'gemensam',
        kind: 'trygghetsvandring',
        target: { count: 2, per: 'year' },
      },
    ]);
  });

  it('a kommun whose name is also a word ("Vara"), • bullets, and "ska vara" in the activities', () => {
    const { document: d } = parse('vara-medborgarlofte-2024-2025.txt');
    expect(d.municipality).toBe('Vara');
    expect(d.period).toEqual({ from: 2024, to: 2025 });
    expect(d.commitments.map((c) => c.text)).toEqual([
      'Öka tryggheten i Vara centrum.',
      'Motverka narkotikabruk bland unga.',
    ]);
    expect(d.activities.map(brief)).toEqual([
      { commitment: 0, responsible: 'polis', kind: 'fotpatrull', target: null },
      { commitment: 1, responsible: 'polis', kind: 'insats', target: { count: 8, per: 'year' } },
      { commitment: null, responsible: 'kommun', kind: 'föreläsning', target: { count: 2, per: 'period' } },
    ]);
  });

  it('a table with a "Löfte" column of merged cells, "Status T1" headers, "ggr/år" and "(Kommunen)"', () => {
    const { document: d } = parse('habo-uppfoljning-2024-t1.md');
    expect(d.municipality).toBe('Habo');
    expect(d.period).toEqual({ from: 2024, to: 2025 });
    expect(d.followUp).toEqual({ year: 2024, tertial: 1 });
    expect(d.commitments.map((c) => c.text)).toEqual([
      'Öka tryggheten i centrum',
      'Minska narkotikabruket bland unga',
    ]);
    expect(d.activities.map(brief)).toEqual([
      {
        commitment: 0,
        responsible: 'gemensam',
        kind: 'trygghetsvandring',
        target: { count: 2, per: 'year' },
      },
      { commitment: 0, responsible: 'polis', kind: 'krogkontroll', target: { count: 4, per: 'year' } },
      { commitment: 1, responsible: 'polis', kind: 'insats', target: { count: 10, per: 'year' } },
      { commitment: 1, responsible: 'kommun', kind: null, target: null },
    ]);
    expect(d.activities.map((a) => a.tertials['1']?.count)).toEqual([1, 2, 3, null]);
  });

  it('a follow-up that names no kommun: the file name gives it, with a warning; labelled statistics', () => {
    const { document: d, complete } = parse('mora-uppfoljning.txt');
    expect(complete).toBe(true);
    expect(d.municipality).toBe('Mora');
    expect(d.followUp).toEqual({ year: 2023, tertial: 2 });
    expect(d.period).toEqual({ from: 2023, to: 2023 });
    expect(d.statistics).toEqual([
      { year: 2023, tertial: 1, category: 'narkotika.innehav', count: 12, youth: 4 },
      { year: 2023, tertial: 1, category: 'narkotika.eget-bruk', count: 20, youth: null },
      { year: 2023, tertial: 2, category: 'narkotika.innehav', count: 8, youth: 2 },
      { year: 2023, tertial: 2, category: 'narkotika.eget-bruk', count: 15, youth: null },
    ]);
    expect(d.warnings).toEqual(['dokumentet nämner ingen kommun; använder filnamnets (Mora)']);
  });

  it('a web page with indented • bullets, a period written as dates and a signature dated in words', () => {
    const { document: d, signedOn } = parse('hallsberg-medborgarlofte-webb.txt');
    expect(d.municipality).toBe('Hallsberg');
    expect(d.period).toEqual({ from: 2019, to: 2021 });
    expect(signedOn).toBe('2019-06-12');
    expect(d.commitments).toEqual([]);
    expect(d.activities.map(brief)).toEqual([
      { commitment: null, responsible: 'polis', kind: 'insats', target: null },
      { commitment: null, responsible: 'polis', kind: null, target: { count: 2, per: 'year' } },
      { commitment: null, responsible: 'gemensam', kind: 'trygghetsvandring', target: null },
      { commitment: null, responsible: 'gemensam', kind: null, target: null },
    ]);
    expect(d.warnings).toEqual([]);
  });

  it('"Vi lovar att" promises of a stadsdel: activities, and the lägesbild figures stay out', () => {
    const { document: d } = parse('stockholm-sodermalm-medborgarloften-2021.txt');
    expect(d.municipality).toBe('Stockholm');
    expect(d.period).toEqual({ from: 2021, to: 2021 });
    expect(d.activities.map((a) => a.text)).toEqual([
      'Vi lovar att prioritera ingripanden mot langning av narkotika till unga.',
      'Vi lovar att underrätta vårdnadshavare när vi träffar barn i riskmiljöer.',
      'Vi lovar att minst en gång i veckan söka upp de parker där boende känner sig otrygga.',
    ]);
    expect(d.activities.map((a) => a.responsible)).toEqual(['gemensam', 'gemensam', 'gemensam']);
    expect(d.activities[2]?.target).toEqual({ count: 52, per: 'year' });
  });

  it('a PDF copied as space-aligned columns with cells wrapped over several lines', () => {
    const { document: d } = parse('eksjo-uppfoljning-2021-t3-pdf.txt');
    expect(d).toMatchObject({
      kind: 'follow-up',
      municipality: 'Eksjö',
      followUp: { year: 2021, tertial: 3 },
    });
    expect(d.commitments).toEqual([{ text: 'Öka tryggheten i Eksjö centrum' }]);
    expect(d.activities.map((a) => ({ text: a.text, ...brief(a), tertials: a.tertials }))).toEqual([
      {
        text: 'Polisen ska genomföra minst tolv riktade insatser per år i centrum.',
        commitment: 0,
        responsible: 'polis',
        kind: 'insats',
        target: { count: 12, per: 'year' },
        tertials: {
          '1': { text: 'Genomfört tre riktade insatser.', count: 3 },
          '2': { text: 'Genomfört fem riktade insatser.', count: 5 },
          '3': { text: 'Sammanlagt under 2021 har 14 riktade insatser genomförts.', count: 14 },
        },
      },
      {
        text: 'Kommunen ska genomföra två trygghetsvandringar.',
        commitment: 0,
        responsible: 'kommun',
        kind: 'trygghetsvandring',
        target: { count: 2, per: 'year' },
        tertials: {
          '1': { text: 'Ej genomfört.', count: 0 },
          '2': { text: 'Genomfört en trygghetsvandring.', count: 1 },
          '3': { text: 'Genomfört en trygghetsvandring.', count: 1 },
        },
      },
    ]);
  });

  it('a follow-up without a table: "Aktivitet 1:" paragraphs with "T1:", "Ansvarig:" and "Mål:" lines', () => {
    const { document: d } = parse('tranemo-uppfoljning-2023-t2.txt');
    expect(d).toMatchObject({ kind: 'follow-up', municipality: 'Tranemo', period: { from: 2023, to: 2023 } });
    expect(d.followUp).toEqual({ year: 2023, tertial: 2 });
    expect(d.activities).toEqual([
      {
        text: 'Polisen ska genomföra minst tio trafikkontroller vid skolorna under året.',
        commitment: null,
        responsible: 'polis',
        kind: 'trafikkontroll',
        target: { count: 10, per: 'year' },
        tertials: {
          '1': { text: 'Genomfört fyra trafikkontroller.', count: 4 },
          '2': { text: 'Genomfört tre trafikkontroller.', count: 3 },
        },
      },
      {
        text: 'Anordna föräldraträffar om droger.',
        commitment: null,
        responsible: 'gemensam',
        kind: null,
        target: { count: 2, per: 'year' },
        tertials: {
          '1': { text: 'Planeras till hösten.', count: null },
          '2': { text: 'Ej genomfört.', count: 0 },
        },
      },
    ]);
  });

  it('a text that is no medborgarlöfte is reported as such, and invents nothing', () => {
    const { document: d, complete } = parse('mote-anteckningar.txt');
    expect(complete).toBe(false);
    expect(d.municipality).toBeNull();
    expect(d.period).toBeNull();
    expect(d.commitments).toEqual([]);
    expect(d.activities).toEqual([]);
    expect(d.warnings).toContain('hittade ingen kommun i dokumentet');
  });
});
