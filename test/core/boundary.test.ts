import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ChatCore } from '../../src/bots/core/core.ts';
import { LoftesbotError } from '../../src/domain/errors.ts';
import type { Logger, Store } from '../../src/domain/ports.ts';
import { loadRegister } from '../../src/runtime/register.ts';
import { fixedClock } from '../../src/runtime/system.ts';
import { type CoreFixture, coreFixture, NOW, ZONE } from './fixtures.ts';

/** The core's single error boundary: an unexpected failure is logged with an id and answered with an apology. */
describe('the error boundary', () => {
  let f: CoreFixture;
  beforeAll(async () => {
    f = await coreFixture('sqlite');
  });
  afterAll(async () => {
    await f.dispose();
  });

  function brokenCore(fail: (method: string) => boolean, logged: Record<string, unknown>[]): ChatCore {
    const store = new Proxy(f.db.store, {
      get(target, prop, receiver) {
        const value = Reflect.get(target, prop, receiver) as unknown;
        if (typeof value !== 'function' || !fail(String(prop))) return value;
        return () =>
          Promise.reject(new LoftesbotError('E_STORE', 'database is on fire', { details: { secret: 'x' } }));
      },
    }) as Store;
    const logger: Logger = {
      debug: () => {},
      info: () => {},
      warn: () => {},
      error: (fields) => logged.push(fields),
      child: () => logger,
    };
    let n = 0;
    return new ChatCore({
      store,
      register: loadRegister(),
      clock: fixedClock(NOW),
      ids: () => `abcdef12-0000-0000-0000-00000000000${++n}`,
      zone: ZONE,
      logger,
      defaultLang: 'sv',
    });
  }

  const request = {
    eventId: 'e1',
    platform: 'console' as const,
    person: 'console:per',
    conversationId: 'terminal',
  };

  it('a failing store during a command: an apology with the error id, logged, no stack trace in chat', async () => {
    const logged: Record<string, unknown>[] = [];
    const core = brokenCore((m) => m === 'transaction', logged);
    const reply = await core.handleCommand({ ...request, text: '/insats Sävsjö' });
    expect(reply.headline).toBe(
      '😕 Något gick fel hos Löftesbot. Försök igen om en stund (fel-id abcdef12).',
    );
    expect(reply.tone).toBe('error');
    expect(reply.fallback).not.toMatch(/at |\.ts:|on fire/);
    expect(logged).toEqual([
      expect.objectContaining({ errorId: 'abcdef12', kind: 'command', code: 'E_STORE', platform: 'console' }),
    ]);
  });

  it('a failing store while opening the session, for an action and for a form', async () => {
    const logged: Record<string, unknown>[] = [];
    const core = brokenCore((m) => m === 'rolesOf', logged);
    expect((await core.handleAction({ ...request, actionId: 'undo', value: 'x' })).headline).toMatch(/^😕/);
    const form = await core.submitForm({ ...request, formId: 'report', state: '{}', values: {} });
    expect(form).toMatchObject({ ok: true, reply: { tone: 'error' } });
    expect(logged.map((l) => l.kind)).toEqual(['action', 'form']);
  });

  it('answers the apology in English to an English speaker', async () => {
    const core = brokenCore((m) => m === 'binding', []);
    const reply = await core.handleCommand({ ...request, text: '/status Sävsjö', lang: 'en' });
    expect(reply.headline).toMatch(/^😕 Something went wrong in Löftesbot/);
  });
});
