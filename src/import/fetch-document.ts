import { IMPORT_LIMITS, megabytes } from './limits.ts';

/**
 * Downloads a document a person sent in chat (a Slack file's `url_private_download`, a Teams attachment's
 * `downloadUrl`) with the importer's size limit enforced while the bytes arrive: a declared Content-Length over the
 * limit is refused before reading, and the download is aborted as soon as the body passes it.
 */

export type Fetched =
  | { readonly ok: true; readonly bytes: Uint8Array }
  | { readonly ok: false; readonly reason: string };

export async function fetchDocument(
  url: string,
  name: string,
  headers: Readonly<Record<string, string>> = {},
  limit: number = IMPORT_LIMITS.fileBytes,
): Promise<Fetched> {
  const tooBig: Fetched = {
    ok: false,
    reason: `${name} är större än ${megabytes(limit)} och importeras inte`,
  };
  const controller = new AbortController();
  let response: Response;
  try {
    response = await fetch(url, { headers, signal: controller.signal, redirect: 'follow' });
  } catch {
    return { ok: false, reason: `kunde inte hämta ${name}` };
  }
  if (!response.ok || !response.body)
    return { ok: false, reason: `kunde inte hämta ${name} (${response.status})` };
  const declared = Number(response.headers.get('content-length') ?? '0');
  if (declared > limit) {
    controller.abort();
    return tooBig;
  }
  const parts: Uint8Array[] = [];
  let size = 0;
  const reader = response.body.getReader();
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.byteLength;
    if (size > limit) {
      controller.abort();
      return tooBig;
    }
    parts.push(value);
  }
  const bytes = new Uint8Array(size);
  let at = 0;
  for (const p of parts) {
    bytes.set(p, at);
    at += p.byteLength;
  }
  return { ok: true, bytes };
}
