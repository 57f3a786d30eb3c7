import { request } from 'node:http';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { post, SIGNING_SECRET, signedHeaders } from '../chaos/support/slack-requests.ts';
import { testDialects } from '../support/databases.ts';
import { type OpsServer, opsServer } from './support/server.ts';

/**
 * Issue 9, item 5: a body over the limit (1 MiB) gets 413; malformed JSON to /api/messages and malformed forms to
 * /slack/events get 400. Neither logs at error level or with a stack trace, and neither reaches the chat core or
 * writes anything.
 */

const MIB = 1024 * 1024;

/** POSTs a body in chunks without a Content-Length (chunked), so only counting the bytes can catch it. */
function postChunked(url: string, chunks: number, size: number): Promise<number> {
  return new Promise((resolve, reject) => {
    const req = request(
      url,
      { method: 'POST', headers: { 'content-type': 'application/json' }, agent: false },
      (res) => {
        res.resume();
        resolve(res.statusCode ?? 0);
      },
    );
    req.on('error', (e: NodeJS.ErrnoException) =>
      e.code === 'EPIPE' || e.code === 'ECONNRESET' ? null : reject(e),
    );
    const chunk = Buffer.alloc(size, 'a');
    for (let i = 0; i < chunks; i++) req.write(chunk);
    req.end();
  });
}

describe.each(testDialects())('input limits [$name]', ({ name }) => {
  let s: OpsServer;
  let rowsBefore: number;
  /** Log lines written at start-up (before any request). */
  let startup: number;
  const rows = async () =>
    Number(
      (
        await s.server.ctx.handle.db
          .selectFrom('audit_log')
          .select((eb) => eb.fn.countAll<number | string>().as('n'))
          .executeTakeFirstOrThrow()
      ).n,
    ) +
    Number(
      (
        await s.server.ctx.handle.db
          .selectFrom('registrations')
          .select((eb) => eb.fn.countAll<number | string>().as('n'))
          .executeTakeFirstOrThrow()
      ).n,
    );

  beforeAll(async () => {
    s = await opsServer(name, { level: 'debug' });
    rowsBefore = await rows();
    startup = s.logs.length;
  });
  afterAll(async () => {
    await s.close();
  });

  it.each([
    ['/slack/events', 'application/x-www-form-urlencoded'],
    ['/api/messages', 'application/json'],
  ])('%s: a body over 1 MiB gets 413, declared or counted', async (path, contentType) => {
    const big = `text=${'a'.repeat(MIB)}`;
    const declared = await post(`${s.url}${path}`, big, signedHeaders(SIGNING_SECRET, big, contentType));
    expect(declared.status).toBe(413);
    expect(await postChunked(`${s.url}${path}`, 17, 64 * 1024)).toBe(413);
    const justUnder = 'a'.repeat(MIB - 100);
    const under = await post(
      `${s.url}${path}`,
      justUnder,
      signedHeaders(SIGNING_SECRET, justUnder, contentType),
    );
    expect(under.status).not.toBe(413);
  });

  it.each([
    ['not JSON', '{"type": "message", "text": '],
    ['JSON null', 'null'],
    ['a JSON list', '[{"type":"message"}]'],
    ['a string', '"message"'],
    ['empty', ''],
    [
      'an activity without a conversation',
      '{"type":"message","serviceUrl":"http://127.0.0.1:1/","text":"insats Sävsjö"}',
    ],
  ])('/api/messages: %s gets 400', async (_name, body) => {
    const res = await post(`${s.url}/api/messages`, body, { 'content-type': 'application/json' });
    expect(res.status).toBe(400);
  });

  it.each([
    ['a payload that is not JSON', 'payload=%7Bnot-json'],
    ['payload=null', 'payload=null'],
    ['a payload list', `payload=${encodeURIComponent('[1,2]')}`],
    [
      'a payload of an unknown type',
      `payload=${encodeURIComponent('{"type":"shortcut","user":{"id":"U1"}}')}`,
    ],
    [
      'block_actions without actions',
      `payload=${encodeURIComponent('{"type":"block_actions","user":{"id":"U1"}}')}`,
    ],
    [
      'block_actions with channel null',
      `payload=${encodeURIComponent('{"type":"block_actions","user":{"id":"U1"},"channel":null,"actions":[{"action_id":"undo"}]}')}`,
    ],
    ['a command without a user', 'command=%2Finsats&text=S%C3%A4vsj%C3%B6'],
    ['a command we do not have', 'command=%2Fweather&text=x&user_id=U1'],
    ['a form of nothing we know', 'a=1&b=2'],
    ['an empty form', ''],
    ['bytes that are no form', '%%%&&&==='],
  ])('/slack/events: a signed form with %s gets 400', async (_name, body) => {
    const res = await post(`${s.url}/slack/events`, body, signedHeaders(SIGNING_SECRET, body));
    expect(res.status).toBe(400);
  });

  it.each([
    ['not JSON', '{"type":'],
    ['an event_callback without event', '{"type":"event_callback"}'],
    ['JSON null', 'null'],
  ])('/slack/events: signed JSON with %s gets 400', async (_name, body) => {
    const res = await post(
      `${s.url}/slack/events`,
      body,
      signedHeaders(SIGNING_SECRET, body, 'application/json'),
    );
    expect(res.status).toBe(400);
  });

  it('an unsigned malformed body still gets 401: the signature is checked first', async () => {
    const res = await post(`${s.url}/slack/events`, 'payload=null', {
      'content-type': 'application/x-www-form-urlencoded',
    });
    expect(res.status).toBe(401);
  });

  it('none of it reached the chat core, wrote anything, or logged an error or a stack trace', async () => {
    expect(s.coreCalls).toEqual([]);
    expect(await rows()).toBe(rowsBefore);
    const loud = s.logs.filter((l) => l.level >= 50);
    expect(loud.map((l) => l.msg)).toEqual([]);
    expect(s.logs.filter((l) => /"stack"|\n\s+at /.test(l.raw)).map((l) => l.msg)).toEqual([]);
    const refused = s.logs.slice(startup).filter((l) => l.level === 40);
    expect(refused.length).toBeGreaterThan(10);
    expect(refused.filter((l) => typeof l.requestId !== 'string').map((l) => l.msg)).toEqual([]);
  });
});
