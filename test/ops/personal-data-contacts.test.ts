import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { FORM } from '../../src/bots/core/reply.ts';
import { storedTextFindings } from '../../src/domain/personal-data/stored-text.ts';
import { testDialects } from '../support/databases.ts';
import { type ChatHarness, chatHarness, PEOPLE } from './support/chat.ts';

/**
 * The DPO's trial: an internal free text (a note, a status text, a prompt answer, a correction reason) is kept for
 * good, so a phone number, an e-mail address or a person's name next to an age, an offence or a "kontakt" is
 * refused at entry like a personnummer — with a reply that names what was found, never quotes it, shows how to
 * write it instead, and stores nothing.
 */

/** Personal data as people type it, the piece that must never be echoed, and what the reply names. */
const REFUSED: readonly [text: string, secret: string, found: string][] = [
  ['Kalle Andersson, 15 år, greps vid torget', 'Andersson', 'en persons namn'],
  ['Lisa Berg (14) omhändertogs', 'Berg', 'en persons namn'],
  ['pratade med Omar Ali 16-åring', 'Ali', 'en persons namn'],
  ['greps Kalle Svensson vid stationen', 'Svensson', 'en persons namn'],
  ['kontakt Eva Ek på fritidsgården', 'Ek ', 'en persons namn'],
  ['ring mamman 070-123 45 67', '123 45 67', 'ett telefonnummer'],
  ['ring +46 70 123 45 67', '123 45 67', 'ett telefonnummer'],
  ['mejlade kalle.andersson@gmail.com', 'gmail', 'en e-postadress'],
  ['Kontakt Kalle Svensson 0701234567', 'Svensson', 'ett telefonnummer och en persons namn'],
  ['bil ABC 123 stoppad, föraren påverkad', 'ABC', 'ett registreringsnummer'],
];

/** Work described without personal data: stored as before. */
const PASSES: readonly string[] = [
  'samtal med en ungdom, 15 år, och vårdnadshavare',
  'kontakt via kommunens trygghetssamordnare',
  'kvällsinsats 0800-1200 vid stationen',
  'insats 061201 1900-2100',
  'trygghetsvandring Storgatan 5 med Polisen och Kommunen',
  'Under T3 genomfördes 15 insatser',
  'tre ungdomar 15-16 år anträffade',
  'enligt SOU 2023:12 och LOB 3',
];

describe('the screen of stored texts', () => {
  it('finds a phone number, an e-mail address and a named person', () => {
    const missed = REFUSED.filter(([text]) => storedTextFindings(text).length === 0).map(([t]) => t);
    expect(missed).toEqual([]);
  });
  it('lets work described without personal data through', () => {
    expect(PASSES.filter((text) => storedTextFindings(text).length > 0)).toEqual([]);
  });
});

describe.each(testDialects())('personal data in stored texts is refused at entry [$name]', ({ name }) => {
  let h: ChatHarness;
  beforeAll(async () => {
    h = await chatHarness(name);
  });
  afterAll(async () => {
    await h.dispose();
  });

  /** Every chat path with a stored free text, as the person it belongs to types it. */
  const PATHS: readonly [what: string, person: string, line: (text: string) => string][] = [
    ['an /insats note', PEOPLE.police, (x) => `/insats Sävsjö idag 1 ${x}`],
    ['a /logga note', PEOPLE.police, (x) => `/logga 1 Sävsjö idag 1 ${x}`],
    ['a correction reason', PEOPLE.coordinator, (x) => `/lofte rätta 3f2a9c1e ${x}`],
    ['a meeting place', PEOPLE.coordinator, (x) => `/samverkan Sävsjö ändra från 12/1 plats ${x}`],
  ];

  it('every chat path refuses it, names what it found without quoting it, and stores nothing', async () => {
    const wrong: string[] = [];
    for (const [what, person, line] of PATHS) {
      for (const [text, secret, found] of REFUSED) {
        const before = await h.counts();
        const reply = await h.say(person, line(text));
        const problems = [
          reply.tone !== 'error' && 'not refused',
          !reply.fallback.includes(`Texten innehåller ${found}.`) && 'does not say what',
          reply.fallback.includes(secret) && 'quotes it',
          !reply.fallback.includes('Ingenting har sparats.') && 'does not say nothing was stored',
          JSON.stringify(await h.counts()) !== JSON.stringify(before) && 'stored',
        ].filter(Boolean);
        if (problems.length) wrong.push(`${what} ”${text}”: ${problems.join(', ')} — ${reply.fallback}`);
      }
    }
    expect(wrong).toEqual([]);
  });

  it('a note without personal data is stored', async () => {
    const stored: string[] = [];
    for (const text of PASSES) {
      const reply = await h.say(PEOPLE.police, `/insats Sävsjö idag 1 ”${text}”`);
      if (reply.tone !== 'success') stored.push(`${text}: ${reply.fallback.slice(0, 160)}`);
    }
    expect(stored).toEqual([]);
  });

  it('a status text and a prompt answer are refused for that field, naming what was found; nothing stored', async () => {
    const opened = await h.say(PEOPLE.coordinator, '/rapportera Sävsjö');
    const form = opened.form;
    if (!form) throw new Error(`no form: ${opened.fallback}`);
    const [first, second] = form.fields;
    if (!first || !second) throw new Error('the agreement has too few activities');
    const { prompt } = await h.core.ask({
      kind: 'follow-up',
      municipalityCode: '0684',
      activityId: null,
      year: 2026,
      tertial: 3,
      question: 'Hur går arbetet med trygghetsvandringarna?',
      audience: 'samordnare',
    });
    const wrong: string[] = [];
    for (const [text, secret, found] of REFUSED) {
      const before = await h.counts();
      const status = await h.submit(PEOPLE.coordinator, form, {
        [first.id]: 'Genomfört tre trygghetsvandringar',
        [second.id]: text,
      });
      const answer = await h.submit(
        PEOPLE.coordinator,
        { formId: FORM.promptAnswer, state: prompt.id },
        { answer: text },
      );
      for (const [what, result, field] of [
        ['status text', status, second.id],
        ['answer', answer, 'answer'],
      ] as const) {
        const error = result.ok ? undefined : result.errors[field];
        if (!error?.includes(`Texten innehåller ${found}.`) || error.includes(secret))
          wrong.push(`${what} ”${text}”: ${error ?? 'stored'}`);
      }
      if (JSON.stringify(await h.counts()) !== JSON.stringify(before)) wrong.push(`”${text}”: stored`);
    }
    expect(wrong).toEqual([]);
    expect((await h.db.store.prompt(prompt.id))?.status).toBe('open');
  });
});
