import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { COMMAND_HELP } from '../../src/bots/core/command-help.ts';
import { commandNames } from '../../src/bots/core/commands.ts';
import { parseCommand } from '../../src/bots/core/grammar/parse.ts';
import { helpReply } from '../../src/bots/core/handlers/help.ts';
import { renderText } from '../../src/bots/core/render-text.ts';
import { actionNameOf, notificationOf, type Reply } from '../../src/bots/core/reply.ts';
import { textsFor } from '../../src/bots/core/texts/index.ts';
import type { Role } from '../../src/domain/types.ts';
import { loadRegister } from '../../src/runtime/register.ts';
import type { ReminderPayload } from '../../src/scheduler/types.ts';
import { type CoreFixture, coreFixture } from './fixtures.ts';

const HOGLANDET = {
  id: 'hoglandet',
  name: 'LPO Höglandet',
  municipalityCodes: ['0604', '0686', '0682', '0684', '0687', '0685'],
};
const SUBJECT = { scope: { type: 'kommun' as const, id: '0687' }, name: 'Tranås', municipalityCode: '0687' };
const MEETING = {
  seriesId: 'demo-series-tranas',
  originalOn: '2026-12-01',
  date: '2026-12-01',
  time: '13:00',
  place: 'Tranås stadshus',
};

/** What the grammar knows when it reads the help's examples: the register, LPO Höglandet, no bound channel. */
const GRAMMAR = {
  register: loadRegister(),
  areas: [HOGLANDET],
  bound: null,
  today: '2026-11-21',
  platform: 'console' as const,
};

describe('the command list', () => {
  const infos = commandNames();

  it('has unique, lowercase ASCII names and aliases that fit a slash command', () => {
    const words = infos.flatMap((c) => [c.name, ...c.aliases]);
    expect(new Set(words).size).toBe(words.length);
    for (const w of words) expect(w).toMatch(/^[a-z]{2,31}$/);
    expect(infos.map((c) => c.name)).toEqual([
      'insats',
      'logga',
      'status',
      'sammanfattning',
      'rapportera',
      'samverkan',
      'statistik',
      'hjalp',
      'lofte',
    ]);
    expect(infos.flatMap((c) => c.aliases).sort()).toEqual([
      'help',
      'log',
      'meeting',
      'report',
      'stats',
      'summary',
    ]);
  });

  it('has a short description and usage hint for every command, in Swedish and English', () => {
    for (const c of infos) {
      for (const text of [c.description, c.descriptionEn]) expect(text.length).toBeGreaterThan(5);
      for (const text of [c.description, c.descriptionEn]) expect(text.length).toBeLessThanOrEqual(100);
      expect(c.usage.length).toBeLessThanOrEqual(1000);
      expect(c.examples.length).toBeGreaterThan(0);
    }
  });

  it('every example in the help parses', () => {
    for (const c of infos) {
      for (const example of [...c.examples, ...(COMMAND_HELP[c.name]?.examplesEn ?? [])]) {
        const r = parseCommand(example, GRAMMAR);
        expect(r.ok, `${example}: ${JSON.stringify(r)}`).toBe(true);
      }
    }
  });
});

describe('the help on a phone', () => {
  const infos = commandNames();
  const ctx = GRAMMAR;
  /** Every help text of a language: the list and each command's own, as the terminal shows them. */
  const helpLines = (lang: 'sv' | 'en') =>
    [null, ...infos.map((c) => c.name)].flatMap((topic) =>
      renderText(helpReply(textsFor(lang), topic)).split('\n'),
    );
  const SYNTAX = /[<[|]/;

  it.each(['sv', 'en'] as const)('%s: no line of command syntax is longer than 72 characters', (lang) => {
    const long = helpLines(lang).filter((line) => SYNTAX.test(line) && line.length > 72);
    expect(long).toEqual([]);
  });

  /** The command word the help shows in a language, and how many subcommand lines it has at least. */
  const SUBCOMMANDS: readonly ['sv' | 'en', string, number][] = [
    ['sv', '/samverkan <kommun> ', 10],
    ['en', '/meeting <kommun> ', 10],
    ['sv', '/lofte ', 15],
    ['en', '/lofte ', 15],
    ['sv', '/sammanfattning ', 3],
    ['en', '/summary ', 3],
  ];
  it.each(SUBCOMMANDS)(
    '%s: %s… one line per subcommand, in the list and in its own help',
    (lang, start, n) => {
      const own = start.trim().split(' ')[0]?.slice(1) ?? '';
      for (const topic of [null, own]) {
        const lines = renderText(helpReply(textsFor(lang), topic)).split('\n');
        expect(
          lines.filter((l) => l.startsWith(start)).length,
          `${topic}: ${lines.join('\n')}`,
        ).toBeGreaterThanOrEqual(n);
      }
    },
  );

  /** Lines the overview shows (✓) or leaves out (✗) for someone holding these roles; `/hjalp <kommando>` shows all. */
  const BY_ROLE: readonly [string, readonly Role[], readonly string[], readonly string[]][] = [
    [
      'polis',
      ['polis'],
      [
        '/insats <kommun>',
        '/samverkan <kommun> [nästa]',
        '/statistik <kommun>',
        '/lofte avtal <kommun>',
        '/lofte språk',
      ],
      [
        '/lofte admin',
        '/samverkan <kommun> ny',
        '/rapportera',
        '/lofte mål',
        '/lofte historik',
        '<lpo> länk',
      ],
    ],
    [
      'kommun',
      ['kommun'],
      ['/logga <aktivitet|nr>', '/status <kommun>'],
      ['/statistik', '/lofte rätta', '/lofte import'],
    ],
    [
      'samordnare',
      ['samordnare'],
      ['/rapportera', '/samverkan <kommun> ny', '/lofte mål', '/lofte historik', '/lofte import'],
      ['/lofte admin', '<lpo> länk'],
    ],
    [
      'chef',
      ['chef'],
      ['/status', '<lpo> länk', '/lofte historik'],
      ['/insats', '/rapportera', '/lofte admin'],
    ],
    ['admin', ['admin'], ['/lofte admin roller', '/insats', '<lpo> länk'], []],
    ['polis and chef', ['polis', 'chef'], ['/insats', '<lpo> länk'], ['/lofte admin', '/rapportera']],
  ];
  it.each(BY_ROLE)('the overview for %s shows what the roles allow', (_, roles, shown, left) => {
    const overview = renderText(helpReply(textsFor('sv'), null, undefined, undefined, roles));
    for (const line of shown) expect(overview, line).toContain(line);
    for (const line of left) expect(overview, line).not.toContain(line);
    if (left.length) expect(overview).toContain(`Här står det du kan göra som ${roles.join(' och ')}.`);
    else expect(overview).toContain('Skriv /hjalp <kommando> för mer om ett kommando.');
    const own = renderText(helpReply(textsFor('sv'), 'lofte', undefined, undefined, roles));
    expect(own).toContain('/lofte admin roller');
  });

  it('an English overview for a police officer leaves out the same lines, in English', () => {
    const overview = renderText(helpReply(textsFor('en'), null, undefined, undefined, ['polis']));
    expect(overview).toContain('/meeting <kommun> [next]');
    expect(overview).not.toContain('/meeting <kommun> new');
    expect(overview).not.toContain('/lofte admin');
    expect(overview).toContain('This shows what you can do as polis.');
  });

  it('English help shows the English forms, and the grammar understands them', () => {
    const swedish =
      /\b(hem|avtal|mål|koppla|roll|område|historik|registreringar|rätta|språk|nästa|ny|ändra|uppehåll|avsluta|genomfört|flytta|ställ|återställ|kalender|dokument|länk|publicera|datum|antal|anteckning)\b/;
    expect(helpLines('en').filter((l) => SYNTAX.test(l) && swedish.test(l))).toEqual([]);
    const english: readonly [string, string][] = [
      ['/lofte home', 'home'],
      ['/lofte agreement Tranås', 'agreement'],
      ['/lofte agreement Tranås 3 name Trygghetsvandringar', 'agreement'],
      ['/lofte agreement Tranås 3 responsible polis', 'agreement'],
      ['/lofte agreement Tranås 3 promise 1', 'agreement'],
      ['/lofte agreement Tranås 3 limit 80', 'agreement'],
      ['/lofte agreement Tranås new activity Kvällsvandringar kommun', 'agreement'],
      ['/lofte agreement Tranås remove 9', 'agreement'],
      ['/lofte agreement Tranås undo import', 'agreement'],
      ['/lofte target Tranås 3 30 per year', 'agreement'],
      ['/lofte admin area new "LPO X" Tranås Sävsjö', 'area-new'],
      ['/lofte admin bind Tranås', 'bind'],
      ['/lofte admin role @anna samordnare Tranås', 'grant'],
      ['/lofte history Sävsjö', 'history'],
      ['/lofte registrations Sävsjö 1', 'registrations'],
      ['/lofte correct 3f2a9c1e double', 'correct'],
      ['/lofte language en', 'lang'],
      ['/meeting Tranås next', 'meeting'],
      ['/meeting Tranås held', 'meeting'],
      ['/meeting Tranås move 2027-03-01', 'meeting'],
      ['/meeting Tranås cancel 2027-03-01', 'meeting'],
      ['/meeting Tranås restore 2027-03-01', 'meeting'],
      ['/meeting Tranås pause 2027-06-15 2027-08-15', 'meeting'],
      ['/meeting Tranås end 2027-12-31', 'meeting'],
      ['/meeting Tranås calendar', 'meeting'],
      ['/summary Tranås 2026 documents', 'summary'],
      ['/summary LPO Höglandet link', 'dashboard-link'],
    ];
    const kinds = english.map(([text]) => {
      const r = parseCommand(text, ctx);
      return r.ok ? r.command.kind : r.error.error;
    });
    expect(kinds).toEqual(english.map(([, kind]) => kind));
  });
});

describe('scheduler reminders as replies', () => {
  let f: CoreFixture;
  beforeAll(async () => {
    f = await coreFixture('sqlite');
  });
  afterAll(async () => {
    await f.dispose();
  });

  it('meeting-reminder: day, time, place and the agenda', () => {
    const r = f.core.renderReminder({
      kind: 'meeting-reminder',
      subject: SUBJECT,
      meeting: MEETING,
      daysBefore: 7,
      agenda: [
        {
          municipalityCode: '0687',
          activityId: 'a1',
          text: 'Minst två trygghetsvandringar',
          responsible: 'gemensam',
          reasons: ['behind', 'no-status'],
          done: 0,
          target: 2,
        },
      ],
    });
    expect(r.headline).toBe('📅 Samverkansmöte i Tranås 1 dec 2026 kl. 13.00 (om 7 dagar)');
    expect(r.visibility).toBe('channel');
    // A row planned before the tertial was named still reads; the figures stand beside the verdict they explain.
    expect(r.fallback).toContain('• Minst två trygghetsvandringar — efter målet (0 av 2), saknar lägestext');
    const named = f.core.renderReminder({
      kind: 'meeting-reminder',
      subject: SUBJECT,
      meeting: MEETING,
      daysBefore: 7,
      agenda: [
        {
          municipalityCode: '0687',
          activityId: 'a2',
          text: 'Trygghetsvandringar',
          responsible: 'gemensam',
          reasons: ['no-status'],
          statusFor: { year: 2026, tertial: 3 },
          done: null,
          target: null,
        },
      ],
    });
    expect(named.fallback).toContain('• Trygghetsvandringar — saknar lägestext för T3 2026');
  });

  it('meeting-followup: asks whether it was held, with Ja / Nej, inställt / Flyttat till … / Anteckning', () => {
    const r = f.core.renderReminder({ kind: 'meeting-followup', subject: SUBJECT, meeting: MEETING });
    expect(r.headline).toBe('Hölls samverkansmötet i Tranås 1 dec?');
    // The answers sit under the question (the snooze buttons, rendered for a recipient, in a row of their own).
    expect(r.sections[0]?.buttons?.map((b) => [b.actionId, b.value])).toEqual([
      ['followup:answer/0', 'demo-series-tranas|2026-12-01|held'],
      ['followup:answer/1', 'demo-series-tranas|2026-12-01|cancelled'],
      ['followup:form/0', 'demo-series-tranas|2026-12-01|moved'],
      ['followup:form/1', 'demo-series-tranas|2026-12-01|note'],
    ]);
  });

  it('tertial-overdue in English, with the missing activities, "Remind them" and the report button', () => {
    const payload: ReminderPayload = {
      kind: 'tertial-overdue',
      subject: SUBJECT,
      tertial: { year: 2026, tertial: 2, lastDay: '2026-08-31' },
      missing: [{ municipalityCode: '0687', activityId: 'a2', text: 'Krogkontroller', responsible: 'polis' }],
    };
    const r = f.core.renderReminder(payload, 'en');
    expect(r.headline).toBe('⏰ The T2 2026 follow-up in Tranås is overdue');
    expect(r.tone).toBe('warning');
    expect(r.fallback).toContain('1 activity has no status text');
    expect(r.buttons?.map((b) => [b.actionId, b.label, b.value])).toEqual([
      ['tertial:remind', 'Remind them', '0687|2026|2'],
      ['report:open', 'Write follow-up', '0687|2026|2'],
    ]);
  });

  it('the report button of a reminder opens the form for that tertial', async () => {
    const r = await f.press('anna', { actionId: 'report:open', value: '0687|2026|2' });
    expect(r.form?.title).toBe('Uppföljning T2 2026');
  });

  it('the held button of a meeting follow-up marks the meeting held (coordinators)', async () => {
    const r = await f.press('anna', { actionId: 'meeting:held', value: 'demo-series-tranas|2026-11-17' });
    expect(r.headline).toBe('✅ Sparat för samverkansmötet i Tranås 17 nov: Ja');
  });
});

describe('replies stay within the platforms’ limits', () => {
  let f: CoreFixture;
  beforeAll(async () => {
    f = await coreFixture('sqlite');
  });
  afterAll(async () => {
    await f.dispose();
  });

  const TOUR: [string, string][] = [
    ['per', '/insats Sävsjö igår 3 en lång anteckning om kvällens insats vid resecentrum'],
    ['anna', '/status Tranås'],
    ['anna', '/status Tranås perioden'],
    ['lena', '/sammanfattning Tranås perioden'],
    ['lena', '/sammanfattning LPO Höglandet'],
    ['lena', '/sammanfattning Jönköpings län'],
    ['anna', '/rapportera Tranås'],
    ['per', '/statistik Sävsjö'],
    ['anna', '/samverkan Tranås'],
    ['anna', '/lofte historik Tranås'],
    ['per', '/hjalp'],
    ['per', '/help logga'],
    ['per', '/insats Savsö'],
    ['nobody', '/insats Sävsjö'],
  ];

  it.each(TOUR)('%s: %s', async (person, text) => {
    const r: Reply = await f.say(person, text);
    expect(f.errors).toEqual([]);
    expect(r.headline.length).toBeLessThanOrEqual(150);
    // The fallback is the reply as text, its first line the notification (the headline, or more: the figures).
    expect(r.fallback).toBe(
      renderText({ ...r, headline: notificationOf(r) }, { buttons: false, form: false }),
    );
    for (const s of r.sections) {
      expect((s.text ?? '').length).toBeLessThanOrEqual(3000);
      expect((s.title ?? '').length).toBeLessThanOrEqual(150);
      expect((s.fields ?? []).length).toBeLessThanOrEqual(10);
      for (const field of s.fields ?? [])
        expect(field.label.length + field.value.length).toBeLessThanOrEqual(2000);
    }
    expect((r.buttons ?? []).length).toBeLessThanOrEqual(25);
    for (const b of r.buttons ?? []) {
      expect(b.label.length).toBeLessThanOrEqual(75);
      expect(b.actionId.length).toBeLessThanOrEqual(24);
      expect(b.value.length).toBeLessThanOrEqual(2000);
      expect([
        'summary:table',
        'summary:open',
        'undo',
        'run',
        'prompt:answer',
        'prompt:text',
        'report:open',
        'statistics:open',
        'meeting:held',
        'help',
      ]).toContain(actionNameOf(b.actionId));
    }
    if (r.form) {
      expect(r.form.title.length).toBeLessThanOrEqual(24);
      expect(r.form.submitLabel.length).toBeLessThanOrEqual(24);
      expect(r.form.state.length).toBeLessThanOrEqual(3000);
      expect(r.form.fields.length).toBeLessThanOrEqual(50);
      expect(new Set(r.form.fields.map((x) => x.id)).size).toBe(r.form.fields.length);
      for (const x of r.form.fields) expect(x.label.length).toBeLessThanOrEqual(2000);
    }
  });
});

describe('a form in the terminal', () => {
  it('names the current value of a field in the reader’s language', () => {
    const form = {
      formId: 'series',
      title: 'Mötesserie',
      submitLabel: 'Spara',
      state: '',
      fields: [
        { id: 'weekday', label: 'Veckodag', initial: 'Tuesday' },
        { id: 'status', label: 'Status', initial: 'Pågår' },
      ],
    };
    const cases: [Reply['lang'], string][] = [
      ['sv', '  • Veckodag * (nu: Tuesday)\n  • Status * (nu: Pågår)'],
      ['en', '  • Veckodag * (now: Tuesday)\n  • Status * (now: Pågår)'],
      [undefined, '  • Veckodag * (nu: Tuesday)\n  • Status * (nu: Pågår)'],
    ];
    for (const [lang, fields] of cases) {
      const text = renderText({
        headline: 'x',
        sections: [],
        visibility: 'ephemeral',
        form,
        ...(lang ? { lang } : {}),
      });
      expect(text.split('\n').slice(-2).join('\n'), String(lang)).toBe(fields);
    }
  });
});
