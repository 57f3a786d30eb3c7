import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { steppedClock, waitForTick } from '../chaos/support/stepped-clock.ts';
import { loftesbotInPty } from '../support/pty.ts';

/**
 * `npm start` with no Slack or Teams, run as a newcomer runs it: in a terminal (a pseudo-terminal from util-linux
 * `script`). The terminal chat owns the terminal, so the logs go to ./data/loftesbot.log — never a JSON line into
 * the chat — while the test clock moves the scheduler and a reminder prints into the chat.
 */
describe('npm start in a terminal', () => {
  const dir = mkdtempSync(join(tmpdir(), 'loftesbot-pty-'));
  // Monday 2 March 2026, 08:00 in Stockholm.
  const start = Date.parse('2026-03-02T07:00:00Z');
  const clock = steppedClock(start, 20);
  afterAll(() => {
    clock.dispose();
    rmSync(dir, { recursive: true, force: true });
  });

  it('keeps log lines out of the chat and in the log file named in the banner', async () => {
    const pty = loftesbotInPty(['start'], dir, {
      DATABASE_URL: `sqlite:${join(dir, 'loftesbot.db')}`,
      PORT: '0',
      HOST: '127.0.0.1',
      LOG_LEVEL: 'debug',
      LOFTESBOT_TEST_CLOCK: clock.env,
    });
    try {
      await pty.waitFor(/\[J\/n\]/, 60_000);
      const url = /mätvärden: (http:\/\/[^\s]+)\/metrics/.exec(pty.output())?.[1];
      expect(url).toBeDefined();
      pty.write('j\n');
      const banner = await pty.waitFor(/du är admin i LPO Höglandet\. .*Loggar: \.\/data\/loftesbot\.log\./);
      expect(banner).toContain('Loggar skrivs till ./data/loftesbot.log');
      // A week of simulated time, a day at a time: every step is a scheduler tick.
      for (let day = 1; day <= 7; day++) {
        const at = start + day * 86_400_000;
        clock.set(at);
        await waitForTick(url as string, at);
      }
      const before = pty.output().length;
      pty.write('/status Tranås\n');
      await pty.waitFor(/Tranås/, 30_000, before);
      pty.write('exit\n');
      expect(await pty.exited).toBe(0);
    } finally {
      pty.kill();
    }
    const chat = pty.output();
    expect(chat).not.toMatch(/\{"level":/);
    expect(chat).not.toMatch(/"msg":/);
    const logFile = join(dir, 'data', 'loftesbot.log');
    expect(existsSync(logFile)).toBe(true);
    const lines = readFileSync(logFile, 'utf8')
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l) as { msg: string });
    const messages = lines.map((l) => l.msg);
    expect(messages).toContain('scheduler tick');
    expect(messages).toContain('shutting down');
    expect(lines.every((l) => typeof (l as { level?: unknown }).level === 'number')).toBe(true);
    // LOG_LEVEL still applies: at debug, the test's /healthz polls are logged too.
    expect(lines.some((l) => (l as { level?: unknown }).level === 20)).toBe(true);
  }, 120_000);

  it('gives npx loftesbot chat in a terminal the same: names and the log file in the banner, no log line in the chat', async () => {
    const pty = loftesbotInPty(['chat', '--as', 'lena', '--channel', 'tranas'], dir, {
      DATABASE_URL: `sqlite:${join(dir, 'loftesbot.db')}`,
      LOG_LEVEL: 'debug',
    });
    try {
      await pty.waitFor(/du är lena i Tranås\. .*Loggar: \.\/data\/loftesbot\.log\./, 60_000);
      const before = pty.output().length;
      pty.write('/sammanfattning Jönköpings län\n');
      await pty.waitFor(/Du ser 6 av 13 kommuner i Jönköpings län — de i LPO Höglandet\./, 30_000, before);
      pty.write('exit\n');
      expect(await pty.exited).toBe(0);
    } finally {
      pty.kill();
    }
    expect(pty.output()).not.toMatch(/\{"level":/);
  }, 120_000);
});
