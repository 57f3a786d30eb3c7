import type { ServerResponse } from 'node:http';

/**
 * Response headers of the pages. No page runs JavaScript, so the policy allows none; styles come from our own
 * stylesheet. Pages behind a signed link are never cached, indexed or sent on as a Referer (the token is in the URL).
 */
const BASE: Readonly<Record<string, string>> = {
  'x-content-type-options': 'nosniff',
  'content-security-policy':
    "default-src 'none'; style-src 'self'; img-src 'self' data:; base-uri 'none'; form-action 'none'; frame-ancestors 'none'",
};

export const PUBLIC_HEADERS: Readonly<Record<string, string>> = {
  ...BASE,
  // Published texts must show at once: caches may keep a copy but must ask again before using it.
  'cache-control': 'no-cache',
  'referrer-policy': 'strict-origin-when-cross-origin',
};

export const PRIVATE_HEADERS: Readonly<Record<string, string>> = {
  ...BASE,
  'cache-control': 'no-store',
  'referrer-policy': 'no-referrer',
  'x-robots-tag': 'noindex, nofollow',
};

/** Writes an HTML page. */
export function sendHtml(
  res: ServerResponse,
  status: number,
  body: string,
  headers: Readonly<Record<string, string>>,
): void {
  res.writeHead(status, { 'content-type': 'text/html; charset=utf-8', ...headers });
  res.end(body);
}

/** Writes a file download (a report) with its media type and file name. */
export function sendDownload(
  res: ServerResponse,
  content: string | Uint8Array,
  mediaType: string,
  fileName: string,
  headers: Readonly<Record<string, string>>,
): void {
  res.writeHead(200, {
    ...headers,
    // A downloaded HTML report carries its own inline <style>.
    'content-security-policy': "default-src 'none'; style-src 'unsafe-inline'; img-src data:",
    'content-type': mediaType,
    'content-disposition': `attachment; filename="${fileName.replace(/[^A-Za-z0-9._-]/g, '_')}"`,
  });
  res.end(content);
}

/** Path segments of a URL path, decoded; null when a segment is not valid percent-encoding. */
export function segments(pathname: string): string[] | null {
  try {
    return pathname
      .split('/')
      .filter((s) => s !== '')
      .map((s) => decodeURIComponent(s));
  } catch {
    return null;
  }
}
