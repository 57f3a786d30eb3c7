import type { Responsible, StatisticCategory, Target, TertialNumber } from '../domain/types.ts';

/**
 * The agreements of the seed documents (data/seeds/), transcribed by hand as structured data for the demo.
 * Status texts and figures are exactly those of the published follow-ups.
 */
export interface SeedActivity {
  readonly text: string;
  readonly commitment: number | null;
  readonly responsible: Responsible;
  readonly kind: string | null;
  readonly target: Target | null;
  /** Status text per tertial of the follow-up year, with the count it states (null when none). */
  readonly tertials?: Partial<Record<TertialNumber, { text: string; count: number | null }>>;
  /** Registered count per tertial of the follow-up year (the tertial's own figure, T3 not the year's sum). */
  readonly registered?: Partial<Record<TertialNumber, number>>;
}

export interface SeedStatistic {
  readonly tertial: TertialNumber;
  readonly category: StatisticCategory;
  readonly count: number;
  readonly youth: number | null;
}

export interface SeedAgreement {
  readonly id: string;
  readonly municipalityCode: string;
  readonly title: string;
  readonly periodFrom: number;
  readonly periodTo: number;
  readonly source: string;
  readonly commitments: readonly string[];
  readonly activities: readonly SeedActivity[];
  readonly followUpYear?: number;
  readonly statistics?: readonly SeedStatistic[];
}

const TRANAS = '0687';
const SAVSJO = '0684';

export const TRANAS_2019_2020: SeedAgreement = {
  id: 'seed-tranas-2019-2020',
  municipalityCode: TRANAS,
  title: 'Lokala medborgarlöften i Tranås 2019-2020',
  periodFrom: 2019,
  periodTo: 2020,
  source: 'seed:tranas-uppfoljning-2020-t3.txt',
  commitments: [
    'Att öka upptäckten av narkotikabruk främst hos unga. Med syfte att minska bruket av narkotika',
    'Öka den upplevda tryggheten i de centrala delarna och synnerhet i krogmiljön i Tranås kommun.',
  ],
  followUpYear: 2020,
  activities: [
    {
      text: 'Att identifiera unga som brukar narkotika.',
      commitment: 0,
      responsible: 'polis',
      kind: null,
      target: null,
      tertials: {
        1: {
          text: 'Misstankar narkotikabrott 1 överlåtelse 33 innehav varav tre 21 år och yngre 57 eget bruk varav tio 21 år och yngre 1 dopningslagen innehav 1 dopningslagen eget bruk.',
          count: null,
        },
        2: {
          text: 'Misstankar narkotikabrott 4 överlåtelse varav en 21 år och yngre 31 innehav varav fyra 21 år och yngre 57 eget bruk varav nio 21 år och yngre 3 dopningslagen eget bruk',
          count: null,
        },
        3: {
          text: 'Sammanlagt under 2020 Misstankar narkotikabrott 1 framställning 11 överlåtelse varav en 21 år och yngre 110 innehav varav 13 21 år och yngre 195 eget bruk varav 35 21 år och yngre 2 dopningslagen innehav 5 dopningslagen eget bruk',
          count: null,
        },
      },
    },
    {
      text: 'Genomföra minst femton riktade insatser för att upptäcka fler narkotikabrott bland unga.',
      commitment: 0,
      responsible: 'polis',
      kind: 'insats',
      target: { count: 15, per: 'period' },
      tertials: {
        1: { text: 'Genomfört tjugotvå riktade insatser under perioden.', count: 22 },
        2: { text: 'Genomfört arton riktade insatser under perioden.', count: 18 },
        3: { text: 'Sammanlagt under 2020 har 51 riktade insatser genomförts.', count: 51 },
      },
      registered: { 1: 22, 2: 18, 3: 11 },
    },
    {
      text: 'Återkommande samverkansmöten mellan kommunen och polisen gällande narkotikasituationen.',
      commitment: 0,
      responsible: 'gemensam',
      kind: 'samverkansmöte',
      target: null,
      tertials: {
        1: { text: 'Sker vart sjätte vecka', count: null },
        2: { text: 'Sker vart sjätte vecka', count: null },
        3: { text: 'Sker vart sjätte vecka', count: null },
      },
    },
    {
      text: 'Polisen lovar att fotpatrullera frekventa tider i centrummiljön',
      commitment: 1,
      responsible: 'polis',
      kind: 'fotpatrull',
      target: null,
      tertials: {
        1: { text: 'Pågår', count: null },
        2: { text: 'Pågår', count: null },
        3: { text: 'Pågår', count: null },
      },
    },
    {
      text: 'Kommunen lovar att genomföra minst två trygghetsvandringar i centrummiljön i Tranås',
      commitment: 1,
      responsible: 'kommun',
      kind: 'trygghetsvandring',
      target: { count: 2, per: 'period' },
      tertials: {
        1: { text: 'Ej genomfört pga. av pandemin', count: 0 },
        2: { text: 'Ej genomfört pga. av pandemin', count: 0 },
        3: { text: 'Ej genomfört pga. av pandemin', count: 0 },
      },
    },
    {
      text: 'Kommunen lovar att tillsammans med polisen genomföra krogkontroller.',
      commitment: 1,
      responsible: 'gemensam',
      kind: 'krogkontroll',
      target: null,
      tertials: {
        1: { text: 'Genomfört en', count: 1 },
        3: { text: 'Genomfört en', count: 1 },
      },
      registered: { 1: 1, 3: 1 },
    },
  ],
  // T3 figures are the tertial's own: the seed's "Sammanlagt under 2020" year totals minus T1 and T2.
  statistics: [
    { tertial: 1, category: 'narkotika.overlatelse', count: 1, youth: null },
    { tertial: 1, category: 'narkotika.innehav', count: 33, youth: 3 },
    { tertial: 1, category: 'narkotika.eget-bruk', count: 57, youth: 10 },
    { tertial: 1, category: 'doping.innehav', count: 1, youth: null },
    { tertial: 1, category: 'doping.eget-bruk', count: 1, youth: null },
    { tertial: 2, category: 'narkotika.overlatelse', count: 4, youth: 1 },
    { tertial: 2, category: 'narkotika.innehav', count: 31, youth: 4 },
    { tertial: 2, category: 'narkotika.eget-bruk', count: 57, youth: 9 },
    { tertial: 2, category: 'doping.eget-bruk', count: 3, youth: null },
    { tertial: 3, category: 'narkotika.framstallning', count: 1, youth: null },
    { tertial: 3, category: 'narkotika.overlatelse', count: 6, youth: 0 },
    { tertial: 3, category: 'narkotika.innehav', count: 46, youth: 6 },
    { tertial: 3, category: 'narkotika.eget-bruk', count: 81, youth: 16 },
    { tertial: 3, category: 'doping.innehav', count: 1, youth: null },
    { tertial: 3, category: 'doping.eget-bruk', count: 1, youth: null },
  ],
};

export const TRANAS_2023_2024: SeedAgreement = {
  id: 'seed-tranas-2023-2024',
  municipalityCode: TRANAS,
  title: 'Medborgarlöfte i Tranås kommun 2023-2024',
  periodFrom: 2023,
  periodTo: 2024,
  source: 'seed:tranas-medborgarlofte-2023-2024.txt',
  commitments: [
    'att öka upptäckten av narkotikabrott, främst bland personer i åldern 21 år och yngre, med syfte att minska bruket av narkotika',
    'öka den upplevda tryggheten i de centrala delarna av Tranås',
    'arbeta långsiktigt med en säker trafikmiljö inom Tranås kommun',
    'återrapportera arbetet till kommunfullmäktige',
  ],
  activities: [
    {
      text: 'Polisen ska i kommunen, i syfte att bidra till en säker trafikmiljö, genomföra minst trettio (30) trafikkontroller per år.',
      commitment: null,
      responsible: 'polis',
      kind: 'trafikkontroll',
      target: { count: 30, per: 'year' },
    },
    {
      text: 'Polisen lovar att genomföra minst femton (15) riktade insatser för att upptäcka fler narkotikabrott bland unga.',
      commitment: null,
      responsible: 'polis',
      kind: 'insats',
      target: { count: 15, per: 'period' },
    },
    {
      text: 'Polisen ska öka den upplevda tryggheten i centrala Tranås genom ett aktivt användande av lagen om berusade personer (LOB) och polislagen (PL).',
      commitment: null,
      responsible: 'polis',
      kind: 'lob-pl',
      target: null,
    },
    {
      text: 'Kommunen lovar att tillsammans med polisen genomföra minst två trygghetsvandringar i centrummiljön i Tranås.',
      commitment: null,
      responsible: 'gemensam',
      kind: 'trygghetsvandring',
      target: { count: 2, per: 'period' },
    },
    {
      text: 'Kommunen lovar att tillsammans med polisen genomföra krogkontroller.',
      commitment: null,
      responsible: 'gemensam',
      kind: 'krogkontroll',
      target: null,
    },
    {
      text: 'Kommunen ska genomföra informationssatsningar och sprida nationella kampanjer med syfte att motverka langning av alkohol och tobak.',
      commitment: null,
      responsible: 'kommun',
      kind: 'informationsinsats',
      target: null,
    },
    {
      text: 'Återkommande samverkansmöten mellan kommunen och polisen gällande medborgarlöftena genom arbetsmodellerna SSPF (skola, social, polis, fritid) och EST (effektiv samverkan för trygghet).',
      commitment: null,
      responsible: 'gemensam',
      kind: 'samverkansmöte',
      target: null,
    },
  ],
};

export const SAVSJO_2020_2021: SeedAgreement = {
  id: 'seed-savsjo-2020-2021',
  municipalityCode: SAVSJO,
  title: 'Lokala medborgarlöften i Sävsjö 2020-2021',
  periodFrom: 2020,
  periodTo: 2021,
  source: 'seed:savsjo-uppfoljning-2020-t3.txt',
  commitments: [
    'Öka den polisiära tillgängligheten och servicen.',
    'Att öka upptäckten av narkotikabrott, främst hos unga, i åldern 21 år och yngre. Med syfte att minska bruket av narkotika.',
  ],
  followUpYear: 2020,
  activities: [
    {
      text: 'Polisen ska öppna ett poliskontor.',
      commitment: 0,
      responsible: 'polis',
      kind: null,
      target: null,
      tertials: { 1: { text: 'Klart', count: null } },
    },
    {
      text: 'Polisen ska vara tillgänglig för poliskontoret och närvarande i i Sävsjös centrala delar med kontaktaskapande verksamhet vid fasta tidpunkter. Informationen finns på kommunens hemsida.',
      commitment: 0,
      responsible: 'polis',
      kind: null,
      target: null,
      tertials: {
        1: {
          text: 'Tisdagar 12.00-14.00 Pga. Corona pandemin tillfälligt stängd från vecka 15.',
          count: null,
        },
        2: { text: 'Tisdagar 12.00-14.00 befinner sig en polispatrull i Sävsjö', count: null },
        3: { text: 'Tisdagar 12.00-14.00 befinner sig en polispatrull i Sävsjö', count: null },
      },
    },
    {
      text: 'Kommunen ska upplåta en lämplig lokal.',
      commitment: 0,
      responsible: 'kommun',
      kind: null,
      target: null,
      tertials: { 1: { text: 'Klart', count: null } },
    },
    {
      text: 'Polisen ska identifiera ungdomar i åldern Främst 21 år och yngre som brukar narkotika.',
      commitment: 1,
      responsible: 'polis',
      kind: null,
      target: null,
      tertials: {
        1: {
          text: 'Misstankar narkotikabrott 2 överlåtelse 6 innehav varav tre 21 år och yngre 19 eget bruk varav tretton 21 år och yngre 1 dopningslagen innehav varav en 21 år och yngre 1 dopningslagen bruk varav en 21 år och yngre',
          count: null,
        },
        2: {
          text: 'Misstankar narkotikabrott 1 överlåtelse 7 innehav varav fyra 21 år och yngre 27 eget bruk varav sju 21 år och yngre',
          count: null,
        },
        3: {
          text: 'Sammanlagt under 2020 Misstankar narkotikabrott 6 överlåtelse varav två 21 år och yngre 22 innehav varav sju 21 år och yngre 63 eget bruk varav 31 21 år och yngre 4 dopningslagen innehav varav en 21 år och yngre 1 dopningslagen bruk varav en 21 år och yngre',
          count: null,
        },
      },
    },
    {
      text: 'Polisen ska genomföra minst femton riktade insatser för att upptäcka fler narkotikabrott främst bland unga.',
      commitment: 1,
      responsible: 'polis',
      kind: 'insats',
      target: { count: 15, per: 'period' },
      tertials: {
        1: { text: 'Genomfört tio riktade insatser under perioden.', count: 10 },
        2: { text: 'Genomfört sju riktade insatser under perioden.', count: 7 },
        3: { text: 'Genomfört sammanlagt 20 riktade insatser under året.', count: 20 },
      },
      registered: { 1: 10, 2: 7, 3: 3 },
    },
    {
      text: 'Kommunen ska aktivt arbeta för en hög skolnärvaro',
      commitment: 1,
      responsible: 'kommun',
      kind: null,
      target: null,
    },
    {
      text: 'Kommunen ska tillsammans med Polisen och andra aktörer i kommunen implementera och arbeta brottsförebyggande enligt konceptet EST, effektiv samverkan för trygghet',
      commitment: 1,
      responsible: 'gemensam',
      kind: null,
      target: null,
      tertials: {
        1: { text: 'Arbete pågår. Uppstartsmöte 9/3', count: null },
        2: { text: 'Arbete pågår', count: null },
        3: { text: 'Ansvarig utsedd i Sävsjö kommun', count: null },
      },
    },
    {
      text: 'Polisen och kommunen ska under året genomföra minst fyra samverkansmöten om de pågående aktiviteterna.',
      commitment: 1,
      responsible: 'gemensam',
      kind: 'samverkansmöte',
      target: { count: 4, per: 'year' },
      tertials: {
        1: { text: 'Genomfört två', count: 2 },
        2: { text: 'Genomfört ett', count: 1 },
        3: { text: 'Sammanlagt under 2020 genomfört sex samverkansmöten', count: 6 },
      },
      registered: { 1: 2, 2: 1, 3: 3 },
    },
  ],
  statistics: [
    { tertial: 1, category: 'narkotika.overlatelse', count: 2, youth: null },
    { tertial: 1, category: 'narkotika.innehav', count: 6, youth: 3 },
    { tertial: 1, category: 'narkotika.eget-bruk', count: 19, youth: 13 },
    { tertial: 1, category: 'doping.innehav', count: 1, youth: 1 },
    { tertial: 1, category: 'doping.eget-bruk', count: 1, youth: 1 },
    { tertial: 2, category: 'narkotika.overlatelse', count: 1, youth: null },
    { tertial: 2, category: 'narkotika.innehav', count: 7, youth: 4 },
    { tertial: 2, category: 'narkotika.eget-bruk', count: 27, youth: 7 },
    { tertial: 3, category: 'narkotika.overlatelse', count: 3, youth: 2 },
    { tertial: 3, category: 'narkotika.innehav', count: 9, youth: 0 },
    { tertial: 3, category: 'narkotika.eget-bruk', count: 17, youth: 11 },
    { tertial: 3, category: 'doping.innehav', count: 3, youth: 0 },
    { tertial: 3, category: 'doping.eget-bruk', count: 0, youth: 0 },
  ],
};

export const SEED_AGREEMENTS: readonly SeedAgreement[] = [
  TRANAS_2019_2020,
  TRANAS_2023_2024,
  SAVSJO_2020_2021,
];
