import { describe, expect, it } from 'vitest';
import type { AgreementBundle } from '../../src/domain/ports.ts';
import {
  publicFigure,
  publicStatusText,
  publicView,
  redactSmallFigures,
} from '../../src/domain/public-view.ts';
import { composeSummary } from '../../src/domain/summary.ts';
import type { FollowUpStatus, Municipality, Statistic } from '../../src/domain/types.ts';

const ZONE = 'Europe/Stockholm';
const NOW = Date.UTC(2026, 2, 12, 9, 0, 0);
const SAVSJO: Municipality = { code: '0684', name: 'Sävsjö', countyCode: '06', countyName: 'Jönköpings län' };

const bundle: AgreementBundle = {
  agreement: {
    id: 'ag',
    municipalityCode: '0684',
    periodFrom: 2025,
    periodTo: 2026,
    signedOn: null,
    title: 'Medborgarlöfte Sävsjö 2025–2026',
    isDemo: false,
    source: null,
  },
  commitments: [{ id: 'c1', agreementId: 'ag', position: 1, text: 'Öka tryggheten i centrum' }],
  activities: [
    {
      id: 'a1',
      agreementId: 'ag',
      commitmentId: 'c1',
      position: 1,
      text: 'Minst femton riktade insatser per år',
      responsible: 'polis',
      kind: 'insats',
      target: { count: 15, per: 'year' },
    },
    {
      id: 'a2',
      agreementId: 'ag',
      commitmentId: null,
      position: 2,
      text: 'Aktivt användande av LOB och PL',
      responsible: 'polis',
      kind: 'lob-pl',
      target: { count: 10, per: 'year' },
    },
  ],
};

function status(activityId: string, year: number, tertial: 1 | 2 | 3, text: string, published: boolean) {
  return {
    id: `${activityId}-${year}-${tertial}`,
    activityId,
    year,
    tertial,
    text,
    count: null,
    actor: 'slack:U0SECRET',
    platform: 'slack',
    createdAt: NOW,
    published,
  } satisfies FollowUpStatus;
}

function stat(tertial: 1 | 2 | 3, count: number, youth: number | null): Statistic {
  return {
    municipalityCode: '0684',
    year: 2025,
    tertial,
    category: 'narkotika.innehav',
    count,
    youth,
    actor: 'slack:U0SECRET',
    platform: 'slack',
    createdAt: NOW,
  };
}

describe('what may reach a public page', () => {
  it('suppresses figures 1–4, never 0 or 5 and up', () => {
    expect(publicFigure(0)).toEqual({ kind: 'value', value: 0 });
    for (const n of [1, 2, 3, 4]) expect(publicFigure(n)).toEqual({ kind: 'suppressed', below: 5 });
    expect(publicFigure(5)).toEqual({ kind: 'value', value: 5 });
  });

  it('redacts small counts of people in status texts and leaves activity counts alone', () => {
    expect(redactSmallFigures('33 innehav varav tre 21 år och yngre')).toBe(
      '33 innehav varav färre än 5 21 år och yngre',
    );
    expect(
      redactSmallFigures('Misstankar narkotikabrott 1 överlåtelse 57 eget bruk varav tio 21 år och yngre'),
    ).toBe('Misstankar narkotikabrott färre än 5 överlåtelse 57 eget bruk varav tio 21 år och yngre');
    expect(redactSmallFigures('4 överlåtelse varav en 21 år och yngre, 2 dopningslagen eget bruk')).toBe(
      'färre än 5 överlåtelse varav färre än 5 21 år och yngre, färre än 5 dopningslagen eget bruk',
    );
    expect(redactSmallFigures('Sammanlagt 13 21 år och yngre; 110 innehav')).toBe(
      'Sammanlagt 13 21 år och yngre; 110 innehav',
    );
    expect(redactSmallFigures('Genomfört två trygghetsvandringar och en krogkontroll.')).toBe(
      'Genomfört två trygghetsvandringar och en krogkontroll.',
    );
  });

  it('gives a status text only when it is published', () => {
    expect(publicStatusText(status('a1', 2025, 1, 'Pågår', true))).toBe('Pågår');
    expect(publicStatusText(status('a1', 2025, 1, 'Utkast', false))).toBeNull();
    expect(publicStatusText(null)).toBeNull();
  });

  const statuses = [
    status('a1', 2025, 1, 'Genomfört fem riktade insatser.', true),
    status('a1', 2025, 2, 'UTKAST som inte är publicerat', false),
    status('a2', 2025, 1, 'Tre ingripanden, 2 personer under 21', true),
  ];
  const monthly = [
    { activityId: 'a1', month: '2026-01', count: 3 },
    { activityId: 'a2', month: '2026-02', count: 2 },
    { activityId: 'a2', month: '2025-03', count: 6 },
  ];
  const statistics = [stat(1, 33, 3), stat(2, 12, 6)];
  const data = { monthly, statuses, statistics };
  const period = composeSummary(SAVSJO, bundle, { kind: 'period' }, data, NOW, ZONE);
  const year = composeSummary(SAVSJO, bundle, { kind: 'year', year: 2026 }, data, NOW, ZONE);
  const view = publicView(period, year);

  it('keeps promises, activities, responsible parties, targets and progress for the year and the period', () => {
    expect(view.agreement.title).toBe('Medborgarlöfte Sävsjö 2025–2026');
    expect(view.year).toBe(2026);
    expect(view.commitments.map((c) => c.text)).toEqual(['Öka tryggheten i centrum', null]);
    const insats = view.commitments[0]?.activities[0];
    expect(insats?.responsible).toBe('polis');
    expect(insats?.target).toEqual({ count: 15, per: 'year' });
    expect(insats?.year).toMatchObject({ done: { kind: 'value', value: 3 }, target: 15 });
    expect(insats?.period).toMatchObject({ done: { kind: 'value', value: 3 }, target: 30 });
    expect(insats?.year?.ratio).toBeCloseTo(3 / 15);
  });

  it('publishes only published texts, with no actor anywhere', () => {
    const insats = view.commitments[0]?.activities[0];
    expect(insats?.followUps).toEqual([{ year: 2025, tertial: 1, text: 'Genomfört fem riktade insatser.' }]);
    const json = JSON.stringify(view);
    expect(json).not.toContain('UTKAST');
    expect(json).not.toContain('U0SECRET');
    expect(json).not.toContain('actor');
  });

  it('redacts small counts of people: texts, person-counting activities and statistics', () => {
    const lob = view.commitments[1]?.activities[0];
    expect(lob?.followUps[0]?.text).toBe('Färre än 5 ingripanden, färre än 5 personer under 21');
    expect(lob?.year).toMatchObject({ done: { kind: 'suppressed', below: 5 }, ratio: null });
    expect(lob?.period).toMatchObject({ done: { kind: 'value', value: 8 } });
    // T2 2025 has no published text: its statistics stay private; T1 is published, youth 3 is suppressed.
    expect(view.publishedTertials).toEqual([{ year: 2025, tertial: 1 }]);
    expect(view.statistics).toEqual([
      {
        year: 2025,
        tertial: 1,
        category: 'narkotika.innehav',
        count: { kind: 'value', value: 33 },
        youth: { kind: 'suppressed', below: 5 },
      },
    ]);
  });

  it('has no year progress for an archived agreement', () => {
    expect(publicView(period, null).year).toBeNull();
    expect(publicView(period, null).commitments[0]?.activities[0]?.year).toBeNull();
  });
});
