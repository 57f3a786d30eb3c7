import { alignSpacedTables } from './aligned-tables.ts';
import { isNoise, stripRunningHeads } from './noise.ts';
import { cleanText, isWhollyBold, normaliseSpaces } from './text-clean.ts';

/**
 * The first pass over a document's text: every source line classified (blank, noise, table row, heading,
 * list item, plain text), cleaned, with its 1-based line number kept for warnings.
 */

export type ItemMarker = 'bullet' | 'arrow' | 'number';

export type Line =
  | { readonly kind: 'blank' | 'noise' | 'rule'; readonly no: number }
  | {
      readonly kind: 'row';
      readonly no: number;
      readonly cells: readonly string[];
      /** `|`-separated (Markdown) rather than tab-separated. */
      readonly pipe: boolean;
    }
  | {
      readonly kind: 'heading' | 'item' | 'text';
      readonly no: number;
      readonly text: string;
      /** Heading level 1–6 (`#`), 7 for a setext or bold/capitals heading; 0 for others. */
      readonly level: number;
      readonly marker: ItemMarker | null;
      readonly indent: number;
      readonly bold: boolean;
      readonly caps: boolean;
    };

type TextLine = Extract<Line, { kind: 'heading' | 'item' | 'text' }>;

const BULLET = /^(?:[-*+–—]\s+|[•·▪▫◦‣⁃●○■□✓✔❖➤➢►▶→»⮚⇒\uf0b7\uf0a7\uf0d8\uf076]\s*)(?=\S)/u;
const ARROWS = /^[➤➢►▶→»⮚⇒\uf0d8]/u;
const NUMBERED =
  /^(\d{1,2}(?:\.\d{1,2})+\.?|\d{1,2}[.)]|[a-hA-H][.)]|\(\d{1,2}\)|\(?[ivxIVX]{1,4}[.)])\s+(?=\S)/;
const SEPARATOR = /^\|?\s*:?-{2,}:?\s*(\|\s*:?-{2,}:?\s*)*\|?$/;
const SETEXT = /^(=+|-{3,})\s*$/;
const LIST_TAB =
  /^(\s*(?:[-*–•·▪▫◦‣⁃●○■□✓✔❖➢►▶→»⮚⇒\uf0b7\uf0a7\uf0d8\uf076]|\d{1,2}[.)]))\t+(?=\S)(?![^\t]*\t)/u;

function splitPipes(line: string): string[] {
  let t = line.trim();
  if (t.startsWith('|')) t = t.slice(1);
  if (t.endsWith('|') && !t.endsWith('\\|')) t = t.slice(0, -1);
  return t.split(/(?<!\\)\|/).map((c) => cleanText(c.replace(/\\\|/g, '|')));
}

function pipeCount(line: string): number {
  return (line.match(/(?<!\\)\|/g) ?? []).length;
}

function indentOf(raw: string): number {
  const m = /^[ \t]*/.exec(raw);
  return (m?.[0] ?? '').replace(/\t/g, '    ').length;
}

function isCaps(text: string): boolean {
  const letters = text.replace(/[^\p{L}]/gu, '');
  return letters.length >= 3 && text.length <= 80 && letters === letters.toLocaleUpperCase('sv-SE');
}

function textLine(no: number, raw: string): Line {
  const indent = indentOf(raw);
  let body = raw.trim().replace(/^(>\s*)+/, '');
  const bold = isWhollyBold(body);
  const heading = /^(#{1,6})\s*(.*?)\s*#*$/.exec(body);
  if (heading && (heading[2] ?? '') !== '') {
    let text = cleanText(heading[2] ?? '');
    let marker: ItemMarker | null = null;
    if (ARROWS.test(text)) {
      marker = 'arrow';
      text = text.replace(BULLET, '').trim();
    }
    if (text === '' || isNoise(text)) return { kind: 'noise', no };
    return {
      kind: 'heading',
      no,
      text,
      level: (heading[1] ?? '#').length,
      marker,
      indent,
      bold,
      caps: isCaps(text),
    };
  }
  let marker: ItemMarker | null = null;
  const stripped = body.replace(/^(\*\*|__|<b>|<strong>)/i, '');
  const prefix = body.slice(0, body.length - stripped.length);
  const bullet = BULLET.exec(stripped);
  const numbered = NUMBERED.exec(stripped);
  if (bullet && !/^[-–—]\s*\d{1,3}\s*[-–—]?$/.test(stripped)) {
    marker = ARROWS.test(stripped) ? 'arrow' : 'bullet';
    body = prefix + stripped.slice(bullet[0].length);
  } else if (numbered) {
    marker = 'number';
    body = prefix + stripped.slice(numbered[0].length);
  }
  const text = cleanText(body);
  if (text === '') return { kind: marker ? 'noise' : 'blank', no };
  if (isNoise(text)) return { kind: 'noise', no };
  const caps = isCaps(text);
  return {
    kind: marker ? 'item' : 'text',
    no,
    text,
    level: 0,
    marker,
    indent,
    bold: bold || isWhollyBold(body),
    caps,
  };
}

/** Classifies every line of `text`. */
export function classifyLines(text: string): Line[] {
  const raws = alignSpacedTables(
    stripRunningHeads(normaliseSpaces(text).replace(/\r\n?/g, '\n').split('\n')),
  );
  const out: Line[] = [];
  for (let i = 0; i < raws.length; i++) {
    // Word writes a list marker and a tab before the item's text ("\uf0b7\tText", "1.\tText"): an item, no table row.
    const raw = (raws[i] ?? '').replace(/[ \v\f]+$/, '').replace(LIST_TAB, '$1 ');
    const no = i + 1;
    const trimmed = raw.trim();
    if (trimmed === '') {
      out.push({ kind: 'blank', no });
      continue;
    }
    if (raw.includes('\t') && /\S\t|\t\S/.test(raw.replace(/^ +/, ''))) {
      const cells = raw.split('\t').map((c) => cleanText(c));
      const filled = cells.filter((c) => c !== '').length;
      const innerTab = /\S\t/.test(raw);
      if (filled >= 2 || (filled === 1 && (innerTab || cells.length > 2))) {
        out.push({ kind: 'row', no, cells, pipe: false });
        continue;
      }
      if (filled === 0) {
        out.push({ kind: 'blank', no });
        continue;
      }
    }
    if (SEPARATOR.test(trimmed) && trimmed.includes('|')) {
      out.push({ kind: 'rule', no });
      continue;
    }
    const last = out[out.length - 1];
    const neighbourIsTable =
      SEPARATOR.test((raws[i + 1] ?? '').trim()) ||
      SEPARATOR.test((raws[i - 1] ?? '').trim()) ||
      trimmed.startsWith('|') ||
      (last?.kind === 'row' && last.pipe) ||
      // "Aktivitet | Ansvarig | Mål" over "Kontrollköp | Kommunen | 4": rows without outer pipes or a rule.
      (pipeCount(trimmed) >= 2 && pipeCount((raws[i + 1] ?? '').trim()) === pipeCount(trimmed));
    if (pipeCount(trimmed) >= 1 && neighbourIsTable && (pipeCount(trimmed) >= 2 || last?.kind === 'row')) {
      out.push({ kind: 'row', no, cells: splitPipes(trimmed), pipe: true });
      continue;
    }
    if (SETEXT.test(trimmed)) {
      const prev = out[out.length - 1];
      if (prev && prev.kind === 'text' && (raws[i - 1] ?? '').trim() !== '') {
        out[out.length - 1] = { ...(prev as TextLine), kind: 'heading', level: 7 };
      }
      out.push({ kind: 'rule', no });
      continue;
    }
    out.push(textLine(no, raw));
  }
  return out;
}
