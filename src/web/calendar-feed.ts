import { DateTime } from 'luxon';
import type { DomainDeps } from '../domain/deps.ts';
import { occurrencesBetween } from '../domain/meetings.ts';
import { localDay } from '../domain/tertial.ts';
import type { MeetingSeries, Municipality } from '../domain/types.ts';
import { plusDays } from '../domain/working-days.ts';

/**
 * A kommun's samverkansmöten as an iCalendar feed (RFC 5545, ical-generator): every meeting from half a year back
 * to a year ahead, of its own series and of its police area's. Each meeting keeps one UID (series and rhythm date),
 * so a moved meeting moves in the subscriber's calendar; a cancelled one stays with STATUS:CANCELLED, which
 * Outlook and Google Calendar show as cancelled or remove. Meetings last one hour.
 */
export async function calendarFeed(deps: DomainDeps, municipality: Municipality): Promise<string> {
  const areas = (await deps.store.listPoliceAreas()).filter((a) =>
    a.municipalityCodes.includes(municipality.code),
  );
  const series: MeetingSeries[] = [
    ...(await deps.store.meetingSeriesFor({ type: 'kommun', id: municipality.code })),
    ...(await Promise.all(areas.map((a) => deps.store.meetingSeriesFor({ type: 'area', id: a.id })))).flat(),
  ].filter((s) => s.active);
  const exceptions = await deps.store.meetingsOf(series.map((s) => s.id));
  const today = localDay(deps.clock.now(), deps.zone);
  const { default: ical, ICalEventStatus } = await import('ical-generator');
  const calendar = ical({
    name: `Samverkansmöten ${municipality.name}`,
    prodId: { company: 'Löftesbot', product: 'samverkan', language: 'SV' },
    timezone: deps.zone,
  });
  for (const s of series) {
    const all = occurrencesBetween(s, exceptions, plusDays(today, -183), plusDays(today, 366), {
      includeCancelled: true,
    });
    for (const o of all) {
      const start = DateTime.fromISO(`${o.scheduledOn}T${o.time}`, { zone: deps.zone });
      const exception = exceptions.find((m) => m.seriesId === s.id && m.originalOn === o.originalOn);
      calendar.createEvent({
        id: `${s.id}-${o.originalOn}@loftesbot`,
        start: start.toJSDate(),
        end: start.plus({ hours: 1 }).toJSDate(),
        timezone: deps.zone,
        summary: `Samverkansmöte ${municipality.name}`,
        location: o.place ?? null,
        status: o.status === 'cancelled' ? ICalEventStatus.CANCELLED : ICalEventStatus.CONFIRMED,
        // A change raises the sequence, so calendar apps take the new date or the cancellation.
        sequence: exception ? Math.floor(exception.updatedAt / 1000) % 2_000_000_000 : 0,
        stamp: new Date(deps.clock.now()),
      });
    }
  }
  return calendar.toString();
}
