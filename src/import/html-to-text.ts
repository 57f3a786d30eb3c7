import { Parser } from 'htmlparser2';

/**
 * HTML (a Word document converted by mammoth, or a saved web page) → the plain-text shapes the importer reads:
 * one paragraph per line with blank lines between, `#` headings, `-`/`1.` list items indented by depth,
 * tab-separated table rows, `**bold**`. Navigation, scripts and styles are dropped.
 *
 * Tokenising, entity decoding and implied end tags (`<p>` without `</p>`, `<li>` closing the previous item)
 * are htmlparser2's; this file only maps elements to the text shapes.
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
const CELL_BREAK = new Set(['p', 'br', 'li', 'div']);

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
  const rows: string[][] = [];
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

  /** One start (`closing` false) or end tag, explicit or implied by the parser. */
  const tag = (name: string, closing: boolean): void => {
    if (DROP.has(name)) {
      drop = Math.max(0, drop + (closing ? -1 : 1));
      return;
    }
    if (drop > 0) return;
    if (name === 'table') {
      tableDepth += closing ? -1 : 1;
      if (tableDepth === 0 && closing) out.push('');
      if (!closing && tableDepth === 1) flush(true);
      return;
    }
    if (tableDepth > 0) {
      if (name === 'tr' && !closing) rows.push([]);
      else if ((name === 'td' || name === 'th') && !closing) cell = '';
      else if ((name === 'td' || name === 'th') && closing && cell !== null) {
        rows[rows.length - 1]?.push(cell.replace(/\s+/g, ' ').trim());
        cell = null;
      } else if (name === 'tr' && closing) {
        const row = rows.pop() ?? [];
        if (row.some((c) => c !== '')) out.push(row.join('\t'));
      } else if (cell !== null && CELL_BREAK.has(name) && cell !== '') {
        cell += ' ';
      }
      return;
    }
    if (/^h[1-6]$/.test(name)) {
      flush(true);
      if (!closing) prefix = `${'#'.repeat(Number(name[1]))} `;
      return;
    }
    if (name === 'ul' || name === 'ol') {
      flush(false);
      if (closing) {
        lists.pop();
        if (lists.length === 0) out.push('');
      } else lists.push({ ordered: name === 'ol', n: 0 });
      return;
    }
    if (name === 'li') {
      flush(false);
      const list = lists[lists.length - 1];
      if (!closing && list) {
        list.n += 1;
        prefix = `${'  '.repeat(lists.length - 1)}${list.ordered ? `${list.n}.` : '-'} `;
      }
      return;
    }
    if (name === 'br') {
      flush(false);
      return;
    }
    if (name === 'strong' || name === 'b') {
      write('**');
      return;
    }
    if (BLOCK.has(name)) flush(lists.length === 0);
  };

  const parser = new Parser(
    {
      onopentag: (name) => tag(name, false),
      // A void element (`<br>`) gets an implied end tag right after its start; it counts once.
      onclosetag: (name, implied) => {
        if (name === 'br' && implied) return;
        tag(name, true);
      },
      ontext: (text) => {
        if (drop === 0) write(text.replace(/\s+/g, ' '));
      },
    },
    { decodeEntities: true, lowerCaseTags: true },
  );
  parser.end(html);

  flush(false);
  return out
    .join('\n')
    .replace(/\*\*(\s*)\*\*/g, '$1')
    .replace(/\n{3,}/g, '\n\n')
    .replace(/^\n+/, '');
}
