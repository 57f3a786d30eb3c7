/**
 * Cleaning of one line or table cell: HTML entities and stray tags, Markdown emphasis, links and escapes,
 * odd spaces. Structure (bullets, headings, tables) is recognised elsewhere (lines.ts); this only cleans text.
 */

import { decodeEntities } from '../runtime/html-entities.ts';

export { decodeEntities };

/** Normalises spaces and invisible characters; keeps tabs (they separate table cells). */
export function normaliseSpaces(text: string): string {
  return text
    .normalize('NFC')
    .replace(/[\u00a0\u2007\u202f\u2009\u200a\u2002\u2003]/g, ' ')
    .replace(/\u200b|\u200c|\u200d|\u2060|\ufeff|\u00ad/g, '');
}

/** True when the whole line is one bold run (`**…**`, `__…__`, `<b>…</b>`, `<strong>…</strong>`). */
export function isWhollyBold(line: string): boolean {
  const t = line.trim();
  return (
    /^\*\*[^*].*\*\*$/.test(t) ||
    /^__[^_].*__$/.test(t) ||
    /^<(b|strong)(\s[^>]*)?>.*<\/\1>$/i.test(t) ||
    /^\*\*<(b|strong)>.*<\/\1>\*\*$/i.test(t)
  );
}

/** Strips HTML tags (keeping their text), Markdown emphasis, links, images, escapes and code marks. */
export function cleanInline(text: string): string {
  let t = text;
  t = t.replace(/<br\s*\/?>/gi, ' ');
  t = t.replace(/<\/?[a-z][a-z0-9]*(?:\s[^<>]*)?\/?>/gi, '');
  t = t.replace(/<!--.*?-->/g, '');
  t = decodeEntities(t);
  t = t.replace(/!\[([^\]]*)\]\([^)]*\)/g, '$1');
  t = t.replace(/\[([^\]]+)\]\((?:[^()]|\([^)]*\))*\)/g, '$1');
  t = t.replace(/\*\*|__/g, '');
  t = t.replace(/(^|[\s(])\*(?=\S)([^*]*?\S)\*(?=[\s).,:;!?]|$)/g, '$1$2');
  t = t.replace(/(^|[\s(])_(?=\S)([^_]*?\S)_(?=[\s).,:;!?]|$)/g, '$1$2');
  t = t.replace(/~~/g, '');
  t = t.replace(/`/g, '');
  t = t.replace(/\\([\\`*_{}[\]()#+\-.!|>~])/g, '$1');
  return t;
}

/** Cleans one table cell or line fragment and collapses its spaces. */
export function cleanText(text: string): string {
  return cleanInline(normaliseSpaces(text)).replace(/\s+/g, ' ').trim();
}

/** Words after which "gång- och …" keeps its hyphen and space: the hyphen stands for a shared compound part. */
const SHARED_PART = /^(och|eller|samt|respektive|som|till|resp\.?)(?![\p{L}])/u;

/**
 * A wrapped line joined to the one before it. A word hyphenated at the line end ("tra-" + "fik") is made whole
 * again; after a capital or a digit the hyphen stays ("LOB-" + "ingripanden"); "gång-" + "och cykelvägar" keeps
 * both the hyphen and the space.
 */
export function joinWrapped(before: string, after: string): string {
  const hyphen = /[\p{L}\p{N}]-$/u.test(before) && /^\p{Ll}/u.test(after) && !SHARED_PART.test(after);
  if (!hyphen) return `${before} ${after}`;
  return /\p{Ll}-$/u.test(before) ? `${before.slice(0, -1)}${after}` : `${before}${after}`;
}
