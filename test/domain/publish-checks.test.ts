import { describe, expect, it } from 'vitest';
import {
  checkPublishText,
  maskForPublishing,
  PUBLISH_RULES,
  type PublishRuleId,
} from '../../src/domain/personal-data/publish-checks.ts';

/** Every rule of the table with texts it must find and texts it must leave alone. */
const CASES: Record<PublishRuleId, { readonly hits: readonly string[]; readonly passes: readonly string[] }> =
  {
    personnummer: {
      hits: ['Samtal med 811218-9876', 'Samtal med ８１１２１８－９８７６', 'gällde 1981 12 18 9876'],
      passes: ['Insatser 2026-09-01 – 2026-12-31', 'Genomfört 15 riktade insatser'],
    },
    phone: {
      hits: [
        'Ring 070-123 45 67',
        'tel 036-10 50 00',
        'nås på +46 70 123 45 67',
        'ring ０７０１２３４５６７',
      ],
      passes: ['Genomfört 12 insatser 2026', '0 av 8 genomförda', 'kl. 08.00–12.00', 'den 2026-12-01'],
    },
    email: {
      hits: ['Kontakt: kalle.svensson@example.se', 'skriv till anna@savsjo.se', 'anna＠savsjo.se'],
      passes: ['Kontakt via kommunens växel', 'träffas @ biblioteket', 'e-post finns på webben'],
    },
    plate: {
      hits: [
        'bil ABC 123 stoppades, föraren påverkad',
        'kontroll av MLB12A vid torget',
        'fordon XYZ 99Z',
        'reg.nr ＡＢＣ １２３',
      ],
      passes: [
        'SOU 2023:12 om trygghet',
        'LOB 3 och PL 13',
        'Genomfört 15 insatser, BRÅ 2024',
        'abc 123 i gemener',
        'ABCD 123',
        'ABC 1234',
        'IQV 123',
      ],
    },
    'named-person': {
      hits: [
        'Kalle Svensson omhändertogs enligt LOB',
        'misstänkt Anders Berg greps i centrum',
        'En man anhölls, anhållen: Lisa',
        'omhändertogs Kevin vid stationen',
        'Kommunen ska upplåta en lokal (kontakt Kalle Svensson)',
        'Kontaktperson: Eva-Lena Ek',
        'ring Anna Berg på fritidsgården',
        'trygghetsvandring tillsammans med kommunpolis Anders Berg',
        'samtal med fältsamordnare Lisa Ek om helgen',
        'Rektor Karin Holm deltog',
      ],
      passes: [
        'Under November omhändertogs 12 personer',
        '12 omhändertogs i Sävsjö',
        'Två misstänkta greps vid Vallsjön',
        'Polisen Höglandet genomförde 5 insatser',
        'Kontakt via kommunens växel',
        'Kontaktperson: kommunens trygghetssamordnare',
        'Kontakt Polisen Höglandet',
        'möte med kommunpolisen och samordnaren',
        'samordnare Lokalpolisområde Höglandet',
        'polis Region Jönköping',
        'trafikpolis på Storgatan',
      ],
    },
    'small-count': {
      hits: [
        '3 omhändertogs enligt LOB',
        'innehav 3, eget bruk 2 och överlåtelse 4',
        '33 innehav varav tre 21 år och yngre',
        'två personer greps',
        '２ omhändertogs',
      ],
      passes: [
        'Genomfört två trygghetsvandringar',
        'innehav 33, eget bruk 12',
        '12 omhändertogs',
        '0 gripna',
      ],
    },
    age: {
      hits: ['En 15-årig flicka anträffades', 'två 16-åringar', 'pojken 14 år gammal', '17-åringen greps'],
      passes: ['33 innehav varav 7 21 år och yngre', 'under 2026', 'i 3 år', 'fem åtgärder'],
    },
    'street-address': {
      hits: ['på Storgatan 5', 'vid Järnvägsgatan 12 B', 'Kyrkvägen 3', 'Stortorget 2'],
      passes: ['på Storgatan', 'i centrum', 'Vallsjön 2026', 'Gatan var tom 3 kvällar'],
    },
  };

describe('the publish-check rules', () => {
  it('has test cases for every rule in the table, and every rule acts as documented', () => {
    expect(Object.keys(CASES).sort()).toEqual(PUBLISH_RULES.map((r) => r.id).sort());
    expect(Object.fromEntries(PUBLISH_RULES.map((r) => [r.id, r.action]))).toEqual({
      personnummer: 'block',
      phone: 'block',
      email: 'block',
      plate: 'block',
      'named-person': 'block',
      'small-count': 'mask',
      age: 'confirm',
      'street-address': 'confirm',
    });
  });

  for (const rule of PUBLISH_RULES) {
    it(`${rule.id}: finds every positive case and none of the negative ones`, () => {
      const { hits, passes } = CASES[rule.id];
      const found = (text: string) => checkPublishText(text).some((f) => f.rule === rule.id);
      expect(hits.filter((t) => !found(t))).toEqual([]);
      expect(passes.filter(found)).toEqual([]);
    });
  }

  it.each([
    ['3 omhändertogs enligt LOB', 'färre än 5 omhändertogs enligt LOB'],
    [
      'innehav 3, eget bruk 2 …, överlåtelse 4',
      'innehav färre än 5, eget bruk färre än 5 …, överlåtelse färre än 5',
    ],
    ['Tre personer greps', 'Färre än 5 personer greps'],
    ['33 innehav varav tre 21 år och yngre', '33 innehav varav färre än 5 21 år och yngre'],
    ['Genomfört två trygghetsvandringar', 'Genomfört två trygghetsvandringar'],
    ['12 omhändertogs, innehav 44', '12 omhändertogs, innehav 44'],
    // "färre än 5" takes the plural: the singular of a masked 1 follows it ("1 LOB/PL-ingripande").
    [
      'Genomfört 1 LOB/PL-ingripande under tertialet.',
      'Genomfört färre än 5 LOB/PL-ingripanden under tertialet.',
    ],
    ['Ett polisingripande och en person greps', 'Färre än 5 polisingripanden och färre än 5 personer greps'],
    ['1 omhändertagande enligt LOB', 'färre än 5 omhändertaganden enligt LOB'],
    ['en 16-åring omhändertogs', 'färre än 5 16-åringar omhändertogs'],
    ['1 st ingripande', 'färre än 5 st ingripanden'],
    ['3 LOB/PL-ingripanden', 'färre än 5 LOB/PL-ingripanden'],
    ['1 överlåtelse', 'färre än 5 överlåtelse'],
  ])('masks small counts: %s', (text, masked) => {
    expect(maskForPublishing(text)).toBe(masked);
  });

  /**
   * Counted words written as compounds — a hyphenated prefix ("LOB/PL-ingripanden"), a closed compound ending in an
   * offence, suspicion, intervention or report word ("narkotikamisstankar", "orosanmälningar") — and "LOB", "PL",
   * "PL 13" on their own count interventions. Other compounds ("trygghetsvandringar", "avbrott") are left alone.
   */
  it.each([
    [
      'Genomfört 1 LOB/PL-ingripande under tertialet.',
      'Genomfört färre än 5 LOB/PL-ingripanden under tertialet.',
    ],
    [
      'Genomfört 2 LOB/PL-ingripanden under tertialet.',
      'Genomfört färre än 5 LOB/PL-ingripanden under tertialet.',
    ],
    [
      'Genomfört 3 LOB/PL-ingripanden, 2 omhändertogs',
      'Genomfört färre än 5 LOB/PL-ingripanden, färre än 5 omhändertogs',
    ],
    ['Fyra LOB-omhändertaganden i centrum', 'Färre än 5 LOB-omhändertaganden i centrum'],
    ['ett polisingripande vid stationen', 'färre än 5 polisingripanden vid stationen'],
    ['3 narkotikamisstankar mot unga', 'färre än 5 narkotikamisstankar mot unga'],
    ['2 brottsmisstänkta under 18', 'färre än 5 brottsmisstänkta under 18'],
    ['två orosanmälningar till socialtjänsten', 'färre än 5 orosanmälningar till socialtjänsten'],
    ['3 trafikbrott och 2 inbrott', 'färre än 5 trafikbrott och färre än 5 inbrott'],
    ['2 tonåringar greps', 'färre än 5 tonåringar greps'],
    ['tre 16-åringar', 'färre än 5 16-åringar'],
    ['3 LOB i centrum', 'färre än 5 LOB i centrum'],
    ['2 PL 13 och 1 LOB', 'färre än 5 PL 13 och färre än 5 LOB'],
    ['4 PL-ärenden', 'färre än 5 PL-ärenden'],
    ['2 st. LOB-ingripanden', 'färre än 5 st. LOB-ingripanden'],
    ['LOB/PL-ingripanden: 2', 'LOB/PL-ingripanden: färre än 5'],
    ['narkotikainnehav 3, PL 2', 'narkotikainnehav färre än 5, PL färre än 5'],
    ['Genomfört 3 trygghetsvandringar', 'Genomfört 3 trygghetsvandringar'],
    ['3 trafikkontroller och 2 krogkontroller', '3 trafikkontroller och 2 krogkontroller'],
    ['2 informationsinsatser, 4 samverkansmöten', '2 informationsinsatser, 4 samverkansmöten'],
    ['3 avbrott i kameraövervakningen', '3 avbrott i kameraövervakningen'],
    ['2 tunga fordon kontrollerades', '2 tunga fordon kontrollerades'],
    ['3 kontaktpersoner utsågs', '3 kontaktpersoner utsågs'],
    ['Genomfört 12 LOB/PL-ingripanden', 'Genomfört 12 LOB/PL-ingripanden'],
    ['PL 13 tillämpades', 'PL 13 tillämpades'],
    ['T3 LOB-ingripanden redovisas', 'T3 LOB-ingripanden redovisas'],
    ['3 insatser enligt PL-planen', '3 insatser enligt PL-planen'],
  ])('masks small counts before compounds and LOB/PL: %s', (text, masked) => {
    expect(maskForPublishing(text)).toBe(masked);
    const found = checkPublishText(text).some((f) => f.rule === 'small-count');
    expect(found).toBe(masked !== text);
  });
});
