import { type Html, html, raw } from '../../runtime/html.ts';
import { REPORT_CSS } from './styles.ts';

/**
 * The report's small HTML parts. Every interpolation goes through `html` (src/runtime/html.ts), the one escaper of
 * the project: escaped unless it is already Html or marked `raw` (our own CSS).
 */

/** A complete HTML document in Löftesbot's look: `body` is markup built with `html`, `title` plain text. */
export function htmlDocument(options: { lang: string; title: string; body: Html; css?: string }): string {
  return [
    '<!doctype html>',
    html`<html lang="${options.lang}">`.value,
    '<head>',
    '<meta charset="utf-8">',
    '<meta name="viewport" content="width=device-width, initial-scale=1">',
    html`<title>${options.title}</title>`.value,
    html`<style>${raw(options.css ?? REPORT_CSS)}</style>`.value,
    '</head>',
    '<body>',
    options.body.value,
    '</body>',
    '</html>',
    '',
  ].join('\n');
}

/**
 * A progress bar with its text equivalent: the bar is decoration (hidden from assistive technology), the text
 * beside it ("5 av 8") carries the information.
 */
export function progressBarHtml(ratio: number, text: string): Html {
  const filled = Math.round(Math.max(0, Math.min(1, ratio)) * 100);
  return html`<span class="lb-progress"><svg class="lb-bar" viewBox="0 0 100 8" preserveAspectRatio="none" aria-hidden="true" focusable="false"><rect class="lb-bar-track" width="100" height="8" rx="2"/>${filled > 0 ? html`<rect class="lb-bar-fill" width="${filled}" height="8" rx="2"/>` : ''}</svg><span>${text}</span></span>`;
}

/** A state badge ("efter", "klar"…): the word is the information, colour only repeats it. */
export function stateBadge(state: string, text: string): Html {
  const slug = state.normalize('NFD').replace(/\p{M}/gu, '').replace(/\s+/g, '-');
  return html`<span class="lb-state lb-state-${slug}">${text}</span>`;
}
