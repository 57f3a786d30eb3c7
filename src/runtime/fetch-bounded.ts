import type { DocumentRefusal } from '../domain/types.ts';

/**
 * Downloads a file with a size limit enforced while the bytes arrive (a document a person sent in chat: a Slack
 * file's `url_private_download`, a Teams attachment's `downloadUrl`): a declared Content-Length over the limit is
 * refused before reading, and the download is aborted as soon as the body passes it. The reason is coded; the chat
 * core says it in the person's language.
 */

export type Fetched =
  | { readonly ok: true; readonly bytes: Uint8Array }
  | { readonly ok: false; readonly reason: DocumentRefusal };

export async function fetchBounded(
  url: string,
  limit: number,
  headers: Readonly<Record<string, string>> = {},
): Promise<Fetched> {
  const tooBig: Fetched = {
    ok: false,
    reason: { kind: 'too-large', megabytes: Math.round(limit / (1024 * 1024)) },
  };
  const controller = new AbortController();
  let response: Response;
  try {
    response = await fetch(url, { headers, signal: controller.signal, redirect: 'follow' });
  } catch {
    return { ok: false, reason: { kind: 'unreachable' } };
  }
  if (!response.ok || !response.body)
    return { ok: false, reason: { kind: 'unreachable', status: response.status } };
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
