import { describe, expect, it } from 'vitest';
import { boltLogger } from '../../src/bots/slack/api/bolt-logger.ts';
import { MAX_SDK_TEXT, scrubSdkText } from '../../src/bots/slack/api/scrub.ts';
import type { Logger } from '../../src/domain/ports.ts';

describe('Slack SDK error texts are scrubbed and cut before they are logged', () => {
  it.each([
    ['a bot token', 'An API error occurred: invalid_auth token=xoxb-1234-5678-abcdefABCDEF', 'xoxb-'],
    ['an app token', 'socket mode: xapp-1-A0123-456-abcdef failed', 'xapp-1'],
    ['a bearer header', 'Authorization: Bearer eyJhbGciOiJIUzI1NiJ9.e30.abc', 'eyJhbGci'],
    ['a response URL', 'POST https://hooks.slack.com/commands/T0/123/AbCdEf failed', 'AbCdEf'],
    ['a query string', 'GET https://slack.com/api/users.info?token=abc&user=U1 failed', 'token=abc'],
    [
      'a signing secret',
      'secret 8f742231b10e8888abcd99yyyzzz85a5 vs 0123456789abcdef0123456789abcdef',
      '0123456789abcdef0123',
    ],
    ['an e-mail address', 'user anna.berg@savsjo.se not found', 'anna.berg@'],
    ['a personnummer in a quoted body', 'invalid_blocks: "Samtal med 811218-9876"', '811218-9876'],
  ])('%s is removed', (_name, text, secret) => {
    expect(scrubSdkText(text)).not.toContain(secret);
  });

  it(`keeps the error code and cuts to ${MAX_SDK_TEXT} characters`, () => {
    expect(scrubSdkText('An API error occurred: channel_not_found')).toBe(
      'An API error occurred: channel_not_found',
    );
    expect(scrubSdkText('error '.repeat(200)).length).toBe(MAX_SDK_TEXT + 1);
  });

  it("Bolt's logger writes scrubbed lines", () => {
    const lines: string[] = [];
    const logger: Logger = {
      debug: () => {},
      info: (_f, m) => lines.push(m),
      warn: (_f, m) => lines.push(m),
      error: (_f, m) => lines.push(m),
      child: () => logger,
    };
    boltLogger(logger).error(new Error('failed with token xoxb-1-2-secretvalue'), 'for 811218-9876');
    expect(lines).toEqual(['failed with token [token] for [personnummer]']);
  });
});
