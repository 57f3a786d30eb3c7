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
 * The meeting follow-up on the console platform, through the real server and scheduler on an injected clock: the
 * day after Sävsjö's meeting of 24 November both console samordnare get the question; Sven's Ja is stored once and
 * both printed copies are printed again (✏️) answered, without buttons; Sara's stale Nej is told who answered.
 */

describe('meeting follow-up in the terminal', () => {
  const db = freshSqliteUrl();
  const printed: { text: string; reply?: Reply }[] = [];
  let server: RunningServer;
  const at = DateTime.fromISO('2026-11-25T09:00:30', { zone: 'Europe/Stockholm' }).toMillis();

  beforeAll(async () => {
    const clock = fixedClock(at);
    server = await startServer(
      loadConfig({ DATABASE_URL: db.url, LOFTESBOT_TIMEZONE: 'Europe/Stockholm', LOG_LEVEL: 'silent' }),
      {
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
      },
    );
    await loadDemo(server.ctx.store, clock, 'Europe/Stockholm');
    await server.ctx.store.grantRole(
      { person: 'console:sara', role: 'samordnare', scope: { type: 'kommun', id: '0684' } },
      0,
    );
    server.scheduler?.requestReplan();
    await server.scheduler?.tickOnce(at);
  });
  afterAll(async () => {
    await server?.close();
    db.drop();
  });

  const asked = (who: string) =>
    printed.find((p) => p.text.startsWith(`🔔 person:console:${who}`) && p.text.includes('Hölls'));
  const press = (who: string, reply: Reply | undefined, label: string, id: string) => {
    const button = allButtons(reply ?? { sections: [] }).find((b) => b.label === label);
    if (!button) throw new Error(`no ${label}`);
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

  it('one Ja answers for both samordnare: both copies are printed again answered, a stale press is told', async () => {
    for (const who of ['sven', 'sara']) {
      expect(asked(who)?.text).toContain('Hölls samverkansmötet i Sävsjö 24 nov?');
      // Ja, Nej, Flyttat, Anteckning and the two "Påminn mig senare" buttons.
      expect(allButtons(asked(who)?.reply ?? { sections: [] })).toHaveLength(6);
    }
    const saved = await press('sven', asked('sven')?.reply, '✅ Ja', 'c1');
    expect(saved.headline).toBe('✅ Sparat för samverkansmötet i Sävsjö 24 nov: Ja');
    const updates = printed.filter((p) => p.text.startsWith('✏️'));
    expect(updates.map((u) => u.text.split('\n')[0]?.split(' (')[0]).sort()).toEqual([
      '✏️ person:console:sara',
      '✏️ person:console:sven',
    ]);
    for (const u of updates) {
      expect(u.text).toContain('✅ Besvarat av sven 25 nov: Ja');
      expect(allButtons(u.reply ?? { sections: [] })).toEqual([]);
    }
    const stale = await press('sara', asked('sara')?.reply, '❌ Nej, inställt', 'c2');
    expect(stale.headline).toBe('Redan besvarat av sven 25 nov: Ja');
  });
});
