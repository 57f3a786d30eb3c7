import { decodeHTMLStrict } from 'entities';

/**
 * Decodes HTML character references (`&auml;`, `&#228;`, `&#xE4;`, `&nbsp;`) with the `entities` library's full
 * WHATWG list; references without their closing `;` stay as written. No-break spaces become plain spaces and soft
 * hyphens vanish, so what people typed in Teams or pasted from a web page parses like plain text.
 */
export function decodeEntities(text: string): string {
  return decodeHTMLStrict(text)
    .replace(/\u00a0/g, ' ')
    .replace(/\u00ad/g, '');
}
