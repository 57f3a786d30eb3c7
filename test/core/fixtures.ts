import { DateTime } from 'luxon';
import { ChatCore, type MessageUpdates } from '../../src/bots/core/core.ts';
import type { Lang, Reply } from '../../src/bots/core/reply.ts';
import { loadDemo } from '../../src/demo/load-demo.ts';
import type { Logger } from '../../src/domain/ports.ts';
import type { LinkDeps } from '../../src/domain/signed-link.ts';
import { loadRegister } from '../../src/runtime/register.ts';
import { fixedClock, uuid } from '../../src/runtime/system.ts';
import { reminderRepository } from '../../src/store/repositories/reminders.ts';
import {
  createTestDatabase,
  type TestDatabase,
  type TestDialect,
  tableCounts,
} from '../support/databases.ts';

export const ZONE = 'Europe/Stockholm';
/** Saturday 21 November 2026, 10:00 in Stockholm: T3 of the demo's 2025–2026 agreements. */
export const NOW = DateTime.fromISO('2026-11-21T10:00', { zone: ZONE }).toMillis();

export interface CoreFixture {
  readonly db: TestDatabase;
  readonly core: ChatCore;
  readonly clock: ReturnType<typeof fixedClock>;
  readonly errors: { fields: Record<string, unknown>; msg: string }[];
  /** Row counts of the mutable tables, `table: n`. */
  counts(): Promise<Record<string, number>>;
  /** A command as `console:<person>` in console conversation `conversation` (default: unbound). */
  say(
    person: string,
    text: string,
    options?: { conversation?: string; eventId?: string; lang?: Lang },
  ): Promise<Reply>;
  press(person: string, button: { actionId: string; value: string }, eventId?: string): Promise<Reply>;
  dispose(): Promise<void>;
}

let counter = 0;

/** A migrated database of the dialect with the demo data loaded, and a chat core over it on a fixed clock. */
export async function coreFixture(
  dialect: TestDialect['name'],
  options: { demo?: boolean; links?: LinkDeps; updates?: MessageUpdates } = {},
): Promise<CoreFixture> {
  const db = await createTestDatabase(dialect);
  const clock = fixedClock(NOW);
  if (options.demo !== false) await loadDemo(db.store, clock, ZONE);
  const errors: { fields: Record<string, unknown>; msg: string }[] = [];
  const logger: Logger = {
    debug: () => {},
    info: () => {},
    warn: () => {},
    error: (fields, msg) => errors.push({ fields, msg }),
    child: () => logger,
  };
  const core = new ChatCore({
    store: db.store,
    register: loadRegister(),
    clock,
    ids: uuid,
    zone: ZONE,
    logger,
    defaultLang: 'sv',
    reminders: reminderRepository(db.handle.db, db.handle.dialect),
    ...(options.links ? { links: options.links } : {}),
    ...(options.updates ? { updates: options.updates } : {}),
  });
  const person = (p: string) => (p.includes(':') ? p : `console:${p}`);
  return {
    db,
    core,
    clock,
    errors,
    counts: () => tableCounts(db),
    say(p, text, o = {}) {
      return core.handleCommand({
        eventId: o.eventId ?? `ev-${++counter}`,
        platform: 'console',
        person: person(p),
        conversationId: o.conversation ?? 'terminal',
        text,
        ...(o.lang ? { lang: o.lang } : {}),
      });
    },
    press(p, button, eventId) {
      return core.handleAction({
        eventId: eventId ?? `ev-${++counter}`,
        platform: 'console',
        person: person(p),
        conversationId: 'terminal',
        actionId: button.actionId,
        value: button.value,
      });
    },
    dispose: () => disposeQuietly(db),
  };
}

/** The number of live (non-voided) registrations logged from chat (the demo's own have no audit entry). */
export async function chatRegistrations(f: CoreFixture): Promise<number> {
  const entries = await f.db.store.audit({ limit: 1000 });
  return entries.filter((e) => e.action === 'registration.create').length;
}

/** Closes and drops the database (test/support/databases.ts waits for PostgreSQL's connections to go first). */
async function disposeQuietly(db: TestDatabase): Promise<void> {
  await db.dispose();
}
