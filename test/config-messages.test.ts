import { describe, expect, it } from 'vitest';
import { loadConfig } from '../src/config.ts';
import { isLoftesbotError } from '../src/domain/errors.ts';

function refusal(env: Record<string, string>): string {
  try {
    loadConfig(env);
  } catch (e) {
    if (isLoftesbotError(e, 'E_CONFIG')) return e.message;
    throw e;
  }
  throw new Error(`expected ${JSON.stringify(env)} to be refused`);
}

/**
 * The operator's bad value is refused with the right form, not with the validation library's own words ("Invalid
 * input: expected number, received NaN", "Too big: expected number to be <=65535"); a value in the wrong case or one
 * letter off is answered with the value it meant.
 */
describe('a refused configuration value says what is right', () => {
  it.each([
    [{ PORT: 'abc' }, 'PORT: must be a port number 0–65535, e.g. 3000 (got "abc")'],
    [{ PORT: '70000' }, 'PORT: must be a port number 0–65535, e.g. 3000 (got "70000")'],
    [{ PORT: '80.5' }, 'PORT: must be a port number 0–65535, e.g. 3000 (got "80.5")'],
    [{ METRICS_PORT: '-1' }, 'METRICS_PORT: must be a port number 0–65535, e.g. 9464 (got "-1")'],
    [
      { LOG_LEVEL: 'INFO' },
      'LOG_LEVEL: must be one of fatal, error, warn, info, debug, trace, silent — did you mean info?',
    ],
    [{ LOG_LEVEL: 'debgu' }, 'did you mean debug?'],
    [
      { LOG_LEVEL: 'verbose' },
      'LOG_LEVEL: must be one of fatal, error, warn, info, debug, trace, silent (got "verbose")',
    ],
    [{ LOFTESBOT_LANG: 'SV' }, 'LOFTESBOT_LANG: must be one of sv, en — did you mean sv?'],
    [{ MICROSOFT_APP_TYPE: 'multitenant' }, 'did you mean MultiTenant?'],
    [{ MICROSOFT_APP_TYPE: 'SingelTenant' }, 'did you mean SingleTenant?'],
    [{ TEAMS_CLOUD: 'Public' }, 'TEAMS_CLOUD: must be one of public, usgov, custom — did you mean public?'],
    [{ LOFTESBOT_SCHEDULER: 'maybe' }, 'LOFTESBOT_SCHEDULER: must be true or false (got "maybe")'],
    [{ LOFTESBOT_SCHEDULER: 'False' }, 'did you mean false?'],
  ])('%j', (env, text) => {
    const message = refusal(env);
    expect(message).toContain(text);
    expect(message).not.toMatch(/Invalid|expected|Too (big|small)/);
  });
});
