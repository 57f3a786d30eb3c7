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
    'named-person': {
      hits: [
        'Kalle Svensson omhändertogs enligt LOB',
        'misstänkt Anders Berg greps i centrum',
        'En man anhölls, anhållen: Lisa',
        'omhändertogs Kevin vid stationen',
        'Kommunen ska upplåta en lokal (kontakt Kalle Svensson)',
        'Kontaktperson: Eva-Lena Ek',
        'ring Anna Berg på fritidsgården',
      ],
      passes: [
        'Under November omhändertogs 12 personer',
        '12 omhändertogs i Sävsjö',
        'Två misstänkta greps vid Vallsjön',
        'Polisen Höglandet genomförde 5 insatser',
        'Kontakt via kommunens växel',
        'Kontaktperson: kommunens trygghetssamordnare',
        'Kontakt Polisen Höglandet',
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
  ])('masks small counts: %s', (text, masked) => {
    expect(maskForPublishing(text)).toBe(masked);
  });
});
