import { type AddressInfo, createServer } from 'node:net';
import { describe, expect, it } from 'vitest';
import { startServer } from '../src/app/start.ts';
import { loadConfig } from '../src/config.ts';
import { isLoftesbotError } from '../src/domain/errors.ts';
import { silentLogger } from '../src/runtime/logger.ts';
import { parseDatabaseUrl } from '../src/store/open.ts';
import { freshSqliteUrl } from './support/databases.ts';

function refusal(env: Record<string, string>): string {
  try {
    loadConfig(env);
  } catch (e) {
    if (isLoftesbotError(e, 'E_CONFIG')) return e.message;
    throw e;
  }
  throw new Error(`expected ${JSON.stringify(env)} to be refused`);
}

/** English words that would mean a message was left half in English (the keys and values stay as they are written). */
const ENGLISH = /\b(must|required|only with|needs|e\.g\.|did you mean|got|invalid|one of|such as|URL)\b/;

/**
 * The operator's bad value is refused with the right form, not with the validation library's own words ("Invalid
 * input: expected number, received NaN", "Too big: expected number to be <=65535"); a value in the wrong case or one
 * letter off is answered with the value it meant. The messages are Swedish, as the CLI's own are, with the variables'
 * names as they are written ("fel i konfigurationen: PORT måste vara ett portnummer 0–65535, t.ex. 3000").
 */
describe('a refused configuration value says what is right', () => {
  const custom = {
    MICROSOFT_APP_ID: 'app',
    MICROSOFT_APP_PASSWORD: 'pw',
    TEAMS_CLOUD: 'custom',
    TEAMS_LOGIN_URL: 'https://login.cloud.example/tenant',
    TEAMS_OAUTH_SCOPE: 'https://api.cloud.example',
    TEAMS_TOKEN_ISSUER: 'https://api.cloud.example',
    TEAMS_OPENID_METADATA_URL: 'https://login.cloud.example/openid',
  };
  it.each([
    [{ PORT: 'abc' }, 'PORT måste vara ett portnummer 0–65535, t.ex. 3000 (fick ”abc”)'],
    [{ PORT: '70000' }, 'PORT måste vara ett portnummer 0–65535, t.ex. 3000 (fick ”70000”)'],
    [{ PORT: '80.5' }, 'PORT måste vara ett portnummer 0–65535, t.ex. 3000 (fick ”80.5”)'],
    [{ METRICS_PORT: '-1' }, 'METRICS_PORT måste vara ett portnummer 0–65535, t.ex. 9464 (fick ”-1”)'],
    [
      { LOG_LEVEL: 'INFO' },
      'LOG_LEVEL måste vara ett av fatal, error, warn, info, debug, trace, silent — menade du info? (fick ”INFO”)',
    ],
    [{ LOG_LEVEL: 'debgu' }, 'menade du debug?'],
    [
      { LOG_LEVEL: 'verbose' },
      'LOG_LEVEL måste vara ett av fatal, error, warn, info, debug, trace, silent (fick ”verbose”)',
    ],
    [{ LOFTESBOT_LANG: 'SV' }, 'LOFTESBOT_LANG måste vara ett av sv, en — menade du sv?'],
    [{ MICROSOFT_APP_TYPE: 'multitenant' }, 'menade du MultiTenant?'],
    [{ MICROSOFT_APP_TYPE: 'SingelTenant' }, 'menade du SingleTenant?'],
    [{ TEAMS_CLOUD: 'Public' }, 'TEAMS_CLOUD måste vara ett av public, usgov, custom — menade du public?'],
    [{ LOFTESBOT_SCHEDULER: 'maybe' }, 'LOFTESBOT_SCHEDULER måste vara true eller false (fick ”maybe”)'],
    [{ LOFTESBOT_SCHEDULER: 'False' }, 'menade du false?'],
    [
      { DATABASE_URL: 'mysql://localhost/x' },
      'DATABASE_URL måste vara sqlite:<sökväg> eller postgres://…, t.ex. sqlite:./data/loftesbot.db (fick ”mysql://localhost/x”)',
    ],
    [
      { LOFTESBOT_TIMEZONE: 'Mars/Base' },
      'LOFTESBOT_TIMEZONE måste vara en IANA-tidszon, t.ex. Europe/Stockholm (fick ”Mars/Base”)',
    ],
    [
      { LOFTESBOT_PUBLIC_URL: 'bot.example.se' },
      'LOFTESBOT_PUBLIC_URL måste vara en http(s)-adress, t.ex. https://intra.example.se/loftesbot (fick ”bot.example.se”)',
    ],
    [
      { SLACK_API_URL: 'slack.com' },
      'SLACK_API_URL måste vara en http(s)-adress, t.ex. https://slack.com/api/',
    ],
    [{ LOFTESBOT_LOG_FILE: ' ' }, 'LOFTESBOT_LOG_FILE får inte vara tom, t.ex. ./data/loftesbot.log'],
    [
      { LOFTESBOT_TEST_CLOCK: 'tick=1' },
      'LOFTESBOT_TEST_CLOCK måste vara file=<sökväg>;tick=<ms> (bara för tester)',
    ],
    [
      { SLACK_BOT_TOKEN: 'xoxb-1' },
      'SLACK_SIGNING_SECRET krävs med SLACK_BOT_TOKEN i HTTP-läge (eller sätt SLACK_APP_TOKEN för Socket Mode)',
    ],
    [{ MICROSOFT_APP_ID: 'app' }, 'MICROSOFT_APP_PASSWORD krävs när MICROSOFT_APP_ID är satt'],
    [
      { MICROSOFT_APP_ID: 'app', MICROSOFT_APP_PASSWORD: 'pw', MICROSOFT_APP_TYPE: 'SingleTenant' },
      'MICROSOFT_APP_TENANT_ID krävs för en SingleTenant-app',
    ],
    [{ ...custom, TEAMS_LOGIN_URL: '' }, 'TEAMS_LOGIN_URL krävs med TEAMS_CLOUD=custom'],
    [
      { ...custom, TEAMS_LOGIN_URL: 'http://login.cloud.example/t' },
      'TEAMS_LOGIN_URL måste vara en https-adress (http bara till den egna datorn, t.ex. http://127.0.0.1:8123/…)',
    ],
    [
      { ...custom, TEAMS_CLOUD: 'public' },
      'TEAMS_LOGIN_URL används bara med TEAMS_CLOUD=custom; ta bort den eller sätt TEAMS_CLOUD=custom',
    ],
    [
      { ...custom, MICROSOFT_APP_TYPE: 'UserAssignedMSI' },
      'MICROSOFT_APP_TYPE UserAssignedMSI går inte med TEAMS_CLOUD=custom, som behöver ett applösenord: välj MultiTenant eller SingleTenant',
    ],
  ] as [Record<string, string>, string][])('%j', (env, text) => {
    const message = refusal(env);
    expect(message).toContain(text);
    expect(message).not.toMatch(/Invalid|expected|Too (big|small)/);
    expect(message).not.toMatch(ENGLISH);
  });
});

describe('a database URL that cannot be used says so in Swedish', () => {
  it.each([
    ['sqlite:', 'DATABASE_URL sqlite: behöver en sökväg till filen, t.ex. sqlite:./data/loftesbot.db'],
    ['mysql://x', 'DATABASE_URL måste börja med sqlite: eller postgres://, t.ex. sqlite:./data/loftesbot.db'],
  ])('%s', (url, text) => {
    let message = '';
    try {
      parseDatabaseUrl(url);
    } catch (e) {
      if (isLoftesbotError(e, 'E_CONFIG')) message = e.message;
    }
    expect(message).toBe(text);
  });
});

describe('a port already in use stops the start in Swedish, naming the variable', () => {
  it('PORT', async () => {
    const busy = createServer();
    await new Promise<void>((resolve) => busy.listen(0, '127.0.0.1', resolve));
    const port = (busy.address() as AddressInfo).port;
    const db = freshSqliteUrl();
    try {
      const config = loadConfig({ DATABASE_URL: db.url, LOG_LEVEL: 'silent' });
      await expect(
        startServer(config, { plugins: [], port, host: '127.0.0.1', logger: silentLogger, scheduler: false }),
      ).rejects.toThrow(`PORT ${port} på 127.0.0.1 används redan av ett annat program; välj en ledig port`);
    } finally {
      await new Promise((resolve) => busy.close(resolve));
      await db.drop();
    }
  });
});
