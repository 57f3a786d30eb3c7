import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { renderReminderReply } from '../../src/bots/core/reminders.ts';
import type { Lang } from '../../src/bots/core/reply.ts';
import { textsFor } from '../../src/bots/core/texts/index.ts';
import { loadRegister } from '../../src/runtime/register.ts';
import { loadPlanInputs } from '../../src/scheduler/plan/load-inputs.ts';
import { plan } from '../../src/scheduler/plan/plan.ts';
import { DEFAULT_OFFSETS, type ReminderKind } from '../../src/scheduler/types.ts';
import { days } from '../scheduler/fixtures.ts';
import { type CoreFixture, coreFixture, NOW, ZONE } from './fixtures.ts';

/**
 * Lists read on a phone name each activity by its number (as /status numbers them) and its short label (as
 * /sammanfattning calls it: the short name, else the kind), never by its signed text cut at 90 characters.
 */

/** Tranås's demo activities as /status numbers them and /sammanfattning calls them. */
const TRANAS: Record<Lang, readonly string[]> = {
  sv: [
    '1. trafikkontroller',
    '2. riktade insatser',
    '3. LOB/PL-ingripanden',
    '4. trygghetsvandringar',
    '5. krogkontroller',
    '6. informationsinsatser',
    '7. samverkansmöten',
  ],
  en: [
    '1. traffic controls',
    '2. targeted operations',
    '3. LOB/PL interventions',
    '4. safety walks',
    '5. licensed premises inspections',
    '6. information campaigns',
    '7. collaboration meetings',
  ],
};

describe('activities by their short label in lists', () => {
  let f: CoreFixture;
  beforeEach(async () => {
    f = await coreFixture('sqlite');
  });
  afterEach(async () => {
    expect(f.errors).toEqual([]);
    await f.dispose();
  });

  it.each([
    ['sv', '/lofte hem', 'Tranås · Läget T3 2026'],
    ['en', '/lofte home', 'Tranås · Progress T3 2026'],
  ] as const)(
    'the home (%s) numbers each activity and calls it as the summary does',
    async (lang, command, title) => {
      const home = await f.say('admin', command, { lang });
      const section = home.sections.find((s) => s.title === title);
      expect(section?.progress?.map((p) => p.label)).toEqual(TRANAS[lang]);
      expect(home.fallback).not.toMatch(/Polisen ska i kommunen/);
    },
  );

  /** The reminders planned for the demo data, rendered as their recipients read them. */
  async function planned(kind: ReminderKind, from: string, to: string) {
    const window = days(from, to);
    const inputs = await loadPlanInputs(f.db.store, loadRegister(), window, {
      zone: ZONE,
      asOf: NOW,
      offsets: DEFAULT_OFFSETS,
    });
    const found = plan(inputs, window).find((r) => r.kind === kind && r.subject.name === 'Tranås');
    if (!found) throw new Error(`no ${kind} for Tranås`);
    return found.payload;
  }

  it.each([
    // kind, planned within, language, the line that names activity 1
    ['tertial-overdue', '2027-01-05', '2027-01-12', 'sv', /^• 1\. trafikkontroller — ansvar: polisen/],
    ['tertial-overdue', '2027-01-05', '2027-01-12', 'en', /^• 1\. traffic controls — responsible: /],
    ['tertial-reminder', '2026-12-01', '2026-12-31', 'sv', /^• 1\. trafikkontroller$/],
    [
      'meeting-reminder',
      '2026-12-01',
      '2026-12-31',
      'sv',
      /^• 1\. trafikkontroller — efter målet \(\d+ av \d+\)/,
    ],
  ] as const)(
    'the %s (%s–%s, %s) lists activities by number and short label',
    async (kind, from, to, lang, first) => {
      const payload = await planned(kind, from, to);
      const reply = renderReminderReply(payload, textsFor(lang), { canRemind: true });
      const t = textsFor(lang);
      const lists = reply.sections.filter((s) => s.title !== t.series.flagsTitle);
      const listed = lists.flatMap((s) => (s.text ?? '').split('\n')).filter((l) => l.startsWith('• '));
      expect(listed.length).toBeGreaterThan(0);
      expect(listed.find((l) => l.startsWith('• 1. '))).toMatch(first);
      for (const line of listed) {
        const label = line.slice(2).split(' — ')[0] ?? '';
        expect(TRANAS[lang], line).toContain(label);
      }
    },
  );

  it('a reminder planned before numbers existed still reads as it did', () => {
    const reply = renderReminderReply(
      {
        kind: 'tertial-reminder',
        subject: { scope: { type: 'kommun', id: '0687' }, name: 'Tranås', municipalityCode: '0687' },
        tertial: { year: 2026, tertial: 3, lastDay: '2026-12-31' },
        daysBefore: 3,
        missing: [
          { municipalityCode: '0687', activityId: 'a', text: 'Trafikkontroller', responsible: 'polis' },
        ],
      },
      textsFor('sv'),
    );
    expect(reply.sections[0]?.text).toBe('• Trafikkontroller');
  });
});
