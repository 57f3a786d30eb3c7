import { decodeEntities } from './text-clean.ts';

/**
 * HTML (a Word document converted by mammoth, or a saved web page) → the plain-text shapes the importer reads:
 * one paragraph per line with blank lines between, `#` headings, `-`/`1.` list items indented by depth,
 * tab-separated table rows, `**bold**`. Navigation, scripts and styles are dropped.
 */

const DROP = new Set([
  'script',
  'style',
  'noscript',
  'svg',
  'nav',
  'template',
  'head',
  'form',
  'button',
  'select',
  'iframe',
]);
const BLOCK = new Set([
  'p',
  'div',
  'section',
  'article',
  'main',
  'header',
  'footer',
  'aside',
  'blockquote',
  'pre',
  'address',
  'figure',
  'figcaption',
  'dl',
  'dt',
  'dd',
  'caption',
  'body',
  'html',
]);
const TOKEN =
  /<!--[\s\S]*?-->|<!\[CDATA\[[\s\S]*?\]\]>|<!doctype[^>]*>|<(\/?)([a-zA-Z][\w:-]*)((?:[^>"']|"[^"]*"|'[^']*')*)>|([^<]+|<)/gi;

/** True when a text is (mostly) HTML markup rather than text with a few stray tags. */
export function looksLikeHtml(text: string): boolean {
  const blocks = text.match(/<(p|div|table|tr|td|li|ul|ol|h[1-6]|br|body|html)\b[^>]*>/gi)?.length ?? 0;
  return /^\s*(<!doctype html|<html)/i.test(text) || blocks >= 6 || /<(table|tr|td)\b/i.test(text);
}

/** Converts HTML to the importer's text form. */
export function htmlToText(html: string): string {
  const out: string[] = [];
  let line = '';
  let prefix = '';
  let drop = 0;
  const lists: { ordered: boolean; n: number }[] = [];
  const cells: string[][] = [];
  let cell: string | null = null;
  let tableDepth = 0;

  const flush = (blank: boolean): void => {
    const text = line.replace(/[ \t]+/g, ' ').trim();
    if (text !== '') out.push(`${prefix}${text}`);
    if (blank && out[out.length - 1] !== '') out.push('');
    line = '';
    prefix = '';
  };
  const write = (text: string): void => {
    if (cell !== null) cell += text;
    else line += text;
  };

  for (const m of html.matchAll(TOKEN)) {
    const [, slash, rawName, , textNode] = m;
    if (rawName === undefined) {
      if (drop === 0 && textNode !== undefined && !m[0].startsWith('<!'))
        write(decodeEntities(textNode).replace(/\s+/g, ' '));
      continue;
    }
    const name = rawName.toLowerCase();
    const closing = slash === '/';
    if (DROP.has(name)) {
      if (!m[0].endsWith('/>')) drop += closing ? -1 : 1;
      drop = Math.max(0, drop);
      continue;
    }
    if (drop > 0) continue;
    if (name === 'table') {
      tableDepth += closing ? -1 : 1;
      if (tableDepth === 0 && closing) out.push('');
      if (!closing && tableDepth === 1) flush(true);
      continue;
    }
    if (tableDepth > 0) {
      if (name === 'tr' && !closing) cells.push([]);
      else if ((name === 'td' || name === 'th') && !closing) cell = '';
      else if ((name === 'td' || name === 'th') && closing && cell !== null) {
        cells[cells.length - 1]?.push(cell.replace(/[\s\t]+/g, ' ').trim());
        cell = null;
      } else if (name === 'tr' && closing) {
        const row = cells.pop() ?? [];
        if (row.some((c) => c !== '')) out.push(row.join('\t'));
      } else if (
        cell !== null &&
        (name === 'p' || name === 'br' || name === 'li' || name === 'div') &&
        cell !== ''
      ) {
        cell += ' ';
      }
      continue;
    }
    if (/^h[1-6]$/.test(name)) {
      flush(true);
      if (!closing) prefix = `${'#'.repeat(Number(name[1]))} `;
      continue;
    }
    if (name === 'ul' || name === 'ol') {
      flush(false);
      if (closing) {
        lists.pop();
        if (lists.length === 0) out.push('');
      } else lists.push({ ordered: name === 'ol', n: 0 });
      continue;
    }
    if (name === 'li') {
      flush(false);
      const list = lists[lists.length - 1];
      if (!closing && list) {
        list.n += 1;
        prefix = `${'  '.repeat(lists.length - 1)}${list.ordered ? `${list.n}.` : '-'} `;
      }
      continue;
    }
    if (name === 'br') {
      flush(false);
      continue;
    }
    if (name === 'strong' || name === 'b') {
      write('**');
      continue;
    }
    if (BLOCK.has(name)) flush(lists.length === 0);
  }
  flush(false);
  return out
    .join('\n')
    .replace(/\*\*(\s*)\*\*/g, '$1')
    .replace(/\n{3,}/g, '\n\n')
    .replace(/^\n+/, '');
}
