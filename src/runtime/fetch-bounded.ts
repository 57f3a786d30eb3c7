/**
 * Downloads a file with a size limit enforced while the bytes arrive (a document a person sent in chat: a Slack
 * file's `url_private_download`, a Teams attachment's `downloadUrl`): a declared Content-Length over the limit is
 * refused before reading, and the download is aborted as soon as the body passes it. A refusal is data (the
 * import's ReadRefusal has the same shapes), worded in the reader's language by whoever answers.
 */

export type FetchRefusal =
  | { readonly kind: 'too-big'; readonly name: string }
  | { readonly kind: 'download-failed'; readonly name: string; readonly status?: number };

export type Fetched =
  | { readonly ok: true; readonly bytes: Uint8Array }
  | { readonly ok: false; readonly refusal: FetchRefusal };

export async function fetchBounded(
  url: string,
  name: string,
  limit: number,
  headers: Readonly<Record<string, string>> = {},
): Promise<Fetched> {
  const tooBig: Fetched = { ok: false, refusal: { kind: 'too-big', name } };
  const controller = new AbortController();
  let response: Response;
  try {
    response = await fetch(url, { headers, signal: controller.signal, redirect: 'follow' });
  } catch {
    return { ok: false, refusal: { kind: 'download-failed', name } };
  }
  if (!response.ok || !response.body)
    return { ok: false, refusal: { kind: 'download-failed', name, status: response.status } };
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
