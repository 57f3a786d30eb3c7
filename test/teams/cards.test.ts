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

  it('a form card says each thing once: no title or label that only repeats the headline', () => {
    const question =
      'Polisen ska vara tillgänglig för poliskontoret och närvarande i Sävsjös centrala delar med kontaktskapande verksamhet vid fasta tidpunkter. Informationen finns på kommunens hemsida.';
    const field = (id: string, label: string) => ({ id, label });
    // headline, form title, field labels → the texts the card shows, in order (headline first), and the inputs' labels
    const table: [string, string, string[], string[], string[]][] = [
      // A status prompt's "Skriv själv": the field asked the question again, clipped; it is labelled "Ditt svar".
      [question, 'Ditt svar', [`${question.slice(0, 149)}…`], [question], ['Ditt svar']],
      // "Påminn mig en annan dag…": the title was the headline again.
      [
        'Påminn mig senare',
        'Påminn mig senare',
        ['Vilken dag? (senast tor 31 dec)'],
        ['Påminn mig senare'],
        ['Vilken dag? (senast tor 31 dec)'],
      ],
      // A title of its own and labels of their own stay.
      [
        'Skriv lägestexten för varje aktivitet i Sävsjö, T3 2026.',
        'Uppföljning T3 2026',
        ['1. Polisen ska öppna ett poliskontor', '2. Kommunen ska upplåta en lämplig lokal'],
        ['Skriv lägestexten för varje aktivitet i Sävsjö, T3 2026.', 'Uppföljning T3 2026'],
        ['1. Polisen ska öppna ett poliskontor', '2. Kommunen ska upplåta en lämplig lokal'],
      ],
      // A lone field with a label of its own keeps it, under the form's title.
      [
        'Logga trafikkontroll',
        'Ny registrering',
        ['Antal'],
        ['Logga trafikkontroll', 'Ny registrering'],
        ['Antal'],
      ],
    ];
    for (const [headline, title, labels, texts_, inputs] of table) {
      const r = reply({
        headline,
        sections: [],
        form: {
          formId: 'f',
          title,
          submitLabel: 'Spara',
          state: 's',
          fields: labels.map((l, i) => field(`x${i}`, l)),
        },
      });
      const card = replyCard(r, { texts });
      expect(cardProblems(card), headline).toEqual([]);
      const body = card.body as { type: string; text?: string; label?: string }[];
      expect(
        body.filter((e) => e.type === 'TextBlock').map((e) => e.text),
        headline,
      ).toEqual(texts_);
      expect(
        body.filter((e) => e.type.startsWith('Input.')).map((e) => e.label),
        headline,
      ).toEqual(inputs);
    }
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
