import { DateTime } from 'luxon';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { ACTION, type Reply } from '../../src/bots/core/reply.ts';
import { testDialects } from '../support/databases.ts';
import { savsjo2027 } from '../support/next-agreement.ts';
import { type CoreFixture, coreFixture, ZONE } from './fixtures.ts';

/**
 * The turn of a tertial as a samordnare lives it: `/rapportera <kommun>` without a tertial opens the tertial just
 * ended while it still lacks status texts, in the first month of the next one (January, May, September — the overdue
 * notice to the chef falls inside); `/status <kommun> T3 2026` names the activities still without one.
 */

const NEXT = savsjo2027(3);

const at = (day: string) => DateTime.fromISO(`${day}T09:30`, { zone: ZONE }).toMillis();

describe.each(testDialects())('the tertial due at the turn of a tertial [$name]', ({ name }) => {
  let f: CoreFixture;
  let n = 0;
  beforeEach(async () => {
    f = await coreFixture(name);
    const preview = await f.say('sven', `/lofte import ${NEXT}`);
    const save = preview.buttons?.find((b) => b.actionId === ACTION.importSave);
    if (!save) throw new Error(`no save button: ${preview.fallback}`);
    await f.press('sven', save);
  });
  afterEach(async () => {
    expect(f.errors).toEqual([]);
    await f.dispose();
  });

  /** Writes "Pågår" for the first `count` activities of a tertial through the /rapportera form. */
  async function writeTexts(command: string, count: number): Promise<void> {
    const form = (await f.say('sven', command)).form;
    if (!form) throw new Error(`no form for ${command}`);
    const values = Object.fromEntries(form.fields.slice(0, count).map((x) => [x.id, 'Pågår']));
    const saved = await f.core.submitForm({
      eventId: `due-${++n}`,
      platform: 'console',
      person: 'console:sven',
      conversationId: 'terminal',
      formId: form.formId,
      state: form.state,
      values,
    });
    expect(saved.ok).toBe(true);
  }

  const cases: readonly [string, string, string, 'sv' | 'en', string, string][] = [
    // today, texts written first (command and how many), typed, language, headline, form title
    [
      '2027-01-07',
      '',
      '/rapportera Sävsjö',
      'sv',
      'T3 2026 saknar lägestext för 8 aktiviteter – här är den. Nuvarande tertial: /rapportera Sävsjö T1 2027',
      'Uppföljning T3 2026',
    ],
    [
      '2027-01-07',
      '/rapportera Sävsjö T3 2026|7',
      '/rapportera Sävsjö',
      'sv',
      'T3 2026 saknar lägestext för 1 aktivitet – här är den. Nuvarande tertial: /rapportera Sävsjö T1 2027',
      'Uppföljning T3 2026',
    ],
    [
      '2027-01-07',
      '',
      '/report Sävsjö',
      'en',
      'T3 2026 lacks a status text for 8 activities – here it is. Current tertial: /report Sävsjö T1 2027',
      'Follow-up T3 2026',
    ],
    [
      '2027-05-02',
      '',
      '/rapportera Sävsjö',
      'sv',
      'T1 2027 saknar lägestext för 3 aktiviteter – här är den. Nuvarande tertial: /rapportera Sävsjö T2 2027',
      'Uppföljning T1 2027',
    ],
    [
      '2027-09-02',
      '/rapportera Sävsjö T2 2027|1',
      '/rapportera Sävsjö',
      'sv',
      'T2 2027 saknar lägestext för 2 aktiviteter – här är den. Nuvarande tertial: /rapportera Sävsjö T3 2027',
      'Uppföljning T2 2027',
    ],
    [
      '2027-02-01',
      '',
      '/rapportera Sävsjö',
      'sv',
      'Skriv lägestexten för varje aktivitet i Sävsjö, T1 2027. Tomt fält = ingen ändring.',
      'Uppföljning T1 2027',
    ],
    [
      '2027-01-07',
      '/rapportera Sävsjö T3 2026|8',
      '/rapportera Sävsjö',
      'sv',
      'Skriv lägestexten för varje aktivitet i Sävsjö, T1 2027. Tomt fält = ingen ändring.',
      'Uppföljning T1 2027',
    ],
    [
      '2027-01-07',
      '',
      '/rapportera Sävsjö T1',
      'sv',
      'Skriv lägestexten för varje aktivitet i Sävsjö, T1 2027. Tomt fält = ingen ändring.',
      'Uppföljning T1 2027',
    ],
    [
      '2027-05-02',
      '',
      '/report Sävsjö T2',
      'en',
      'Write the status text for each activity in Sävsjö, T2 2027. Empty = no change.',
      'Follow-up T2 2027',
    ],
  ];
  it.each(cases)('%s, after ”%s”: %s (%s)', async (today, prep, command, lang, headline, title) => {
    f.clock.set(at(today));
    if (prep) {
      const [written, count] = prep.split('|');
      await writeTexts(written ?? '', Number(count));
    }
    const r: Reply = await f.say('sven', command, { lang });
    expect(r.headline, r.fallback).toBe(headline);
    expect(r.form?.title).toBe(title);
  });

  // /statistik without a tertial: the tertial just ended while its drug statistics are not in, in the first month
  // of the next (they are counted once it has ended: T3 2026 in January), else today's.
  const statistics: readonly [string, boolean, string, 'sv' | 'en', string, string | null][] = [
    // today, T3 2026 / T1 2027 statistics entered first, typed, language, form title, the line naming today's
    [
      '2027-01-07',
      false,
      '/statistik Sävsjö',
      'sv',
      'Statistik T3 2026',
      'Nuvarande tertial: /statistik Sävsjö T1 2027',
    ],
    [
      '2027-01-07',
      false,
      '/stats Sävsjö',
      'en',
      'Statistics T3 2026',
      'Current tertial: /stats Sävsjö T1 2027',
    ],
    ['2027-01-07', true, '/statistik Sävsjö', 'sv', 'Statistik T1 2027', null],
    ['2027-01-07', false, '/statistik Sävsjö T1', 'sv', 'Statistik T1 2027', null],
    ['2027-02-01', false, '/statistik Sävsjö', 'sv', 'Statistik T1 2027', null],
    [
      '2027-05-03',
      false,
      '/statistik Sävsjö',
      'sv',
      'Statistik T1 2027',
      'Nuvarande tertial: /statistik Sävsjö T2 2027',
    ],
    ['2027-05-03', true, '/statistik Sävsjö', 'sv', 'Statistik T2 2027', null],
  ];
  it.each(statistics)('%s, entered first %s: %s (%s)', async (today, entered, command, lang, title, line) => {
    f.clock.set(at(today));
    if (entered) {
      const ended = today < '2027-02-01' ? 'T3 2026' : 'T1 2027';
      const form = (await f.say('per', `/statistik Sävsjö ${ended}`)).form;
      if (!form) throw new Error('no statistics form');
      const saved = await f.core.submitForm({
        eventId: `stats-${++n}`,
        platform: 'console',
        person: 'console:per',
        conversationId: 'terminal',
        formId: form.formId,
        state: form.state,
        values: { 'narkotika.innehav': '3' },
      });
      expect(saved.ok).toBe(true);
    }
    const r = await f.say('per', command, { lang });
    expect(r.form?.title, r.fallback).toBe(title);
    if (line) expect(r.fallback).toContain(line);
    else expect(r.fallback).not.toMatch(/Nuvarande tertial|Current tertial/);
  });

  it('/statistik of a kommun without an agreement the year just ended opens today’s tertial', async () => {
    f.clock.set(at('2027-01-07'));
    expect((await f.say('admin', '/statistik Aneby')).form?.title).toBe('Statistik T1 2027');
  });

  const statuses: readonly [string, string, 'sv' | 'en', string | null][] = [
    // today, typed, language, the line naming the activities without a status text (null: none), by number and
    // the short label the headline above names them by
    [
      '2027-01-07',
      '/status Sävsjö T3 2026',
      'sv',
      'Saknar lägestext för T3 2026 (8): 1. ”Polisen ska öppna ett poliskontor” · 2. ”Polisen ska vara tillgänglig för…” · 3. ”Kommunen ska upplåta en lämplig lokal” · 4. ”Polisen ska identifiera ungdomar i…” · 5. riktade insatser',
    ],
    [
      '2027-05-02',
      '/status Sävsjö T1 2027',
      'sv',
      'Saknar lägestext för T1 2027 (3): 1. riktade insatser · 2. trygghetsvandringar · 3. samverkansmöten',
    ],
    [
      '2027-05-02',
      '/status Sävsjö T1 2027',
      'en',
      'Without a status text for T1 2027 (3): 1. targeted operations · 2. safety walks · 3. collaboration meetings',
    ],
    ['2027-04-20', '/status Sävsjö T1', 'sv', 'Saknar lägestext för T1 2027 (3):'],
    // without a period (this year): the tertial whose texts are due now, also when it is last year's and belongs to
    // the agreement before (numbered as its /rapportera form numbers them)
    [
      '2026-12-31',
      '/status Sävsjö',
      'sv',
      'Saknar lägestext för T3 2026 (8): 1. ”Polisen ska öppna ett poliskontor”',
    ],
    [
      '2027-01-07',
      '/status Sävsjö',
      'sv',
      'Saknar lägestext för T3 2026 (8): 1. ”Polisen ska öppna ett poliskontor”',
    ],
    [
      '2027-01-07',
      '/status Sävsjö',
      'en',
      'Without a status text for T3 2026 (8): 1. “Polisen ska öppna ett',
    ],
    ['2027-01-07', '/status Sävsjö T3', 'sv', 'Saknar lägestext för T3 2026 (8):'],
    ['2026-12-10', '/status Sävsjö', 'sv', null],
    ['2027-02-01', '/status Sävsjö', 'sv', null],
    ['2027-04-10', '/status Sävsjö T1', 'sv', null],
    ['2027-05-02', '/status Sävsjö T2', 'sv', null],
  ];
  it.each(statuses)('%s: %s (%s)', async (today, command, lang, line) => {
    f.clock.set(at(today));
    const r = await f.say('sven', command, { lang });
    const section = r.sections.find((s) => /lägestext för|status text for/.test(s.text ?? ''));
    if (line === null) {
      expect(section, r.fallback).toBeUndefined();
      return;
    }
    expect(r.fallback).toContain(line);
    expect(r.fallback.split(lang === 'sv' ? 'Saknar lägestext' : 'Without a status text')).toHaveLength(2);
    const write = lang === 'sv' ? 'Skriv dem med /rapportera Sävsjö' : 'Write them with /report Sävsjö';
    expect(r.fallback).toContain(write);
  });
});

describe.each(testDialects())('January before the new agreement is imported [$name]', ({ name }) => {
  let f: CoreFixture;
  beforeEach(async () => {
    f = await coreFixture(name);
  });
  afterEach(async () => {
    expect(f.errors).toEqual([]);
    await f.dispose();
  });

  // today, typed, who, language, headline, what the reply says (null: the no-agreement answer)
  const cases: readonly [string, string, string, 'sv' | 'en', string, readonly string[]][] = [
    [
      '2027-01-04',
      '/status Sävsjö',
      'sven',
      'sv',
      'Läget i Sävsjö, år 2026',
      [
        'Sävsjö har inget medborgarlöfte för 2027 i Löftesbot ännu – här är 2026.',
        'Saknar lägestext för T3 2026 (8): 1.',
        'Skriv dem med /rapportera Sävsjö T3 2026',
      ],
    ],
    [
      '2027-01-04',
      '/status Sävsjö',
      'per',
      'en',
      'Progress in Sävsjö, year 2026',
      [
        'Sävsjö has no agreement for 2027 in Löftesbot yet – here is 2026.',
        'The samordnare writes them with',
      ],
    ],
    [
      '2027-01-11',
      '/sammanfattning Sävsjö',
      'lena',
      'sv',
      'Uppföljning av medborgarlöftet i Sävsjö, år 2026',
      ['Sävsjö har inget medborgarlöfte för 2027 i Löftesbot ännu – här är 2026.'],
    ],
    [
      '2027-02-01',
      '/status Sävsjö',
      'sven',
      'sv',
      'Sävsjö har inget medborgarlöfte i Löftesbot för den tiden.',
      [],
    ],
    [
      '2027-01-04',
      '/status Sävsjö 2027',
      'sven',
      'sv',
      'Sävsjö har inget medborgarlöfte för 2027 i Löftesbot.',
      ['Medborgarlöften finns för 2020–2021 och 2025–2026: /status Sävsjö 2025'],
    ],
    [
      '2027-01-11',
      '/sammanfattning LPO Höglandet',
      'lena',
      'sv',
      'Läget i LPO Höglandet, år 2026',
      ['Ingen kommun i LPO Höglandet har ett medborgarlöfte för 2027 i Löftesbot ännu – här är 2026.'],
    ],
    ['2027-02-01', '/sammanfattning LPO Höglandet', 'lena', 'sv', 'Läget i LPO Höglandet, år 2027', []],
  ];
  it.each(cases)('%s: %s (%s, %s)', async (today, command, who, lang, headline, texts) => {
    f.clock.set(at(today));
    const r = await f.say(who, command, { lang });
    expect(r.headline, r.fallback).toBe(headline);
    for (const text of texts) expect(r.fallback).toContain(text);
  });
});
