import { describe, expect, it } from 'vitest';
import { classifyDeliveryError, retryAfterMs } from '../../src/bots/teams/delivery-errors.ts';
import { commandText, decodeEntities } from '../../src/bots/teams/parse/text.ts';

const BOT = { id: '28:bot', name: 'Löftesbot' };
const MENTION = [
  { type: 'mention', text: '<at>Löftesbot</at>', mentioned: { id: '28:bot', name: 'Löftesbot' } },
];

describe('Teams message text → command text', () => {
  const cases: [string, string | undefined, readonly unknown[], string][] = [
    ['channel mention', '<at>Löftesbot</at> insats Sävsjö', MENTION, 'insats Sävsjö'],
    ['mention with slash', '<at>Löftesbot</at> /insats Sävsjö', MENTION, 'insats Sävsjö'],
    ['personal chat with slash', '/status Tranås T2', [], 'status Tranås T2'],
    ['no slash', 'status Tranås', [], 'status Tranås'],
    ['nbsp entity', '<at>Löftesbot</at>&nbsp;insats&nbsp;Sävsjö', MENTION, 'insats Sävsjö'],
    ['nbsp character', 'insats\u00a0Sävsjö', [], 'insats Sävsjö'],
    [
      'amp and lt',
      'logga trafikkontroll Tranås 1 E4 &amp; väg 32 &lt;norr&gt;',
      [],
      'logga trafikkontroll Tranås 1 E4 & väg 32 <norr>',
    ],
    ['numeric entities', 'insats S&#228;vsj&#xF6;', [], 'insats Sävsjö'],
    ['formatting tags', '<p><b>insats</b> <i>Sävsjö</i></p>', [], 'insats Sävsjö'],
    ['line breaks', 'insats Sävsjö<br>igår', [], 'insats Sävsjö igår'],
    ['mention in the middle', 'insats <at>Löftesbot</at> Sävsjö', MENTION, 'insats Sävsjö'],
    ['no entities (Emulator)', '<at>Löftesbot</at> hjälp', [], 'hjälp'],
    [
      'other people stay as @name',
      '<at>Löftesbot</at> lofte admin roll <at>Anna Berg</at> samordnare Tranås',
      MENTION,
      'lofte admin roll @Anna Berg samordnare Tranås',
    ],
    ['only the mention', '<at>Löftesbot</at>', MENTION, ''],
    ['zero-width and extra spaces', '  insats \u200b  Sävsjö  ', [], 'insats Sävsjö'],
    ['undefined text', undefined, [], ''],
    ['unknown entity kept', 'insats Sävsjö &foo;', [], 'insats Sävsjö &foo;'],
    [
      'mention entity of someone else is not stripped',
      '<at>Per</at> insats',
      [{ type: 'mention', text: '<at>Per</at>', mentioned: { id: '29:per' } }],
      '@Per insats',
    ],
  ];
  for (const [name, text, entities, expected] of cases) {
    it(name, () => {
      expect(commandText(text, BOT, entities as never)).toBe(expected);
    });
  }

  it('decodes out-of-range numeric references to U+FFFD, as browsers do (WHATWG)', () => {
    expect(decodeEntities('&#0; &#x110000;')).toBe('\uFFFD \uFFFD');
  });

  it('leaves a reference without its closing semicolon as written', () => {
    expect(decodeEntities('R&D &amp Sävsjö &auml;')).toBe('R&D &amp Sävsjö ä');
  });
});

describe('Bot Connector failures', () => {
  const err = (statusCode: number | undefined, code?: string, retryAfter?: string) => ({
    statusCode,
    code,
    response: { headers: { get: (n: string) => (n === 'retry-after' ? retryAfter : undefined) } },
  });

  it('403 and 404 mean the conversation is gone', () => {
    expect(classifyDeliveryError(err(403, 'BotNotInConversationRoster'), 0)).toMatchObject({ kind: 'dead' });
    expect(classifyDeliveryError(err(403, 'ConversationBlockedByUser'), 0)).toMatchObject({ kind: 'dead' });
    expect(classifyDeliveryError(err(404, 'ConversationNotFound'), 0)).toMatchObject({ kind: 'dead' });
  });

  it('429, 5xx, timeouts and network errors are transient, with Retry-After when given', () => {
    expect(classifyDeliveryError(err(429, 'TooManyRequests', '7'), 0)).toEqual({
      kind: 'transient',
      status: 429,
      code: 'TooManyRequests',
      retryAfterMs: 7000,
    });
    expect(classifyDeliveryError(err(502), 0)).toMatchObject({ kind: 'transient', code: 'HTTP502' });
    expect(classifyDeliveryError(err(408), 0)).toMatchObject({ kind: 'transient' });
    expect(classifyDeliveryError(new Error('ECONNRESET'), 0)).toMatchObject({
      kind: 'transient',
      code: 'NetworkError',
    });
  });

  it('other 4xx are rejected (the message, not the conversation)', () => {
    expect(classifyDeliveryError(err(400, 'BadArgument'), 0)).toMatchObject({ kind: 'rejected' });
    expect(classifyDeliveryError(err(413), 0)).toMatchObject({ kind: 'rejected' });
  });

  it('Retry-After as seconds or an HTTP date', () => {
    expect(retryAfterMs('2.5', 0)).toBe(2500);
    expect(retryAfterMs('Sat, 21 Nov 2026 09:00:10 GMT', Date.parse('2026-11-21T09:00:00Z'))).toBe(10_000);
    expect(retryAfterMs('soon', 0)).toBeUndefined();
    expect(retryAfterMs(undefined, 0)).toBeUndefined();
  });
});
