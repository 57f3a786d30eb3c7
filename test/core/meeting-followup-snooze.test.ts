import { DateTime } from 'luxon';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type RunningServer, startServer } from '../../src/app/start.ts';
import { ConsoleNotifier } from '../../src/bots/console/notifier.ts';
import { createConsolePlugin } from '../../src/bots/console/plugin.ts';
import { allButtons, type Reply } from '../../src/bots/core/reply.ts';
import { loadConfig } from '../../src/config.ts';
import { loadDemo } from '../../src/demo/load-demo.ts';
import { silentLogger } from '../../src/runtime/logger.ts';
import { fixedClock } from '../../src/runtime/system.ts';
import { freshSqliteUrl } from '../support/databases.ts';

/**
 * "Påminn mig senare" on the meeting follow-up, on the console platform through the real server and scheduler on
 * an injected clock. The day after Sävsjö's meeting of 24 November (Wednesday 25 Nov) Sven snoozes the question to
 * the next working day and Sara to a day she picks (up to 31 Dec, the last day of the meeting's tertial). Sven's
 * row is written once, survives a restart and is delivered once on Thursday 26 Nov, the follow-up rendered afresh;
 * his Ja on it updates every copy in place, the snoozed one included, and Sara's snooze of Monday 30 Nov then sends
 * nothing.
 */

const ZONE = 'Europe/Stockholm';
const at = (iso: string) => DateTime.fromISO(iso, { zone: ZONE }).toMillis();

describe('meeting follow-up: Påminn mig senare', () => {
  const db = freshSqliteUrl();
  const printed: { text: string; reply?: Reply }[] = [];
  const clock = fixedClock(at('2026-11-25T09:00:30'));
  let server: RunningServer;

  const start = () =>
    startServer(loadConfig({ DATABASE_URL: db.url, LOFTESBOT_TIMEZONE: ZONE, LOG_LEVEL: 'silent' }), {
      clock,
      logger: silentLogger,
      port: 0,
      host: '127.0.0.1',
      scheduler: true,
      tick: false,
      plugins: [
        (deps) =>
          createConsolePlugin(
            deps,
            new ConsoleNotifier((text, reply) => printed.push({ text, ...(reply ? { reply } : {}) })),
          ),
      ],
    });

  beforeAll(async () => {
    server = await start();
    await loadDemo(server.ctx.store, clock, ZONE);
    await server.ctx.store.grantRole(
      { person: 'console:sara', role: 'samordnare', scope: { type: 'kommun', id: '0684' } },
      0,
    );
    server.scheduler?.requestReplan();
    await server.scheduler?.tickOnce(clock.now());
  });
  afterAll(async () => {
    await server?.close();
    db.drop();
  });

  const sent = (who: string) =>
    printed.filter((p) => p.text.startsWith(`🔔 person:console:${who}`) && p.text.includes('Hölls'));
  const buttonOf = (reply: Reply | undefined, label: string) => {
    const button = allButtons(reply ?? { sections: [] }).find((b) => b.label === label);
    if (!button) throw new Error(`no ${label} in ${JSON.stringify(reply?.headline)}`);
    return button;
  };
  const press = (who: string, reply: Reply | undefined, label: string, id: string) => {
    const button = buttonOf(reply, label);
    return server.core.handleAction({
      eventId: id,
      platform: 'console',
      person: `console:${who}`,
      conversationId: 'terminal',
      actionId: button.actionId,
      value: button.value,
      messageRef: `m-${who}`,
    });
  };
  const snoozes = async () =>
    (await server.ctx.stores.reminders.list({})).filter((r) => r.kind === 'prompt-snooze');
  const tick = async (iso: string) => {
    clock.set(at(iso));
    await server.scheduler?.tickOnce(clock.now());
  };

  it('snoozed to the next working day: one row to that person, written once, kept by re-plans', async () => {
    const first = sent('sven')[0]?.reply;
    expect(allButtons(first ?? { sections: [] }).map((b) => b.label)).toEqual([
      '✅ Ja',
      '❌ Nej, inställt',
      '📅 Flyttat till …',
      '📝 Anteckning',
      '⏰ Påminn mig tor 26 nov kl. 09.00',
      '📅 Påminn mig en annan dag…',
    ]);
    const set = await press('sven', first, '⏰ Påminn mig tor 26 nov kl. 09.00', 's1');
    expect(set.headline).toBe('⏰ Jag påminner dig tor 26 nov kl. 09.00.');
    const again = await press('sven', first, '⏰ Påminn mig tor 26 nov kl. 09.00', 's2');
    expect(again.headline).toBe('Du har redan en påminnelse tor 26 nov kl. 09.00.');
    server.scheduler?.requestReplan();
    await server.scheduler?.tickOnce(clock.now());
    const rows = await snoozes();
    expect(rows.map((r) => [r.target, r.dueAt, r.status])).toEqual([
      ['person:console:sven', at('2026-11-26T09:00'), 'pending'],
    ]);
    expect(rows[0]?.payload).toMatchObject({
      kind: 'prompt-snooze',
      snoozed: 'meeting-followup',
      meeting: { seriesId: 'demo-series-savsjo', originalOn: '2026-11-24' },
      requestedBy: 'console:sven',
    });
  });

  it('a chosen day: at most the last day of the meeting’s tertial', async () => {
    const opened = await press('sara', sent('sara')[0]?.reply, '📅 Påminn mig en annan dag…', 'd1');
    const form = opened.form;
    if (!form) throw new Error('no form');
    expect(form.fields[0]?.label).toBe('Vilken dag? (senast tor 31 dec)');
    const submit = (day: string, id: string) =>
      server.core.submitForm({
        eventId: id,
        platform: 'console',
        person: 'console:sara',
        conversationId: 'terminal',
        formId: form.formId,
        state: form.state,
        values: { day },
      });
    expect(await submit('2027-01-05', 'd2')).toMatchObject({
      ok: false,
      errors: { day: 'Välj en dag senast tor 31 dec, tertialets sista dag.' },
    });
    expect(await submit('i går', 'd3')).toMatchObject({
      ok: false,
      errors: { day: 'Välj en dag efter i dag.' },
    });
    expect(await submit('30 nov', 'd4')).toMatchObject({
      ok: true,
      reply: { headline: '⏰ Jag påminner dig mån 30 nov kl. 09.00.' },
    });
    expect((await snoozes()).map((r) => [r.target, r.dueAt])).toEqual([
      ['person:console:sven', at('2026-11-26T09:00')],
      ['person:console:sara', at('2026-11-30T09:00')],
    ]);
  });

  it('survives a restart and is delivered once on the next working day, rendered afresh', async () => {
    await server.close();
    server = await start();
    await tick('2026-11-26T08:59:00');
    expect(sent('sven')).toHaveLength(1);
    await tick('2026-11-26T09:00:30');
    await tick('2026-11-26T09:01:30');
    expect(sent('sven')).toHaveLength(2);
    expect(sent('sara')).toHaveLength(1);
    const snoozed = sent('sven')[1]?.reply;
    expect(snoozed?.headline).toBe('⏰ Du bad om en påminnelse: Hölls samverkansmötet i Sävsjö 24 nov?');
    expect(allButtons(snoozed ?? { sections: [] }).map((b) => b.label)).toContain('✅ Ja');
    expect((await snoozes()).map((r) => r.status)).toEqual(['sent', 'pending']);
  });

  it('answered from the snoozed copy: every copy updated in place, the other snooze sends nothing', async () => {
    const saved = await press('sven', sent('sven')[1]?.reply, '✅ Ja', 'y1');
    expect(saved.headline).toBe('✅ Sparat för samverkansmötet i Sävsjö 24 nov: Ja');
    const updates = printed.filter((p) => p.text.startsWith('✏️'));
    // Sven's and Sara's follow-ups and Sven's snoozed copy, each without buttons now.
    expect(updates.map((u) => u.text.split('\n')[0]?.split(' (')[0]).sort()).toEqual([
      '✏️ person:console:sara',
      '✏️ person:console:sven',
      '✏️ person:console:sven',
    ]);
    for (const u of updates) {
      expect(u.text).toContain('✅ Besvarat av sven 26 nov: Ja');
      expect(allButtons(u.reply ?? { sections: [] })).toEqual([]);
    }
    // A snooze pressed on a stale copy is told who answered; nothing is written.
    const stale = await press('sara', sent('sara')[0]?.reply, '⏰ Påminn mig tor 26 nov kl. 09.00', 'y2');
    expect(stale.headline).toBe('Redan besvarat av sven 26 nov: Ja');
    await tick('2026-11-30T09:00:30');
    await tick('2026-11-30T09:01:30');
    expect(sent('sara')).toHaveLength(1);
    expect((await snoozes()).map((r) => [r.target, r.status])).toEqual([
      ['person:console:sven', 'sent'],
      ['person:console:sara', 'sent'],
    ]);
  });
});
