import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { startServer } from '../../src/app/start.ts';
import { OPEN_MODE_NO_PROACTIVE } from '../../src/bots/teams/notifier.ts';
import { createTeamsPlugin } from '../../src/bots/teams/plugin.ts';
import { cloudSettings } from '../../src/bots/teams/verify/adapter.ts';
import { describeAuthMode, refusal, teamsAuthMode } from '../../src/bots/teams/verify/auth.ts';
import { clientCredentialsFactory } from '../../src/bots/teams/verify/client-credentials.ts';
import { loadConfig } from '../../src/config.ts';
import type { Logger } from '../../src/domain/ports.ts';
import { silentLogger } from '../../src/runtime/logger.ts';
import { isLoopbackUrl } from '../../src/runtime/loopback.ts';
import { freshSqliteUrl, testDialects } from '../support/databases.ts';
import { type FakeBotIdentity, sharedBotIdentity } from '../support/fake-bot-identity.ts';
import {
  CHANNEL_ID,
  fixture,
  OPEN_MODE,
  PERSONAL_ID,
  startTeamsHarness,
  TEAM_ID,
  type TeamsHarness,
} from './harness.ts';

const CREDENTIALS = {
  MICROSOFT_APP_ID: '00000000-0000-4000-8000-000000000b07',
  MICROSOFT_APP_PASSWORD: 'not-a-real-secret',
  MICROSOFT_APP_TYPE: 'MultiTenant',
};

describe('Teams auth mode (pure)', () => {
  const teams = { appType: 'MultiTenant' as const, allowUnauthenticated: false };

  it('refuses everything with no credentials unless explicitly opened', () => {
    expect(teamsAuthMode(teams).kind).toBe('refuse');
    expect(refusal(teamsAuthMode(teams), 'Bearer a.b.c')).not.toBeNull();
    const open = teamsAuthMode({ ...teams, allowUnauthenticated: true });
    expect(open.kind).toBe('open');
    expect(refusal(open, undefined)).toBeNull();
  });

  it('with credentials, authentication is on even when the no-auth switch is set', () => {
    const mode = teamsAuthMode({ ...teams, appId: 'app', allowUnauthenticated: true });
    expect(mode).toMatchObject({ kind: 'authenticated', appId: 'app', openIgnored: true });
    expect(refusal(mode, undefined)).toMatch(/missing/);
    expect(refusal(mode, 'Bearer nonsense')).toMatch(/malformed/);
    expect(refusal(mode, 'Basic dXNlcjpwYXNz')).toMatch(/malformed/);
    const b64 = (o: unknown) => Buffer.from(JSON.stringify(o)).toString('base64url');
    expect(refusal(mode, `Bearer ${b64({ alg: 'none' })}.${b64({})}.`)).toMatch(/malformed/);
    expect(refusal(mode, `Bearer ${b64({ alg: 'HS256', kid: 'k' })}.${b64({})}.c2ln`)).toMatch(/algorithm/);
    expect(refusal(mode, `Bearer ${b64({ alg: 'RS256' })}.${b64({})}.c2ln`)).toMatch(/key id/);
    expect(refusal(mode, `Bearer ${b64({ alg: 'RS256', kid: 'k' })}.${b64({})}.c2ln`)).toBeNull();
  });

  it('the start-up log line names the mode, single or multi tenant, and never the secret', () => {
    const single = describeAuthMode(
      teamsAuthMode({
        appId: 'app',
        tenantId: 'tenant',
        appType: 'SingleTenant',
        allowUnauthenticated: false,
      }),
    );
    expect(single.message).toMatch(/single tenant/);
    expect(single.fields).toMatchObject({
      authMode: 'authenticated',
      appType: 'SingleTenant',
      tenant: 'tenant',
    });
    expect(describeAuthMode(teamsAuthMode({ ...teams, appId: 'app' })).message).toMatch(/multi-tenant/);
    expect(describeAuthMode({ kind: 'open' }).message).toMatch(/NO authentication/);
    expect(describeAuthMode({ kind: 'refuse' }).message).toMatch(/401/);
  });
});

describe.each(testDialects())('POST /api/messages refuses what it must [$name]', ({ name }) => {
  let h: TeamsHarness | undefined;
  afterEach(async () => {
    await h?.close();
    h = undefined;
  });

  async function nothingStored(harness: TeamsHarness): Promise<void> {
    expect(await harness.server.ctx.store.conversationRef('teams', PERSONAL_ID)).toBeNull();
    expect(harness.connector.calls).toEqual([]);
  }

  it('with credentials configured: no Authorization header → 401, nothing stored, nothing sent', async () => {
    h = await startTeamsHarness(name, CREDENTIALS);
    const res = await h.post(fixture('message-personal', h.connector.url));
    expect(res.status).toBe(401);
    await nothingStored(h);
  });

  it('with credentials configured: a malformed token → 401, nothing stored', async () => {
    h = await startTeamsHarness(name, CREDENTIALS);
    for (const authorization of ['Bearer not-a-jwt', 'Bearer ', 'Basic dXNlcjpwYXNz', 'token']) {
      const res = await h.post(fixture('message-personal', h.connector.url), { authorization });
      expect(res.status).toBe(401);
    }
    await nothingStored(h);
  });

  it('with credentials configured: an unsigned or HMAC token → 401 with no network round trip', async () => {
    h = await startTeamsHarness(name, CREDENTIALS);
    const b64 = (o: unknown) => Buffer.from(JSON.stringify(o)).toString('base64url');
    const claims = b64({ aud: CREDENTIALS.MICROSOFT_APP_ID, iss: 'https://api.botframework.com' });
    for (const header of [
      { alg: 'none', typ: 'JWT' },
      { alg: 'HS256', kid: 'x' },
    ]) {
      const token = `${b64(header)}.${claims}.${header.alg === 'none' ? '' : 'c2lnbmF0dXJl'}`;
      const res = await h.post(fixture('message-personal', h.connector.url), {
        authorization: `Bearer ${token}`,
      });
      expect(res.status).toBe(401);
    }
    await nothingStored(h);
  });

  it('with no credentials and TEAMS_ALLOW_UNAUTHENTICATED unset → 401 for every request', async () => {
    h = await startTeamsHarness(name, {});
    const res = await h.post(fixture('message-personal', h.connector.url));
    expect(res.status).toBe(401);
    const withToken = await h.post(fixture('message-personal', h.connector.url), {
      authorization: 'Bearer aGVhZA.Ym9keQ.c2ln',
    });
    expect(withToken.status).toBe(401);
    await nothingStored(h);
    expect(h.server.plugins.find((p) => p.name === 'teams')?.health?.().state).toBe('disabled');
  });

  it('the start-up log says which auth mode is in force', async () => {
    const lines: { level: string; fields: Record<string, unknown>; msg: string }[] = [];
    const recorder = (bindings: Record<string, unknown>): Logger => ({
      debug: () => {},
      info: (fields, msg) => lines.push({ level: 'info', fields: { ...bindings, ...fields }, msg }),
      warn: (fields, msg) => lines.push({ level: 'warn', fields: { ...bindings, ...fields }, msg }),
      error: (fields, msg) => lines.push({ level: 'error', fields: { ...bindings, ...fields }, msg }),
      child: (more) => recorder({ ...bindings, ...more }),
    });
    for (const [env, expected] of [
      [CREDENTIALS, /authentication on \(multi-tenant\)/],
      [
        { ...CREDENTIALS, MICROSOFT_APP_TYPE: 'SingleTenant', MICROSOFT_APP_TENANT_ID: 'tenant-1' },
        /single tenant/,
      ],
      [{ TEAMS_ALLOW_UNAUTHENTICATED: 'true' }, /NO authentication/],
      [{}, /not configured/],
    ] as const) {
      lines.length = 0;
      h = await startTeamsHarness(name, env, { logger: recorder({}) });
      const line = lines.find((l) => l.fields.platform === 'teams' && /^teams: /.test(l.msg));
      expect(line?.msg).toMatch(expected);
      expect(JSON.stringify(lines)).not.toContain(CREDENTIALS.MICROSOFT_APP_PASSWORD);
      await h.close();
      h = undefined;
    }
  });

  it('unauthenticated local mode only on a loopback address: HOST=0.0.0.0 refuses to start', async () => {
    const db = freshSqliteUrl();
    const config = loadConfig({
      DATABASE_URL: db.url,
      TEAMS_ALLOW_UNAUTHENTICATED: 'true',
      LOG_LEVEL: 'silent',
    });
    await expect(
      startServer(config, {
        plugins: [(deps) => createTeamsPlugin(deps)],
        port: 0,
        host: '0.0.0.0',
        logger: silentLogger,
        scheduler: false,
      }),
    ).rejects.toThrow(/TEAMS_ALLOW_UNAUTHENTICATED gäller bara en bot som lyssnar på den egna datorn/);
    await db.drop();
  });

  it('unauthenticated local mode posts only to a loopback serviceUrl: any other gets 400, nothing stored or sent', async () => {
    h = await startTeamsHarness(name, OPEN_MODE);
    for (const serviceUrl of [
      'http://169.254.169.254/latest/',
      'https://smba.trafficmanager.net/emea/',
      'http://10.0.0.5/',
    ]) {
      const res = await h.post(fixture('message-personal', serviceUrl, { text: 'insats Sävsjö' }));
      expect(res.status).toBe(400);
    }
    await nothingStored(h);
    expect(isLoopbackUrl(h.connector.url)).toBe(true);
  });

  it('unauthenticated local mode answers a malformed body with 400 and never reaches the bot', async () => {
    h = await startTeamsHarness(name, OPEN_MODE);
    expect((await h.post('{not json')).status).toBe(400);
    expect((await h.post('[]')).status).toBe(400);
    expect((await h.post({ type: 'message', text: 'insats Sävsjö' })).status).toBe(400);
    expect((await h.post(fixture('message-personal', 'ftp://example.org/'))).status).toBe(400);
    await nothingStored(h);
  });
});

describe('Bot Framework clouds (pure)', () => {
  it('public: botbuilder’s own defaults; usgov: its government endpoints; custom: every endpoint as configured', async () => {
    const { GovernmentConstants } = await import('botframework-connector');
    expect(cloudSettings({ kind: 'public' })).toEqual({});
    expect(cloudSettings({ kind: 'usgov' })).toEqual({ ChannelService: GovernmentConstants.ChannelService });
    expect(
      cloudSettings({
        kind: 'custom',
        loginUrl: 'https://login.cloud.example/tenant',
        oauthScope: 'https://api.cloud.example',
        tokenIssuer: 'https://issuer.cloud.example',
        openIdMetadataUrl: 'https://keys.cloud.example/openid',
      }),
    ).toMatchObject({
      ToChannelFromBotLoginUrl: 'https://login.cloud.example/tenant',
      ToChannelFromBotOAuthScope: 'https://api.cloud.example',
      ToBotFromChannelTokenIssuer: 'https://issuer.cloud.example',
      ToBotFromChannelOpenIdMetadataUrl: 'https://keys.cloud.example/openid',
      ToBotFromEmulatorOpenIdMetadataUrl: 'https://keys.cloud.example/openid',
    });
  });
});

describe('the custom cloud’s client-credentials token factory', () => {
  type Signable = Parameters<
    Awaited<ReturnType<ReturnType<typeof clientCredentialsFactory>['createCredentials']>>['signRequest']
  >[0];
  const request = () => {
    const headers = new Map<string, string>();
    return { headers, resource: { headers } as unknown as Signable };
  };

  it('one grant per audience, reused until it nears expiry; a refusal names the error code, never the secret', async () => {
    const id = await sharedBotIdentity();
    const loginUrl = id.env.TEAMS_LOGIN_URL as string;
    let now = Date.now();
    const factory = clientCredentialsFactory({
      appId: id.appId,
      password: id.password,
      loginUrl,
      now: () => now,
    });
    const before = id.grants.length;
    const signed: string[] = [];
    for (let i = 0; i < 3; i++) {
      const r = request();
      await (await factory.createCredentials(id.appId, id.scope, loginUrl, true)).signRequest(r.resource);
      signed.push(r.headers.get('authorization') ?? '');
    }
    expect(id.grants.length - before).toBe(1);
    expect(new Set(signed).size).toBe(1);
    expect(id.botTokenClaims(signed[0])).toMatchObject({ aud: id.scope, appid: id.appId });
    now += 56 * 60_000; // the token lives an hour; it is renewed five minutes before
    await (await factory.createCredentials(id.appId, id.scope, loginUrl, true)).signRequest(
      request().resource,
    );
    expect(id.grants.length - before).toBe(2);
    await expect(factory.createCredentials('someone-else', id.scope, loginUrl, true)).rejects.toThrow(
      /appId/,
    );

    const wrong = clientCredentialsFactory({ appId: id.appId, password: 'wrong-secret', loginUrl });
    const failed = (await wrong.createCredentials(id.appId, id.scope, loginUrl, true))
      .signRequest(request().resource)
      .catch((e: Error) => e.message);
    expect(await failed).toBe('Bot Framework token endpoint answered 401 (invalid_client)');
  });
});

describe.each(testDialects())(
  'Bot Framework authentication against a local identity (TEAMS_CLOUD=custom) [$name]',
  ({ name }) => {
    let h: TeamsHarness;
    let id: FakeBotIdentity;
    beforeAll(async () => {
      h = await startTeamsHarness(name);
      id = h.identity ?? (await sharedBotIdentity());
    });
    afterAll(async () => {
      await h?.close();
    });

    it('a token with a bad signature, for another app, from another issuer, for another serviceUrl or expired → 401, nothing stored or sent', async () => {
      const serviceUrl = h.connector.url;
      const activity = fixture('message-personal', serviceUrl, { text: 'hjalp' });
      const forged: Record<string, string> = {
        'bad signature': id.channelToken({ serviceUrl }, id.strangerKey()),
        'wrong audience': id.channelToken({ serviceUrl, appId: '99999999-0000-4000-8000-000000000000' }),
        'wrong issuer': id.channelToken({ serviceUrl, issuer: 'https://api.botframework.com' }),
        'other serviceUrl': id.channelToken({ serviceUrl: 'https://evil.example/' }),
        expired: id.channelToken({ serviceUrl, expiresIn: -3600 }),
      };
      for (const [what, token] of Object.entries(forged)) {
        const res = await h.post(activity, { authorization: `Bearer ${token}` });
        expect({ what, status: res.status }).toEqual({ what, status: 401 });
      }
      expect(await h.server.ctx.store.conversationRef('teams', PERSONAL_ID)).toBeNull();
      expect(h.connector.calls).toEqual([]);
    });

    it('a good token is accepted: the reply carries the bot’s own bearer token from the identity, the reference is kept', async () => {
      const res = await h.post(fixture('message-personal', h.connector.url, { text: 'hjalp' }));
      expect(res.status).toBe(200);
      const reply = await h.connector.waitFor((c) => c.conversationId === PERSONAL_ID);
      expect(id.botTokenClaims(reply.authorization)).toMatchObject({ aud: id.scope, appid: id.appId });
      expect(await h.server.ctx.store.conversationRef('teams', PERSONAL_ID)).not.toBeNull();
    });
  },
);

describe.each(testDialects())('Open mode keeps no conversation reference [$name]', ({ name }) => {
  let h: TeamsHarness;
  const warnings: string[] = [];
  const recorder: Logger = {
    debug: () => {},
    info: () => {},
    warn: (_fields, msg) => warnings.push(msg),
    error: (fields, msg) => {
      throw new Error(`error logged: ${msg} ${JSON.stringify(fields)}`);
    },
    child: () => recorder,
  };
  beforeAll(async () => {
    h = await startTeamsHarness(name, OPEN_MODE, { logger: recorder });
  });
  afterAll(async () => {
    await h?.close();
  });

  it('messages from a personal chat and a channel, and the bot added to a team, are answered; nothing is stored', async () => {
    const url = h.connector.url;
    for (const activity of [
      fixture('message-personal', url, { text: 'hjalp' }),
      fixture('message-channel', url, { text: '<at>Löftesbot</at> hjalp' }),
      fixture('conversation-update-team-added', url),
    ]) {
      expect((await h.post(activity)).status).toBe(200);
    }
    const answered = new Set(h.connector.calls.map((c) => c.conversationId.split(';')[0]));
    expect(answered).toEqual(new Set([PERSONAL_ID, CHANNEL_ID, TEAM_ID]));
    expect(h.connector.calls.every((c) => c.authorization === null)).toBe(true);
    const rows = await h.server.ctx.handle.db.selectFrom('conversation_refs').selectAll().execute();
    expect(rows).toEqual([]);
  });

  it('a reminder or prompt to Teams fails permanently with the reason, logged, and nothing is sent', async () => {
    const notifier = h.server.plugins.find((p) => p.name === 'teams')?.notifier;
    h.connector.reset();
    const reply = {
      headline: 'Påminnelse',
      sections: [],
      fallback: 'Påminnelse',
      visibility: 'channel',
    } as const;
    for (const to of [
      { platform: 'teams', kind: 'channel', id: TEAM_ID },
      { platform: 'teams', kind: 'person', id: '0f3b2a1c-9e8d-4c7b-a6f5-e4d3c2b1a091' },
    ] as const) {
      expect(await notifier?.send({ to, reply, key: `reminder:${to.id}` })).toEqual({
        ok: false,
        permanent: true,
        error: OPEN_MODE_NO_PROACTIVE,
      });
    }
    expect(warnings.filter((w) => /open mode keeps no references/.test(w))).toHaveLength(2);
    expect(h.connector.calls).toEqual([]);
  });
});
