import type { types } from '@slack/bolt';
import { progressFigures } from '../../core/render-text.ts';
import {
  notificationOf,
  type Reply,
  type ReplyButton,
  type ReplyField,
  type ReplyProgress,
  type ReplySection,
  type ReplyTable,
} from '../../core/reply.ts';
import { LIMITS } from './limits.ts';
import { bold, escapeMrkdwn, plainMrkdwn } from './mrkdwn.ts';
import { chunk, shorten, splitText } from './text-split.ts';

/**
 * Renders the core's platform-neutral Reply as Block Kit: a header, then per section a bold title, mrkdwn text,
 * fields, progress bars drawn with text (`▰▰▰▱▱ 8/15`), the table row by row, then the context line and the buttons.
 * Every text the core hands over is escaped (it may carry notes and names people wrote). Long texts are split
 * over several blocks and long replies over several messages (`parts`) — nothing is cut.
 */

export type Block = types.KnownBlock;

/** One Slack message: blocks plus the top-level `text` Slack shows in notifications. */
export interface SlackMessage {
  readonly text: string;
  readonly blocks: Block[];
}

export interface RenderOptions {
  /** Blocks per message (50 for messages; views use `replyBlocks` directly). */
  readonly maxBlocks?: number;
  /** Leave out the buttons (for surfaces where they cannot be pressed). */
  readonly buttons?: boolean;
}

const STATE_ICON: Record<string, string> = {
  klar: '✅',
  'i fas': '🟢',
  efter: '🟠',
  'ej nått': '🔴',
  'ej påbörjad': '⚪',
  'följs upp med text': '📝',
};

const escapedLength = (s: string) => plainMrkdwn(s).length;

/** A mrkdwn section per chunk of `text` (escaped), each within the section text limit. */
export function textSections(text: string, prefix = ''): Block[] {
  const budget = LIMITS.sectionText - prefix.length;
  return splitText(text, budget, escapedLength)
    .filter((part) => part.trim() !== '')
    .map((part, i) => ({
      type: 'section',
      text: { type: 'mrkdwn', text: `${i === 0 ? prefix : ''}${plainMrkdwn(part)}` },
    }));
}

/** Pre-escaped mrkdwn lines packed into as few sections as fit. */
function packedSections(lines: readonly string[]): Block[] {
  const out: Block[] = [];
  let current = '';
  const flush = () => {
    if (current.trim() !== '') out.push({ type: 'section', text: { type: 'mrkdwn', text: current } });
    current = '';
  };
  for (const line of lines) {
    const candidate = current === '' ? line : `${current}\n${line}`;
    if (candidate.length <= LIMITS.sectionText) {
      current = candidate;
      continue;
    }
    flush();
    if (line.length <= LIMITS.sectionText) current = line;
    else for (const part of splitText(line, LIMITS.sectionText)) out.push(sectionOf(part));
  }
  flush();
  return out;
}

const sectionOf = (mrkdwn: string): Block => ({ type: 'section', text: { type: 'mrkdwn', text: mrkdwn } });

/** Fields two columns wide: `*label*` over the value, at most 10 per section, long values continued. */
function fieldSections(fields: readonly ReplyField[]): Block[] {
  const items: string[] = [];
  for (const f of fields) {
    // A label is a few words; the 200-character bound only keeps the value's budget sane.
    const name = shorten(f.label, 200);
    const label = bold(name);
    const continued = bold(`${name} (…)`);
    const budget = LIMITS.fieldText - continued.length - 1;
    const values = splitText(f.value === '' ? '–' : f.value, budget, escapedLength);
    values.forEach((v, i) => {
      items.push(`${i === 0 ? label : continued}\n${plainMrkdwn(v)}`);
    });
  }
  return chunk(items, LIMITS.fieldsPerSection).map((group) => ({
    type: 'section',
    fields: group.map((text) => ({ type: 'mrkdwn', text })),
  }));
}

/** One progress bar as mrkdwn: the label, then `▰▰▰▱▱▱▱▱▱▱ 8/15 (53 %) · i fas`. */
export function progressLine(p: ReplyProgress): string {
  const icon = STATE_ICON[p.state] ?? '•';
  return `${icon} ${plainMrkdwn(p.label)}\n      ${plainMrkdwn(progressFigures(p))}`;
}

/** A table row by row: the first cell bold, then `column: cell` lines (phones show this better than columns). */
function tableLines(table: ReplyTable): string[] {
  const lines: string[] = [];
  for (const row of table.rows) {
    const [first, ...rest] = row;
    const head = bold(first ?? '') || '•';
    const cells = rest.map(
      (cell, i) => `      ${plainMrkdwn(table.columns[i + 1] ?? '')}: ${plainMrkdwn(cell || '–')}`,
    );
    // Each row becomes one line group; a row longer than a section is split by packedSections.
    lines.push([head, ...cells].join('\n'));
  }
  return lines;
}

function sectionBlocks(section: ReplySection): Block[] {
  const out: Block[] = [];
  const title = section.title ? bold(section.title) : '';
  if (section.text) out.push(...textSections(section.text, title ? `${title}\n` : ''));
  else if (title) out.push(sectionOf(title));
  if (section.fields?.length) out.push(...fieldSections(section.fields));
  if (section.progress?.length) out.push(...packedSections(section.progress.map(progressLine)));
  if (section.table?.rows.length) out.push(...packedSections(tableLines(section.table)));
  return out;
}

/**
 * Buttons in actions blocks of at most 25; labels within 75 characters. A button with a `url` is a link button:
 * Slack opens the address (and still reports the click, which the button listener acknowledges and ignores).
 */
export function buttonBlocks(buttons: readonly ReplyButton[]): Block[] {
  return chunk(buttons, LIMITS.elementsPerActions).map((group) => ({
    type: 'actions',
    elements: group.map((b) => ({
      type: 'button',
      action_id: b.actionId.slice(0, LIMITS.actionId),
      text: { type: 'plain_text', text: shorten(b.label, LIMITS.buttonText) || '…', emoji: true },
      value: b.value,
      ...(b.url && b.url.length <= LIMITS.buttonUrl ? { url: b.url } : {}),
      ...(b.style ? { style: b.style } : {}),
    })),
  }));
}

/**
 * The headline as a header block (plain text, so nothing in it is interpreted), or mrkdwn sections when it is
 * longer than a header holds. The core already starts it with the tone's emoji.
 */
export function headlineBlocks(reply: Pick<Reply, 'headline'>): Block[] {
  const text = reply.headline.trim();
  if (text === '') return [];
  if (text.length <= LIMITS.headerText)
    return [{ type: 'header', text: { type: 'plain_text', text, emoji: true } }];
  return textSections(text);
}

/** The context line(s) in grey, escaped. */
export function contextBlocks(context: string | undefined): Block[] {
  if (!context || context.trim() === '') return [];
  return splitText(context, LIMITS.sectionText, escapedLength).map((part) => ({
    type: 'context',
    elements: [{ type: 'mrkdwn', text: plainMrkdwn(part) }],
  }));
}

/** Every block of a reply, in order, before it is divided into messages. */
export function replyBlocks(reply: Reply, options: RenderOptions = {}): Block[] {
  const blocks: Block[] = [...headlineBlocks(reply)];
  reply.sections.forEach((section, i) => {
    const body = sectionBlocks(section);
    if (body.length === 0) return;
    if (i > 0 && section.title && blocks.length > 0) blocks.push({ type: 'divider' });
    blocks.push(...body);
    if (options.buttons !== false && section.buttons?.length) blocks.push(...buttonBlocks(section.buttons));
  });
  blocks.push(...contextBlocks(reply.context));
  if (options.buttons !== false && reply.buttons?.length) blocks.push(...buttonBlocks(reply.buttons));
  return blocks;
}

/**
 * The notification text of a message: the fallback when short (its first line is the notification), else the
 * notification line alone (notificationOf). Always escaped.
 */
export function notificationText(reply: Reply, part = 1, parts = 1): string {
  const base = reply.fallback.length <= 3_000 && parts === 1 ? reply.fallback : notificationOf(reply);
  const suffix = parts > 1 ? ` (${part}/${parts})` : '';
  return escapeMrkdwn(shorten(base, LIMITS.messageText - 20)) + suffix;
}

/**
 * A reply as one or more Slack messages of at most 50 blocks. A long reply continues over several messages, each
 * after the first marked `… (2/3)`; the buttons stay on the last one, next to the end of the content.
 */
export function renderReply(reply: Reply, options: RenderOptions = {}): SlackMessage[] {
  const maxBlocks = options.maxBlocks ?? LIMITS.blocksPerMessage;
  const blocks = replyBlocks(reply, options);
  if (blocks.length === 0)
    return [{ text: notificationText(reply), blocks: textSections(reply.fallback || '…') }];
  if (blocks.length <= maxBlocks) return [{ text: notificationText(reply), blocks }];
  // Leave room for a continuation marker on every part after the first.
  const groups = divide(blocks, maxBlocks - 1);
  return groups.map((group, i) => {
    const marker: Block[] =
      i === 0
        ? []
        : [{ type: 'context', elements: [{ type: 'mrkdwn', text: `… (${i + 1}/${groups.length})` }] }];
    return { text: notificationText(reply, i + 1, groups.length), blocks: [...marker, ...group] };
  });
}

/** Divides blocks into groups of at most `size`, keeping a trailing run of actions blocks together when it fits. */
function divide(blocks: readonly Block[], size: number): Block[][] {
  const groups = chunk(blocks, size);
  const last = groups[groups.length - 1];
  const before = groups[groups.length - 2];
  if (last && before && last.every((b): boolean => b.type === 'actions') && last.length < size) {
    // Buttons alone in a message read oddly: move one content block after them.
    const moved = before.pop();
    if (moved) last.unshift(moved);
  }
  return groups;
}
