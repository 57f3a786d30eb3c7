import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { allButtons, type Reply } from '../../src/bots/core/reply.ts';
import type { ReminderPayload } from '../../src/scheduler/types.ts';
import { reminderRepository } from '../../src/store/repositories/reminders.ts';
import { testDialects } from '../support/databases.ts';
import { type CoreFixture, chatRegistrations, coreFixture, NOW } from './fixtures.ts';

/**
 * A bare count typed after a count prompt ("3", "3 kontroller", "tre") is an answer, not a command: before, it got
 * "Jag känner inte till ”3”". Nothing is stored from the number alone; the reply names the prompt's activities with
 * the exact `/logga` line and a button per activity that logs it — the log's own reply, with Ångra, stored once.
 */

const TRANAS = '0687';

describe.each(testDialects())('a count typed after a count prompt [$name]', ({ name }) => {
  let f: CoreFixture;
  const texts = (r: Reply) => [r.headline, ...r.sections.map((s) => s.text ?? '')].join('\n');

  beforeAll(async () => {
    f = await coreFixture(name);
    const bundle = await f.db.store.agreementForYear(TRANAS, 2026);
    const traffic = bundle?.activities.find((a) => a.kind === 'trafikkontroll');
    if (!traffic) throw new Error('no trafikkontroll in Tranås');
    // The prompt Per was sent this morning: only the traffic checks of Tranås.
    const payload: ReminderPayload = {
      kind: 'tertial-reminder',
      subject: { scope: { type: 'kommun', id: TRANAS }, name: 'Tranås', municipalityCode: TRANAS },
      tertial: { year: 2026, tertial: 3, lastDay: '2026-12-31' },
      daysBefore: 14,
      missing: [
        { municipalityCode: TRANAS, activityId: traffic.id, text: traffic.text, responsible: 'polis' },
      ],
    };
    const reminders = reminderRepository(f.db.handle.db, f.db.handle.dialect);
    const key = 'test:count-prompt:per';
    const target = 'person:console:per';
    await reminders.insertOnce(
      [{ key, kind: 'tertial-reminder', at: NOW - 3_600_000, subject: payload.subject, target, payload }],
      NOW,
    );
    await f.db.handle.db
      .updateTable('reminders')
      .set({ status: 'sent', sent_at: NOW - 3_600_000 })
      .where('key', '=', key)
      .execute();
  });
  afterAll(async () => f?.dispose());

  const ANSWERS: readonly [typed: string, line: string, button: string][] = [
    ['3', '/logga 1 Tranås 3', '➕ 3 × trafikkontroller'],
    ['3 kontroller', '/logga 1 Tranås 3', '➕ 3 × trafikkontroller'],
    ['tre', '/logga 1 Tranås tre', '➕ 3 × trafikkontroller'],
    ['2 igår', '/logga 1 Tranås 2 igår', '➕ 2 × trafikkontroller'],
  ];

  it.each(ANSWERS)(
    '"%s" names the prompt’s activity and its line, and stores nothing',
    async (typed, line, button) => {
      const before = await chatRegistrations(f);
      const r = await f.say('per', typed);
      expect(texts(r)).toContain(`”${typed}” – vilken aktivitet gäller det?`);
      expect(texts(r)).toContain(`1. trafikkontroller: ${line}`);
      expect(texts(r)).not.toContain('Jag känner inte till');
      expect(allButtons(r).map((b) => b.label)).toEqual([button]);
      expect(await chatRegistrations(f)).toBe(before);
    },
  );

  it('the button logs the line as typed, with Ångra; a second press stores nothing more', async () => {
    const before = await chatRegistrations(f);
    const r = await f.say('per', '3 kontroller');
    const [button] = allButtons(r);
    if (!button) throw new Error('no button');
    const logged = await f.press('per', button);
    expect(logged.headline).toContain('3 trafikkontroller registrerade i Tranås lördag 21 november 2026');
    expect(allButtons(logged).map((b) => b.label)).toContain('Ångra');
    await f.press('per', button);
    expect(await chatRegistrations(f)).toBe(before + 1);
  });

  it('in English, the English line', async () => {
    const r = await f.say('per', '3', { lang: 'en' });
    expect(texts(r)).toContain('“3” — which activity is it for?');
    expect(texts(r)).toContain('/log 1 Tranås 3');
  });

  it('without a prompt, the activities the person answers for, each with its line', async () => {
    // Sven (samordnare Sävsjö) got no count prompt: every Sävsjö activity is his; more than six, so no buttons.
    const r = await f.say('sven', '4');
    expect(texts(r)).toContain('”4” – vilken aktivitet gäller det?');
    expect(texts(r)).toContain('/logga 5 Sävsjö 4');
    expect(texts(r)).toContain('Skriv: /logga <aktivitet|kortnamn|nr> <kommun>');
  });

  it.each(['hej', '0'])('"%s" is still no command', async (typed) => {
    const r = await f.say('per', typed);
    expect(texts(r)).not.toContain('vilken aktivitet gäller det');
  });
});
