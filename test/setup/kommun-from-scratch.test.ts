import { DateTime } from 'luxon';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { COORDINATOR_USER, SIGNING_SECRET, startSlackHarness } from '../slack/support/harness.ts';
import {
  blockText,
  fixtureJson,
  jsonOf,
  payloadBody,
  postToSlackEndpoint,
  slashCommandBody,
} from '../slack/support/slack-requests.ts';
import { CHANNEL_ID, fixture, SVEN, startTeamsHarness } from '../teams/harness.ts';
import { type CliWorkspace, cliWorkspace } from './workspace.ts';

/**
 * A real kommun's set-up without the demo, from an EMPTY database, on one SQLite file: the console person becomes
 * admin over `alla` and creates the police area in chat, the CLI imports a real agreement from data/seeds, a
 * six-weekly meeting series is created on each platform — the terminal chat, Slack through real Bolt, Teams
 * through botbuilder — and through the CLI (for the police area), and `schedule --json` then lists the meeting
 * reminders (7 and 1 days before at 09:00, moved off holidays) and the follow-ups.
 */

const NOW = DateTime.fromISO('2026-11-20T10:00:00', { zone: 'Europe/Stockholm' });

describe('a kommun from an empty database to its first reminders', () => {
  let ws: CliWorkspace;
  beforeAll(() => {
    ws = cliWorkspace('setup', NOW);
  });
  afterAll(() => ws.dispose());
  const cli = (args: string[], input: string[] = []) => ws.cli(args, input);

  it('sets up Tranås, Sävsjö, Eksjö and their police area in chat, on Slack, on Teams and on the CLI', async () => {
    // The terminal chat on an empty database: the console person is made admin over alla and told so.
    const first = await cli(['chat'], ['/lofte admin område ny "LPO Höglandet" Tranås Sävsjö Eksjö']);
    expect(first.code).toBe(0);
    expect(first.out).toContain(
      'Databasen var tom, så du (console:admin) är nu administratör för alla kommuner och polisområden (alla).',
    );
    expect(first.out).toContain('✅ LPO Höglandet är sparat med Tranås, Sävsjö och Eksjö.');

    const imported = await cli(['import', 'data/seeds/tranas-medborgarlofte-2023-2024.txt']);
    expect(imported.code).toBe(0);
    expect(imported.out).toContain('Importerat till nytt medborgarlöfte');

    const console = await cli(
      ['chat'],
      ['/samverkan Tranås ny tisdag 13:00 var 6:e vecka från 12/1 plats Stadshuset'],
    );
    expect(console.out).not.toContain('administratör för alla');
    expect(console.out).toContain('✅ Mötesserie skapad för Tranås');
    expect(console.out).toContain(
      'Var 6:e vecka, tisdagar 13.00, från tis 12 jan 2027, Stadshuset. Nästa tre: 12 jan, 23 feb, 6 apr.',
    );

    for (const args of [
      ['role', 'add', `slack:${COORDINATOR_USER}`, 'samordnare', 'Sävsjö'],
      ['role', 'add', SVEN, 'samordnare', 'Eksjö'],
      ['bind', 'slack:C0TRANAS1', 'Tranås'],
      ['bind', 'slack:C0SAVSJO1', 'Sävsjö'],
      ['bind', `teams:${CHANNEL_ID}`, 'Eksjö'],
    ]) {
      expect((await cli(args)).code, args.join(' ')).toBe(0);
    }
    // Nobody on Slack or Teams got anything by themselves.
    const roles = await cli(['role', 'list', '--json']);
    expect(
      (JSON.parse(roles.out) as { person: string; scope: { type: string } }[]).filter(
        (g) => g.scope.type === 'all',
      ),
    ).toEqual([{ person: 'console:admin', role: 'admin', scope: { type: 'all', id: 'alla' } }]);

    // Slack, through real Bolt with signature checks.
    const slack = await startSlackHarness('sqlite', {}, { demo: false, databaseUrl: ws.config.databaseUrl });
    try {
      // `/samverkan Sävsjö ny` alone opens the form as a modal; a bad time is named on its field, nothing stored.
      const open = slashCommandBody({
        command: '/samverkan',
        text: 'Sävsjö ny',
        userId: COORDINATOR_USER,
        channelId: 'C0SAVSJO1',
        responseUrl: slack.fake.responseUrl('form'),
      });
      expect((await postToSlackEndpoint(slack.url, open, { secret: SIGNING_SECRET })).status).toBe(200);
      const [opened] = await slack.fake.waitFor('views.open');
      const view = opened?.args.view as {
        title: { text: string };
        blocks: { type: string; block_id: string }[];
      };
      expect(view.title.text).toBe('Ny mötesserie');
      const inputs = view.blocks.filter((b) => b.type === 'input');
      const submission = fixtureJson<Record<string, unknown>>('view-submission.json');
      const values: Record<string, string> = {
        weekday: 'tisdag',
        time: 'lunch',
        every: '6',
        first: '19/1',
        place: '',
      };
      const submitted = await postToSlackEndpoint(
        slack.url,
        payloadBody({
          ...submission,
          user: { id: COORDINATOR_USER, username: 'sven', name: 'sven', team_id: 'T0TEST' },
          view: {
            ...(submission.view as object),
            ...view,
            id: 'V0SERIES1',
            state: {
              values: Object.fromEntries(
                inputs.map((b) => [
                  b.block_id,
                  {
                    value: {
                      type: 'plain_text_input',
                      value: values[b.block_id.replace(/^.*[:/]/, '')] ?? '',
                    },
                  },
                ]),
              ),
            },
          },
        }),
        { secret: SIGNING_SECRET },
      );
      const refused = await jsonOf(submitted);
      expect(refused?.response_action).toBe('errors');
      expect(Object.values(refused?.errors as object)).toEqual(['En tid, t.ex. 13.00']);
      const body = slashCommandBody({
        command: '/samverkan',
        text: 'Sävsjö ny tisdag 10:00 var 6:e vecka från 19/1 plats Kommunhuset',
        userId: COORDINATOR_USER,
        channelId: 'C0SAVSJO1',
        responseUrl: slack.fake.responseUrl('series'),
      });
      const res = await postToSlackEndpoint(slack.url, body, { secret: SIGNING_SECRET });
      expect(res.status).toBe(200);
      const ack = await jsonOf(res);
      const posted = ack?.blocks
        ? blockText(ack.blocks)
        : blockText((await slack.fake.waitForResponse('series'))[0]?.body);
      expect(posted).toContain(
        'Var 6:e vecka, tisdagar 10.00, från tis 19 jan 2027, Kommunhuset. Nästa tre: 19 jan, 2 mar, 13 apr.',
      );
    } finally {
      await slack.close();
    }

    // Teams, through botbuilder and a fake Bot Connector.
    const teams = await startTeamsHarness(
      'sqlite',
      { TEAMS_ALLOW_UNAUTHENTICATED: 'true' },
      { databaseUrl: ws.config.databaseUrl },
    );
    try {
      const res = await teams.post(
        fixture('message-channel', teams.connector.url, {
          id: 'series-1',
          text: '<at>Löftesbot</at> samverkan Eksjö ny onsdag 13:00 var 6:e vecka från 13/1',
          attachments: [],
          from: { id: '29:sven', name: 'Sven Samordnare', aadObjectId: SVEN.slice('teams:'.length) },
        }),
      );
      expect(res.status).toBe(200);
      const call = await teams.connector.waitFor((c) => c.kind === 'reply');
      expect(JSON.stringify(call.body)).toContain(
        'Var 6:e vecka, onsdagar 13.00, från ons 13 jan 2027. Nästa tre: 13 jan, 24 feb, 7 apr.',
      );
    } finally {
      await teams.close();
    }

    // The CLI: a series owned by the police area, posted in its own channel.
    const area = await cli([
      'meetings',
      'add',
      'LPO Höglandet',
      '--first',
      '2027-01-14',
      '--time',
      '09:30',
      '--every',
      '6',
      '--place',
      'Polishuset Eksjö',
      '--channel',
      'slack:C0HOGLAND',
    ]);
    expect(area.code, area.err).toBe(0);
    expect(area.out).toContain(
      'Var 6:e vecka, torsdagar 09.30, från tor 14 jan 2027, Polishuset Eksjö. Nästa tre: 14 jan, 25 feb, 8 apr.',
    );
    const list = await cli(['meetings', 'list', '--json']);
    expect(
      list.out
        .split('\n')
        .map((l) => (JSON.parse(l) as { name: string }).name)
        .sort(),
    ).toEqual(['Eksjö', 'LPO Höglandet', 'Sävsjö', 'Tranås']);

    const schedule = await cli(['schedule', '--from', '2027-01-01', '--to', '2027-01-21', '--json']);
    expect(schedule.code).toBe(0);
    const rows = schedule.out
      .split('\n')
      .map((l) => JSON.parse(l) as { at: string; kind: string; municipality: string; target: string })
      .filter((r) => r.kind.startsWith('meeting-'))
      .map((r) => `${r.at} ${r.kind} ${r.municipality} ${r.target}`)
      .sort();
    expect(rows).toEqual([
      // Eksjö meets Wednesday 13 January: 7 days before is trettondedag jul, so the reminder comes the day before.
      '2027-01-05T09:00:00+01:00 meeting-reminder Eksjö channel:teams:19:9a0b1c2d3e4f5061728394a5b6c7d8e9@thread.tacv2',
      '2027-01-05T09:00:00+01:00 meeting-reminder Tranås channel:slack:C0TRANAS1',
      '2027-01-07T09:00:00+01:00 meeting-reminder LPO Höglandet channel:slack:C0HOGLAND',
      '2027-01-11T09:00:00+01:00 meeting-reminder Tranås channel:slack:C0TRANAS1',
      '2027-01-12T09:00:00+01:00 meeting-reminder Eksjö channel:teams:19:9a0b1c2d3e4f5061728394a5b6c7d8e9@thread.tacv2',
      '2027-01-12T09:00:00+01:00 meeting-reminder Sävsjö channel:slack:C0SAVSJO1',
      '2027-01-13T09:00:00+01:00 meeting-followup Tranås channel:slack:C0TRANAS1',
      '2027-01-13T09:00:00+01:00 meeting-reminder LPO Höglandet channel:slack:C0HOGLAND',
      `2027-01-14T09:00:00+01:00 meeting-followup Eksjö person:${SVEN}`,
      '2027-01-15T09:00:00+01:00 meeting-followup LPO Höglandet channel:slack:C0HOGLAND',
      '2027-01-18T09:00:00+01:00 meeting-reminder Sävsjö channel:slack:C0SAVSJO1',
      `2027-01-20T09:00:00+01:00 meeting-followup Sävsjö person:slack:${COORDINATOR_USER}`,
    ]);
  });
});
