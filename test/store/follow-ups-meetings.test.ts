import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Store } from '../../src/domain/ports.ts';
import type { MeetingSeries, Statistic } from '../../src/domain/types.ts';
import { createTestDatabase, type TestDatabase, testDialects } from '../support/databases.ts';
import { bundle, status, T0 } from './fixtures.ts';

function statistic(extra: Partial<Statistic> = {}): Statistic {
  return {
    municipalityCode: '0684',
    year: 2025,
    tertial: 1,
    category: 'narkotika.innehav',
    count: 7,
    youth: 3,
    actor: 'slack:UPOL',
    platform: 'slack',
    createdAt: T0,
    ...extra,
  };
}

const SERIES: MeetingSeries = {
  id: 'series-1',
  scope: { type: 'kommun', id: '0684' },
  firstDate: '2025-01-21',
  intervalWeeks: 6,
  time: '10:00',
  place: 'Sävsjö kommunhus',
  remindAt: '09:00',
  active: true,
};

describe.each(testDialects())('store: statuses, statistics, meetings [$name]', ({ name }) => {
  let t: TestDatabase;
  let store: Store;
  beforeEach(async () => {
    t = await createTestDatabase(name);
    store = t.store;
    await store.insertAgreement(bundle('ag'), T0);
  });
  afterEach(async () => {
    await t.dispose();
  });

  describe('follow-up statuses', () => {
    it('keeps history and returns the latest per activity and tertial', async () => {
      await store.insertStatus(status('s1', 'ag-a1', 'Planerad', { createdAt: T0 }));
      await store.insertStatus(status('s2', 'ag-a1', 'Genomförd', { createdAt: T0 + 1000, count: 2 }));
      await store.insertStatus(status('s3', 'ag-a1', 'T2 pågår', { tertial: 2 }));
      await store.insertStatus(status('s4', 'ag-a2', 'Ej påbörjad'));
      await store.insertStatus(status('s5', 'ag-a1', '2024', { year: 2024, tertial: 3 }));
      const latest = await store.latestStatuses(['ag-a1', 'ag-a2'], [2025]);
      expect(latest.map((s) => [s.id, s.activityId, s.year, s.tertial, s.text])).toEqual([
        ['s2', 'ag-a1', 2025, 1, 'Genomförd'],
        ['s3', 'ag-a1', 2025, 2, 'T2 pågår'],
        ['s4', 'ag-a2', 2025, 1, 'Ej påbörjad'],
      ]);
      expect(latest[0]).toEqual(status('s2', 'ag-a1', 'Genomförd', { createdAt: T0 + 1000, count: 2 }));
      expect((await store.latestStatuses(['ag-a1'], [2024, 2025])).map((s) => s.id)).toEqual([
        's5',
        's2',
        's3',
      ]);
    });

    it('the later insert wins even within the same millisecond', async () => {
      await store.insertStatus(status('b-first', 'ag-a1', 'Först', { createdAt: T0 }));
      await store.insertStatus(status('a-second', 'ag-a1', 'Sedan', { createdAt: T0 }));
      await store.insertStatus(status('c-third', 'ag-a1', 'Sist', { createdAt: T0 }));
      const latest = await store.latestStatuses(['ag-a1'], [2025]);
      expect(latest.map((s) => s.text)).toEqual(['Sist']);
    });

    it('the latest insert wins even with an earlier createdAt (history is insertion order)', async () => {
      await store.insertStatus(status('s1', 'ag-a1', 'Ny', { createdAt: T0 + 5000 }));
      await store.insertStatus(status('s2', 'ag-a1', 'Rättelse', { createdAt: T0 }));
      expect((await store.latestStatuses(['ag-a1'], [2025])).map((s) => s.text)).toEqual(['Rättelse']);
    });

    it('returns nothing for empty inputs', async () => {
      await store.insertStatus(status('s1', 'ag-a1', 'x'));
      expect(await store.latestStatuses([], [2025])).toEqual([]);
      expect(await store.latestStatuses(['ag-a1'], [])).toEqual([]);
    });

    it('setPublished marks every status of the activities and tertial', async () => {
      await store.insertStatus(status('s1', 'ag-a1', 'old'));
      await store.insertStatus(status('s2', 'ag-a1', 'new'));
      await store.insertStatus(status('s3', 'ag-a2', 'x'));
      await store.insertStatus(status('s4', 'ag-a1', 'T2', { tertial: 2 }));
      expect(await store.setPublished(['ag-a1', 'ag-a2'], 2025, 1, true)).toBe(3);
      const latest = await store.latestStatuses(['ag-a1', 'ag-a2'], [2025]);
      expect(latest.map((s) => [s.id, s.published])).toEqual([
        ['s2', true],
        ['s4', false],
        ['s3', true],
      ]);
      expect(await store.setPublished(['ag-a1'], 2025, 1, false)).toBe(2);
      expect((await store.latestStatuses(['ag-a1'], [2025]))[0]?.published).toBe(false);
      expect(await store.setPublished([], 2025, 1, true)).toBe(0);
    });
  });

  describe('statistics', () => {
    it('puts, replaces (upsert) and lists by kommun and year', async () => {
      await store.putStatistic(statistic());
      await store.putStatistic(statistic({ category: 'doping.innehav', count: 1, youth: null }));
      await store.putStatistic(statistic({ tertial: 2, count: 4 }));
      await store.putStatistic(statistic({ year: 2024, count: 9 }));
      await store.putStatistic(statistic({ municipalityCode: '0687', count: 11 }));
      await store.putStatistic(statistic({ count: 8, youth: 5, actor: 'slack:UOTHER', createdAt: T0 + 1 }));

      const rows = await store.statisticsOf('0684', [2025]);
      expect(rows.map((s) => [s.tertial, s.category, s.count, s.youth])).toEqual([
        [1, 'doping.innehav', 1, null],
        [1, 'narkotika.innehav', 8, 5],
        [2, 'narkotika.innehav', 4, 3],
      ]);
      expect(rows[1]).toEqual(statistic({ count: 8, youth: 5, actor: 'slack:UOTHER', createdAt: T0 + 1 }));
      expect(await store.statisticsOf('0684', [2024, 2025])).toHaveLength(4);
      expect(await store.statisticsOf('0684', [])).toEqual([]);
      expect(await store.statisticsOf('1480', [2025])).toEqual([]);
    });
  });

  describe('meeting series and meetings', () => {
    it('saves, reads and updates a series (upsert)', async () => {
      await store.saveMeetingSeries(SERIES, T0);
      expect(await store.meetingSeries('series-1')).toEqual(SERIES);
      expect(await store.meetingSeries('nope')).toBeNull();
      const changed = { ...SERIES, time: '13:30', place: null, active: false };
      await store.saveMeetingSeries(changed, T0 + 1);
      expect(await store.meetingSeries('series-1')).toEqual(changed);
      expect(await store.allMeetingSeries()).toEqual([changed]);
    });

    it('finds series by scope and lists all', async () => {
      const area: MeetingSeries = { ...SERIES, id: 'series-area', scope: { type: 'area', id: 'hoglandet' } };
      const tranas: MeetingSeries = { ...SERIES, id: 'series-t', scope: { type: 'kommun', id: '0687' } };
      await store.saveMeetingSeries(SERIES, T0);
      await store.saveMeetingSeries(area, T0 + 1);
      await store.saveMeetingSeries(tranas, T0 + 2);
      expect(await store.meetingSeriesFor({ type: 'kommun', id: '0684' })).toEqual([SERIES]);
      expect(await store.meetingSeriesFor({ type: 'area', id: 'hoglandet' })).toEqual([area]);
      expect(await store.meetingSeriesFor({ type: 'area', id: '0684' })).toEqual([]);
      expect((await store.allMeetingSeries()).map((s) => s.id).sort()).toEqual([
        'series-1',
        'series-area',
        'series-t',
      ]);
    });

    it('saves meeting exceptions, replacing by series and original date', async () => {
      await store.saveMeetingSeries(SERIES, T0);
      await store.saveMeetingSeries({ ...SERIES, id: 'series-2' }, T0);
      await store.saveMeeting({
        seriesId: 'series-1',
        originalOn: '2025-03-04',
        scheduledOn: '2025-03-04',
        status: 'cancelled',
        updatedAt: T0,
      });
      await store.saveMeeting({
        seriesId: 'series-1',
        originalOn: '2025-01-21',
        scheduledOn: '2025-01-23',
        status: 'moved',
        updatedAt: T0,
      });
      await store.saveMeeting({
        seriesId: 'series-1',
        originalOn: '2025-03-04',
        scheduledOn: '2025-03-05',
        status: 'held',
        updatedAt: T0 + 7,
      });
      await store.saveMeeting({
        seriesId: 'series-2',
        originalOn: '2025-01-21',
        scheduledOn: '2025-01-21',
        status: 'held',
        updatedAt: T0,
      });
      expect(await store.meetingsOf(['series-1'])).toEqual([
        {
          seriesId: 'series-1',
          originalOn: '2025-01-21',
          scheduledOn: '2025-01-23',
          status: 'moved',
          updatedAt: T0,
        },
        {
          seriesId: 'series-1',
          originalOn: '2025-03-04',
          scheduledOn: '2025-03-05',
          status: 'held',
          updatedAt: T0 + 7,
        },
      ]);
      expect(await store.meetingsOf(['series-1', 'series-2'])).toHaveLength(3);
      // The follow-up's answer is recorded once (a second answer loses), a moved answer may be replaced by the
      // answer to the moved meeting's own follow-up, and a note sits with it; saving the row again keeps them.
      const held = { answer: 'held' as const, by: 'slack:U1', at: T0 + 9 };
      const moved = { answer: 'moved:2025-03-12' as const, by: 'slack:U2', at: T0 + 8 };
      expect(await store.answerMeetingFollowup('series-1', '2025-03-04', moved, null)).toBe(true);
      expect(await store.answerMeetingFollowup('series-1', '2025-03-04', held, null)).toBe(false);
      expect(await store.answerMeetingFollowup('series-1', '2025-03-04', held, 'moved:2025-03-11')).toBe(
        false,
      );
      expect(await store.answerMeetingFollowup('series-1', '2025-03-04', held, 'moved:2025-03-12')).toBe(
        true,
      );
      expect(await store.setMeetingNote('series-1', '2025-03-04', 'Bra möte')).toBe(true);
      expect(await store.setMeetingNote('series-1', '1999-01-01', 'Inget möte')).toBe(false);
      await store.saveMeeting({
        seriesId: 'series-1',
        originalOn: '2025-03-04',
        scheduledOn: '2025-03-05',
        status: 'held',
        updatedAt: T0 + 10,
      });
      expect((await store.meetingsOf(['series-1']))[1]).toMatchObject({ followup: held, note: 'Bra möte' });
      expect(await store.meetingsOf([])).toEqual([]);
    });
  });
});
