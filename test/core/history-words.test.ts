import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { describeAudit, type HistoryNames } from '../../src/bots/core/handlers/history-words.ts';
import { textsFor } from '../../src/bots/core/texts/index.ts';
import type { AuditEntry } from '../../src/domain/types.ts';

/** /lofte historik: every audit action the code writes has its own words, saying what changed, in both languages. */

function sources(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? sources(path) : path.endsWith('.ts') ? [path] : [];
  });
}

/** The audit actions written anywhere in src/: `action: '…'` (with ternaries) in a file that audits. */
function writtenActions(): Set<string> {
  const found = new Set<string>();
  for (const path of sources('src')) {
    const code = readFileSync(path, 'utf8');
    if (!/appendAudit|auditOf|auditRowsOf/.test(code)) continue;
    for (const m of code.matchAll(/(?:^[ \t]*|\{ )action:([^\n]*(?:\n[ \t]*[?:][^\n]*)*)/gm)) {
      const expr = m[1] as string;
      if (/`meeting\.\$\{op\.type\}`/.test(expr))
        for (const op of ['held', 'move', 'cancel', 'restore']) found.add(`meeting.${op}`);
      for (const q of expr.matchAll(/'([a-z-]+\.[a-z-]+|import)'/g)) found.add(q[1] as string);
    }
  }
  return found;
}

const series = { firstDate: '2027-01-12', intervalWeeks: 6, time: '13:00', endsOn: '2027-03-01' };
const grant = { person: 'console:karin', role: 'samordnare', scope: { type: 'kommun', id: '0684' } };

/** action, before, after, entity id, Swedish, English. */
const CASES: [string, unknown, unknown, string, string, string][] = [
  [
    'meeting-series.create',
    null,
    series,
    's1',
    'skapade mötesserien: var 6:e vecka kl. 13.00 från 12 jan 2027',
    'created the meeting series: every 6 weeks at 13:00 from 12 Jan 2027',
  ],
  [
    'meeting-series.change',
    series,
    { from: '2027-03-01', next: { ...series, intervalWeeks: 4, time: '10:00' } },
    's1',
    'ändrade mötesserien från 1 mar 2027: var 4:e vecka kl. 10.00',
    'changed the meeting series from 1 Mar 2027: every 4 weeks at 10:00',
  ],
  [
    'meeting-series.pause',
    null,
    { from: '2027-06-15', to: '2027-08-15', cancelled: ['2027-06-22', '2027-08-03'] },
    's1',
    'gav mötesserien uppehåll 15 jun 2027–15 aug 2027 (2 möten inställda)',
    'paused the meeting series 15 Jun 2027–15 Aug 2027 (2 meetings cancelled)',
  ],
  [
    'meeting-series.end',
    series,
    series,
    's1',
    'avslutade mötesserien: inga möten från och med 1 mar 2027',
    'ended the meeting series: no meetings on or after 1 Mar 2027',
  ],
  [
    'meeting.held',
    null,
    { scheduledOn: '2027-01-12' },
    's1/2027-01-12',
    'markerade mötet 12 jan 2027 som hållet',
    'marked the meeting 12 Jan 2027 held',
  ],
  [
    'meeting.move',
    { scheduledOn: '2027-02-23' },
    { scheduledOn: '2027-03-02' },
    's1/2027-02-23',
    'flyttade mötet 23 feb 2027 → 2 mar 2027',
    'moved the meeting 23 Feb 2027 → 2 Mar 2027',
  ],
  [
    'meeting.cancel',
    null,
    { scheduledOn: '2027-02-23' },
    's1/2027-02-23',
    'ställde in mötet 23 feb 2027',
    'cancelled the meeting 23 Feb 2027',
  ],
  [
    'meeting.restore',
    null,
    { scheduledOn: '2027-02-23' },
    's1/2027-02-23',
    'återställde mötet 23 feb 2027',
    'restored the meeting 23 Feb 2027',
  ],
  [
    'meeting.followup',
    null,
    { answer: 'moved:2027-01-19' },
    's1/2027-01-12',
    'svarade på uppföljningen av mötet 12 jan 2027: flyttat till 19 jan 2027',
    'answered the follow-up of the meeting 12 Jan 2027: moved to 19 Jan 2027',
  ],
  [
    'meeting.note',
    null,
    { note: true },
    's1/2027-01-12',
    'skrev en anteckning om mötet 12 jan 2027',
    'wrote a note on the meeting 12 Jan 2027',
  ],
  [
    'prompt.answer',
    { status: 'open' },
    { answer: 'Pågår', question: 'Trygghetsvandringar', year: 2026, tertial: 3 },
    'p1',
    'svarade ”Pågår” om ”Trygghetsvandringar” för T3 2026',
    'answered “Pågår” about “Trygghetsvandringar” for T3 2026',
  ],
  [
    'prompt.snooze',
    null,
    { prompt: 'status', day: '2026-12-09' },
    '0684:2026-T3',
    'bad att bli påmind igen 9 dec 2026',
    'asked to be reminded again on 9 Dec 2026',
  ],
  [
    'tertial.remind',
    null,
    { recipients: ['a', 'b'], missing: 3 },
    '0684:2026-T3',
    'påminde 2 personer om lägestexterna för T3 2026',
    'reminded 2 people of the status texts for T3 2026',
  ],
  [
    'activity.comment',
    null,
    { text: 'Bra jobbat' },
    'a1:2026-T3',
    'kommenterade T3 2026 till samordnaren: ”Bra jobbat”',
    'commented for T3 2026 to the samordnare: “Bra jobbat”',
  ],
  // The activity by number and name, as a registration names it; as it was when the activity is gone.
  [
    'status.create',
    null,
    { text: 'Pågår', year: 2026, tertial: 3, activityId: 'a3' },
    'st1',
    'skrev lägestexten ”Pågår” för aktivitet 3 ”trygghetsvandringar” (T3 2026)',
    'wrote the status text “Pågår” for activity 3 “trygghetsvandringar” (T3 2026)',
  ],
  [
    'status.create',
    null,
    { text: 'Pågår', year: 2026, tertial: 3, activityId: 'gone' },
    'st0',
    'skrev lägestexten ”Pågår” för T3 2026',
    'wrote the status text “Pågår” for T3 2026',
  ],
  [
    'statistic.put',
    { count: 2 },
    { category: 'narkotika.innehav', year: 2026, tertial: 3, count: 5 },
    'x',
    'förde in statistik för T3 2026: Innehav 2 → 5',
    'entered statistics for T3 2026: Possession 2 → 5',
  ],
  [
    'follow-up.publish',
    null,
    { publishedTexts: 4 },
    'ag1/2026-T3',
    'publicerade uppföljningen för T3 2026 (4 lägestexter)',
    'published the follow-up of T3 2026 (4 status texts)',
  ],
  [
    'follow-up.unpublish',
    null,
    { publishedTexts: 0 },
    'ag1/2026-T3',
    'avpublicerade uppföljningen för T3 2026',
    'unpublished the follow-up of T3 2026',
  ],
  [
    'area.save',
    null,
    { name: 'LPO Höglandet' },
    'lpo',
    'skapade polisområdet LPO Höglandet',
    'created the police area LPO Höglandet',
  ],
  [
    'import.undo',
    { agreement: { title: 'Medborgarlöfte Sävsjö' } },
    null,
    'ag1',
    'ångrade importen av ”Medborgarlöfte Sävsjö”',
    'undid the import of “Medborgarlöfte Sävsjö”',
  ],
  [
    'demo.load',
    null,
    { title: 'Medborgarlöfte Sävsjö' },
    'ag1',
    'läste in demodata ”Medborgarlöfte Sävsjö”',
    'loaded the demo data “Medborgarlöfte Sävsjö”',
  ],
  [
    'dashboard.link',
    null,
    { expiresAt: 0 },
    'lpo',
    'skapade en länk till områdets översikt',
    'made a link to the area dashboard',
  ],
  [
    'report.link',
    null,
    { expiresAt: 0 },
    '0684/2026-T3',
    'skapade en länk till rapporten för T3 2026',
    'made a link to the report of T3 2026',
  ],
  ['import', null, { file: 'savsjo.docx' }, 'ag1', '', ''],
  ['role.grant', null, grant, 'g', '', ''],
  ['role.revoke', grant, null, 'g', '', ''],
  ['binding.save', null, { scope: { type: 'kommun', id: '0684' } }, 'b', '', ''],
  ['binding.remove', { scope: { type: 'kommun', id: '0684' } }, null, 'b', '', ''],
  ['registration.create', null, {}, 'r1', '', ''],
  ['registration.void', null, {}, 'r1', '', ''],
  ['registration.correct', null, { reason: 'fel antal' }, 'r1', '', ''],
  ['commitment.edit', { text: 'A' }, { text: 'B', number: 1 }, 'c1', '', ''],
  ['agreement.title', { text: 'A' }, { text: 'B' }, 'ag1', '', ''],
  [
    'activity.edit',
    { text: 'X', number: 2, shortName: null },
    { text: 'X', number: 2, shortName: 'x' },
    'a1',
    '',
    '',
  ],
  ['activity.target', { text: 'X', number: 2 }, { text: 'X', number: 2, target: null }, 'a1', '', ''],
  ['activity.limit', { text: 'X', number: 2 }, { text: 'X', number: 2, sanityLimit: 80 }, 'a1', '', ''],
  ['activity.add', null, { text: 'X', number: 2 }, 'a1', '', ''],
  ['activity.remove', { text: 'X', number: 2 }, null, 'a1', '', ''],
  [
    'registration.erase-note',
    { note: true },
    { note: null, reason: 'personuppgifter' },
    '1e123102-a47a-44e5-be8b-f07adeb00dd0',
    'tog bort anteckningen i registreringen 1e123102: personuppgifter',
    'erased the note of registration 1e123102: personuppgifter',
  ],
  [
    'status.erase-text',
    { text: true },
    { text: null, reason: 'personuppgifter', activity: 3, year: 2026, tertial: 2 },
    'st-1',
    'tog bort lägestexten för aktivitet 3, T2 2026: personuppgifter',
    'erased the status text of activity 3, T2 2026: personuppgifter',
  ],
  [
    'person.remove',
    { roles: 2, name: true, lang: false, personalChat: true },
    null,
    'slack:U0KIM',
    'tog bort det som sparats om slack:U0KIM, som slutat: 2 roller, namn och personlig chatt',
    'removed what was kept about slack:U0KIM, who left: 2 roles, name and personal chat',
  ],
];

const names: HistoryNames = { person: (p) => p.replace(/^console:/, ''), scope: () => 'Sävsjö' };
const registrations = new Map([['r1', { what: 'aktivitet 1 ”X”', count: 2, day: '3 dec 2026' }]]);
/** What /lofte historik looks up for a status text's activity, per language. */
const activities = {
  sv: new Map([['st1', { what: 'aktivitet 3 ”trygghetsvandringar”', count: 0, day: '' }]]),
  en: new Map([['st1', { what: 'activity 3 “trygghetsvandringar”', count: 0, day: '' }]]),
};

describe('/lofte historik in words', () => {
  it('has its own words for every audit action the code writes, never "gjorde en annan ändring"', () => {
    const covered = new Set(CASES.map((c) => c[0]));
    expect([...writtenActions()].filter((a) => !covered.has(a)).sort()).toEqual([]);
    for (const [action, before, after, entityId, sv, en] of CASES) {
      const e: AuditEntry = {
        id: '1',
        at: 0,
        actor: 'console:karin',
        platform: 'console',
        action,
        entity: 'x',
        entityId,
        municipalityCode: '0684',
        before,
        after,
      };
      for (const [lang, expected, generic] of [
        ['sv', sv, 'gjorde en annan ändring'],
        ['en', en, 'made another change'],
      ] as const) {
        const facts = new Map([...registrations, ...activities[lang]]);
        const words = describeAudit(e, textsFor(lang), facts, names);
        expect(words, `${action} ${lang}`).not.toBe(generic);
        expect(words, `${action} ${lang}`).not.toBe('');
        if (expected) expect(words, `${action} ${lang}`).toBe(expected);
      }
    }
  });
});
