import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import ICAL from 'ical.js';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { renderReminderReply } from '../../src/bots/core/reminders.ts';
import type { Reply } from '../../src/bots/core/reply.ts';
import { textsFor } from '../../src/bots/core/texts/index.ts';
import { verifyCalendarToken } from '../../src/domain/calendar-link.ts';
import type { LinkDeps } from '../../src/domain/signed-link.ts';
import { silentLogger } from '../../src/runtime/logger.ts';
import { loadRegister } from '../../src/runtime/register.ts';
import { calendarFeed } from '../../src/web/calendar-feed.ts';
import { calendarRoutes } from '../../src/web/calendar-routes.ts';
import { hmacSigner } from '../../src/web/hmac.ts';
import type { Site } from '../../src/web/site.ts';
import { type CoreFixture, coreFixture, ZONE } from '../core/fixtures.ts';

/** The iCalendar feed of a kommun's meetings, and the holiday flag in the reminder of an existing series. */

const sign = hmacSigner(Buffer.from('calendar-test-secret'));

function button(reply: Reply, label: string): { actionId: string; value: string } {
  const b = reply.buttons?.find((x) => x.label === label);
  if (!b) throw new Error(`no button "${label}" in: ${JSON.stringify(reply.buttons)}`);
  return b;
}

/** The VEVENTs of a feed, parsed back with ical.js: uid, local start, status. */
function events(ics: string): { uid: string; start: string; status: string; location: string }[] {
  const calendar = new ICAL.Component(ICAL.parse(ics));
  return calendar
    .getAllSubcomponents('vevent')
    .map((v) => {
      const e = new ICAL.Event(v);
      return {
        uid: e.uid,
        start: e.startDate.toString(),
        status: String(v.getFirstPropertyValue('status')),
        location: e.location ?? '',
      };
    })
    .sort((a, b) => a.start.localeCompare(b.start));
}

describe('the calendar feed and flagged reminders', () => {
  let f: CoreFixture;
  let links: LinkDeps;
  beforeEach(async () => {
    f = await coreFixture('sqlite', {
      links: { sign, clock: { now: () => Date.now() }, baseUrl: 'https://loftesbot.example.se' },
    });
    links = { sign, clock: f.clock, baseUrl: 'https://loftesbot.example.se' };
  });
  afterEach(async () => {
    expect(f.errors).toEqual([]);
    await f.dispose();
  });

  it('/samverkan kalender gives a signed link; the .ics follows a move and a cancellation (parsed with ical.js)', async () => {
    await f.say('admin', '/samverkan Eksjö ny tisdag 13:00 var 6:e vecka från 12/1 plats Stadshuset');
    const link = await f.say('admin', '/samverkan Eksjö kalender');
    expect(link.headline).toBe('📆 Samverkansmötena i Eksjö i din kalender');
    const url = new URL(link.sections[0]?.text as string);
    expect(url.pathname).toBe('/kalender/0686.ics');
    expect(verifyCalendarToken(sign, '0686', url.searchParams.get('t'))).toBe(true);
    expect(verifyCalendarToken(sign, '0684', url.searchParams.get('t'))).toBe(false);
    const en = await f.say('admin', '/meeting Eksjö calendar', { lang: 'en' });
    expect(en.headline).toBe('📆 The meetings of Eksjö in your calendar');

    const domain = {
      store: f.db.store,
      register: loadRegister(),
      clock: f.clock,
      ids: () => 'x',
      zone: ZONE,
    };
    const eksjo = domain.register.get('0686');
    const before = events(await calendarFeed(domain, eksjo));
    expect(before.slice(0, 3).map((e) => [e.start, e.status, e.location])).toEqual([
      ['2027-01-12T13:00:00', 'CONFIRMED', 'Stadshuset'],
      ['2027-02-23T13:00:00', 'CONFIRMED', 'Stadshuset'],
      ['2027-04-06T13:00:00', 'CONFIRMED', 'Stadshuset'],
    ]);

    await f.say('admin', '/samverkan Eksjö flytta 23/2 25/2');
    const asked = await f.say('admin', '/samverkan Eksjö ställ in 6/4');
    await f.press('admin', button(asked, 'Ja, ställ in'));
    const after = events(await calendarFeed(domain, eksjo));
    expect(after.slice(0, 3).map((e) => [e.start, e.status])).toEqual([
      ['2027-01-12T13:00:00', 'CONFIRMED'],
      ['2027-02-25T13:00:00', 'CONFIRMED'],
      ['2027-04-06T13:00:00', 'CANCELLED'],
    ]);
    // The moved meeting keeps its UID, so a subscribed calendar moves it instead of adding one.
    expect(after[1]?.uid).toBe(before[1]?.uid);
    expect(after[2]?.uid).toBe(before[2]?.uid);

    // Over HTTP: the right token gets text/calendar, a wrong one 403.
    const site = { deps: domain, links: { ...links, secretSource: 'configured' } } as unknown as Site;
    const route = calendarRoutes(site, silentLogger)[0];
    const server: Server = createServer(
      (req, res) =>
        void route?.handler(
          Object.assign(req, {
            rawBody: Buffer.alloc(0),
            requestId: 'test',
            receivedAt: Date.now(),
            log: silentLogger,
          }),
          res,
        ),
    );
    await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
    try {
      const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
      const ok = await fetch(`${base}${url.pathname}${url.search}`);
      expect(ok.status).toBe(200);
      expect(ok.headers.get('content-type')).toBe('text/calendar; charset=utf-8');
      expect(events(await ok.text())[2]?.status).toBe('CANCELLED');
      expect((await fetch(`${base}/kalender/0686.ics?t=AAAAAAAAAAAAAAAAAAAAAAAA`)).status).toBe(403);
      expect((await fetch(`${base}/kalender/0684.ics${url.search}`)).status).toBe(403);
    } finally {
      await new Promise((r) => server.close(r));
    }
  });

  it('the reminder of an existing series flags a meeting in the Christmas week, with buttons that move it', async () => {
    await f.say('admin', '/samverkan Eksjö ny tisdag 13:00 varannan vecka från 2026-12-15');
    const series = (await f.db.store.meetingSeriesFor({ type: 'kommun', id: '0686' }))[0];
    const payload = {
      kind: 'meeting-reminder' as const,
      subject: { scope: { type: 'kommun' as const, id: '0686' }, name: 'Eksjö', municipalityCode: '0686' },
      meeting: {
        seriesId: series?.id as string,
        originalOn: '2026-12-29',
        date: '2026-12-29',
        time: '13:00',
        place: null,
      },
      daysBefore: 7,
      agenda: [],
    };
    const sv = renderReminderReply(payload as never, textsFor('sv'));
    expect(sv.fallback).toContain('29 dec är i mellandagarna — flytta till 22 dec eller 5 jan?');
    expect(sv.buttons?.map((b) => b.label)).toEqual(['29 dec → 22 dec', '29 dec → 5 jan']);
    const en = renderReminderReply(payload as never, textsFor('en'));
    expect(en.fallback).toContain('29 Dec is in the Christmas week — move it to 22 Dec or 5 Jan?');
    const moved = await f.press('admin', button(sv, '29 dec → 5 jan'));
    expect(moved.headline).toBe(
      '📅 Samverkansmötet tisdag 29 december 2026 är flyttat till tisdag 5 januari 2027.',
    );
    const plain = renderReminderReply(
      { ...payload, meeting: { ...payload.meeting, date: '2027-01-12', originalOn: '2027-01-12' } } as never,
      textsFor('sv'),
    );
    expect(plain.buttons ?? []).toEqual([]);
  });
});
