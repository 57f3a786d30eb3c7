import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadConfig } from '../../src/config.ts';
import { fileClock, parseTestClock } from '../../src/runtime/test-clock.ts';

/** The test-only clock the chaos suite gives child processes (LOFTESBOT_TEST_CLOCK). */
describe('LOFTESBOT_TEST_CLOCK', () => {
  it('is absent from every normal configuration', () => {
    expect(loadConfig({}).testClock).toBeUndefined();
    expect('testClock' in loadConfig({})).toBe(false);
  });

  it('parses file and tick, and names the variable when it is wrong', () => {
    expect(loadConfig({ LOFTESBOT_TEST_CLOCK: 'file=/tmp/now;tick=20' }).testClock).toEqual({
      file: '/tmp/now',
      tickMs: 20,
    });
    expect(parseTestClock('file=/tmp/now')).toEqual({ file: '/tmp/now', tickMs: 50 });
    for (const bad of ['tick=20', 'file=/x;tick=1', 'file=/x;speed=2', 'file=/x;tick=abc']) {
      expect(() => loadConfig({ LOFTESBOT_TEST_CLOCK: bad })).toThrow(/LOFTESBOT_TEST_CLOCK/);
    }
  });

  it('reads the instant from the file on every call and keeps the last good one while it is rewritten', () => {
    const dir = mkdtempSync(join(tmpdir(), 'loftesbot-tc-'));
    try {
      const file = join(dir, 'now');
      writeFileSync(file, '2026-04-06T00:00:00Z');
      const clock = fileClock({ file, tickMs: 20 });
      expect(clock.now()).toBe(Date.parse('2026-04-06T00:00:00Z'));
      writeFileSync(file, '1775426400000');
      expect(clock.now()).toBe(1775426400000);
      writeFileSync(file, '');
      expect(clock.now()).toBe(1775426400000);
      expect(() => fileClock({ file: join(dir, 'missing'), tickMs: 20 }).now()).toThrow(/holds no instant/);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
