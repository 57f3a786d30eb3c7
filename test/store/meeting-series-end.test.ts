import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { MeetingSeries } from '../../src/domain/types.ts';
import { createTestDatabase, type TestDatabase, testDialects } from '../support/databases.ts';
import { T0 } from './fixtures.ts';

/** Migration 0004: a series' end day, and dropping its exceptions from a day on (`ändra från`). */

const SERIES: MeetingSeries = {
  id: 'series-end',
  scope: { type: 'kommun', id: '0686' },
  firstDate: '2027-01-12',
  intervalWeeks: 6,
  time: '13:00',
  place: null,
  remindAt: '09:00',
  active: true,
};

describe.each(testDialects())('store: meeting series end [$name]', ({ name }) => {
  let t: TestDatabase;
  beforeEach(async () => {
    t = await createTestDatabase(name);
  });
  afterEach(async () => {
    await t.dispose();
  });

  it('keeps endsOn, and deletes exceptions on or after a day (by rhythm date, or moved there)', async () => {
    const store = t.store;
    await store.saveMeetingSeries(SERIES, T0);
    expect(await store.meetingSeries(SERIES.id)).toEqual(SERIES);
    await store.saveMeetingSeries({ ...SERIES, endsOn: '2027-03-01' }, T0);
    expect(await store.meetingSeries(SERIES.id)).toEqual({ ...SERIES, endsOn: '2027-03-01' });
    const m = (originalOn: string, scheduledOn: string, status: 'moved' | 'cancelled' | 'held') => ({
      seriesId: SERIES.id,
      originalOn,
      scheduledOn,
      status,
      updatedAt: T0,
    });
    await store.saveMeeting(m('2027-01-12', '2027-01-12', 'held'));
    await store.saveMeeting(m('2027-02-23', '2027-03-02', 'moved'));
    await store.saveMeeting(m('2027-04-06', '2027-04-06', 'cancelled'));
    expect(await store.deleteMeetingsFrom(SERIES.id, '2027-03-01')).toBe(2);
    expect((await store.meetingsOf([SERIES.id])).map((x) => x.originalOn)).toEqual(['2027-01-12']);
  });
});
