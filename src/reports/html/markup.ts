import { REPORT_CSS } from './styles.ts';

/** Escapes text for HTML element content and double-quoted attribute values. */
export function escapeHtml(text: string): string {
  return text
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&#39;');
}

/** A complete HTML document in Löftesbot's look: `body` is trusted markup, `title` plain text. */
export function htmlDocument(options: { lang: string; title: string; body: string; css?: string }): string {
  return [
    '<!doctype html>',
    `<html lang="${escapeHtml(options.lang)}">`,
    '<head>',
    '<meta charset="utf-8">',
    '<meta name="viewport" content="width=device-width, initial-scale=1">',
    `<title>${escapeHtml(options.title)}</title>`,
    `<style>${options.css ?? REPORT_CSS}</style>`,
    '</head>',
    '<body>',
    options.body,
    '</body>',
    '</html>',
    '',
  ].join('\n');
}

/**
 * A progress bar with its text equivalent: the bar is decoration (hidden from assistive technology), the text
 * beside it ("5 av 8") carries the information.
 */
export function progressBarHtml(ratio: number, text: string): string {
  const filled = Math.round(Math.max(0, Math.min(1, ratio)) * 100);
  return [
    '<span class="lb-progress">',
    '<svg class="lb-bar" viewBox="0 0 100 8" preserveAspectRatio="none" aria-hidden="true" focusable="false">',
    '<rect class="lb-bar-track" width="100" height="8" rx="2"/>',
    filled > 0 ? `<rect class="lb-bar-fill" width="${filled}" height="8" rx="2"/>` : '',
    '</svg>',
    `<span>${escapeHtml(text)}</span>`,
    '</span>',
  ].join('');
}

/** A state badge ("efter", "klar"…): the word is the information, colour only repeats it. */
export function stateBadge(state: string, text: string): string {
  const slug = state.normalize('NFD').replace(/\p{M}/gu, '').replace(/\s+/g, '-');
  return `<span class="lb-state lb-state-${escapeHtml(slug)}">${escapeHtml(text)}</span>`;
}
