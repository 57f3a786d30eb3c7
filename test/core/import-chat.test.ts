import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ACTION, type Reply } from '../../src/bots/core/reply.ts';
import { testDialects } from '../support/databases.ts';
import { type CoreFixture, coreFixture } from './fixtures.ts';

/**
 * `/lofte import <pasted text>`: a preview (promises, activities, targets with basis, warnings) with Spara and
 * Avbryt; nothing is stored before Spara; a personnummer refuses the whole text, naming its lines.
 */

const DOC = [
  'Medborgarlöfte för Eksjö kommun 2025–2026',
  '',
  'Polisen och kommunen lovar att gemensamt arbeta för:',
  '- att öka tryggheten i Eksjö centrum',
  '',
  'Det ska vi åstadkomma genom följande aktiviteter:',
  '- Polisen ska genomföra minst tolv (12) riktade insatser per år.',
  '- Kommunen ska ordna en föräldrakväll om droger.',
  '- Kommunen ska genomföra en föräldrakväll i varje högstadieskola.',
].join('\n');

const buttonOf = (r: Reply, actionId: string) => {
  const b = r.buttons?.find((x) => x.actionId === actionId);
  if (!b) throw new Error(`no ${actionId} button`);
  return b;
};

describe.each(testDialects())('import from chat [$name]', ({ name }) => {
  let f: CoreFixture;
  const agreements = async () => (await f.db.store.agreementsOf('0686')).length;

  beforeAll(async () => {
    f = await coreFixture(name);
  });
  afterAll(async () => {
    expect(f.errors).toEqual([]);
    await f.dispose();
  });

  it('previews, stores nothing, and Avbryt drops it', async () => {
    const before = await f.counts();
    const preview = await f.say('admin', `/lofte import ${DOC}`);
    expect(preview.headline).toBe('Förhandsgranskning: medborgarlöfte för Eksjö 2025–2026');
    expect(preview.fallback).toContain('1. att öka tryggheten i Eksjö centrum');
    expect(preview.fallback).toContain('minst 12 per år');
    expect(preview.fallback).toContain('minst 1 per år');
    expect(preview.fallback).toContain(
      'osäkert mål i ”Kommunen ska genomföra en föräldrakväll i varje högstadieskola.”',
    );
    expect(preview.buttons?.map((b) => b.label)).toEqual(['Spara', 'Avbryt']);
    expect(await f.counts()).toEqual(before);
    expect(await agreements()).toBe(0);

    const cancel = await f.press('admin', buttonOf(preview, ACTION.importCancel), `import-cancel-${name}`);
    expect(cancel.headline).toBe('Importen avbröts. Ingenting har sparats.');
    const late = await f.press('admin', buttonOf(preview, ACTION.importSave), `import-late-${name}`);
    expect(late.tone).toBe('error');
    expect(await agreements()).toBe(0);
  });

  // Each activity line names its promise; a document that lists them apart says so in a warning.
  const TRANAS = readFileSync(
    new URL('../../data/seeds/tranas-medborgarlofte-2023-2024.txt', import.meta.url),
    'utf8',
  );
  const PROMISE_LINES: readonly [string, string, readonly string[]][] = [
    [
      'one promise',
      DOC,
      [
        '1. Polisen ska genomföra minst tolv (12) riktade insatser per år. — minst 12 per år (polisen) · löfte 1',
      ],
    ],
    [
      'the Tranås seed',
      TRANAS,
      [
        '(polisen) · löfte 3',
        '5. Kommunen lovar att tillsammans med polisen genomföra krogkontroller. — inget mål (gemensamt) · utan löfte',
        'rad 24: dokumentet säger inte vilket löfte aktiviteterna hör till. Kopplade efter orden de delar med löftet: aktivitet 1 → löfte 3',
      ],
    ],
  ];
  it.each(PROMISE_LINES)("the preview names each activity's promise: %s", async (_, text, fragments) => {
    const preview = await f.say('admin', `/lofte import ${text}`);
    for (const fragment of fragments) expect(preview.fallback).toContain(fragment);
    await f.press(
      'admin',
      buttonOf(preview, ACTION.importCancel),
      `import-cancel-${name}-${fragments.length}`,
    );
  });

  it('Spara stores the agreement, attributed to the person', async () => {
    const preview = await f.say('admin', `/lofte import ${DOC}`);
    const saved = await f.press('admin', buttonOf(preview, ACTION.importSave), `import-save-${name}`);
    expect(saved.tone).toBe('success');
    expect(saved.headline).toBe('✅ Sparat: medborgarlöfte för Eksjö 2025–2026');
    expect(preview.fallback).not.toContain('Lägestexterna');
    // A second press of Spara (a double tap) is told it is saved, not that the preview expired.
    const again = await f.press('admin', buttonOf(preview, ACTION.importSave), `import-again-${name}`);
    expect(again.headline).toBe('Redan sparat: medborgarlöfte för Eksjö 2025–2026. Ingenting ändrades.');
    expect(await agreements()).toBe(1);
    const [agreement] = await f.db.store.agreementsOf('0686');
    const bundle = agreement ? await f.db.store.agreementBundle(agreement.id) : null;
    expect(bundle?.activities.map((a) => a.target)).toEqual([
      { count: 12, per: 'year' },
      { count: 1, per: 'year' },
      null,
    ]);
    const audit = await f.db.store.audit({ municipalityCode: '0686', limit: 10 });
    expect(audit.find((e) => e.action === 'import')?.actor).toBe('console:admin');
    expect((await f.say('admin', '/lofte historik Eksjö')).fallback).toContain(
      'importerade inklistrad-text.txt',
    );
  });

  it('refuses a text with a personnummer whole, naming the line, and one from someone without the right', async () => {
    const before = await f.counts();
    const withPn = `${DOC}\n- Kontakt: 811218-9876`;
    const refused = await f.say('admin', `/lofte import ${withPn}`);
    expect(refused.tone).toBe('error');
    expect(refused.fallback).toContain('personnummer (rad 10)');
    expect(refused.buttons ?? []).toEqual([]);
    // What was pasted is named as such, and an agreement is not called a follow-up.
    const pastes: readonly [string, string, readonly string[]][] = [
      [
        withPn,
        'Den inklistrade texten innehåller något som ser ut som ett personnummer (rad 10)',
        ['medborgarlöftets texter visas på den öppna sidan'],
      ],
      [
        `${DOC}\n- Kommunen svarar på frågor via kalle@eksjo.se och 070-123 45 67.`,
        'Den inklistrade texten innehåller ett telefonnummer (rad 10) och en e-postadress (rad 10)',
        ['kommunens växel', 'klistra in den igen'],
      ],
    ];
    for (const [text, said, also] of pastes) {
      const r = await f.say('admin', `/lofte import ${text}`);
      expect(r.headline).toBe('Texten innehåller personuppgifter och importerades inte');
      expect(r.fallback).toContain(said);
      for (const a of also) expect(r.fallback).toContain(a);
      expect(r.fallback).not.toMatch(/inklistrad-text\.txt|sammanräknade|kalle@|45 67/);
    }
    // A contact line under the activities is left out of the preview, said without its address or number.
    const contact = await f.say(
      'admin',
      `/lofte import ${DOC}\n\nKontaktperson: Kalle Ek, kalle@eksjo.se, 070-123 45 67`,
    );
    expect(contact.buttons?.map((b) => b.label)).toEqual(['Spara', 'Avbryt']);
    expect(contact.fallback).toContain(
      'rad 11: en kontakt- eller underskriftsrad med ett telefonnummer och en e-postadress togs bort och sparas inte',
    );
    expect(contact.fallback).not.toMatch(/Kalle|kalle@|45 67/);
    const polis = await f.say('per', `/lofte import ${DOC}`);
    expect(polis.tone).toBe('error');
    const empty = await f.say('admin', '/lofte import');
    expect(empty.headline).toContain('Klistra in texten efter /lofte import');
    expect(await f.counts()).toEqual(before);
  });
  it('words the preview’s warnings in the person’s language: English for who chose English', async () => {
    const text = [
      'MEDBORGARLÖFTE FÖR EKSJÖ KOMMUN 2025–2026',
      '',
      '## LÖFTE 1: ÖKAD TRYGGHET I EKSJÖ CENTRUM',
      '- Polisen ska genomföra ett tjugotal trafikkontroller under perioden.',
      '- Kommunen ska genomföra en föräldrakväll i varje högstadieskola.',
      '- Polisen håller samverkansmöten varannan vecka.',
      '',
      'Kontaktperson: Kalle Ek, kalle@eksjo.se, 070-123 45 67',
    ].join('\n');
    const en = await f.say('admin', `/lofte import ${text}`, { lang: 'en' });
    const warnings = en.sections?.find((x) => x.title === 'Warnings')?.text ?? '';
    expect(warnings.split('\n')).toEqual([
      '• line 1: the title was written in capitals and is stored as “Medborgarlöfte för Eksjö kommun 2025–2026” — reword it with /lofte agreement Eksjö title <text> if a name or an acronym should be written otherwise',
      '• line 3: the promise was written in capitals and is stored as “Ökad trygghet i Eksjö centrum” — reword it with /lofte agreement Eksjö promise 1 <text> if a name or an acronym should be written otherwise',
      '• line 4: the target could not be read: “ett tjugotal” is an approximate number; set it with /lofte target Eksjö 1 20 for the period if that is the target — the activity is stored without a target',
      '• line 5: unsure target in “Kommunen ska genomföra en föräldrakväll i varje högstadieskola.”: the number is not stated; the activity is stored without a target',
      '• line 6: the target could not be read: “varannan vecka” comes to 26 times a year; set it with /lofte target Eksjö 3 26 per year if that is the target — the activity is stored without a target',
      "• line 8: a contact or signature line with a phone number and an e-mail address was left out and is not stored — the agreement's texts are shown on the public page",
    ]);
    // A text with no agreement in it says what is missing in English too.
    const none = await f.say('admin', '/lofte import Eksjö kommun\n- Polisen ska hålla fem möten.', {
      lang: 'en',
    });
    expect(none.headline).toBe('Found no medborgarlöfte in the document');
    expect(none.fallback).toContain('found no period in the document.');
    expect(none.fallback).not.toMatch(/hittade|rad \d/);
    // The same document in Swedish says the same, in Swedish.
    const sv = await f.say('admin', `/lofte import ${text}`);
    expect(sv.fallback).toContain('rad 4: målet kunde inte läsas: ”ett tjugotal” är ett ungefärligt antal');
    expect(sv.fallback).not.toMatch(/line \d|the target/);
  });
  it('a file that cannot be read or fetched is refused in the sender’s language, and nothing is stored', async () => {
    const before = await f.counts();
    const send = (fileName: string, bytes: Uint8Array, extra: object = {}) =>
      f.core.handleDocument({
        eventId: `doc-${fileName}-${Math.random()}`,
        platform: 'console',
        person: 'console:admin',
        conversationId: 'terminal',
        fileName,
        bytes,
        ...extra,
      });
    const pdf = new TextEncoder().encode('%PDF-1.7\n');
    const en = await send('avtal.txt', pdf, { lang: 'en' });
    expect([en.tone, en.headline]).toEqual(['error', 'The document could not be read']);
    expect(en.fallback).toContain(
      'avtal.txt is a PDF; copy its text into a .txt file or save the document as .docx',
    );
    expect(en.fallback).not.toMatch(/kopiera|Ingenting/);
    const sv = await send('avtal.txt', pdf);
    expect(sv.fallback).toContain('avtal.txt är en PDF; kopiera texten till en .txt-fil');
    const big = await send('stor.docx', new Uint8Array(0), {
      lang: 'en',
      refused: { kind: 'too-big', name: 'stor.docx' },
    });
    expect(big.fallback).toContain('stor.docx is larger than 10 MB');
    const lost = await send('x.docx', new Uint8Array(0), {
      refused: { kind: 'download-failed', name: 'x.docx', status: 404 },
    });
    expect(lost.fallback).toContain('kunde inte hämta x.docx (404)');
    expect(await f.counts()).toEqual(before);
  });
});
