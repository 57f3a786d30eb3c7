import { userInfo } from 'node:os';
import { join } from 'node:path';
import { PassThrough } from 'node:stream';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ACTION } from '../../src/bots/core/reply.ts';
import type { CliIo } from '../../src/cli/command.ts';
import { main } from '../../src/cli/main.ts';
import { loadConfig } from '../../src/config.ts';
import type { AuditEntry } from '../../src/domain/types.ts';
import { testDialects } from '../support/databases.ts';
import { type ChatHarness, chatHarness, NOW, PEOPLE } from './support/chat.ts';

/**
 * Issue 9, item 2: every change — registration, void, status text, statistics, meeting, role, binding, import, and
 * prompt answers — is in the audit log with who, from which platform, when, and what it was before and after.
 * `/lofte historik <kommun>` shows it in chat to coordinators, managers and admins; `npx loftesbot audit` at the
 * command line, filtered by kommun and date.
 */

const SAVSJO = '0684';
const ROOT = join(import.meta.dirname, '..', '..');

async function cli(dbUrl: string, ...argv: string[]): Promise<{ code: number; out: string; err: string }> {
  const out: string[] = [];
  const err: string[] = [];
  const io: CliIo = {
    out: (t) => out.push(t),
    err: (t) => err.push(t),
    stdin: new PassThrough(),
    stdinIsTty: false,
  };
  const code = await main(argv, io, loadConfig({ DATABASE_URL: dbUrl }));
  return { code, out: out.join('\n'), err: err.join('\n') };
}

describe.each(testDialects())('the audit trail [$name]', ({ name }) => {
  let h: ChatHarness;
  beforeAll(async () => {
    h = await chatHarness(name);
  });
  afterAll(async () => {
    await h.dispose();
  });

  /** The newest audit entry with this action (after the test's change). */
  const latest = async (action: string): Promise<AuditEntry> => {
    const entry = (await h.db.store.audit({ limit: 1000 })).find((e) => e.action === action);
    if (!entry) throw new Error(`no audit entry ${action}`);
    return entry;
  };

  it('a registration: who, platform, when, and the registration as it was stored', async () => {
    const reply = await h.say(PEOPLE.police, '/insats Sävsjö idag 2 kvällspass');
    expect(reply.tone).toBe('success');
    const e = await latest('registration.create');
    expect(e).toMatchObject({ actor: PEOPLE.police, platform: 'slack', at: NOW, municipalityCode: SAVSJO });
    expect(e.before).toBeNull();
    expect(e.after).toMatchObject({
      count: 2,
      note: 'kvällspass',
      actor: PEOPLE.police,
      occurredOn: '2026-11-20',
    });
  });

  it('a void (Ångra): before not voided, after voided by whom', async () => {
    const created = await latest('registration.create');
    const reply = await h.press(PEOPLE.police, ACTION.undo, created.entityId);
    expect(reply.tone).toBe('info');
    const e = await latest('registration.void');
    expect(e).toMatchObject({ actor: PEOPLE.police, platform: 'slack', at: NOW, entityId: created.entityId });
    expect(e.before).toEqual({ voidedAt: null });
    expect(e.after).toEqual({ voidedAt: NOW, voidedBy: PEOPLE.police });
  });

  it('a status text (/rapportera, from Teams): the earlier text before, the new one after', async () => {
    const form = (await h.say(PEOPLE.coordinator, '/rapportera Sävsjö')).form;
    const field = form?.fields[0];
    if (!form || !field) throw new Error('no report form');
    const result = await h.submit(PEOPLE.coordinator, form, {
      [field.id]: 'Genomfört fyra trygghetsvandringar',
    });
    expect(result.ok).toBe(true);
    const e = await latest('status.create');
    expect(e).toMatchObject({
      actor: PEOPLE.coordinator,
      platform: 'teams',
      at: NOW,
      municipalityCode: SAVSJO,
    });
    expect(e.after).toMatchObject({ text: 'Genomfört fyra trygghetsvandringar', year: 2026, tertial: 3 });
    expect(e.before === null || typeof (e.before as { text?: unknown }).text === 'string').toBe(true);
  });

  it('statistics (/statistik): the figure before and after', async () => {
    const form = (await h.say(PEOPLE.police, '/statistik Sävsjö')).form;
    if (!form) throw new Error('no statistics form');
    const result = await h.submit(PEOPLE.police, form, {
      'narkotika.innehav': '33',
      'narkotika.innehav:youth': '3',
    });
    expect(result.ok).toBe(true);
    const e = await latest('statistic.put');
    expect(e).toMatchObject({ actor: PEOPLE.police, platform: 'slack', at: NOW, municipalityCode: SAVSJO });
    expect(e.after).toMatchObject({
      category: 'narkotika.innehav',
      count: 33,
      youth: 3,
      year: 2026,
      tertial: 3,
    });
  });

  it('a meeting (/samverkan … genomfört): the meeting before and after', async () => {
    const reply = await h.say(PEOPLE.coordinator, '/samverkan Sävsjö genomfört');
    expect(reply.tone).toBe('success');
    const e = await latest('meeting.held');
    expect(e).toMatchObject({
      actor: PEOPLE.coordinator,
      platform: 'teams',
      at: NOW,
      municipalityCode: SAVSJO,
    });
    expect(e.after).toMatchObject({ seriesId: 'demo-series-savsjo' });
  });

  it('a role (/lofte admin roll) and a binding (/lofte admin koppla)', async () => {
    const granted = await h.say(PEOPLE.admin, '/lofte admin roll slack:U0NYPOLIS polis Sävsjö');
    expect(granted.tone).toBe('success');
    const role = await latest('role.grant');
    expect(role).toMatchObject({ actor: PEOPLE.admin, platform: 'slack', at: NOW, municipalityCode: SAVSJO });
    expect(role.before).toBeNull();
    expect(role.after).toEqual({
      person: 'slack:U0NYPOLIS',
      role: 'polis',
      scope: { type: 'kommun', id: SAVSJO },
    });
    const bound = await h.say(PEOPLE.admin, '/lofte admin koppla Sävsjö', 'C0NYKANAL');
    expect(bound.tone).toBe('success');
    const binding = await latest('binding.save');
    expect(binding).toMatchObject({
      actor: PEOPLE.admin,
      platform: 'slack',
      at: NOW,
      entityId: 'slack:C0NYKANAL',
    });
    expect(binding.before).toBeNull();
    expect(binding.after).toMatchObject({
      conversationId: 'C0NYKANAL',
      scope: { type: 'kommun', id: SAVSJO },
    });
  });

  it('a prompt answer: open before, the answer after', async () => {
    const { prompt } = await h.core.ask({
      kind: 'follow-up',
      municipalityCode: SAVSJO,
      activityId: null,
      year: 2026,
      tertial: 3,
      question: 'Blev trygghetsvandringen av?',
      options: ['Ja', 'Nej'],
      audience: 'samordnare',
    });
    await h.press(PEOPLE.coordinator, ACTION.promptAnswer, `${prompt.id}|0`);
    const e = await latest('prompt.answer');
    expect(e).toMatchObject({ actor: PEOPLE.coordinator, platform: 'teams', at: NOW, entityId: prompt.id });
    expect(e.before).toEqual({ status: 'open' });
    expect(e.after).toMatchObject({ status: 'answered', answer: 'Ja' });
  });

  it('changes at the command line (role, bind, import) name the operator and the platform', async () => {
    const started = Date.now();
    expect((await cli(h.db.url, 'role', 'add', 'teams:aad-ops-1', 'chef', 'Sävsjö')).code).toBe(0);
    expect((await cli(h.db.url, 'bind', 'teams:19:ops@thread.tacv2', 'Sävsjö')).code).toBe(0);
    const file = join(ROOT, 'test', 'import', 'fixtures', 'eksjo-medborgarlofte-2022-2023.md');
    const imported = await cli(h.db.url, 'import', file);
    expect(imported.code).toBe(0);
    const entries = (await h.db.store.audit({ since: started, limit: 100 })).filter((e) => e.at >= started);
    expect(entries.map((e) => `${e.action} ${e.actor} ${e.platform}`).sort()).toEqual([
      `binding.save cli:${userInfo().username} cli`,
      `import cli:${userInfo().username} import`,
      `role.grant cli:${userInfo().username} cli`,
    ]);
    const imp = entries.find((e) => e.action === 'import');
    expect(imp?.municipalityCode).toBe('0686');
    expect(imp?.after).toMatchObject({ file: 'eksjo-medborgarlofte-2022-2023.md', kind: 'agreement' });
  });

  it('/lofte historik Sävsjö shows the changes to coordinators, managers and admins, and to no one else', async () => {
    for (const person of [PEOPLE.chief, PEOPLE.admin, PEOPLE.coordinator]) {
      const reply = await h.say(person, '/lofte historik Sävsjö');
      expect(reply.tone).toBe('info');
      const table = reply.sections.find((s) => s.table)?.table;
      // In words a person reads, not the trail's action names.
      expect(table?.rows.map((r) => r[2])).toEqual(
        expect.arrayContaining([
          expect.stringMatching(/^registrerade \d+ för aktivitet \d+ ”.+” \(\d+ [a-zåäö]{3} \d{4}\)$/),
          expect.stringMatching(
            /^ångrade registreringen av \d+ för aktivitet \d+ ”.+” \(\d+ [a-zåäö]{3} \d{4}\)$/,
          ),
          expect.stringMatching(/^skrev lägestexten ”.+” för aktivitet \d+ ”.+” \(T[123] \d{4}\)$/),
          expect.stringMatching(/^förde in statistik för T[123] \d{4}: .+ \d+$/),
        ]),
      );
    }
    const police = await h.say(PEOPLE.police, '/lofte historik Sävsjö');
    expect(police.tone).toBe('error');
    expect(police.sections.some((s) => s.table)).toBe(false);
  });

  it('npx loftesbot audit lists the trail, filtered by kommun and date, as text or JSON', async () => {
    const json = await cli(h.db.url, 'audit', '--kommun', 'Savsjo', '--since', '2026-11-20', '--json');
    expect(json.code).toBe(0);
    const lines = json.out.split('\n').map((l) => JSON.parse(l) as AuditEntry);
    expect(lines.every((e) => e.municipalityCode === SAVSJO && e.at >= NOW - 10 * 3_600_000)).toBe(true);
    expect(lines.map((e) => e.action)).toEqual(
      expect.arrayContaining([
        'registration.create',
        'registration.void',
        'status.create',
        'statistic.put',
        'meeting.held',
        'role.grant',
        'binding.save',
        'prompt.answer',
      ]),
    );
    expect(lines.every((e) => typeof e.actor === 'string' && typeof e.platform === 'string')).toBe(true);
    const text = await cli(h.db.url, 'audit', '--kommun', 'Sävsjö', '--limit', '3');
    expect(text.code).toBe(0);
    expect(text.out.split('\n')).toHaveLength(3);
    expect(text.out).toMatch(/^\d{4}-\d\d-\d\d \d\d:\d\d\t\S+ \(\w+\)\t[\w.]+\tSävsjö\t/m);
    // Each line ends with what was done in the words /lofte historik uses, never an action code.
    const all = (await cli(h.db.url, 'audit', '--kommun', 'Sävsjö')).out
      .split('\n')
      .map((l) => l.split('\t'));
    expect(
      all.filter((cols) => cols.length !== 6 || !/^[a-zåäö]+ .*[a-zåäö0-9”)]$/.test(cols[5] ?? '')),
    ).toEqual([]);
    expect(all.some((cols) => cols[5] === 'gjorde en annan ändring')).toBe(false);
    expect(all.map((cols) => cols[5])).toEqual(
      expect.arrayContaining([
        expect.stringMatching(/^registrerade \d+ för aktivitet \d+ ”.+” \(\d+ [a-zåäö]{3} \d{4}\)$/),
        expect.stringMatching(/^skrev lägestexten ”.+” för aktivitet \d+ ”.+” \(T[123] \d{4}\)$/),
        expect.stringMatching(/^gav .+ rollen \w+ för .+$/),
      ]),
    );
    const none = await cli(h.db.url, 'audit', '--kommun', 'Aneby');
    expect(none.out).toBe('Inga ändringar hittades.');
    const typo = await cli(h.db.url, 'audit', '--kommun', 'Savsjoo');
    expect(typo.code).toBe(1);
    expect(typo.err).toContain('Sävsjö');
    expect((await cli(h.db.url, 'audit', '--since', 'igår')).code).toBe(2);
  });
});
