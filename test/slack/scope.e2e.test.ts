import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testDialects } from '../support/databases.ts';
import { CHANNEL, NOW, SIGNING_SECRET, type SlackHarness, startSlackHarness } from './support/harness.ts';
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
    expect(await lofte(HOGLANDET_ADMIN, 'historik Sävsjö')).toContain('kopplade en kanal');
    expect(await lofte(HOGLANDET_ADMIN, 'historik Tranås')).toContain('kopplade en kanal');
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
});
