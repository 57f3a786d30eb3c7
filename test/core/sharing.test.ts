import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ACTION, type FormSpec, type Reply } from '../../src/bots/core/reply.ts';
import type { DomainDeps } from '../../src/domain/deps.ts';
import { type ReportRef, verifyDashboardToken, verifyReportToken } from '../../src/domain/signed-link.ts';
import { loadRegister } from '../../src/runtime/register.ts';
import { hmacSigner } from '../../src/web/hmac.ts';
import { kommunData } from '../../src/web/site-data.ts';
import { testDialects } from '../support/databases.ts';
import { type CoreFixture, coreFixture, NOW, ZONE } from './fixtures.ts';

/**
 * What leaves the closed circle, from the chat: `/rapportera … publicera|avpublicera` and the "Publicera" button
 * after the form, `/sammanfattning <område> länk`, and `/sammanfattning <kommun> … dokument` (report links).
 */

const sign = hmacSigner(Buffer.from('sharing-test-secret'));
const TEXT = 'Sju riktade insatser under hösten, två vid skolorna';
const DAY = 24 * 60 * 60 * 1000;

const tokenOf = (url: string) => new URL(url).searchParams.get('t');
const buttonsOf = (reply: Reply) => reply.buttons ?? [];

describe.each(testDialects())('publishing and signed links in chat [$name]', ({ name }) => {
  let f: CoreFixture;
  let deps: DomainDeps;
  let n = 0;
  const savsjo = loadRegister().byCodeOrNull('0684');
  const publicTexts = async () => {
    if (!savsjo) throw new Error('no Sävsjö');
    const data = await kommunData(deps, savsjo, 'savsjo');
    return (data.current?.commitments ?? []).flatMap((c) =>
      c.activities.flatMap((a) => a.followUps.map((u) => `${u.year} T${u.tertial}: ${u.text}`)),
    );
  };

  beforeAll(async () => {
    f = await coreFixture(name, {
      links: { sign, clock: { now: () => NOW }, baseUrl: 'https://bot.example.se/' },
    });
    deps = { store: f.db.store, register: loadRegister(), clock: f.clock, ids: () => `t-${++n}`, zone: ZONE };
  });
  afterAll(async () => {
    expect(f.errors).toEqual([]);
    await f.dispose();
  });

  describe('publish and unpublish', () => {
    it('refuses people who may not write the follow-up, and stores nothing', async () => {
      const before = await f.counts();
      const polis = await f.say('per', '/rapportera Sävsjö publicera T2');
      expect(polis.tone).toBe('error');
      expect(polis.headline).toBe(
        'Du får inte publicera uppföljningen för Sävsjö. Det får den som har rollen samordnare eller admin där.',
      );
      expect((await f.say('anna', '/rapportera Sävsjö publicera T2')).tone).toBe('error');
      expect((await f.say('nobody', '/rapportera Sävsjö publicera')).headline).toBe(
        'Du har ingen behörighet i Löftesbot ännu',
      );
      expect(await f.counts()).toEqual(before);
    });

    it('says when there is nothing to publish: no text yet, a tertial not begun, no agreement', async () => {
      const none = await f.say('sven', '/rapportera Sävsjö publicera');
      expect(none).toMatchObject({
        tone: 'error',
        headline: 'Sävsjö har inga lägestexter för T3 2026 att publicera.',
      });
      expect(none.fallback).toContain('Skriv dem först med /rapportera Sävsjö T3 2026.');
      const future = [
        [
          '/rapportera Sävsjö publicera T1 2027',
          'T1 2027 har inte börjat än, så det finns inget att publicera.',
        ],
        [
          '/rapportera Sävsjö avpublicera T1 2027',
          'T1 2027 har inte börjat än, så det finns inget att avpublicera.',
        ],
      ];
      for (const [text, headline] of future)
        expect((await f.say('sven', text as string)).headline).toBe(headline);
      expect((await f.say('admin', '/rapportera Aneby publicera T2')).headline).toBe(
        'Aneby har inget medborgarlöfte i Löftesbot för den tiden.',
      );
    });

    it('offers "Publicera" after the form; pressing it puts the new text on the public page', async () => {
      const form = (await f.say('sven', '/rapportera Sävsjö')).form as FormSpec;
      const saved = await f.core.submitForm({
        eventId: `sharing-form-${name}`,
        platform: 'console',
        person: 'console:sven',
        conversationId: 'terminal',
        formId: form.formId,
        state: form.state,
        values: { a5: TEXT },
      });
      if (!saved.ok) throw new Error('form refused');
      const button = buttonsOf(saved.reply)[0];
      expect(button).toEqual({
        actionId: ACTION.publish,
        requires: { permission: 'follow-up', target: { type: 'kommun', code: '0684' } },
        label: '🌐 Publicera T3 2026',
        value: '0684|2026|3',
        style: 'primary',
      });
      expect(await publicTexts()).not.toContain(`2026 T3: ${TEXT}`);
      const published = await f.press('sven', button as { actionId: string; value: string });
      const activities = (await f.db.store.agreementForYear('0684', 2026))?.activities.length ?? 0;
      expect(published).toMatchObject({
        tone: 'success',
        headline: '🌐 Uppföljningen T3 2026 för Sävsjö är publicerad',
      });
      expect(published.sections[0]?.text).toBe(
        `1 lägestext syns nu på den öppna sidan. ${activities - 1} aktiviteter saknar lägestext och visas utan text. En lägestext som skrivs efter publiceringen syns först när du publicerar igen.`,
      );
      expect(buttonsOf(published)).toEqual([
        expect.objectContaining({ actionId: 'link', url: 'https://bot.example.se/k/savsjo' }),
      ]);
      expect(await publicTexts()).toContain(`2026 T3: ${TEXT}`);
      const audit = await f.db.store.audit({ municipalityCode: '0684', limit: 20 });
      expect(audit.map((e) => e.action)).toContain('follow-up.publish');
    });

    it('publishing again changes nothing and says so; unpublishing takes the texts off the page', async () => {
      const again = await f.say('sven', '/rapportera Sävsjö publicera');
      expect(again.sections[0]?.text).toMatch(/^Allt var redan publicerat\. 1 lägestext syns nu/);
      const off = await f.say('sven', '/rapportera Sävsjö avpublicera T3');
      expect(off).toMatchObject({
        tone: 'success',
        headline: 'Uppföljningen T3 2026 för Sävsjö är inte längre publicerad',
      });
      expect(off.sections[0]?.text).toBe(
        '1 lägestext visas inte längre på den öppna sidan. Publicera igen med /rapportera Sävsjö publicera T3 2026.',
      );
      expect(await publicTexts()).not.toContain(`2026 T3: ${TEXT}`);
      expect((await f.say('sven', '/rapportera Sävsjö avpublicera T3')).sections[0]?.text).toMatch(
        /^Ingenting av den var publicerat\./,
      );
    });

    it('answers in English', async () => {
      const reply = await f.say('sven', '/report Sävsjö publish T3', { lang: 'en' });
      expect(reply.headline).toBe('🌐 The T3 2026 follow-up for Sävsjö is published');
      expect(reply.sections[0]?.text).toMatch(/^1 status text is now on the public page\./);
      const refused = await f.say('per', '/report Sävsjö unpublish T3', { lang: 'en' });
      expect(refused.headline).toBe(
        'You may not publish the follow-up for Sävsjö. People with the role samordnare or admin there may.',
      );
    });

    const write = async (text: string, n: number) => {
      const form = (await f.say('sven', '/rapportera Sävsjö')).form as FormSpec;
      const saved = await f.core.submitForm({
        eventId: `sharing-check-${name}-${n}`,
        platform: 'console',
        person: 'console:sven',
        conversationId: 'terminal',
        formId: form.formId,
        state: form.state,
        values: { a5: text },
      });
      if (!saved.ok) throw new Error('form refused');
    };

    /** A status text stored before the entry screen refused personal data: the publish check is what finds it. */
    const storedEarlier = async (text: string, n: number) => {
      const bundle = await f.db.store.agreementForYear('0684', 2026);
      const activity = bundle?.activities[4];
      if (!activity) throw new Error('no activity 5');
      await f.db.store.insertStatus({
        id: `earlier-${name}-${n}`,
        activityId: activity.id,
        year: 2026,
        tertial: 3,
        text,
        count: null,
        actor: 'console:sven',
        platform: 'console',
        createdAt: f.clock.now() + n + 1,
        published: false,
      });
    };

    it('a phone number, an e-mail address or a named suspect blocks publishing until the text is edited', async () => {
      for (const [i, text] of [
        'Ring 070-123 45 67 för mer information',
        'Frågor till kalle.svensson@example.se',
        'Kalle Svensson omhändertogs vid stationen',
      ].entries()) {
        await expect(write(text, i)).rejects.toThrow('form refused');
        await storedEarlier(text, i);
        const blocked = await f.say('sven', '/rapportera Sävsjö publicera');
        expect(blocked).toMatchObject({
          tone: 'warning',
          headline: 'Uppföljningen T3 2026 för Sävsjö kan inte publiceras än',
        });
        expect(buttonsOf(blocked)).toEqual([
          {
            actionId: ACTION.reportOpen,
            requires: { permission: 'follow-up', target: { type: 'kommun', code: '0684' } },
            label: 'Redigera',
            value: '0684|2026|3',
          },
        ]);
        expect((await publicTexts()).some((t) => t.includes(text))).toBe(false);
      }
    });

    it('an age or a street address asks first; "Publicera ändå" publishes, with small counts masked', async () => {
      const text = 'En 15-årig flicka på Storgatan 5 anträffades; 3 omhändertogs enligt LOB';
      await write(text, 10);
      const asked = await f.say('sven', '/rapportera Sävsjö publicera');
      expect(asked).toMatchObject({ tone: 'warning' });
      expect(asked.headline).toBe('Kontrollera uppföljningen T3 2026 för Sävsjö innan den publiceras');
      expect(asked.sections[1]?.text).toMatch(/: en ålder, en gatuadress$/);
      const [anyway, edit] = buttonsOf(asked);
      expect(anyway).toMatchObject({ label: 'Publicera ändå', value: '0684|2026|3|ok' });
      expect(edit).toMatchObject({ actionId: ACTION.reportOpen, label: 'Redigera' });
      expect((await publicTexts()).some((t) => t.includes('15-årig'))).toBe(false);
      const published = await f.press('sven', anyway as { actionId: string; value: string });
      expect(published.headline).toBe('🌐 Uppföljningen T3 2026 för Sävsjö är publicerad');
      expect(await publicTexts()).toContain(
        '2026 T3: En 15-årig flicka på Storgatan 5 anträffades; färre än 5 omhändertogs enligt LOB',
      );
    });
    it('a promise holding a phone number asks, names the command that rewords it, and asks no more once reworded', async () => {
      const bundle = await f.db.store.agreementForYear('0684', 2026);
      const promise = bundle?.commitments[0];
      if (!promise) throw new Error('no promise');
      // Stored before the entry screen existed: the publish check is what finds it.
      await f.db.store.saveCommitmentText(promise.id, 'Trygghet i centrum, frågor på 070-123 45 67');
      const asked = await f.say('sven', '/rapportera Sävsjö publicera');
      expect(asked.fallback).toContain(
        'Löftets text visas inte på den öppna sidan förrän den är omskriven: /lofte avtal Sävsjö löfte 1 <text>',
      );
      expect((await f.say('sven', '/lofte avtal Sävsjö löfte 1 Trygghet i centrum')).tone).toBe('success');
      // (The status texts the tests above wrote may still ask; the promise no longer does.)
      expect((await f.say('sven', '/rapportera Sävsjö publicera')).fallback).not.toContain('Löfte 1');
    });
  });

  describe('the dashboard link', () => {
    it('gives a chef a 24-hour link to /d/<område> that verifies, with its expiry', async () => {
      const reply = await f.say('lena', '/sammanfattning Höglandet länk');
      expect(reply).toMatchObject({
        tone: 'success',
        headline: '🔗 Länk till lägesbilden för LPO Höglandet',
      });
      const url = buttonsOf(reply)[0]?.url ?? '';
      expect(url).toMatch(/^https:\/\/bot\.example\.se\/d\/hoglandet\?t=\d+\.[\w-]+$/);
      expect(reply.sections[0]?.text).toBe(url);
      expect(reply.sections[1]?.text).toMatch(/^Giltig till 22 nov 2026 10\.00\. Alla som har länken/);
      expect(verifyDashboardToken(sign, 'hoglandet', tokenOf(url), NOW)).toEqual({
        ok: true,
        expiresAt: NOW + DAY,
      });
      expect(verifyDashboardToken(sign, 'hoglandet', tokenOf(url), NOW + DAY).ok).toBe(false);
      expect(reply.fallback).toContain(`Öppna lägesbilden: ${url}`);
    });

    it('refuses a kommun with an example naming its area, and people without the area role', async () => {
      const kommun = await f.say('lena', '/sammanfattning Tranås länk');
      expect(kommun).toMatchObject({
        tone: 'error',
        headline: 'Länken går till lägesbilden för ett lokalpolisområde, och Tranås är inget polisområde.',
      });
      expect(kommun.fallback).toContain('Exempel: /sammanfattning LPO Höglandet länk');
      const polis = await f.say('per', '/sammanfattning Höglandet länk');
      expect(polis.headline).toBe(
        'Du får inte se sammanfattningen för LPO Höglandet. Det får den som har rollen chef eller admin där.',
      );
      expect(buttonsOf(polis)).toEqual([]);
    });
  });

  describe('report documents', () => {
    it('adds download links for one kommun that verify for that report only', async () => {
      const reply = await f.say('per', '/sammanfattning Tranås 2026 dokument');
      expect(reply.headline).toBe('Uppföljning av medborgarlöftet i Tranås, år 2026');
      const docs = reply.sections.at(-1);
      expect(docs).toEqual({
        title: 'Dokument',
        text: 'Uppföljningen T3 2026 som HTML (för utskrift), Markdown eller Excel. Länkarna gäller till 22 nov 2026 10.00.',
      });
      const buttons = buttonsOf(reply);
      expect(buttons.map((b) => b.label)).toEqual([
        'Ladda ner HTML',
        'Ladda ner Markdown',
        'Ladda ner Excel',
      ]);
      const html = buttons[0]?.url ?? '';
      expect(html).toMatch(/^https:\/\/bot\.example\.se\/r\/0687\/2026-t3\.html\?t=\d+\.[\w-]+$/);
      const ref: ReportRef = { municipalityCode: '0687', year: 2026, tertial: 3 };
      expect(verifyReportToken(sign, ref, tokenOf(html), NOW).ok).toBe(true);
      expect(verifyReportToken(sign, { ...ref, municipalityCode: '0684' }, tokenOf(html), NOW).ok).toBe(
        false,
      );
      expect(verifyReportToken(sign, { ...ref, tertial: 2 }, tokenOf(html), NOW).ok).toBe(false);
      expect(verifyDashboardToken(sign, '0687', tokenOf(html), NOW).ok).toBe(false);
      expect(reply.fallback).toContain(`Ladda ner HTML: ${html}`);
      const audit = await f.db.store.audit({ municipalityCode: '0687', limit: 10 });
      expect(audit.find((e) => e.action === 'report.link')).toMatchObject({ entityId: '0687/2026-T3' });
    });

    it('links the tertial asked for, in English for an English speaker', async () => {
      const reply = await f.say('per', '/summary Sävsjö T2 documents', { lang: 'en' });
      expect(buttonsOf(reply)[2]).toMatchObject({
        label: 'Download Excel',
        url: expect.stringMatching(/\/r\/0684\/2026-t2\.xlsx\?t=[\w.-]+&lang=en$/),
      });
    });

    it('refuses an area and people who may not read the kommun', async () => {
      const area = await f.say('lena', '/sammanfattning Höglandet dokument');
      // A question with a button per kommun of the area with an agreement (kommun-choices.test.ts presses one).
      expect(area).toMatchObject({ tone: 'warning' });
      expect(area.buttons?.map((b) => b.label)).toEqual(['Sävsjö', 'Tranås']);
      expect(area.headline).toBe(
        'Dokumenten är en kommuns uppföljning, och LPO Höglandet är ingen kommun. Fråga efter en kommun i taget.',
      );
      expect(buttonsOf(await f.say('anna', '/sammanfattning Sävsjö dokument'))).toEqual([]);
    });
  });
});

describe('without a link signer', () => {
  let f: CoreFixture;
  beforeAll(async () => {
    f = await coreFixture('sqlite');
  });
  afterAll(() => f.dispose());

  it('says links are unavailable, and still publishes (without a page address)', async () => {
    const link = await f.say('lena', '/sammanfattning Höglandet länk');
    expect(link).toMatchObject({ tone: 'error', headline: expect.stringContaining('kan inte skapa länkar') });
    const docs = await f.say('per', '/sammanfattning Tranås dokument');
    expect(docs.sections.at(-1)?.text).toMatch(/^Dokumenten kan inte länkas/);
    expect(buttonsOf(docs)).toEqual([]);
    const published = await f.say('sven', '/rapportera Sävsjö publicera T2');
    expect(published.tone).toBe('success');
    expect(buttonsOf(published)).toEqual([]);
  });

  it('a pressed link button needs no answer beyond a note', async () => {
    const reply = await f.press('per', { actionId: 'link/0', value: 'html' });
    expect(reply).toMatchObject({ tone: 'info', headline: 'Länken öppnas i webbläsaren.' });
  });
});
