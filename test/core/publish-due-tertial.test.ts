import { DateTime } from 'luxon';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { ACTION } from '../../src/bots/core/reply.ts';
import { testDialects } from '../support/databases.ts';
import { type CoreFixture, coreFixture, ZONE } from './fixtures.ts';

/**
 * `/rapportera <kommun> publicera` without a tertial, as a samordnare types it after writing the follow-up: today's
 * tertial, or — while today's has no status text — the one before it when that one has: in May and June the T1 just
 * written, not the T2 that has only begun (it answered "Sävsjö har inga lägestexter för T2 2027 att publicera.
 * Skriv dem först med /rapportera Sävsjö T2 2027."). With neither written, the reply names the tertial due.
 */

const agreement = (kommun: string) =>
  [
    `Medborgarlöfte för ${kommun} kommun 2027`,
    '',
    `Polisen och ${kommun} kommun lovar att gemensamt arbeta för:`,
    `- att öka tryggheten i centrala ${kommun}`,
    '',
    'Det ska vi åstadkomma genom följande aktiviteter',
    '- Polisen ska genomföra minst tjugo (20) riktade insatser per år för att upptäcka narkotikabrott bland unga.',
    `- Kommunen lovar att tillsammans med polisen genomföra minst tre trygghetsvandringar i centrala ${kommun}.`,
    '- Polisen och kommunen ska under året genomföra minst sex (6) samverkansmöten.',
  ].join('\n');

const at = (day: string) => DateTime.fromISO(`${day}T09:30`, { zone: ZONE }).toMillis();

describe.each(testDialects())('publicera without a tertial [$name]', ({ name }) => {
  let f: CoreFixture;
  let n = 0;
  beforeEach(async () => {
    f = await coreFixture(name);
    for (const kommun of ['Sävsjö', 'Eksjö']) {
      const preview = await f.say('admin', `/lofte import ${agreement(kommun)}`);
      const save = preview.buttons?.find((b) => b.actionId === ACTION.importSave);
      if (!save) throw new Error(`no save button: ${preview.fallback}`);
      await f.press('admin', save);
    }
  });
  afterEach(async () => {
    expect(f.errors).toEqual([]);
    await f.dispose();
  });

  /** Writes "Pågår" for every activity of a tertial through the /rapportera form. */
  async function writeTexts(command: string): Promise<void> {
    const form = (await f.say('admin', command)).form;
    if (!form) throw new Error(`no form for ${command}`);
    const saved = await f.core.submitForm({
      eventId: `publish-due-${++n}`,
      platform: 'console',
      person: 'console:admin',
      conversationId: 'terminal',
      formId: form.formId,
      state: form.state,
      values: Object.fromEntries(form.fields.map((x) => [x.id, 'Pågår'])),
    });
    expect(saved.ok).toBe(true);
  }

  // today, the tertial whose texts are written first, typed, headline, context (or '')
  const cases: readonly [string, string, string, string, string][] = [
    [
      '2027-05-10',
      '/rapportera Sävsjö T1 2027',
      '/rapportera Sävsjö publicera',
      '🌐 Uppföljningen T1 2027 för Sävsjö är publicerad',
      '',
    ],
    [
      '2027-06-15',
      '/rapportera Sävsjö T1 2027',
      '/rapportera Sävsjö publicera',
      '🌐 Uppföljningen T1 2027 för Sävsjö är publicerad',
      '',
    ],
    [
      '2027-11-20',
      '/rapportera Sävsjö T3 2027',
      '/rapportera Sävsjö publicera',
      '🌐 Uppföljningen T3 2027 för Sävsjö är publicerad',
      '',
    ],
    [
      '2027-10-20',
      '',
      '/rapportera Sävsjö publicera',
      'Sävsjö har inga lägestexter för T3 2027 att publicera.',
      'Skriv dem först med /rapportera Sävsjö T3 2027.',
    ],
    [
      '2027-08-20',
      '/rapportera Sävsjö T2 2027',
      '/rapportera Sävsjö publicera',
      '🌐 Uppföljningen T2 2027 för Sävsjö är publicerad',
      '',
    ],
    [
      '2027-05-10',
      '/rapportera Sävsjö T1 2027',
      '/report Sävsjö publish',
      '🌐 The T1 2027 follow-up for Sävsjö is published',
      '',
    ],
    [
      '2027-05-10',
      '',
      '/rapportera Sävsjö publicera',
      'Sävsjö har inga lägestexter för T1 2027 att publicera.',
      'Skriv dem först med /rapportera Sävsjö T1 2027.',
    ],
    [
      '2027-02-10',
      '',
      '/rapportera Eksjö publicera',
      'Eksjö har inga lägestexter för T1 2027 att publicera.',
      'Skriv dem först med /rapportera Eksjö T1 2027.',
    ],
    [
      '2027-05-10',
      '/rapportera Sävsjö T1 2027',
      '/rapportera Sävsjö publicera T2',
      'Sävsjö har inga lägestexter för T2 2027 att publicera.',
      'Skriv dem först med /rapportera Sävsjö T2 2027.',
    ],
  ];
  it.each(cases)('%s, after ”%s”: %s', async (today, written, typed, headline, context) => {
    f.clock.set(at(today));
    if (written) await writeTexts(written);
    const r = await f.say('admin', typed, { lang: typed.startsWith('/report ') ? 'en' : 'sv' });
    expect(r.headline).toBe(headline);
    if (context) expect(r.fallback).toContain(context);
  });

  it('avpublicera without a tertial withdraws the one publicera published', async () => {
    f.clock.set(at('2027-05-10'));
    await writeTexts('/rapportera Sävsjö T1 2027');
    await f.say('admin', '/rapportera Sävsjö publicera');
    const r = await f.say('admin', '/rapportera Sävsjö avpublicera');
    expect(r.headline).toBe('Uppföljningen T1 2027 för Sävsjö är inte längre publicerad');
  });
});
