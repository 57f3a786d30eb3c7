import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { reply } from '../../src/bots/core/build.ts';
import { replyActivity } from '../../src/bots/teams/render/activity.ts';
import { teamsTexts } from '../../src/bots/teams/render/texts.ts';
import { loadDemo } from '../../src/demo/load-demo.ts';
import { testDialects } from '../support/databases.ts';
import { fixture, PER, startTeamsHarness, type TeamsHarness } from './harness.ts';

/**
 * In a Teams channel or group chat a command reaches the bot only with its @mention, so every command a reply shows
 * there is written "@Löftesbot status Sävsjö"; in a personal chat "/status Sävsjö" works and stays as it is.
 */

const CHANNEL = { conversationType: 'channel', isGroup: true, id: '19:kanal@thread.tacv2;messageid=1' };
const GROUP = { conversationType: 'groupChat', isGroup: true, id: '19:grupp@thread.v2' };
const PERSONAL = { conversationType: 'personal', id: 'a:personal-per' };

/** A `/` before a command word (a command written for a personal chat). */
const SLASHED =
  /(^|[\s(:"])\/(insats|logga|log|status|sammanfattning|summary|rapportera|samverkan|statistik|hjalp|help|lofte)\b/;

describe.each(testDialects())('commands as written in a Teams conversation [$name]', ({ name }) => {
  let h: TeamsHarness;
  let n = 0;
  beforeAll(async () => {
    h = await startTeamsHarness(name);
    const { store } = h.server.ctx;
    await loadDemo(store, h.clock, 'Europe/Stockholm');
    await store.grantRole(
      { person: PER, role: 'polis', scope: { type: 'area', id: 'hoglandet' } },
      h.clock.now(),
    );
  });
  afterAll(async () => {
    await h.close();
  });

  /** The card text (JSON) Per gets for `text` in `conversation`, and its summary. */
  async function cardFor(text: string, conversation: Record<string, unknown>): Promise<string> {
    const id = `cmd-${++n}`;
    const mention = conversation.conversationType === 'personal' ? '' : '<at>Löftesbot</at> ';
    await h.post(
      fixture('message-channel', h.connector.url, { id, text: `${mention}${text}`, conversation }),
    );
    const call = await h.connector.waitFor((c) => c.body?.replyToId === id || c.activityId === id);
    return JSON.stringify(call.body);
  }

  // Each reply shows commands: [what Per types, a command as the reply writes it in a personal chat, in a channel].
  const REPLIES: [string, string, string][] = [
    ['hjalp', '/status <kommun>', '@Löftesbot status <kommun>'],
    ['help', 'Exempel: /insats Sävsjö', 'Exempel: @Löftesbot insats Sävsjö'],
    ['insats Sävsjö 2099-01-01', 'Exempel: /insats Sävsjö', 'Exempel: @Löftesbot insats Sävsjö'],
    ['status Sävsjö', 'Registrera med /logga <nr> <kommun>', 'Registrera med @Löftesbot logga <nr> <kommun>'],
  ];

  it.each(REPLIES)('%s', async (typed, personal, channel) => {
    const mine = await cardFor(typed, PERSONAL);
    expect(mine).toContain(personal);
    expect(mine).not.toContain('@Löftesbot');
    for (const conversation of [CHANNEL, GROUP]) {
      const theirs = await cardFor(typed, conversation);
      expect(theirs).toContain(channel);
      expect(theirs).not.toMatch(SLASHED);
    }
  });

  it('what a person wrote is shown as written: a note with "/status" in it', async () => {
    const note = 'kolla /status Tranås och /hjalp';
    const card = await cardFor(`insats Sävsjö 2 ${note}`, CHANNEL);
    expect(card).toContain('2 riktade insatser registrerade i Sävsjö');
    // The note's field and "Läst som" both quote the typed words unchanged.
    expect(card.split(note).length - 1).toBeGreaterThanOrEqual(2);
    expect(card).not.toContain('@Löftesbot status Tranås');
  });
});

describe('stored and quoted text a person wrote is never rewritten', () => {
  const userText = 'Vi skriver /status varje vecka';
  const r = reply({
    headline: '📊 Läget i Sävsjö',
    sections: [
      { text: `Senast: ”${userText}”. Skriv /status Sävsjö för läget.` },
      { fields: [{ label: 'Anteckning', value: userText }] },
      { table: { columns: ['Aktivitet', 'T3'], rows: [['1. Insatser', userText]] } },
      {
        progress: [
          { label: 'Insatser', done: 1, target: 2, state: 'efter', ratio: 0.5, detail: `”${userText}”` },
        ],
      },
    ],
    form: {
      formId: 'report',
      title: 'Skriv /rapportera Sävsjö',
      submitLabel: 'Spara',
      state: 's',
      fields: [{ id: 'a1', label: 'Lägestext', initial: userText, multiline: true }],
    },
  });
  it('only the reply’s own commands change in a channel', () => {
    const card = JSON.stringify(
      replyActivity(r, {
        texts: teamsTexts('sv'),
        // The field is a note typed in this turn.
        commands: { botName: 'Löftesbot', typed: `insats Sävsjö ${userText}` },
      }),
    );
    expect(card).toContain('Skriv @Löftesbot status Sävsjö för läget.');
    expect(card).toContain('Skriv @Löftesbot rapportera Sävsjö');
    // The quote, the field, the table cell, the bar's note and the form's value.
    expect(card.split(userText).length - 1).toBeGreaterThanOrEqual(5);
  });
});
