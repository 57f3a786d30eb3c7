import { describe, expect, it } from 'vitest';
import { type FormSpec, OPEN_TO_ALL, type Reply } from '../../src/bots/core/reply.ts';
import { fitParts } from '../../src/bots/slack/listeners/deliver.ts';
import { headlineBlocks, renderReply } from '../../src/bots/slack/render/blocks.ts';
import { blockKitProblems, viewProblems } from '../../src/bots/slack/render/limits.ts';
import { decodeMeta, formValues, formView, modalErrors } from '../../src/bots/slack/render/modal.ts';
import { bold, escapeMrkdwn } from '../../src/bots/slack/render/mrkdwn.ts';
import { splitText } from '../../src/bots/slack/render/text-split.ts';
import { slackTexts } from '../../src/bots/slack/render/texts.ts';
import { blockText } from './support/slack-requests.ts';

const words = (n: number, prefix: string) => Array.from({ length: n }, (_, i) => `${prefix}${i}`).join(' ');

/** A reply far beyond every Block Kit limit: long texts, many fields, bars, rows and buttons. */
function giantReply(): Reply {
  const longLine = `${'&<>'.repeat(400)}${'x'.repeat(4000)}`;
  return {
    headline: `Rubrik ${'lång '.repeat(60)}`.trim(),
    sections: [
      { title: 'Text', text: `${words(1500, 'ord')}\n${longLine}\nslut-på-texten` },
      {
        title: 'Fält',
        fields: Array.from({ length: 35 }, (_, i) => ({
          label: `Fält ${i}`,
          value: i === 3 ? words(800, 'värde') : `värde-${i}`,
        })),
      },
      {
        title: 'Mot målen',
        progress: Array.from({ length: 1500 }, (_, i) => ({
          label: `Aktivitet-${i} med en lagom lång beskrivning`,
          done: i % 16,
          target: i % 5 === 0 ? null : 15,
          state: i % 2 === 0 ? ('i fas' as const) : ('efter' as const),
          ratio: (i % 16) / 15,
        })),
      },
      {
        title: 'Tabell',
        table: {
          columns: ['Aktivitet', 'T1', 'T2', 'T3'],
          rows: Array.from({ length: 150 }, (_, i) => [`Rad-${i}`, `Pågår-${i}`, `Klart-${i}`, '']),
        },
      },
    ],
    buttons: Array.from({ length: 60 }, (_, i) => ({
      actionId: `run/${i}`,
      requires: OPEN_TO_ALL,
      label: `Knapp ${i} ${'med en väldigt lång etikett '.repeat(4)}`,
      value: `v${i}`,
    })),
    context: words(700, 'kontext'),
    fallback: 'giant',
    visibility: 'channel',
  };
}

describe('mrkdwn escaping', () => {
  it('escapes &, < and > so nothing becomes a link, mention or broadcast', () => {
    expect(escapeMrkdwn('<!channel> <@U123> <https://x|y> & co')).toBe(
      '&lt;!channel&gt; &lt;@U123&gt; &lt;https://x|y&gt; &amp; co',
    );
    expect(bold('a *b* <c>')).toBe('*a ∗b∗ &lt;c&gt;*');
  });
});

describe('splitText', () => {
  it('keeps every character but the break it splits at, within the limit measured after escaping', () => {
    const text = `${words(200, 'a')}\n\n${'&'.repeat(50)}${'b'.repeat(70)}\nslut`;
    const measure = (s: string) => escapeMrkdwn(s).length;
    const parts = splitText(text, 100, measure);
    expect(parts.every((p) => measure(p) <= 100)).toBe(true);
    expect(parts.join('').replace(/\s/g, '')).toBe(text.replace(/\s/g, ''));
    expect(splitText('kort', 100)).toEqual(['kort']);
  });
});

describe('renderReply', () => {
  it('spreads a giant reply over messages of at most 50 blocks, each within every limit', () => {
    const parts = renderReply(giantReply());
    expect(parts.length).toBeGreaterThan(1);
    for (const part of parts) {
      expect(part.blocks.length).toBeLessThanOrEqual(50);
      expect(blockKitProblems(part.blocks)).toEqual([]);
    }
    expect(blockText(parts[1]?.blocks)).toContain(`… (2/${parts.length})`);
    const last = parts[parts.length - 1];
    expect(last?.blocks.some((b) => b.type === 'actions')).toBe(true);
  });

  it('never cuts content: every word, field, bar, row and button of the giant reply is in the blocks', () => {
    const reply = giantReply();
    const parts = renderReply(reply);
    const rendered = blockText(parts.map((p) => p.blocks));
    const flat = rendered.replace(/\s+/g, '');
    const section0 = reply.sections[0]?.text ?? '';
    expect(flat).toContain(escapeMrkdwn(section0).replace(/\s+/g, ''));
    for (const w of [
      'ord1499',
      'slut-på-texten',
      'värde799',
      'Fält 34',
      'Aktivitet-1499',
      'Rad-149',
      'Klart-149',
      'kontext699',
    ]) {
      expect(rendered).toContain(w);
    }
    const buttons = parts.flatMap((p) => p.blocks).flatMap((b) => (b.type === 'actions' ? b.elements : []));
    expect(buttons).toHaveLength(60);
    expect(rendered).toContain(reply.headline.slice(0, 100));
  });

  it('draws progress bars with text: ▰▰▰▱▱ and done/target', () => {
    const [part] = renderReply({
      headline: 'Läget',
      sections: [
        { progress: [{ label: 'Riktade insatser', done: 8, target: 15, state: 'i fas', ratio: 8 / 15 }] },
      ],
      fallback: 'Läget',
      visibility: 'ephemeral',
    });
    expect(blockText(part?.blocks)).toContain('▰▰▰▰▰▱▱▱▱▱ 8/15 (53 %) · i fas');
  });

  it('puts a headline too long for a header into a section, whole', () => {
    const long = `Rubrik ${'x'.repeat(200)}`;
    const blocks = headlineBlocks({ headline: long });
    expect(blocks[0]?.type).toBe('section');
    expect(blockText(blocks)).toBe(long);
    expect(headlineBlocks({ headline: 'Kort' })[0]?.type).toBe('header');
  });

  it('fits a reply into five response_url posts and says in the open what was left out', () => {
    const many: Reply = {
      headline: 'Många avsnitt',
      sections: Array.from({ length: 400 }, (_, i) => ({ title: `Avsnitt ${i}`, text: `Text ${i}` })),
      fallback: 'Många avsnitt',
      visibility: 'channel',
    };
    const all = renderReply(many);
    expect(all.length).toBeGreaterThan(5);
    const parts = fitParts(many, 5, slackTexts('sv'));
    expect(parts).toHaveLength(5);
    expect(blockText(parts[4]?.blocks)).toMatch(/5 av \d+ delar visas/);
    for (const part of parts) expect(blockKitProblems(part.blocks)).toEqual([]);
    expect(fitParts(giantReply(), 5, slackTexts('sv'))).toEqual(renderReply(giantReply()));
  });
});

describe('modals', () => {
  const spec: FormSpec = {
    formId: 'report',
    title: 'Uppföljning Sävsjö tertial 3 år 2026 med lång titel',
    submitLabel: 'Spara',
    state: JSON.stringify({ k: '0684', y: 2026, t: 3 }),
    fields: [
      {
        id: 'a1',
        label: '1. Poliskontor',
        initial: 'Pågår',
        multiline: true,
        maxLength: 1000,
        optional: true,
      },
      { id: 'a2', label: '2. Insatser', initial: 'x'.repeat(3500), multiline: true },
      { id: 'n', label: 'Antal', kind: 'number', initial: '12', hint: 'Hela tal' },
    ],
  };

  it('builds a valid modal: a short title, the full title as a block, prefilled inputs, the state kept', () => {
    const view = formView(spec, { channel: 'C0SAVSJO1' });
    expect(viewProblems(view as never)).toEqual([]);
    expect(view.title.text.length).toBeLessThanOrEqual(24);
    expect(blockText(view.blocks)).toContain(spec.title);
    const inputs = view.blocks.filter((b) => b.type === 'input');
    expect(inputs.map((b) => b.block_id)).toEqual(['a1', 'a2', 'n']);
    // A text too long to prefill is shown in full above its input instead.
    expect(blockText(view.blocks).split('x').length - 1).toBe(3500);
    expect(decodeMeta(view.private_metadata)).toEqual({ state: spec.state, channel: 'C0SAVSJO1' });
    expect(view.callback_id).toBe('form:report');
  });

  it('reads submitted values and maps the core’s errors onto inputs', () => {
    expect(
      formValues({
        values: {
          a1: { value: { type: 'plain_text_input', value: 'Klart' } },
          n: { value: { value: null } },
        },
      }),
    ).toEqual({ a1: 'Klart', n: '' });
    const view = formView(spec);
    expect(modalErrors({ a2: 'För lång', _form: 'Formuläret har gått ut' }, view)).toEqual({
      a1: 'Formuläret har gått ut',
      a2: 'För lång',
    });
  });
});
