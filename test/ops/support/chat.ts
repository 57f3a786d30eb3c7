import { DateTime } from 'luxon';
import { ChatCore, type FormResult } from '../../../src/bots/core/core.ts';
import type { Reply } from '../../../src/bots/core/reply.ts';
import { loadDemo } from '../../../src/demo/load-demo.ts';
import type { Platform } from '../../../src/domain/types.ts';
import { silentLogger } from '../../../src/runtime/logger.ts';
import { loadRegister } from '../../../src/runtime/register.ts';
import { fixedClock, uuid } from '../../../src/runtime/system.ts';
import {
  createTestDatabase,
  type TestDatabase,
  type TestDialect,
  tableCounts,
} from '../../support/databases.ts';

export const ZONE = 'Europe/Stockholm';
/** Friday 20 November 2026, 10:00 in Stockholm: T3 of the demo's 2025–2026 agreements. */
export const NOW = DateTime.fromISO('2026-11-20T10:00', { zone: ZONE }).toMillis();

/** The people of these tests, with their roles in LPO Höglandet (granted by chatHarness). */
export const PEOPLE = {
  police: 'slack:U0POLIS',
  coordinator: 'teams:5b1c0d2e-0000-4000-8000-00000000c0de',
  chief: 'slack:U0CHEF',
  admin: 'slack:U0ADMIN',
} as const;

export interface ChatHarness {
  readonly db: TestDatabase;
  readonly core: ChatCore;
  readonly clock: ReturnType<typeof fixedClock>;
  say(person: string, text: string, conversation?: string): Promise<Reply>;
  press(person: string, actionId: string, value: string): Promise<Reply>;
  submit(
    person: string,
    form: { formId: string; state: string },
    values: Record<string, string>,
  ): Promise<FormResult>;
  counts(): Promise<Record<string, number>>;
  dispose(): Promise<void>;
}

let seq = 0;

const platformOf = (person: string) => person.split(':')[0] as Platform;

/** The demo data on a fresh database of `dialect`, the chat core over it, and the people above granted. */
export async function chatHarness(dialect: TestDialect['name']): Promise<ChatHarness> {
  const db = await createTestDatabase(dialect);
  const clock = fixedClock(NOW);
  await loadDemo(db.store, clock, ZONE);
  const area = { type: 'area', id: 'hoglandet' } as const;
  await db.store.grantRole({ person: PEOPLE.police, role: 'polis', scope: area }, NOW);
  await db.store.grantRole(
    { person: PEOPLE.coordinator, role: 'samordnare', scope: { type: 'kommun', id: '0684' } },
    NOW,
  );
  await db.store.grantRole({ person: PEOPLE.chief, role: 'chef', scope: area }, NOW);
  await db.store.grantRole({ person: PEOPLE.admin, role: 'admin', scope: area }, NOW);
  const core = new ChatCore({
    store: db.store,
    register: loadRegister(),
    clock,
    ids: uuid,
    zone: ZONE,
    logger: silentLogger,
    defaultLang: 'sv',
  });
  const base = (person: string, conversation = 'C0OPS') => ({
    eventId: `ops-${++seq}`,
    platform: platformOf(person),
    person,
    conversationId: conversation,
  });
  return {
    db,
    core,
    clock,
    say: (person, text, conversation) => core.handleCommand({ ...base(person, conversation), text }),
    press: (person, actionId, value) => core.handleAction({ ...base(person), actionId, value }),
    submit: (person, form, values) =>
      core.submitForm({ ...base(person), formId: form.formId, state: form.state, values }),
    counts: () => tableCounts(db),
    dispose: () => db.dispose(),
  };
}

/** Everything a person reads of a reply: headline, section texts and fields, context. */
export function readable(reply: Reply): string {
  return reply.fallback;
}
