import { DateTime } from 'luxon';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { SIGNING_SECRET, startSlackHarness } from '../slack/support/harness.ts';
import { blockText, jsonOf, postToSlackEndpoint, slashCommandBody } from '../slack/support/slack-requests.ts';
import { type CliWorkspace, cliWorkspace } from './workspace.ts';

/** `alla` only for the console person of an empty database; meeting series on the command line. */

const NOW = DateTime.fromISO('2026-11-20T10:00:00', { zone: 'Europe/Stockholm' });

describe('the first administrator and meetings on the command line', () => {
  let ws: CliWorkspace;
  beforeEach(() => {
    ws = cliWorkspace('first', NOW);
  });
  afterEach(() => ws.dispose());
  const cli = (args: string[], input: string[] = []) => ws.cli(args, input);

  it('a Slack person on an empty database gets no role; the console person gets alla, once, and says so', async () => {
    const slack = await startSlackHarness('sqlite', {}, { demo: false, databaseUrl: ws.config.databaseUrl });
    try {
      const body = slashCommandBody({
        command: '/samverkan',
        text: 'Eksjö',
        userId: 'U0NEWBIE1',
        channelId: 'C0NEW',
      });
      const res = await postToSlackEndpoint(slack.url, body, { secret: SIGNING_SECRET });
      expect(blockText((await jsonOf(res))?.blocks)).toContain('Du har ingen behörighet i Löftesbot ännu');
      expect(await slack.store.allRoles()).toEqual([]);
    } finally {
      await slack.close();
    }
    const first = await cli(
      ['chat', '--lang', 'en'],
      ['/lofte admin område ny "LPO Höglandet" Tranås Sävsjö Eksjö'],
    );
    expect(first.out).toContain(
      'The database was empty, so you (console:admin) are now administrator of every kommun and police area (alla).',
    );
    expect(first.out).toContain('✅ LPO Höglandet is saved with Tranås, Sävsjö and Eksjö.');
    const second = await cli(['chat', '--as', 'eva'], ['/samverkan Eksjö']);
    expect(second.out).not.toContain('administratör för alla');
    expect(second.out).toContain('Du har ingen behörighet i Löftesbot ännu');
    const roles = await cli(['role', 'list', '--json']);
    expect(JSON.parse(roles.out)).toEqual([
      { person: 'console:admin', role: 'admin', scope: { type: 'all', id: 'alla' } },
    ]);
    const refused = await cli(['role', 'add', 'slack:U0NEWBIE1', 'polis', 'alla']);
    expect(refused).toMatchObject({
      code: 1,
      err: 'loftesbot role: omfånget alla finns bara för rollen admin (inte polis)',
    });
    expect((await cli(['role', 'add', 'slack:U0NEWBIE1', 'admin', 'alla'])).code).toBe(0);
  });

  it('meetings add, list and end; ending removes the future reminders', async () => {
    expect((await cli(['bind', 'slack:C0EKSJO01', 'Eksjö'])).code).toBe(0);
    const bad = [
      [
        ['meetings', 'add', 'Eksjö', '--first', '12/1', '--time', '13:00', '--every', '6'],
        '--first: skriv första mötet som YYYY-MM-DD (fick ”12/1”)',
      ],
      [
        ['meetings', 'add', 'Eksjö', '--first', '2027-01-12', '--time', '1pm', '--every', '6'],
        '--time: skriv tiden som HH:MM (fick ”1pm”)',
      ],
      [
        ['meetings', 'add', 'Eksjö', '--first', '2027-01-12', '--time', '13:00', '--every', '0'],
        '--every: antal veckor mellan mötena, 1–52 (fick ”0”)',
      ],
      [
        ['meetings', 'add', 'Eksjo2', '--first', '2027-01-12', '--time', '13:00', '--every', '6'],
        'hittar ingen kommun eller inget polisområde som heter ”Eksjo2”',
      ],
      [
        ['meetings', 'add', 'Eksjö', '--first', '2026-11-17', '--time', '13:00', '--every', '6'],
        '17 nov 2026 har redan varit',
      ],
    ] as const;
    for (const [args, message] of bad) {
      const r = await cli([...args]);
      expect(r.code, args.join(' ')).not.toBe(0);
      expect(r.err, args.join(' ')).toContain(message);
    }
    const added = await cli([
      'meetings',
      'add',
      'Eksjö',
      '--first',
      '2027-01-12',
      '--time',
      '13:00',
      '--every',
      '6',
    ]);
    expect(added.code).toBe(0);
    const id = /Mötesserie (\S+) skapad för Eksjö\./.exec(added.out)?.[1] as string;
    expect(added.out).toContain(
      'Var 6:e vecka, tisdagar 13.00, från tis 12 jan 2027. Nästa tre: 12 jan, 23 feb, 6 apr.',
    );
    const again = await cli([
      'meetings',
      'add',
      'Eksjö',
      '--first',
      '2027-01-13',
      '--time',
      '13:00',
      '--every',
      '6',
    ]);
    expect(again.err).toContain(
      `Eksjö har redan en mötesserie. Avsluta den först: npx loftesbot meetings end ${id}`,
    );

    const planned = async () =>
      (await cli(['schedule', '--from', '2027-01-01', '--to', '2027-06-30', '--json'])).out
        .split('\n')
        .filter((l) => l.includes('"meeting-reminder"'))
        .map((l) => (JSON.parse(l) as { at: string }).at.slice(0, 10));
    expect(await planned()).toEqual([
      '2027-01-05',
      '2027-01-11',
      '2027-02-16',
      '2027-02-22',
      '2027-03-30',
      '2027-04-05',
      '2027-05-11',
      '2027-05-17',
      '2027-06-22',
      '2027-06-28',
    ]);
    const ended = await cli(['meetings', 'end', id, '--from', '2027-03-01']);
    expect(ended.out).toBe(
      'Eksjö: Mötesserien i Eksjö är avslutad: inga möten från och med 1 mar 2027. 8 kommande möten och deras påminnelser är borttagna.',
    );
    expect(await planned()).toEqual(['2027-01-05', '2027-01-11', '2027-02-16', '2027-02-22']);
    const list = await cli(['meetings', 'list', 'Eksjö', '--json']);
    expect(JSON.parse(list.out)).toMatchObject({
      id,
      name: 'Eksjö',
      endsOn: '2027-03-01',
      current: true,
      next: ['2027-01-12', '2027-02-23'],
    });
  });
});
