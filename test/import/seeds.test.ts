import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseDocument } from '../../src/import/parse-document.ts';
import type { ImportedDocument } from '../../src/import/types.ts';
import { loadRegister } from '../../src/runtime/register.ts';

/** The three real seed documents: every field of the `import --json` structure, checked by hand. */

function parseSeed(name: string) {
  const text = readFileSync(new URL(`../../data/seeds/${name}`, import.meta.url), 'utf8');
  return parseDocument(text, { register: loadRegister(), fileName: name });
}

const TRANAS_2023_2024: ImportedDocument = {
  kind: 'agreement',
  municipality: 'Tranås',
  period: { from: 2023, to: 2024 },
  followUp: null,
  commitments: [
    {
      text: 'att öka upptäckten av narkotikabrott, främst bland personer i åldern 21 år och yngre, med syfte att minska bruket av narkotika',
    },
    { text: 'öka den upplevda tryggheten i de centrala delarna av Tranås' },
    { text: 'arbeta långsiktigt med en säker trafikmiljö inom Tranås kommun' },
    { text: 'återrapportera arbetet till kommunfullmäktige' },
  ],
  activities: [
    {
      text: 'Polisen ska i kommunen, i syfte att bidra till en säker trafikmiljö, genomföra minst trettio (30) trafikkontroller per år.',
      commitment: 2,
      responsible: 'polis',
      kind: 'trafikkontroll',
      target: { count: 30, per: 'year' },
      tertials: {},
    },
    {
      text: 'Polisen lovar att genomföra minst femton (15) riktade insatser för att upptäcka fler narkotikabrott bland unga.',
      commitment: 0,
      responsible: 'polis',
      kind: 'insats',
      target: { count: 15, per: 'year' },
      tertials: {},
    },
    {
      text: 'Polisen ska öka den upplevda tryggheten i centrala Tranås genom ett aktivt användande av lagen om berusade personer (LOB) och polislagen (PL).',
      commitment: 1,
      responsible: 'polis',
      kind: 'lob-pl',
      target: null,
      tertials: {},
    },
    {
      text: 'Kommunen lovar att tillsammans med polisen genomföra minst två trygghetsvandringar i centrummiljön i Tranås.',
      commitment: 1,
      responsible: 'gemensam',
      kind: 'trygghetsvandring',
      target: { count: 2, per: 'year' },
      tertials: {},
    },
    {
      text: 'Kommunen lovar att tillsammans med polisen genomföra krogkontroller.',
      commitment: null,
      responsible: 'gemensam',
      kind: 'krogkontroll',
      target: null,
      tertials: {},
    },
    {
      text: 'Kommunen ska genomföra informationssatsningar och sprida nationella kampanjer med syfte att motverka langning av alkohol och tobak.',
      commitment: null,
      responsible: 'kommun',
      kind: 'informationsinsats',
      target: null,
      tertials: {},
    },
    {
      text: 'Återkommande samverkansmöten mellan kommunen och polisen gällande medborgarlöftena genom arbetsmodellerna SSPF (skola, social, polis, fritid) och EST (effektiv samverkan för trygghet).',
      commitment: null,
      responsible: 'gemensam',
      kind: 'samverkansmöte',
      target: null,
      tertials: {},
    },
  ],
  statistics: [],
  warnings: [
    'rad 24: dokumentet säger inte vilket löfte aktiviteterna hör till. Kopplade efter orden de delar med löftet: aktivitet 1 → löfte 3, 2 → löfte 1, 3 → löfte 2, 4 → löfte 2. Utan löfte (under Övriga aktiviteter): 5, 6, 7. Ändra med /lofte avtal Tranås <nr> löfte <nr>',
    'rad 25: ”Polisen lovar att genomföra minst femton (15) riktade ins…” säger inte om målet 15 gäller per år, per tertial eller för hela perioden; sparas som 15 per år — ändra efter importen med /lofte mål Tranås 2 15 under perioden (eller per tertial)',
    'rad 27: ”Kommunen lovar att tillsammans med polisen genomföra mins…” säger inte om målet 2 gäller per år, per tertial eller för hela perioden; sparas som 2 per år — ändra efter importen med /lofte mål Tranås 4 2 under perioden (eller per tertial)',
  ],
};

const TRANAS_T1_DRUGS =
  'Misstankar narkotikabrott 1 överlåtelse 33 innehav varav tre 21 år och yngre 57 eget bruk varav tio 21 år och yngre 1 dopningslagen innehav 1 dopningslagen eget bruk.';
const TRANAS_T2_DRUGS =
  'Misstankar narkotikabrott 4 överlåtelse varav en 21 år och yngre 31 innehav varav fyra 21 år och yngre 57 eget bruk varav nio 21 år och yngre 3 dopningslagen eget bruk';
const TRANAS_T3_DRUGS =
  'Sammanlagt under 2020 Misstankar narkotikabrott 1 framställning 11 överlåtelse varav en 21 år och yngre 110 innehav varav 13 21 år och yngre 195 eget bruk varav 35 21 år och yngre 2 dopningslagen innehav 5 dopningslagen eget bruk';

const TRANAS_2020_T3: ImportedDocument = {
  kind: 'follow-up',
  municipality: 'Tranås',
  period: { from: 2019, to: 2020 },
  followUp: { year: 2020, tertial: 3 },
  commitments: [
    { text: 'Att öka upptäckten av narkotikabruk främst hos unga. Med syfte att minska bruket av narkotika' },
    { text: 'Öka den upplevda tryggheten i de centrala delarna och synnerhet i krogmiljön i Tranås kommun.' },
  ],
  activities: [
    {
      text: 'Att identifiera unga som brukar narkotika.',
      commitment: 0,
      responsible: 'polis',
      kind: null,
      target: null,
      tertials: {
        '1': { text: TRANAS_T1_DRUGS, count: null },
        '2': { text: TRANAS_T2_DRUGS, count: null },
        '3': { text: TRANAS_T3_DRUGS, count: null },
      },
    },
    {
      text: 'Genomföra minst femton riktade insatser för att upptäcka fler narkotikabrott bland unga.',
      commitment: 0,
      responsible: 'polis',
      kind: 'insats',
      target: { count: 15, per: 'year' },
      tertials: {
        '1': { text: 'Genomfört tjugotvå riktade insatser under perioden.', count: 22 },
        '2': { text: 'Genomfört arton riktade insatser under perioden.', count: 18 },
        '3': { text: 'Sammanlagt under 2020 har 51 riktade insatser genomförts.', count: 51 },
      },
    },
    {
      text: 'Återkommande samverkansmöten mellan kommunen och polisen gällande narkotikasituationen.',
      commitment: 0,
      responsible: 'gemensam',
      kind: 'samverkansmöte',
      target: null,
      tertials: {
        '1': { text: 'Sker vart sjätte vecka', count: null },
        '2': { text: 'Sker vart sjätte vecka', count: null },
        '3': { text: 'Sker vart sjätte vecka', count: null },
      },
    },
    {
      text: 'Polisen lovar att fotpatrullera frekventa tider i centrummiljön',
      commitment: 1,
      responsible: 'polis',
      kind: 'fotpatrull',
      target: null,
      tertials: {
        '1': { text: 'Pågår', count: null },
        '2': { text: 'Pågår', count: null },
        '3': { text: 'Pågår', count: null },
      },
    },
    {
      text: 'Kommunen lovar att genomföra minst två trygghetsvandringar i centrummiljön i Tranås',
      commitment: 1,
      responsible: 'kommun',
      kind: 'trygghetsvandring',
      target: { count: 2, per: 'year' },
      tertials: {
        '1': { text: 'Ej genomfört pga. av pandemin', count: 0 },
        '2': { text: 'Ej genomfört pga. av pandemin', count: 0 },
        '3': { text: 'Ej genomfört pga. av pandemin', count: 0 },
      },
    },
    {
      text: 'Kommunen lovar att tillsammans med polisen genomföra krogkontroller.',
      commitment: 1,
      responsible: 'gemensam',
      kind: 'krogkontroll',
      target: null,
      tertials: { '1': { text: 'Genomfört en', count: 1 }, '3': { text: 'Genomfört en', count: 1 } },
    },
  ],
  // T3 is the tertial's own figure: the "Sammanlagt under 2020" year total minus T1 and T2 (docs/decisions/0005).
  statistics: [
    { year: 2020, tertial: 1, category: 'narkotika.overlatelse', count: 1, youth: null },
    { year: 2020, tertial: 1, category: 'narkotika.innehav', count: 33, youth: 3 },
    { year: 2020, tertial: 1, category: 'narkotika.eget-bruk', count: 57, youth: 10 },
    { year: 2020, tertial: 1, category: 'doping.innehav', count: 1, youth: null },
    { year: 2020, tertial: 1, category: 'doping.eget-bruk', count: 1, youth: null },
    { year: 2020, tertial: 2, category: 'narkotika.overlatelse', count: 4, youth: 1 },
    { year: 2020, tertial: 2, category: 'narkotika.innehav', count: 31, youth: 4 },
    { year: 2020, tertial: 2, category: 'narkotika.eget-bruk', count: 57, youth: 9 },
    { year: 2020, tertial: 2, category: 'doping.eget-bruk', count: 3, youth: null },
    { year: 2020, tertial: 3, category: 'narkotika.framstallning', count: 1, youth: null },
    { year: 2020, tertial: 3, category: 'narkotika.overlatelse', count: 6, youth: 0 },
    { year: 2020, tertial: 3, category: 'narkotika.innehav', count: 46, youth: 6 },
    { year: 2020, tertial: 3, category: 'narkotika.eget-bruk', count: 81, youth: 16 },
    { year: 2020, tertial: 3, category: 'doping.innehav', count: 1, youth: null },
    { year: 2020, tertial: 3, category: 'doping.eget-bruk', count: 1, youth: null },
  ],
  warnings: [
    'rad 25: ”Genomföra minst femton riktade insatser för att upptäcka…” säger inte om målet 15 gäller per år, per tertial eller för hela perioden; sparas som 15 per år — ändra efter importen med /lofte mål Tranås <nr> 15 under perioden (eller per tertial); numret står i /lofte avtal',
    'rad 32: ”Kommunen lovar att genomföra minst två trygghetsvandringa…” säger inte om målet 2 gäller per år, per tertial eller för hela perioden; sparas som 2 per år — ändra efter importen med /lofte mål Tranås <nr> 2 under perioden (eller per tertial); numret står i /lofte avtal',
  ],
};

const SAVSJO_T1_DRUGS =
  'Misstankar narkotikabrott 2 överlåtelse 6 innehav varav tre 21 år och yngre 19 eget bruk varav tretton 21 år och yngre 1 dopningslagen innehav varav en 21 år och yngre 1 dopningslagen bruk varav en 21 år och yngre';
const SAVSJO_T2_DRUGS =
  'Misstankar narkotikabrott 1 överlåtelse 7 innehav varav fyra 21 år och yngre 27 eget bruk varav sju 21 år och yngre';
const SAVSJO_T3_DRUGS =
  'Sammanlagt under 2020 Misstankar narkotikabrott 6 överlåtelse varav två 21 år och yngre 22 innehav varav sju 21 år och yngre 63 eget bruk varav 31 21 år och yngre 4 dopningslagen innehav varav en 21 år och yngre 1 dopningslagen bruk varav en 21 år och yngre';
const TUESDAYS = 'Tisdagar 12.00-14.00 befinner sig en polispatrull i Sävsjö';

const SAVSJO_2020_T3: ImportedDocument = {
  kind: 'follow-up',
  municipality: 'Sävsjö',
  period: { from: 2020, to: 2021 },
  followUp: { year: 2020, tertial: 3 },
  commitments: [
    { text: 'Öka den polisiära tillgängligheten och servicen.' },
    {
      text: 'Att öka upptäckten av narkotikabrott, främst hos unga, i åldern 21 år och yngre. Med syfte att minska bruket av narkotika.',
    },
  ],
  activities: [
    {
      text: 'Polisen ska öppna ett poliskontor.',
      commitment: 0,
      responsible: 'polis',
      kind: null,
      target: null,
      tertials: { '1': { text: 'Klart', count: null } },
    },
    {
      text: 'Polisen ska vara tillgänglig för poliskontoret och närvarande i i Sävsjös centrala delar med kontaktaskapande verksamhet vid fasta tidpunkter. Informationen finns på kommunens hemsida.',
      commitment: 0,
      responsible: 'polis',
      kind: null,
      target: null,
      tertials: {
        '1': {
          text: 'Tisdagar 12.00-14.00 Pga. Corona pandemin tillfälligt stängd från vecka 15.',
          count: null,
        },
        '2': { text: TUESDAYS, count: null },
        '3': { text: TUESDAYS, count: null },
      },
    },
    {
      text: 'Kommunen ska upplåta en lämplig lokal.',
      commitment: 0,
      responsible: 'kommun',
      kind: null,
      target: null,
      tertials: { '1': { text: 'Klart', count: null } },
    },
    {
      text: 'Polisen ska identifiera ungdomar i åldern Främst 21 år och yngre som brukar narkotika.',
      commitment: 1,
      responsible: 'polis',
      kind: null,
      target: null,
      tertials: {
        '1': { text: SAVSJO_T1_DRUGS, count: null },
        '2': { text: SAVSJO_T2_DRUGS, count: null },
        '3': { text: SAVSJO_T3_DRUGS, count: null },
      },
    },
    {
      text: 'Polisen ska genomföra minst femton riktade insatser för att upptäcka fler narkotikabrott främst bland unga.',
      commitment: 1,
      responsible: 'polis',
      kind: 'insats',
      target: { count: 15, per: 'year' },
      tertials: {
        '1': { text: 'Genomfört tio riktade insatser under perioden.', count: 10 },
        '2': { text: 'Genomfört sju riktade insatser under perioden.', count: 7 },
        '3': { text: 'Genomfört sammanlagt 20 riktade insatser under året.', count: 20 },
      },
    },
    {
      text: 'Kommunen ska aktivt arbeta för en hög skolnärvaro',
      commitment: 1,
      responsible: 'kommun',
      kind: null,
      target: null,
      tertials: {},
    },
    {
      text: 'Kommunen ska tillsammans med Polisen och andra aktörer i kommunen implementera och arbeta brottsförebyggande enligt konceptet EST, effektiv samverkan för trygghet',
      commitment: 1,
      responsible: 'gemensam',
      kind: null,
      target: null,
      tertials: {
        '1': { text: 'Arbete pågår. Uppstartsmöte 9/3', count: null },
        '2': { text: 'Arbete pågår', count: null },
        '3': { text: 'Ansvarig utsedd i Sävsjö kommun', count: null },
      },
    },
    {
      text: 'Polisen och kommunen ska under året genomföra minst fyra samverkansmöten om de pågående aktiviteterna.',
      commitment: 1,
      responsible: 'gemensam',
      kind: 'samverkansmöte',
      target: { count: 4, per: 'year' },
      tertials: {
        '1': { text: 'Genomfört två', count: 2 },
        '2': { text: 'Genomfört ett', count: 1 },
        '3': { text: 'Sammanlagt under 2020 genomfört sex samverkansmöten', count: 6 },
      },
    },
  ],
  statistics: [
    { year: 2020, tertial: 1, category: 'narkotika.overlatelse', count: 2, youth: null },
    { year: 2020, tertial: 1, category: 'narkotika.innehav', count: 6, youth: 3 },
    { year: 2020, tertial: 1, category: 'narkotika.eget-bruk', count: 19, youth: 13 },
    { year: 2020, tertial: 1, category: 'doping.innehav', count: 1, youth: 1 },
    { year: 2020, tertial: 1, category: 'doping.eget-bruk', count: 1, youth: 1 },
    { year: 2020, tertial: 2, category: 'narkotika.overlatelse', count: 1, youth: null },
    { year: 2020, tertial: 2, category: 'narkotika.innehav', count: 7, youth: 4 },
    { year: 2020, tertial: 2, category: 'narkotika.eget-bruk', count: 27, youth: 7 },
    { year: 2020, tertial: 3, category: 'narkotika.overlatelse', count: 3, youth: 2 },
    { year: 2020, tertial: 3, category: 'narkotika.innehav', count: 9, youth: 0 },
    { year: 2020, tertial: 3, category: 'narkotika.eget-bruk', count: 17, youth: 11 },
    { year: 2020, tertial: 3, category: 'doping.innehav', count: 3, youth: 0 },
    { year: 2020, tertial: 3, category: 'doping.eget-bruk', count: 0, youth: 0 },
  ],
  warnings: [
    'rad 34: ”Polisen ska genomföra minst femton riktade insatser för a…” säger inte om målet 15 gäller per år, per tertial eller för hela perioden; sparas som 15 per år — ändra efter importen med /lofte mål Sävsjö <nr> 15 under perioden (eller per tertial); numret står i /lofte avtal',
  ],
};

describe('the seed documents', () => {
  it('Tranås medborgarlöfte 2023–2024: promises, activities, parties, kinds and targets', () => {
    const parsed = parseSeed('tranas-medborgarlofte-2023-2024.txt');
    expect(parsed.document).toEqual(TRANAS_2023_2024);
    expect(parsed.municipalityCode).toBe('0687');
    expect(parsed.title).toBe('Medborgarlöfte i Tranås kommun 2023-2024');
    expect(parsed.signedOn).toBeNull();
    expect(parsed.complete).toBe(true);
  });

  it('Tranås follow-up T3 2020: tertial cells, counts and the drug statistics with year totals turned into T3', () => {
    const parsed = parseSeed('tranas-uppfoljning-2020-t3.txt');
    expect(parsed.document).toEqual(TRANAS_2020_T3);
    expect(parsed.municipalityCode).toBe('0687');
    expect(parsed.title).toBe('Lokala medborgarlöften i Tranås 2019-2020');
  });

  it('Sävsjö follow-up T3 2020: the continuation row joins the cells of the row above', () => {
    const parsed = parseSeed('savsjo-uppfoljning-2020-t3.txt');
    expect(parsed.document).toEqual(SAVSJO_2020_T3);
    expect(parsed.municipalityCode).toBe('0684');
    expect(parsed.title).toBe('Lokala medborgarlöften i Sävsjö 2020-2021');
  });

  it('the JSON keeps the key order of docs/formats.md', () => {
    const json = JSON.parse(JSON.stringify(parseSeed('savsjo-uppfoljning-2020-t3.txt').document));
    expect(Object.keys(json)).toEqual([
      'kind',
      'municipality',
      'period',
      'followUp',
      'commitments',
      'activities',
      'statistics',
      'warnings',
    ]);
    expect(Object.keys(json.activities[0])).toEqual([
      'text',
      'commitment',
      'responsible',
      'kind',
      'target',
      'tertials',
    ]);
  });
});
