import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadDemo } from '../../src/demo/load-demo.ts';
import { testDialects } from '../support/databases.ts';
import { cardProblems } from './card-validator.ts';
import { fixture, PER, SVEN, startTeamsHarness, type TeamsHarness } from './harness.ts';

/** Every command of the README and docs/formats.md (and its errors), as typed in Teams; each reply card must pass the renderer library. */
const COMMANDS = [
  'hjalp',
  'hjälp insats',
  'help',
  'insats Sävsjö',
  'insats Savsjo',
  'insats Sävsjö 2099-01-01',
  'insats Sävsjö 12345678901234567890',
  'logga trafikkontroll Tranås',
  'logga trygghetsvandring Tranås igår 1 kvällsvandring',
  'status Sävsjö',
  'status Tranås T2 2026',
  'status Tranås 2025',
  'sammanfattning Tranås',
  'sammanfattning LPO Höglandet',
  'sammanfattning Jönköpings län',
  'sammanfattning Sävsjö perioden',
  'rapportera Tranås',
  'rapportera Sävsjö T2',
  'statistik Sävsjö',
  'samverkan Tranås',
  'samverkan Tranås genomfört',
  'samverkan Tranås flytta 2026-12-03',
  'lofte historik Sävsjö',
  'lofte språk en',
  'status Sävsjö',
  'lofte språk sv',
  'xyzzy',
  '',
];

describe.each(testDialects())(
  'every reply card the bot sends passes adaptivecards 3.0 [$name]',
  ({ name }) => {
    let h: TeamsHarness;
    beforeAll(async () => {
      h = await startTeamsHarness(name);
      const { store } = h.server.ctx;
      await loadDemo(store, h.clock, 'Europe/Stockholm');
      const area = { type: 'area', id: 'hoglandet' } as const;
      for (const role of ['polis', 'chef', 'samordnare', 'admin'] as const) {
        await store.grantRole({ person: PER, role, scope: area }, h.clock.now());
      }
      await store.grantRole(
        { person: SVEN, role: 'samordnare', scope: { type: 'kommun', id: '0684' } },
        h.clock.now(),
      );
    });
    afterAll(async () => {
      await h.close();
    });

    it('for each command and each error, posted in a channel', async () => {
      for (const [i, text] of COMMANDS.entries()) {
        const before = h.connector.calls.length;
        const res = await h.post(
          fixture('message-channel', h.connector.url, { id: `cmd-${i}`, text: `<at>Löftesbot</at> ${text}` }),
        );
        expect(res.status, text).toBe(200);
        const sent = h.connector.calls.slice(before);
        expect(sent.length, text).toBeGreaterThan(0);
        for (const call of sent) {
          const attachment = call.body.attachments?.[0];
          expect(attachment?.contentType, text).toBe('application/vnd.microsoft.card.adaptive');
          expect(
            cardProblems(attachment.content),
            `${text}: ${JSON.stringify(attachment.content).slice(0, 200)}`,
          ).toEqual([]);
          expect(Buffer.byteLength(JSON.stringify(call.body))).toBeLessThan(28_000);
        }
      }
    });

    it('commands are counted in /metrics by platform and outcome', async () => {
      const metrics = await (await fetch(`${h.server.metricsUrl}/metrics`)).text();
      expect(metrics).toMatch(
        /loftesbot_commands_total\{platform="teams",command="insats",outcome="success"\} \d+/,
      );
      expect(metrics).toMatch(
        /loftesbot_commands_total\{platform="teams",command="insats",outcome="error"\} \d+/,
      );
      expect(metrics).toMatch(
        /loftesbot_commands_total\{platform="teams",command="unknown",outcome="\w+"\} 1\n/,
      );
    });
  },
);
