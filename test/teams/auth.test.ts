import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { startServer } from '../../src/app/start.ts';
import { createTeamsPlugin } from '../../src/bots/teams/plugin.ts';
import { publicCloudWith } from '../../src/bots/teams/verify/adapter.ts';
import { describeAuthMode, refusal, teamsAuthMode } from '../../src/bots/teams/verify/auth.ts';
import { loadConfig } from '../../src/config.ts';
import type { Logger } from '../../src/domain/ports.ts';
import { silentLogger } from '../../src/runtime/logger.ts';
import { isLoopbackUrl } from '../../src/runtime/loopback.ts';
import { freshSqliteUrl, testDialects } from '../support/databases.ts';
import { type FakeTokenIssuer, startFakeTokenIssuer } from './fake-token-issuer.ts';
import { fixture, PERSONAL_ID, startTeamsHarness, type TeamsHarness } from './harness.ts';

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
    const mode = teamsAuthMode({ ...teams, appId: 'app', appPassword: 'pw', allowUnauthenticated: true });
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
        appPassword: 'pw',
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
    expect(JSON.stringify(single)).not.toContain('pw');
    expect(describeAuthMode(teamsAuthMode({ ...teams, appId: 'app', appPassword: 'pw' })).message).toMatch(
      /multi-tenant/,
    );
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
    ).rejects.toThrow(/TEAMS_ALLOW_UNAUTHENTICATED: only for a bot listening on a loopback address/);
    await db.drop();
  });

  it('unauthenticated local mode posts only to a loopback serviceUrl: any other gets 400, nothing stored or sent', async () => {
    h = await startTeamsHarness(name);
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
    h = await startTeamsHarness(name);
    expect((await h.post('{not json')).status).toBe(400);
    expect((await h.post('[]')).status).toBe(400);
    expect((await h.post({ type: 'message', text: 'insats Sävsjö' })).status).toBe(400);
    expect((await h.post(fixture('message-personal', 'ftp://example.org/'))).status).toBe(400);
    await nothingStored(h);
  });
});

describe.each(testDialects())(
  'Bot Framework token validation, offline against a local issuer [$name]',
  ({ name }) => {
    let h: TeamsHarness | undefined;
    let issuer: FakeTokenIssuer;
    beforeEach(async () => {
      issuer = await startFakeTokenIssuer();
      h = await startTeamsHarness(name, CREDENTIALS, { openIdMetadataUrl: issuer.openIdMetadataUrl });
    });
    afterEach(async () => {
      await h?.close();
      await issuer.close();
    });

    it('the public-cloud endpoints we spell out equal botbuilder’s own', async () => {
      const { AuthenticationConstants: c } = await import('botframework-connector');
      expect(publicCloudWith(c.ToBotFromChannelOpenIdMetadataUrl)).toMatchObject({
        ToChannelFromBotLoginUrl: c.ToChannelFromBotLoginUrl,
        ToChannelFromBotOAuthScope: c.ToChannelFromBotOAuthScope,
        ToBotFromChannelTokenIssuer: c.ToBotFromChannelTokenIssuer,
        OAuthUrl: c.OAuthUrl,
        ToBotFromEmulatorOpenIdMetadataUrl: c.ToBotFromEmulatorOpenIdMetadataUrl,
      });
    });

    it('a token signed with the published key is accepted: the conversation is saved', async () => {
      if (!h) throw new Error('no harness');
      const activity = fixture('message-personal', h.connector.url, { text: 'hjalp' });
      const token = issuer.token({ appId: CREDENTIALS.MICROSOFT_APP_ID, serviceUrl: h.connector.url });
      const res = await h.post(activity, { authorization: `Bearer ${token}` });
      expect(res.status).toBe(200);
      expect(await h.server.ctx.store.conversationRef('teams', PERSONAL_ID)).not.toBeNull();
    });

    it('a token signed with another key, for another app or service URL, or expired → 401, nothing stored', async () => {
      if (!h) throw new Error('no harness');
      const harness = h;
      const activity = fixture('message-personal', harness.connector.url, { text: 'hjalp' });
      const forged = [
        issuer.token(
          { appId: CREDENTIALS.MICROSOFT_APP_ID, serviceUrl: harness.connector.url },
          issuer.strangerKey,
        ),
        issuer.token({ appId: '99999999-0000-4000-8000-000000000000', serviceUrl: harness.connector.url }),
        issuer.token({ appId: CREDENTIALS.MICROSOFT_APP_ID, serviceUrl: 'https://evil.example/' }),
      ];
      for (const token of forged) {
        const res = await harness.post(activity, { authorization: `Bearer ${token}` });
        expect(res.status).toBe(401);
      }
      expect(await harness.server.ctx.store.conversationRef('teams', PERSONAL_ID)).toBeNull();
      expect(harness.connector.calls).toEqual([]);
    });
  },
);
