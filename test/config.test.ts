import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadConfig, readEnvFile } from '../src/config.ts';
import { isLoftesbotError, type LoftesbotError } from '../src/domain/errors.ts';

function failure(env: Record<string, string>): LoftesbotError {
  try {
    loadConfig(env);
  } catch (e) {
    if (isLoftesbotError(e, 'E_CONFIG')) return e;
    throw e;
  }
  throw new Error(`expected ${JSON.stringify(env)} to be rejected`);
}

describe('loadConfig', () => {
  it('has working defaults for an empty environment (embedded SQLite, Stockholm, Swedish)', () => {
    const c = loadConfig({});
    expect(c).toMatchObject({
      databaseUrl: 'sqlite:./data/loftesbot.db',
      port: 3000,
      host: '0.0.0.0',
      timezone: 'Europe/Stockholm',
      lang: 'sv',
      schedulerEnabled: true,
      logLevel: 'info',
      publicUrl: undefined,
      linkSecret: undefined,
    });
    expect(c.slack).toEqual({
      signingSecret: undefined,
      botToken: undefined,
      appToken: undefined,
      apiUrl: undefined,
    });
    expect(c.teams).toMatchObject({ appType: 'MultiTenant', allowUnauthenticated: false, appId: undefined });
  });

  it('reads every variable it knows', () => {
    const c = loadConfig({
      DATABASE_URL: 'postgres://u:p@db:5432/loftesbot',
      PORT: '8080',
      HOST: '127.0.0.1',
      SLACK_BOT_TOKEN: 'xoxb-1',
      SLACK_SIGNING_SECRET: ' s3cret ',
      MICROSOFT_APP_ID: 'app',
      MICROSOFT_APP_PASSWORD: 'pw',
      MICROSOFT_APP_TYPE: 'SingleTenant',
      MICROSOFT_APP_TENANT_ID: 'tenant',
      TEAMS_ALLOW_UNAUTHENTICATED: 'yes',
      LOFTESBOT_TIMEZONE: 'Europe/Helsinki',
      LOFTESBOT_LANG: 'en',
      LOFTESBOT_PUBLIC_URL: 'https://bot.example.se',
      LOFTESBOT_SCHEDULER: 'false',
      LOG_LEVEL: 'debug',
    });
    expect(c).toMatchObject({
      databaseUrl: 'postgres://u:p@db:5432/loftesbot',
      port: 8080,
      host: '127.0.0.1',
      timezone: 'Europe/Helsinki',
      lang: 'en',
      publicUrl: 'https://bot.example.se',
      schedulerEnabled: false,
      logLevel: 'debug',
    });
    expect(c.slack).toMatchObject({ botToken: 'xoxb-1', signingSecret: 's3cret' });
    expect(c.teams).toEqual({
      appId: 'app',
      appPassword: 'pw',
      tenantId: 'tenant',
      appType: 'SingleTenant',
      allowUnauthenticated: true,
      cloud: { kind: 'public' },
    });
  });

  it('TEAMS_CLOUD: public by default, usgov, or custom with every endpoint (https, or http on a loopback address)', () => {
    expect(loadConfig({}).teams.cloud).toEqual({ kind: 'public' });
    expect(loadConfig({ TEAMS_CLOUD: 'usgov' }).teams.cloud).toEqual({ kind: 'usgov' });
    const custom = {
      MICROSOFT_APP_ID: 'app',
      MICROSOFT_APP_PASSWORD: 'pw',
      TEAMS_CLOUD: 'custom',
      TEAMS_LOGIN_URL: 'https://login.cloud.example/tenant',
      TEAMS_OAUTH_SCOPE: 'https://api.cloud.example',
      TEAMS_TOKEN_ISSUER: 'https://api.cloud.example',
      TEAMS_OPENID_METADATA_URL: 'http://127.0.0.1:8123/openid',
    };
    expect(loadConfig(custom).teams.cloud).toEqual({
      kind: 'custom',
      loginUrl: 'https://login.cloud.example/tenant',
      oauthScope: 'https://api.cloud.example',
      tokenIssuer: 'https://api.cloud.example',
      openIdMetadataUrl: 'http://127.0.0.1:8123/openid',
    });
    const refused: [Record<string, string>, RegExp][] = [
      [{ TEAMS_CLOUD: 'azure-china' }, /^TEAMS_CLOUD måste/],
      [{ ...custom, TEAMS_LOGIN_URL: '' }, /^TEAMS_LOGIN_URL krävs med TEAMS_CLOUD=custom/],
      [{ ...custom, TEAMS_OAUTH_SCOPE: ' ' }, /^TEAMS_OAUTH_SCOPE krävs/],
      [
        { ...custom, TEAMS_LOGIN_URL: 'http://login.cloud.example/t' },
        /^TEAMS_LOGIN_URL måste vara en https-adress/,
      ],
      [
        { ...custom, TEAMS_OPENID_METADATA_URL: 'http://169.254.169.254/' },
        /^TEAMS_OPENID_METADATA_URL måste vara/,
      ],
      [{ ...custom, TEAMS_CLOUD: 'public' }, /^TEAMS_LOGIN_URL används bara med TEAMS_CLOUD=custom/],
      [
        { ...custom, MICROSOFT_APP_TYPE: 'UserAssignedMSI' },
        /^MICROSOFT_APP_TYPE UserAssignedMSI går inte med TEAMS_CLOUD=custom/,
      ],
    ];
    for (const [env, message] of refused) expect(failure(env).message).toMatch(message);
  });

  it('accepts postgresql:// and Socket Mode (bot token + app token, no signing secret)', () => {
    expect(loadConfig({ DATABASE_URL: 'postgresql://localhost/x' }).databaseUrl).toBe(
      'postgresql://localhost/x',
    );
    expect(loadConfig({ SLACK_BOT_TOKEN: 'xoxb-1', SLACK_APP_TOKEN: 'xapp-1' }).slack.appToken).toBe(
      'xapp-1',
    );
    expect(loadConfig({ SLACK_SIGNING_SECRET: '  ' }).slack.signingSecret).toBeUndefined();
  });

  it.each([
    ['PORT', { PORT: 'abc' }],
    ['PORT', { PORT: '70000' }],
    ['DATABASE_URL', { DATABASE_URL: 'mysql://localhost/loftesbot' }],
    ['LOFTESBOT_TIMEZONE', { LOFTESBOT_TIMEZONE: 'Mars/Base' }],
    ['LOFTESBOT_LANG', { LOFTESBOT_LANG: 'de' }],
    ['LOG_LEVEL', { LOG_LEVEL: 'loud' }],
    ['LOFTESBOT_SCHEDULER', { LOFTESBOT_SCHEDULER: 'maybe' }],
    ['LOFTESBOT_PUBLIC_URL', { LOFTESBOT_PUBLIC_URL: 'bot.example.se' }],
    ['SLACK_SIGNING_SECRET', { SLACK_BOT_TOKEN: 'xoxb-1' }],
    ['MICROSOFT_APP_PASSWORD', { MICROSOFT_APP_ID: 'app' }],
    [
      'MICROSOFT_APP_TENANT_ID',
      { MICROSOFT_APP_ID: 'app', MICROSOFT_APP_PASSWORD: 'pw', MICROSOFT_APP_TYPE: 'SingleTenant' },
    ],
  ] as const)('rejects a bad %s, naming it', (variable, env) => {
    const e = failure(env);
    expect(e.message.startsWith(`${variable} `)).toBe(true);
    expect(e.details).toEqual({ variable });
  });

  it('shows the bad value in the message', () => {
    expect(failure({ PORT: 'abc' }).message).toContain('(fick ”abc”)');
    expect(failure({ LOFTESBOT_TIMEZONE: 'Mars/Base' }).message).toContain('IANA');
  });

  it('returns a deeply frozen object', () => {
    const c = loadConfig({});
    expect(Object.isFrozen(c)).toBe(true);
    expect(Object.isFrozen(c.slack)).toBe(true);
    expect(Object.isFrozen(c.teams)).toBe(true);
    expect(() => {
      (c as { port: number }).port = 1;
    }).toThrow(TypeError);
    expect(() => {
      (c.slack as { botToken?: string }).botToken = 'x';
    }).toThrow(TypeError);
    expect(c.port).toBe(3000);
  });
});

describe('readEnvFile', () => {
  it('parses a .env file, and returns nothing for a missing one', () => {
    const dir = mkdtempSync(join(tmpdir(), 'loftesbot-env-'));
    try {
      const path = join(dir, '.env');
      writeFileSync(path, '# comment\nPORT=4000\nLOFTESBOT_LANG="en"\n');
      expect(readEnvFile(path)).toEqual({ PORT: '4000', LOFTESBOT_LANG: 'en' });
      expect(loadConfig(readEnvFile(path)).port).toBe(4000);
      expect(readEnvFile(join(dir, 'missing.env'))).toEqual({});
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
