import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { viewProblems } from '../../src/bots/slack/render/limits.ts';
import type { Activity } from '../../src/domain/types.ts';
import { COORDINATOR_USER, SIGNING_SECRET, type SlackHarness, startSlackHarness } from './support/harness.ts';
import { fixtureJson, payloadBody, postToSlackEndpoint, slashCommandBody } from './support/slack-requests.ts';

/**
 * A form longer than Slack's 100 blocks per view — `/rapportera` for an agreement of 130 activities (one input each) — through the
 * real Bolt app and a fake Web API that refuses such a view as Slack does: it opens in pages, each page's submit
 * saves that page and shows the next in the same modal, and the last shows the confirmation. Every status typed on
 * any page is stored.
 */

const VETLANDA = '0685';
const ACTIVITIES = 130;

describe('forms longer than one Slack modal', () => {
  let h: SlackHarness;

  beforeAll(async () => {
    h = await startSlackHarness('sqlite');
    const activities: Activity[] = Array.from({ length: ACTIVITIES }, (_, i) => ({
      id: `vet-a${i + 1}`,
      agreementId: 'vet-2026',
      commitmentId: null,
      position: i + 1,
      text: `Aktivitet ${i + 1}: trygghetsvandring i stadsdel ${i + 1}`,
      responsible: 'gemensam',
      kind: null,
      target: null,
    }));
    await h.store.insertAgreement(
      {
        agreement: {
          id: 'vet-2026',
          municipalityCode: VETLANDA,
          periodFrom: 2026,
          periodTo: 2026,
          signedOn: null,
          title: 'Medborgarlöfte Vetlanda 2026',
          isDemo: false,
          source: null,
        },
        commitments: [],
        activities,
      },
      0,
    );
    await h.store.grantRole(
      { person: `slack:${COORDINATOR_USER}`, role: 'samordnare', scope: { type: 'kommun', id: VETLANDA } },
      0,
    );
  });
  afterAll(async () => h?.close());

  type View = {
    blocks: { type: string; block_id?: string }[];
    private_metadata: string;
    callback_id: string;
    submit?: { text: string };
  };

  const submit = async (view: View, id: string, text: (blockId: string) => string) => {
    const submission = fixtureJson<Record<string, unknown>>('view-submission.json');
    const inputs = view.blocks.filter((b) => b.type === 'input').map((b) => b.block_id ?? '');
    const res = await postToSlackEndpoint(
      h.url,
      payloadBody({
        ...submission,
        user: { id: COORDINATOR_USER, username: 'u', name: 'u', team_id: 'T0TEST' },
        view: {
          ...(submission.view as object),
          ...view,
          id,
          state: {
            values: Object.fromEntries(
              inputs.map((b) => [b, { value: { type: 'plain_text_input', value: text(b) } }]),
            ),
          },
        },
      }),
      { secret: SIGNING_SECRET },
    );
    return (await res.json()) as { response_action: string; view: View };
  };

  it('opens in pages that Slack accepts, saves each page and ends with the confirmation', async () => {
    await postToSlackEndpoint(
      h.url,
      slashCommandBody({
        command: '/rapportera',
        text: 'Vetlanda',
        userId: COORDINATOR_USER,
        responseUrl: h.fake.responseUrl('rapportera'),
      }),
      { secret: SIGNING_SECRET },
    );
    const [opened] = await h.fake.waitFor('views.open');
    expect(opened?.outcome).toBe('ok');
    let view = opened?.args.view as View;
    const seen: string[] = [];
    let pages = 0;
    for (let page = 0; page < 10; page++) {
      pages++;
      expect(view.blocks.length).toBeLessThanOrEqual(100);
      expect(viewProblems(view as never)).toEqual([]);
      seen.push(...view.blocks.filter((b) => b.type === 'input').map((b) => b.block_id ?? ''));
      const answer = await submit(view, 'V0LONG1', (b) => `Pågår (${b})`);
      expect(answer.response_action).toBe('update');
      if (!answer.view.callback_id?.startsWith('form:')) break;
      expect(answer.view.submit?.text).toMatch(/\(\d\/\d\)$/);
      view = answer.view;
    }
    expect(pages).toBe(2);
    expect(seen).toHaveLength(ACTIVITIES);
    expect(new Set(seen).size).toBe(ACTIVITIES);
    const statuses = await h.store.latestStatuses(
      Array.from({ length: ACTIVITIES }, (_, i) => `vet-a${i + 1}`),
      [2026],
    );
    expect(statuses.filter((s) => s.tertial === 3)).toHaveLength(ACTIVITIES);
    expect(statuses.find((s) => s.activityId === 'vet-a130')?.text).toBe('Pågår (a130)');
    expect(h.fake.calls.filter((c) => c.outcome === 'invalid_blocks')).toEqual([]);
  });
});
