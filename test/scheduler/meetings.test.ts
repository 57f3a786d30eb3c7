import { describe, expect, it } from 'vitest';
import {
  cancelMeeting,
  findOccurrence,
  lastMeetingOnOrBefore,
  markMeetingHeld,
  meetingStart,
  moveMeeting,
  nextMeetings,
  occurrencesBetween,
  rhythmDays,
  seriesProblems,
} from '../../src/domain/meetings.ts';
import type { Meeting, MeetingSeries } from '../../src/domain/types.ts';

const SERIES: MeetingSeries = {
  id: 's1',
  scope: { type: 'kommun', id: '0687' },
  firstDate: '2025-01-14',
  intervalWeeks: 6,
  time: '13:00',
  place: 'Tranås stadshus',
  remindAt: '09:00',
  active: true,
};
const NOW = 1_767_000_000_000;

describe('meeting occurrences', () => {
  it('every six weeks from the first date, across New Year', () => {
    expect(rhythmDays(SERIES, '2025-11-01', '2026-03-31')).toEqual([
      '2025-11-04',
      '2025-12-16',
      '2026-01-27',
      '2026-03-10',
    ]);
  });

  it('nothing before the first date', () => {
    expect(rhythmDays(SERIES, '2024-01-01', '2025-02-01')).toEqual(['2025-01-14']);
  });

  it('any number of weeks', () => {
    expect(rhythmDays({ ...SERIES, intervalWeeks: 2 }, '2025-01-01', '2025-02-15')).toEqual([
      '2025-01-14',
      '2025-01-28',
      '2025-02-11',
    ]);
  });

  it('applies moved, cancelled and held exceptions', () => {
    const exceptions: Meeting[] = [
      {
        seriesId: 's1',
        originalOn: '2026-01-27',
        scheduledOn: '2026-01-29',
        status: 'moved',
        updatedAt: NOW,
      },
      {
        seriesId: 's1',
        originalOn: '2026-03-10',
        scheduledOn: '2026-03-10',
        status: 'cancelled',
        updatedAt: NOW,
      },
      { seriesId: 's1', originalOn: '2025-12-16', scheduledOn: '2025-12-16', status: 'held', updatedAt: NOW },
      {
        seriesId: 'other',
        originalOn: '2026-04-21',
        scheduledOn: '2026-04-22',
        status: 'moved',
        updatedAt: NOW,
      },
    ];
    const got = occurrencesBetween(SERIES, exceptions, '2025-12-01', '2026-04-30');
    expect(got.map((o) => [o.scheduledOn, o.status])).toEqual([
      ['2025-12-16', 'held'],
      ['2026-01-29', 'moved'],
      ['2026-04-21', 'planned'],
    ]);
    expect(got[1]).toMatchObject({ originalOn: '2026-01-27', time: '13:00', place: 'Tranås stadshus' });
    const withCancelled = occurrencesBetween(SERIES, exceptions, '2026-03-01', '2026-03-31', {
      includeCancelled: true,
    });
    expect(withCancelled.map((o) => o.status)).toEqual(['cancelled']);
  });

  it('a meeting moved into the range from outside it appears; one moved out disappears', () => {
    const exceptions: Meeting[] = [
      {
        seriesId: 's1',
        originalOn: '2026-03-10',
        scheduledOn: '2026-02-26',
        status: 'moved',
        updatedAt: NOW,
      },
    ];
    expect(
      occurrencesBetween(SERIES, exceptions, '2026-02-01', '2026-02-28').map((o) => o.scheduledOn),
    ).toEqual(['2026-02-26']);
    expect(occurrencesBetween(SERIES, exceptions, '2026-03-01', '2026-03-31')).toEqual([]);
  });

  it('next three meetings skip cancelled and held ones', () => {
    const exceptions: Meeting[] = [
      {
        seriesId: 's1',
        originalOn: '2026-03-10',
        scheduledOn: '2026-03-10',
        status: 'cancelled',
        updatedAt: NOW,
      },
    ];
    expect(nextMeetings(SERIES, exceptions, '2026-01-28').map((o) => o.scheduledOn)).toEqual([
      '2026-04-21',
      '2026-06-02',
      '2026-07-14',
    ]);
    expect(nextMeetings(SERIES, [], '2026-01-27', 1).map((o) => o.scheduledOn)).toEqual(['2026-01-27']);
  });

  it('the meeting that `genomfört` refers to', () => {
    expect(lastMeetingOnOrBefore(SERIES, [], '2026-02-01')?.scheduledOn).toBe('2026-01-27');
  });

  it('the start instant is local wall-clock time in the zone', () => {
    const [o] = occurrencesBetween(SERIES, [], '2026-03-10', '2026-03-10');
    if (!o) throw new Error('expected a meeting');
    expect(new Date(meetingStart(o, 'Europe/Stockholm')).toISOString()).toBe('2026-03-10T12:00:00.000Z');
  });
});

describe('changing a meeting', () => {
  it('moves the meeting on its rhythm date, and moving it back makes it planned again', () => {
    const moved = moveMeeting(SERIES, [], '2026-03-10', '2026-03-12', NOW);
    expect(moved).toMatchObject({
      ok: true,
      meeting: {
        seriesId: 's1',
        originalOn: '2026-03-10',
        scheduledOn: '2026-03-12',
        status: 'moved',
        updatedAt: NOW,
      },
    });
    if (!moved.ok) throw new Error('expected ok');
    const again = moveMeeting(SERIES, [moved.meeting], '2026-03-12', '2026-03-10', NOW + 1);
    expect(again).toMatchObject({
      ok: true,
      meeting: { originalOn: '2026-03-10', scheduledOn: '2026-03-10', status: 'planned' },
    });
  });

  it('refuses unknown days, clashes, held and cancelled meetings, bad dates', () => {
    expect(moveMeeting(SERIES, [], '2026-03-11', '2026-03-12', NOW)).toEqual({
      ok: false,
      error: 'not-found',
      day: '2026-03-11',
    });
    expect(moveMeeting(SERIES, [], '2026-03-10', '2026-04-21', NOW)).toEqual({
      ok: false,
      error: 'conflict',
      day: '2026-04-21',
    });
    expect(moveMeeting(SERIES, [], '2026-03-10', '12 mars', NOW)).toEqual({
      ok: false,
      error: 'invalid-date',
      day: '12 mars',
    });
    const held: Meeting = {
      seriesId: 's1',
      originalOn: '2026-01-27',
      scheduledOn: '2026-01-27',
      status: 'held',
      updatedAt: NOW,
    };
    expect(moveMeeting(SERIES, [held], '2026-01-27', '2026-01-28', NOW)).toMatchObject({
      ok: false,
      error: 'held',
    });
    expect(cancelMeeting(SERIES, [held], '2026-01-27', NOW)).toMatchObject({ ok: false, error: 'held' });
    const cancelled: Meeting = { ...held, status: 'cancelled' };
    expect(markMeetingHeld(SERIES, [cancelled], '2026-01-27', '2026-02-01', NOW)).toMatchObject({
      ok: false,
      error: 'cancelled',
    });
  });

  it('cancels', () => {
    expect(cancelMeeting(SERIES, [], '2026-04-21', NOW)).toMatchObject({
      ok: true,
      meeting: { originalOn: '2026-04-21', scheduledOn: '2026-04-21', status: 'cancelled' },
    });
  });

  it('marks held, by its new day when moved, but not before it has happened', () => {
    const moved: Meeting = {
      seriesId: 's1',
      originalOn: '2026-01-27',
      scheduledOn: '2026-01-29',
      status: 'moved',
      updatedAt: NOW,
    };
    expect(markMeetingHeld(SERIES, [moved], '2026-01-29', '2026-01-29', NOW)).toMatchObject({
      ok: true,
      meeting: { originalOn: '2026-01-27', scheduledOn: '2026-01-29', status: 'held' },
    });
    expect(markMeetingHeld(SERIES, [], '2026-03-10', '2026-03-09', NOW)).toMatchObject({
      ok: false,
      error: 'in-the-future',
    });
  });

  it('finds an occurrence by its actual day or its rhythm date', () => {
    const moved: Meeting = {
      seriesId: 's1',
      originalOn: '2026-01-27',
      scheduledOn: '2026-01-29',
      status: 'moved',
      updatedAt: NOW,
    };
    expect(findOccurrence(SERIES, [moved], '2026-01-29')?.originalOn).toBe('2026-01-27');
    expect(findOccurrence(SERIES, [moved], '2026-01-27')?.scheduledOn).toBe('2026-01-29');
    expect(findOccurrence(SERIES, [], '2026-01-28')).toBeNull();
  });

  it('validates series settings in Swedish', () => {
    expect(seriesProblems(SERIES)).toEqual([]);
    expect(
      seriesProblems({ firstDate: '2026-02-30', intervalWeeks: 0, time: '25:00', remindAt: '9' }),
    ).toHaveLength(4);
  });
});
