import { progressFigures } from '../../core/render-text.ts';
import type {
  Reply,
  ReplyButton,
  ReplyField,
  ReplyProgress,
  ReplySection,
  ReplyTable,
} from '../../core/reply.ts';
import type { CommandWriting } from './channel-commands.ts';
import {
  type AdaptiveCard,
  actionSet,
  adaptiveCard,
  type CardAction,
  type CardElement,
  container,
  factSet,
  openUrlAction,
  paragraphs,
  submitAction,
  type TextColor,
  textBlock,
} from './elements.ts';
import { formActions, formInputs } from './form.ts';
import type { TeamsTexts } from './texts.ts';

/** How to render a Reply as a card. */
export interface ReplyCardOptions {
  readonly texts: TeamsTexts;
  /** In a channel or group chat: commands written `@<bot> status …` (channel-commands.ts); absent: as the core wrote them. */
  readonly commands?: CommandWriting;
  /** What the person had typed into the form, shown again beside `formErrors`. */
  readonly formValues?: Readonly<Record<string, string>>;
  /** Field id → message: the form is shown again with each message under its field. */
  readonly formErrors?: Readonly<Record<string, string>>;
  /** A last line, e.g. who answered the card and when. */
  readonly footer?: string;
  /** Leave out buttons and form: the card has been answered. */
  readonly withoutActions?: boolean;
  /** Cap on table rows (used to shrink a card that is too large for Teams). */
  readonly maxTableRows?: number;
}

/** At most this many buttons in one row (the Adaptive Cards host default maxActions, which Teams keeps); more are split over several rows. */
const BUTTONS_PER_ROW = 5;
/**
 * Buttons do not wrap: a row wider than the card is cut off at the right edge, and the buttons past it cannot be
 * pressed. On a phone (360 px) a card has about 300 px for a row, so buttons are packed into rows by their
 * estimated width (about 7 px per character of a 14 px label, 24 px of padding and gap per button).
 */
const ROW_WIDTH = 300;
const buttonWidth = (label: string) => [...label].length * 7 + 24;

/** The buttons in rows that each fit a phone's width, at most BUTTONS_PER_ROW to a row; a too-long label gets a row of its own. */
export function buttonRows<T>(buttons: readonly T[], label: (b: T) => string): T[][] {
  const rows: T[][] = [];
  let row: T[] = [];
  let width = 0;
  for (const b of buttons) {
    const w = buttonWidth(label(b));
    if (row.length > 0 && (width + w > ROW_WIDTH || row.length >= BUTTONS_PER_ROW)) {
      rows.push(row);
      row = [];
      width = 0;
    }
    row.push(b);
    width += w;
  }
  if (row.length > 0) rows.push(row);
  return rows;
}

const STATE_COLOR: Readonly<Record<ReplyProgress['state'], TextColor>> = {
  klar: 'Good',
  'i fas': 'Good',
  efter: 'Warning',
  'ej nått': 'Attention',
  'ej påbörjad': 'Attention',
  'följs upp med text': 'Default',
};

/**
 * A Reply as an Adaptive Card (schema 1.5): the headline as a heading, each section in its own container (text,
 * FactSet, progress bars, Table), the context line in small grey text, the form's inputs, and the buttons as
 * Action.Submit with `{ actionId, value }` (which Teams posts back as the message activity's `value`) — or, for a
 * link button, Action.OpenUrl.
 */
export function replyCard(reply: Reply, options: ReplyCardOptions): AdaptiveCard {
  const body: CardElement[] = [
    textBlock(reply.headline, {
      heading: true,
      weight: 'Bolder',
      size: 'Medium',
      color: headlineColor(reply),
    }),
  ];
  if (options.formErrors && Object.keys(options.formErrors).length > 0) {
    body.push(textBlock(options.texts.formErrors, { color: 'Attention', spacing: 'Small' }));
  }
  const blocks = blockTables(reply.sections);
  reply.sections.forEach((section, i) => {
    const items = sectionItems(section, options, blocks);
    if (items.length > 0) body.push(container(items, { spacing: 'Medium', separator: i > 0 }));
  });
  if (reply.context) body.push(textBlock(reply.context, { subtle: true, size: 'Small', spacing: 'Medium' }));

  const actions: CardAction[] = [];
  if (!options.withoutActions && reply.form) {
    body.push(...formInputs(reply.form, reply.headline, options));
    actions.push(...formActions(reply.form, reply.headline));
  }
  if (!options.withoutActions && reply.buttons && reply.buttons.length > 0) {
    const rows = buttonRows([...actions, ...reply.buttons.map(cardAction)], (a) => String(a.title));
    if (rows.length === 1) actions.splice(0, actions.length, ...(rows[0] as CardAction[]));
    else {
      const buttons = reply.buttons.map(cardAction);
      for (const row of buttonRows(buttons, (a) => String(a.title))) body.push(actionSet(row));
    }
  }
  if (options.footer)
    body.push(textBlock(options.footer, { subtle: true, size: 'Small', spacing: 'Medium' }));
  return adaptiveCard(body, actions, fallbackOf(reply.fallback, options.texts));
}

/** A button as a card action: Action.OpenUrl for a link, else Action.Submit with `{ actionId, value }`. */
function cardAction(b: ReplyButton): CardAction {
  return b.url
    ? openUrlAction(b.label, b.url)
    : submitAction(
        b.label,
        { actionId: b.actionId, value: b.value },
        b.style === 'danger' ? 'destructive' : b.style === 'primary' ? 'positive' : undefined,
      );
}

/** The card's fallbackText, for clients that cannot draw cards: the reply's text, clipped (it counts in the size). */
const MAX_FALLBACK = 1500;
function fallbackOf(text: string, texts: TeamsTexts): string {
  return text.length > MAX_FALLBACK ? `${text.slice(0, MAX_FALLBACK)}\n${texts.truncated}` : text;
}

function headlineColor(reply: Reply): TextColor {
  if (reply.tone === 'error') return 'Attention';
  if (reply.tone === 'warning') return 'Warning';
  return 'Default';
}

function sectionItems(section: ReplySection, options: ReplyCardOptions, blocks: Set<string>): CardElement[] {
  const items: CardElement[] = [];
  if (section.title) items.push(textBlock(section.title, { weight: 'Bolder' }));
  if (section.text) items.push(...paragraphs(section.text, { spacing: 'Small' }));
  if (section.fields && section.fields.length > 0) items.push(...fieldItems(section.fields));
  for (const p of section.progress ?? []) items.push(progressItem(p));
  if (section.table && section.table.columns.length > 0) {
    const table = section.table;
    items.push(...(blocks.has(columnsKey(table)) ? tableBlocks(table, options) : tableItems(table, options)));
  }
  if (!options.withoutActions && section.buttons && section.buttons.length > 0) {
    for (const row of buttonRows(section.buttons.map(cardAction), (a) => String(a.title)))
      items.push(actionSet(row));
  }
  return items;
}

/** One progress bar: the label, then `▰▰▰▱▱ 8/15 (53 %) · i fas` in the colour of its state. */
export function progressItem(p: ReplyProgress): CardElement {
  const figures = progressFigures(p);
  return container(
    [
      textBlock(p.label),
      textBlock(figures, { monospace: true, color: STATE_COLOR[p.state], spacing: 'None' }),
    ],
    { spacing: 'Small' },
  );
}

/**
 * Fields as a FactSet (label | value) — unless a value has several lines: a FactSet value is one block, where Teams
 * runs the lines together, and its label column leaves a phone too little room. Then each field is its label in
 * bold with the value's lines below.
 */
function fieldItems(fields: readonly ReplyField[]): CardElement[] {
  if (!fields.some((f) => f.value.includes('\n')))
    return [factSet(fields.map((f) => ({ title: f.label, value: f.value })))];
  return fields.map((f) =>
    container([textBlock(f.label, { weight: 'Bolder' }), ...paragraphs(f.value, { spacing: 'None' })], {
      spacing: 'Small',
    }),
  );
}

/**
 * The longest cell (after the first column) a Table column holds on a phone without breaking its words: a table of
 * four columns leaves each of the last three about 60 px at 360 px.
 */
const TABLE_CELL_MAX = 10;
const columnsKey = (table: ReplyTable): string => table.columns.join('\u0000');

/**
 * The tables of a reply shown one block per row (as the terminal does): every table whose cells are too long for a
 * Table on a phone, and every other table with the same columns, so tables alike take the same form.
 */
function blockTables(sections: readonly ReplySection[]): Set<string> {
  const out = new Set<string>();
  for (const { table } of sections) {
    if (!table || table.columns.length < 2) continue;
    const cells = [table.columns, ...table.rows].flatMap((r) => r.slice(1));
    if (cells.some((c) => c.length > TABLE_CELL_MAX)) out.add(columnsKey(table));
  }
  return out;
}

/** A table one block per row: the first cell in bold, then a FactSet of the other columns (`T1 | Genomfört …`). */
function tableBlocks(table: ReplyTable, options: ReplyCardOptions): CardElement[] {
  const cap = options.maxTableRows ?? Number.POSITIVE_INFINITY;
  const rows = table.rows.slice(0, cap);
  const out: CardElement[] = rows.map((r) =>
    container(
      [
        textBlock(r[0] || '–', { weight: 'Bolder' }),
        factSet(table.columns.slice(1).map((c, i) => ({ title: c, value: r[i + 1] || '–' }))),
      ],
      { spacing: 'Medium' },
    ),
  );
  if (rows.length < table.rows.length) {
    out.push(
      textBlock(options.texts.moreRows(table.rows.length - rows.length), { subtle: true, size: 'Small' }),
    );
  }
  return out;
}

function tableItems(table: ReplyTable, options: ReplyCardOptions): CardElement[] {
  const width = table.columns.length;
  const cap = options.maxTableRows ?? Number.POSITIVE_INFINITY;
  const rows = table.rows.slice(0, cap);
  const cell = (text: string, header = false): CardElement => ({
    type: 'TableCell',
    items: [textBlock(text || '–', header ? { weight: 'Bolder' } : {})],
  });
  const row = (cells: readonly string[], header = false): CardElement => ({
    type: 'TableRow',
    cells: Array.from({ length: width }, (_, i) => cell(cells[i] ?? '', header)),
  });
  const out: CardElement[] = [
    {
      type: 'Table',
      firstRowAsHeader: true,
      showGridLines: true,
      gridStyle: 'accent',
      columns: Array.from({ length: width }, (_, i) => ({ width: i === 0 && width > 2 ? 2 : 1 })),
      rows: [row(table.columns, true), ...rows.map((r) => row(r))],
    },
  ];
  if (rows.length < table.rows.length) {
    out.push(
      textBlock(options.texts.moreRows(table.rows.length - rows.length), { subtle: true, size: 'Small' }),
    );
  }
  return out;
}
