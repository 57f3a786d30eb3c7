import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { Logger } from '../../src/domain/ports.ts';
import { silentLogger } from '../../src/runtime/logger.ts';
import { loadRegister } from '../../src/runtime/register.ts';
import { fixedClock } from '../../src/runtime/system.ts';
import type { ReminderStore } from '../../src/scheduler/ports.ts';
import { Scheduler } from '../../src/scheduler/scheduler.ts';
import type { Ticker } from '../../src/scheduler/ticker.ts';
import { reminderRepository } from '../../src/store/repositories/reminders.ts';
import { createTestDatabase, type TestDatabase } from '../support/databases.ts';
import { at, fakeSender, ZONE } from './fixtures.ts';

function manualTicker(): Ticker & { fire(): void; running: boolean } {
  let onTick: (() => void) | null = null;
  return {
    running: false,
    start(fn) {
      onTick = fn;
      this.running = true;
    },
    stop() {
      onTick = null;
      this.running = false;
    },
    fire() {
      onTick?.();
    },
  };
}

function recordingLogger(lines: { level: string; msg: string; fields: Record<string, unknown> }[]): Logger {
  const make = (bindings: Record<string, unknown>): Logger => ({
    debug: (fields, msg) => lines.push({ level: 'debug', msg, fields: { ...bindings, ...fields } }),
    info: (fields, msg) => lines.push({ level: 'info', msg, fields: { ...bindings, ...fields } }),
    warn: (fields, msg) => lines.push({ level: 'warn', msg, fields: { ...bindings, ...fields } }),
    error: (fields, msg) => lines.push({ level: 'error', msg, fields: { ...bindings, ...fields } }),
    child: (more) => make({ ...bindings, ...more }),
  });
  return make({});
}

describe('scheduler lifecycle', () => {
  let t: TestDatabase;
  let reminders: ReminderStore;
  beforeEach(async () => {
    t = await createTestDatabase('sqlite');
    reminders = reminderRepository(t.handle.db, t.handle.dialect);
  });
  afterEach(async () => {
    await t.dispose();
  });

  it('start ticks at once and on every tick of the ticker; stop waits and stops; health follows', async () => {
    const clock = fixedClock(at('2026-03-01 10:00'));
    const ticker = manualTicker();
    const s = new Scheduler({
      store: t.store,
      reminders,
      sender: fakeSender().sender,
      names: loadRegister(),
      clock,
      logger: silentLogger,
      zone: ZONE,
      ticker,
    });
    expect(s.health().state).toBe('disabled');
    s.start();
    expect(ticker.running).toBe(true);
    await s.stop();
    expect(ticker.running).toBe(false);
    expect(s.health()).toEqual({ state: 'disabled', lastTickAt: at('2026-03-01 10:00') });
    clock.advance(60_000);
    s.start();
    await vi.waitFor(() => expect(s.health().lastTickAt).toBe(at('2026-03-01 10:01')));
    clock.advance(60_000);
    ticker.fire();
    await s.stop();
    expect(s.health().lastTickAt).toBe(at('2026-03-01 10:02'));
    s.start();
    clock.advance(10 * 60_000);
    expect(s.health(at('2026-03-01 10:20')).state).toBe('stalled');
    await s.stop();
  });

  it('a failing tick is logged with structured fields and does not escape the ticker', async () => {
    const lines: { level: string; msg: string; fields: Record<string, unknown> }[] = [];
    const ticker = manualTicker();
    const broken: ReminderStore = {
      ...reminders,
      syncPlan: async () => {
        throw new Error('database is locked');
      },
    };
    const s = new Scheduler({
      store: t.store,
      reminders: broken,
      sender: fakeSender().sender,
      names: loadRegister(),
      clock: fixedClock(at('2026-03-01 10:00')),
      logger: recordingLogger(lines),
      zone: ZONE,
      ticker,
    });
    s.start();
    await s.stop();
    const failure = lines.find((l) => l.level === 'error');
    expect(failure).toMatchObject({
      msg: 'scheduler tick failed',
      fields: { component: 'scheduler', err: 'database is locked' },
    });
  });

  it('the default ticker is node-cron in UTC and stops cleanly', async () => {
    const s = new Scheduler({
      store: t.store,
      reminders,
      sender: fakeSender().sender,
      names: loadRegister(),
      clock: fixedClock(at('2026-03-01 10:00')),
      logger: silentLogger,
      zone: ZONE,
    });
    s.start();
    await s.stop();
    expect(s.health().state).toBe('disabled');
  });
});
