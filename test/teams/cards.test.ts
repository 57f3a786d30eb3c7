import { describe, expect, it } from 'vitest';
import { reply } from '../../src/bots/core/build.ts';
import { type FormSpec, OPEN_TO_ALL, type Reply, type ReplyProgress } from '../../src/bots/core/reply.ts';
import { parseSubmission } from '../../src/bots/teams/parse/card-submission.ts';
import { MAX_CARD_BYTES, replyActivity } from '../../src/bots/teams/render/activity.ts';
import { replyCard } from '../../src/bots/teams/render/reply-card.ts';
import { teamsTexts } from '../../src/bots/teams/render/texts.ts';
import { cardProblems } from './card-validator.ts';

const texts = teamsTexts('sv');

const progress: ReplyProgress[] = [
  { label: 'Riktade insatser', done: 8, target: 15, state: 'i fas', ratio: 8 / 15 },
  { label: 'Trafikkontroller', done: 30, target: 30, state: 'klar', ratio: 1 },
  { label: 'Trygghetsvandringar', done: 0, target: 2, state: 'ej påbörjad', ratio: 0 },
  { label: 'Samverkansmöten', done: 1, target: 4, state: 'efter', ratio: 0.25 },
  { label: 'Krogkontroller', done: 3, target: null, state: 'klar', ratio: 0 },
];

const form: FormSpec = {
  formId: 'report',
  title: 'Uppföljning T3 2026 – Sävsjö',
  submitLabel: 'Spara',
  state: 'v1|0684|2026|3',
  fields: [
    {
      id: 'a1',
      label: '1. Minst femton riktade insatser',
      initial: 'Pågår',
      multiline: true,
      maxLength: 500,
    },
    { id: 'a2', label: '2. Trygghetsvandringar', optional: true, hint: 'Lämna tomt om inget har hänt.' },
    { id: 'n1', label: 'Antal', kind: 'number', initial: '3' },
  ],
};

const KINDS: Record<string, Reply> = {
  'error headline': reply({ headline: '❌ Okänd kommun "Savsjo". Menade du Sävsjö?', tone: 'error' }),
  'registration with undo': reply({
    headline: '✅ Riktad insats registrerad i Sävsjö 21 nov 2026 — 8 av minst 15 i år (53 %), i fas',
    sections: [{ progress: [progress[0] as ReplyProgress] }],
    buttons: [{ actionId: 'undo', requires: OPEN_TO_ALL, label: 'Ångra', value: 'reg-1', style: 'danger' }],
    context: 'Registrerat av Per Polis · kan ångras i 24 timmar',
    visibility: 'channel',
    tone: 'success',
  }),
  'status with every progress state, fields and text': reply({
    headline: '📊 Sävsjö – medborgarlöfte 2025–2026',
    sections: [
      {
        title: 'Löfte 1: Öka upptäckten av narkotikabrott',
        text: 'Första raden\n\n*Andra* stycket\n- punkt',
      },
      {
        fields: [
          { label: 'Tertial', value: 'T3 2026' },
          { label: 'Period', value: '2025–2026' },
        ],
      },
      { progress },
    ],
  }),
  'summary table': reply({
    headline: 'Sammanfattning Tranås 2026',
    sections: [
      {
        title: 'Uppföljning',
        table: {
          columns: ['Aktivitet', 'Tertial 1', 'Tertial 2', 'Tertial 3'],
          rows: [
            ['Riktade insatser', 'Genomfört tio', 'Pågår', ''],
            ['Trafikkontroller', 'Klart', 'Klart', 'Sker vart sjätte vecka'],
          ],
        },
      },
      { table: { columns: ['A', 'B'], rows: [['x']] } },
    ],
    visibility: 'channel',
  }),
  'prompt with many buttons': reply({
    headline: 'Hur går det med trygghetsvandringarna i Tranås?',
    buttons: [
      'Genomfört',
      'Pågår',
      'Ej påbörjat',
      'Inställt',
      'Flyttat',
      'Annat',
      'Skriv svar',
      'Hoppa över',
    ].map((label, i) => ({ actionId: `prompt:answer/${i}`, requires: OPEN_TO_ALL, label, value: `p1|${i}` })),
  }),
  'six buttons (one more than a card’s top-level actions allow)': reply({
    headline: 'Hölls samverkansmötet i Sävsjö 5 jan?',
    buttons: ['Ja', 'Nej, inställt', 'Flyttat till …', 'Anteckning', 'Påminn mig i morgon', 'Välj dag'].map(
      (label, i) => ({ actionId: `a/${i}`, requires: OPEN_TO_ALL, label, value: `${i}` }),
    ),
  }),
  'form with inputs': reply({ headline: 'Rapportera T3', sections: [{ text: 'Skriv läget.' }], form }),
};

describe('Adaptive Cards pass Microsoft’s adaptivecards 3.0 parser with zero events', () => {
  it('the validator does catch an unknown element, a bad value and duplicate input ids', () => {
    const bad = {
      type: 'AdaptiveCard',
      version: '1.5',
      body: [
        { type: 'Bogus' },
        { type: 'TextBlock', text: 'x', size: 'Huge' },
        { type: 'Input.Text', id: 'a' },
        { type: 'Input.Text', id: 'a' },
      ],
    };
    expect(cardProblems(bad)).toHaveLength(3);
  });

  for (const [kind, r] of Object.entries(KINDS)) {
    it(`${kind}`, () => {
      const card = replyCard(r, { texts });
      expect(cardProblems(card)).toEqual([]);
      expect(card.version).toBe('1.5');
      expect(card.fallbackText).toBe(r.fallback);
    });
  }

  it('a form shown again with errors and what was typed', () => {
    const card = replyCard(KINDS['form with inputs'] as Reply, {
      texts,
      formValues: { a1: 'Genomfört tolv', a2: '', n1: 'tre' },
      formErrors: { n1: 'Skriv ett heltal, t.ex. 3.' },
    });
    expect(cardProblems(card)).toEqual([]);
    const json = JSON.stringify(card);
    expect(json).toContain('Skriv ett heltal');
    expect(json).toContain('Genomfört tolv');
    expect(json).toContain(texts.formErrors);
  });

  it('an answered card: the reply with who recorded it, buttons and inputs gone', () => {
    const card = replyCard(KINDS['form with inputs'] as Reply, {
      texts,
      footer: texts.answeredBy('Sven Samordnare', '21 nov. 2026 10:31'),
      withoutActions: true,
    });
    expect(cardProblems(card)).toEqual([]);
    expect(card.actions).toBeUndefined();
    expect(JSON.stringify(card)).toContain('Registrerat av Sven Samordnare');
    expect(JSON.stringify(card)).not.toContain('Input.Text');
  });

  it('a huge table is cut to fit Teams’ message size, with a note on how many rows were left out', () => {
    const rows = Array.from({ length: 400 }, (_, i) => [
      `Aktivitet ${i} ${'med lång text '.repeat(5)}`,
      'Pågår',
      'Klart',
      '',
    ]);
    const big = reply({
      headline: 'Sammanfattning Jönköpings län',
      sections: [{ table: { columns: ['Aktivitet', 'T1', 'T2', 'T3'], rows } }],
    });
    const activity = replyActivity(big, { texts });
    const card = activity.attachments?.[0]?.content;
    expect(Buffer.byteLength(JSON.stringify(card))).toBeLessThanOrEqual(MAX_CARD_BYTES);
    expect(cardProblems(card)).toEqual([]);
    expect(JSON.stringify(card)).toMatch(/och \d+ rader till/);
  });
});

describe('card submissions', () => {
  it('a button posts { actionId, value } back', () => {
    expect(parseSubmission({ actionId: 'undo', value: 'reg-1' })).toEqual({
      kind: 'action',
      actionId: 'undo',
      value: 'reg-1',
    });
  });

  it('a form posts its id, state and inputs (prefixed, so they never clash with our own keys)', () => {
    const card = replyCard(KINDS['form with inputs'] as Reply, { texts });
    const submit = card.actions?.find((a) => a.title === 'Spara');
    const data = submit?.data as Record<string, unknown>;
    expect(data.formId).toBe('report');
    expect(data.state).toBe('v1|0684|2026|3');
    // Teams merges the input values into the action's data.
    const value = { ...data, 'f:a1': 'Klart', 'f:a2': '', 'f:n1': 4 };
    expect(parseSubmission(value)).toEqual({
      kind: 'form',
      formId: 'report',
      state: 'v1|0684|2026|3',
      values: { a1: 'Klart', a2: '', n1: '4' },
    });
  });

  it('anything else is not ours', () => {
    for (const v of [null, 'x', [], {}, { actionId: '' }, { formId: 1, state: 's' }]) {
      expect(parseSubmission(v)).toBeNull();
    }
  });
});
