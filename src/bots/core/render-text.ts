import { progressBar } from '../../domain/progress.ts';
import { cutAtWord } from '../../domain/shorten.ts';
import type { Reply, ReplyProgress, ReplySection, ReplyTable } from './reply.ts';

/**
 * Renders a Reply as plain text: for the console chat, for tests and as every reply's `fallback`.
 * Buttons become numbered choices (`[1] Ångra`) that the console lets the person type as `!1`; a link button
 * shows its address (`[2] Ladda ner HTML: https://…`), also in the fallback.
 */

export interface TextOptions {
  /** Show buttons as numbered choices (default true). */
  readonly buttons?: boolean;
  /** Show the form's fields (default true). */
  readonly form?: boolean;
  /**
   * How a section's title stands out: `*Titel*` (default: the fallback, which Slack and Teams read as bold), bold
   * on a terminal (`ansi`), or as it is (`plain`, a terminal chat whose output is piped).
   */
  readonly titles?: 'stars' | 'ansi' | 'plain';
}

const TITLE = {
  stars: (t: string) => `*${t}*`,
  ansi: (t: string) => `\x1b[1m${t}\x1b[22m`,
  plain: (t: string) => t,
} as const;

export function renderText(reply: Omit<Reply, 'fallback'>, options: TextOptions = {}): string {
  const out: string[] = [reply.headline];
  const numbered = options.buttons !== false;
  // Buttons are numbered in the order allButtons gives: each section's own first, then the reply's.
  let n = 0;
  const blocks = blockTables(reply.sections);
  for (const section of reply.sections) {
    const body = renderSection(section, blocks, TITLE[options.titles ?? 'stars']);
    if (body) out.push('', body);
    const own = (section.buttons ?? []).map((b) => ({ ...b, mark: `[${++n}] ` }));
    const choices = numbered ? own.filter((b) => !b.url) : [];
    if (choices.length > 0) out.push(choices.map((b) => `${b.mark}${b.label}`).join('   '));
  }
  if (reply.context) out.push('', `— ${reply.context}`);
  if (reply.form && options.form !== false) {
    // The field's current value, named in the reader's language (the value itself is as stored).
    const now = reply.lang === 'en' ? 'now' : 'nu';
    out.push('', `[${reply.form.title}]`);
    for (const f of reply.form.fields) {
      const initial = f.initial ? ` (${now}: ${oneLine(f.initial)})` : '';
      out.push(`  • ${f.label}${f.optional ? '' : ' *'}${initial}`);
    }
  }
  const buttons = (reply.buttons ?? []).map((b) => ({ ...b, mark: numbered ? `[${++n}] ` : '' }));
  const choices = numbered ? buttons.filter((b) => !b.url) : [];
  if (choices.length > 0) out.push('', choices.map((b) => `${b.mark}${b.label}`).join('   '));
  // A link is content as much as a control: its address is shown even where buttons are not (the fallback).
  const links = buttons.filter((b) => b.url);
  if (links.length > 0) out.push('', ...links.map((b) => `${b.mark}${b.label}: ${b.url}`));
  return out.join('\n');
}

function renderSection(
  section: ReplySection,
  blocks: ReadonlySet<string>,
  title: (text: string) => string,
): string {
  const lines: string[] = [];
  if (section.title) lines.push(title(section.title));
  if (section.text) lines.push(section.text);
  for (const f of section.fields ?? []) lines.push(`${f.label}: ${f.value}`);
  for (const p of section.progress ?? []) lines.push(...renderProgress(p));
  if (section.table) lines.push(renderTable(section.table, !blocks.has(columnsKey(section.table))));
  return lines.join('\n');
}

/** The widest an aligned table may be: a phone shows about 60 characters of monospace text on a line. */
export const ALIGNED_WIDTH = 60;

const columnsKey = (table: ReplyTable): string => table.columns.join('\u0000');

function alignedWidths(table: ReplyTable): number[] {
  return table.columns.map((c, i) => Math.max(c.length, ...table.rows.map((r) => (r[i] ?? '').length)));
}

/** Aligned columns of `widths`, joined by " | ": their total width. */
const widthOf = (widths: readonly number[]): number =>
  widths.reduce((a, b) => a + b, 0) + 3 * Math.max(0, widths.length - 1);

/**
 * The tables of a reply that are shown one block per row: every table with the columns of one too wide to align,
 * so that tables alike (a follow-up table per promise) all take the same form.
 */
function blockTables(sections: readonly ReplySection[]): Set<string> {
  const out = new Set<string>();
  for (const s of sections) {
    if (s.table && widthOf(alignedWidths(s.table)) > ALIGNED_WIDTH) out.add(columnsKey(s.table));
  }
  return out;
}

/** Two lines per bar: the label, then `▰▰▰▱▱ 8 av minst 15 under 2026 · väntat hittills: 13 · i fas · ”Pågår”`. */
export function renderProgress(p: ReplyProgress): string[] {
  return [p.label, `   ${progressFigures(p)}`];
}

/**
 * The figures of one progress row, the same on every platform: the bar (with a target), the signed count, the
 * labelled expected pace, the state in the reader's language and the latest status text.
 */
export function progressFigures(p: ReplyProgress): string {
  const state = p.stateLabel ?? p.state;
  const parts: string[] = [];
  if (p.target === null) {
    parts.push(p.amount ?? (p.done > 0 ? String(p.done) : ''));
  } else {
    const pct = Math.round(p.ratio * 100);
    parts.push(`${progressBar(p.ratio)} ${p.amount ?? `${p.done}/${p.target} (${pct} %)`}`);
    if (p.expected) parts.push(p.expected);
  }
  if (!(p.target === null && p.amount)) parts.push(state);
  if (p.detail) parts.push(p.detail);
  return parts.filter((x) => x !== '').join(' · ');
}

/**
 * A table as aligned columns when it fits a phone (at most ALIGNED_WIDTH characters) and `aligned` allows it,
 * else one block per row: "• 5. Polisen ska …" with a line per column below ("   T3: Genomfört 4 …").
 */
export function renderTable(table: ReplyTable, aligned = true): string {
  const widths = alignedWidths(table);
  if (aligned && widthOf(widths) <= ALIGNED_WIDTH) {
    const line = (cells: readonly string[]) =>
      cells
        .map((c, i) => c.padEnd(widths[i] ?? 0))
        .join(' | ')
        .trimEnd();
    return [line(table.columns), widths.map((w) => '-'.repeat(w)).join('-+-'), ...table.rows.map(line)].join(
      '\n',
    );
  }
  return table.rows
    .map((row) =>
      row
        .map((cell, i) => (i === 0 ? `• ${cell}` : `   ${table.columns[i] ?? ''}: ${cell || '–'}`))
        .join('\n'),
    )
    .join('\n');
}

function oneLine(text: string): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  return cutAtWord(flat, 60);
}
