import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { ConversationRef, Prompt, Store } from '../../src/domain/ports.ts';
import type { AuditEntry, RoleGrant } from '../../src/domain/types.ts';
import { createTestDatabase, type TestDatabase, testDialects } from '../support/databases.ts';
import { T0 } from './fixtures.ts';

const TRANAS = { type: 'kommun', id: '0687' } as const;
const AREA = { type: 'area', id: 'hoglandet' } as const;

function audit(id: string, at: number, municipalityCode: string | null): AuditEntry {
  return {
    id,
    at,
    actor: 'slack:U1',
    platform: 'slack',
    action: 'registration.add',
    entity: 'registration',
    entityId: `r-${id}`,
    municipalityCode,
    before: null,
    after: { count: 2, note: 'Trygghetsvandring i centrum' },
  };
}

function prompt(id: string, extra: Partial<Prompt> = {}): Prompt {
  return {
    id,
    kind: 'status',
    municipalityCode: '0687',
    activityId: 'a1',
    year: 2025,
    tertial: 2,
    question: 'Hur gick trygghetsvandringarna?',
    options: ['Genomförd', 'Pågår', 'Ej påbörjad'],
    audience: 'samordnare',
    status: 'open',
    answer: null,
    answeredBy: null,
    answeredPlatform: null,
    answeredAt: null,
    messageRef: null,
    createdAt: T0,
    ...extra,
  };
}

function ref(conversationId: string, extra: Partial<ConversationRef> = {}): ConversationRef {
  return {
    platform: 'teams',
    conversationId,
    kind: 'personal',
    person: 'teams:aad-1',
    reference: JSON.stringify({ conversation: { id: conversationId }, serviceUrl: 'https://smba.example' }),
    dead: false,
    deadReason: null,
    updatedAt: T0,
    ...extra,
  };
}

describe.each(testDialects())('store: access, audit, conversations [$name]', ({ name }) => {
  let t: TestDatabase;
  let store: Store;
  beforeEach(async () => {
    t = await createTestDatabase(name);
    store = t.store;
  });
  afterEach(async () => {
    await t.dispose();
  });

  it('ping answers', async () => {
    expect(await store.ping()).toBe(true);
  });

  it('channel bindings: save, replace, find by scope, remove', async () => {
    await store.saveBinding({ platform: 'slack', conversationId: 'C1', scope: TRANAS }, T0);
    await store.saveBinding({ platform: 'teams', conversationId: '19:x@thread', scope: TRANAS }, T0);
    await store.saveBinding({ platform: 'slack', conversationId: 'C2', scope: AREA }, T0);
    expect(await store.binding('slack', 'C1')).toEqual({
      platform: 'slack',
      conversationId: 'C1',
      scope: TRANAS,
    });
    expect(await store.binding('teams', 'C1')).toBeNull();
    expect((await store.bindingsFor(TRANAS)).map((b) => b.conversationId)).toEqual(['C1', '19:x@thread']);
    await store.saveBinding({ platform: 'slack', conversationId: 'C1', scope: AREA }, T0 + 1);
    expect((await store.binding('slack', 'C1'))?.scope).toEqual(AREA);
    expect((await store.bindingsFor(AREA)).map((b) => b.conversationId)).toEqual(['C1', 'C2']);
    expect(await store.allBindings()).toHaveLength(3);
    expect(await store.removeBinding('slack', 'C1')).toBe(true);
    expect(await store.removeBinding('slack', 'C1')).toBe(false);
    expect(await store.binding('slack', 'C1')).toBeNull();
    expect(await store.allBindings()).toHaveLength(2);
  });

  it('roles: grant once, list, find holders, revoke once', async () => {
    const anna: RoleGrant = { person: 'slack:UANNA', role: 'samordnare', scope: TRANAS };
    const annaAdmin: RoleGrant = { person: 'slack:UANNA', role: 'admin', scope: AREA };
    const per: RoleGrant = { person: 'teams:per', role: 'polis', scope: AREA };
    expect(await store.grantRole(anna, T0)).toBe(true);
    expect(await store.grantRole(anna, T0 + 1)).toBe(false);
    expect(await store.grantRole(annaAdmin, T0)).toBe(true);
    expect(await store.grantRole(per, T0)).toBe(true);
    expect(await store.rolesOf('slack:UANNA')).toEqual([annaAdmin, anna]);
    expect(await store.rolesOf('slack:NOBODY')).toEqual([]);
    expect(await store.holders('samordnare', TRANAS)).toEqual([anna]);
    expect(await store.holders('samordnare', AREA)).toEqual([]);
    expect(await store.holders('polis', AREA)).toEqual([per]);
    expect(await store.allRoles()).toEqual([annaAdmin, anna, per]);
    expect(await store.revokeRole(anna)).toBe(true);
    expect(await store.revokeRole(anna)).toBe(false);
    expect(await store.allRoles()).toEqual([annaAdmin, per]);
  });

  it('audit: append with JSON snapshots, filter by kommun, since and limit, newest first', async () => {
    await store.appendAudit(audit('e1', T0, '0687'));
    await store.appendAudit(audit('e2', T0 + 10, '0684'));
    await store.appendAudit(audit('e3', T0 + 20, '0687'));
    await store.appendAudit({ ...audit('e4', T0 + 30, null), before: { a: [1, 'två'] }, after: null });
    expect((await store.audit({})).map((e) => e.id)).toEqual(['e4', 'e3', 'e2', 'e1']);
    expect(await store.audit({ municipalityCode: '0687', limit: 1 })).toEqual([audit('e3', T0 + 20, '0687')]);
    expect((await store.audit({ municipalityCode: '0687' })).map((e) => e.id)).toEqual(['e3', 'e1']);
    expect((await store.audit({ since: T0 + 10 })).map((e) => e.id)).toEqual(['e4', 'e3', 'e2']);
    expect((await store.audit({ limit: 2 })).map((e) => e.id)).toEqual(['e4', 'e3']);
    const [e4] = await store.audit({ limit: 1 });
    expect(e4).toMatchObject({ before: { a: [1, 'två'] }, after: null, municipalityCode: null });
  });

  it('processed events: record once, read the reply back', async () => {
    expect(await store.processedEvent('slack:evt-1')).toBeNull();
    expect(await store.recordProcessedEvent('slack:evt-1', '{"text":"Registrerat"}', T0)).toBe(true);
    expect(await store.recordProcessedEvent('slack:evt-1', '{"text":"annat"}', T0 + 1)).toBe(false);
    expect(await store.processedEvent('slack:evt-1')).toBe('{"text":"Registrerat"}');
  });

  it('prompts: insert, answer once, message ref, open prompts', async () => {
    await store.insertPrompt(prompt('p1'));
    await store.insertPrompt(
      prompt('p2', { createdAt: T0 + 1, activityId: null, year: null, tertial: null }),
    );
    await store.insertPrompt(prompt('p3', { municipalityCode: '0684' }));
    expect(await store.prompt('p1')).toEqual(prompt('p1'));
    expect(await store.prompt('nope')).toBeNull();
    expect((await store.openPrompts('0687')).map((p) => p.id)).toEqual(['p1', 'p2']);

    expect(await store.answerPrompt('p1', 'Genomförd', 'teams:aad-1', 'teams', T0 + 5)).toBe(true);
    expect(await store.answerPrompt('p1', 'Pågår', 'slack:U2', 'slack', T0 + 6)).toBe(false);
    expect(await store.answerPrompt('nope', 'x', 'slack:U2', 'slack', T0)).toBe(false);
    expect(await store.prompt('p1')).toMatchObject({
      status: 'answered',
      answer: 'Genomförd',
      answeredBy: 'teams:aad-1',
      answeredPlatform: 'teams',
      answeredAt: T0 + 5,
    });
    expect((await store.openPrompts('0687')).map((p) => p.id)).toEqual(['p2']);

    await store.setPromptMessageRef('p2', 'slack:C1/1712345678.000100');
    expect((await store.prompt('p2'))?.messageRef).toBe('slack:C1/1712345678.000100');
    expect(await store.prompt('p2')).toMatchObject({ activityId: null, year: null, tertial: null });
  });

  it('conversation references: save, replace, find by person, mark dead', async () => {
    await store.saveConversationRef(ref('a:1', { updatedAt: T0 }));
    await store.saveConversationRef(ref('a:2', { updatedAt: T0 + 5 }));
    await store.saveConversationRef(ref('19:ch@thread', { kind: 'channel', person: null }));
    expect(await store.conversationRef('teams', 'a:1')).toEqual(ref('a:1'));
    expect(await store.conversationRef('slack', 'a:1')).toBeNull();
    expect((await store.conversationRefOfPerson('teams', 'teams:aad-1'))?.conversationId).toBe('a:2');
    expect(await store.conversationRefOfPerson('teams', 'teams:other')).toBeNull();

    await store.saveConversationRef(ref('a:1', { reference: '{"v":2}', updatedAt: T0 + 9 }));
    expect((await store.conversationRef('teams', 'a:1'))?.reference).toBe('{"v":2}');
    expect((await store.conversationRefOfPerson('teams', 'teams:aad-1'))?.conversationId).toBe('a:1');

    await store.markConversationDead('teams', 'a:1', 'bot removed (403)', T0 + 20);
    expect(await store.conversationRef('teams', 'a:1')).toMatchObject({
      dead: true,
      deadReason: 'bot removed (403)',
      updatedAt: T0 + 20,
    });
    await store.markConversationDead('teams', 'nope', 'x', T0);
    expect(await store.conversationRef('teams', 'nope')).toBeNull();
  });

  it('person language: unset, set, change', async () => {
    expect(await store.personLang('slack:U1')).toBeNull();
    await store.setPersonLang('slack:U1', 'en', T0);
    expect(await store.personLang('slack:U1')).toBe('en');
    await store.setPersonLang('slack:U1', 'sv', T0 + 1);
    expect(await store.personLang('slack:U1')).toBe('sv');
    expect(await store.personLang('slack:U2')).toBeNull();
  });
});
