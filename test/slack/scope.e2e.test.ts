import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testDialects } from '../support/databases.ts';
import {
  CHANNEL,
  COORDINATOR_USER,
  NOW,
  POLICE_USER,
  SIGNING_SECRET,
  type SlackHarness,
  startSlackHarness,
} from './support/harness.ts';
import { blockText, jsonOf, postToSlackEndpoint, slashCommandBody } from './support/slack-requests.ts';

/**
 * Issue 18, point 3, through Bolt over HTTP: moving a channel needs admin rights over the kommun it leaves as well
 * as the one it joins, and the change is in the history of both; an area grant is in the history of every kommun
 * of the area.
 */
const VARNAMO_ADMIN = 'U0ADMVAR1';
const SAVSJO_ADMIN = 'U0ADMSAV1';
const HOGLANDET_ADMIN = 'U0ADMHOG1';

describe.each(testDialects())('scope on every change, over Slack [$name]', ({ name }) => {
  let h: SlackHarness;
  beforeAll(async () => {
    h = await startSlackHarness(name);
    await h.store.savePoliceArea(
      { id: 'varnamo', name: 'LPO Värnamo', municipalityCodes: ['0617', '0662', '0665', '0683'] },
      NOW,
    );
    const admin = (user: string, scope: { type: 'kommun' | 'area'; id: string }) =>
      h.store.grantRole({ person: `slack:${user}`, role: 'admin', scope }, NOW);
    await admin(VARNAMO_ADMIN, { type: 'area', id: 'varnamo' });
    await admin(SAVSJO_ADMIN, { type: 'kommun', id: '0684' });
    await admin(HOGLANDET_ADMIN, { type: 'area', id: 'hoglandet' });
    await h.store.saveBinding(
      { platform: 'slack', conversationId: CHANNEL, scope: { type: 'kommun', id: '0684' } },
      NOW,
    );
  });
  afterAll(async () => h?.close());

  const lofte = async (user: string, text: string) => {
    const body = slashCommandBody({
      command: '/lofte',
      text,
      userId: user,
      channelId: CHANNEL,
      responseUrl: h.fake.responseUrl('lofte'),
    });
    const res = await postToSlackEndpoint(h.url, body, { secret: SIGNING_SECRET });
    expect(res.status).toBe(200);
    return blockText((await jsonOf(res))?.blocks);
  };
  const boundTo = async () => (await h.store.binding('slack', CHANNEL))?.scope;

  it('an admin of another area cannot take over a channel bound to Sävsjö; nothing changes', async () => {
    const text = await lofte(VARNAMO_ADMIN, 'admin koppla Värnamo');
    expect(text).toContain('Kanalen hör till Sävsjö; en administratör där kan flytta den.');
    expect(await boundTo()).toEqual({ type: 'kommun', id: '0684' });
  });

  it('an admin of Sävsjö cannot move it to Tranås, where they are no admin', async () => {
    const text = await lofte(SAVSJO_ADMIN, 'admin koppla Tranås');
    expect(text).toMatch(/Du får inte/);
    expect(await boundTo()).toEqual({ type: 'kommun', id: '0684' });
  });

  it('an admin over both moves it; the change is in the history of both kommuner', async () => {
    const before = await h.store.audit({ municipalityCode: '0684', limit: 100 });
    await lofte(HOGLANDET_ADMIN, 'admin koppla Tranås');
    expect(await boundTo()).toEqual({ type: 'kommun', id: '0687' });
    for (const code of ['0684', '0687']) {
      const rows = await h.store.audit({ municipalityCode: code, limit: 100 });
      expect(
        rows.filter((r) => r.action === 'binding.save' && r.entityId === `slack:${CHANNEL}`),
      ).toHaveLength(code === '0684' ? before.filter((r) => r.action === 'binding.save').length + 1 : 1);
    }
    // Named by where the channel went: the one it left (Sävsjö's history) and the one it joined (Tranås').
    expect(await lofte(HOGLANDET_ADMIN, 'historik Sävsjö')).toContain('kopplade en kanal till Tranås');
    expect(await lofte(HOGLANDET_ADMIN, 'historik Tranås')).toContain('kopplade en kanal till Tranås');
  });

  it('a channel the bot cannot post into (private, not invited) is not bound; the admin is told how', async () => {
    h.fake.failNext('conversations.info', { error: 'channel_not_found' });
    const text = await lofte(HOGLANDET_ADMIN, 'admin koppla Sävsjö');
    expect(text).toContain('Löftesbot kan inte skriva här, så påminnelser skulle aldrig komma fram.');
    expect(text).toContain('/invite @Löftesbot');
    expect(text).toContain('/lofte admin koppla Sävsjö igen');
    expect(await boundTo()).toEqual({ type: 'kommun', id: '0687' });
    expect(h.fake.callsOf('conversations.info').at(-1)?.args.channel).toBe(CHANNEL);
  });

  it('a role granted for a police area is in the history of every kommun of the area', async () => {
    const text = await lofte(HOGLANDET_ADMIN, 'admin roll <@U0NEWPOL1> polis LPO Höglandet');
    expect(text).toMatch(/polis/);
    const area = (await h.store.listPoliceAreas()).find((a) => a.id === 'hoglandet');
    expect(area?.municipalityCodes.length).toBeGreaterThan(1);
    for (const code of area?.municipalityCodes ?? []) {
      const rows = await h.store.audit({ municipalityCode: code, limit: 100 });
      expect(
        rows.some((r) => r.action === 'role.grant' && r.entityId.startsWith('slack:U0NEWPOL1/polis')),
        code,
      ).toBe(true);
    }
  });

  it('corrections after 24 hours: /lofte registreringar lists short ids, /lofte rätta voids with a reason (samordnare)', async () => {
    const body = slashCommandBody({
      command: '/insats',
      text: 'Sävsjö 3',
      userId: POLICE_USER,
      channelId: 'D0POLICE1',
      responseUrl: h.fake.responseUrl('insats'),
    });
    expect((await postToSlackEndpoint(h.url, body, { secret: SIGNING_SECRET })).status).toBe(200);
    const bundle = await h.store.agreementForYear('0684', 2026);
    const ids = bundle?.activities.map((a) => a.id) ?? [];
    const mine = (await h.store.registrationsOf(ids, '2026-01-01', '2026-12-31')).find(
      (r) => r.actor === `slack:${POLICE_USER}` && r.count === 3,
    );
    if (!mine) throw new Error('the registration was not stored');
    const short = mine.id.slice(0, 8);
    const listed = await lofte(COORDINATOR_USER, 'registreringar Sävsjö');
    expect(listed).toContain('Senaste registreringarna i Sävsjö');
    expect(listed).toContain(short);

    const refused = await lofte(POLICE_USER, `rätta ${short} fel antal`);
    expect(refused).toContain('Bara en samordnare eller administratör');
    expect((await h.store.registration(mine.id))?.voidedAt).toBeNull();

    const done = await lofte(COORDINATOR_USER, `rätta ${short} Dubbelregistrerad`);
    expect(done).toContain(`Registreringen ${short} är makulerad`);
    expect((await h.store.registration(mine.id))?.voidedAt).not.toBeNull();
    const audit = await h.store.audit({ municipalityCode: '0684', limit: 20 });
    expect(audit.find((e) => e.action === 'registration.correct')).toMatchObject({
      actor: `slack:${COORDINATOR_USER}`,
      entityId: mine.id,
      after: expect.objectContaining({ reason: 'Dubbelregistrerad' }),
    });
    // The history says which registration and why.
    expect(await lofte(COORDINATOR_USER, 'historik Sävsjö')).toMatch(
      /makulerade registreringen av 3 för aktivitet \d+ .+: Dubbelregistrerad/,
    );
  });
});
