import { loadDemo } from '../../../src/demo/load-demo.ts';
import type { Clock } from '../../../src/domain/ports.ts';
import { createStore } from '../../../src/store/kysely-store.ts';
import { migrateToLatest } from '../../../src/store/migrate.ts';
import { openDatabase } from '../../../src/store/open.ts';

export const ZONE = 'Europe/Stockholm';
/** A police officer of LPO Höglandet, as a Slack user. */
export const POLICE_USER = 'U0CHAOSPOL';
export const COORDINATOR_USER = 'U0CHAOSSAM';

/** Slack channels bound to the demo kommuner and police area. */
export const SLACK_CHANNELS = {
  tranas: { id: 'C0TRANAS', scope: { type: 'kommun', id: '0687' } },
  savsjo: { id: 'C0SAVSJO', scope: { type: 'kommun', id: '0684' } },
  hoglandet: { id: 'C0HOGLAND', scope: { type: 'area', id: 'hoglandet' } },
} as const;

/**
 * Migrates the database at `url` and loads the demo data as of `clock`, with Slack channels bound to Tranås,
 * Sävsjö and LPO Höglandet, a Slack police officer for the area and a Slack coordinator for Tranås.
 */
export async function seedDemo(url: string, clock: Clock): Promise<void> {
  const handle = openDatabase(url);
  try {
    await migrateToLatest(handle.db);
    const store = createStore(handle.db);
    const now = clock.now();
    await loadDemo(store, clock, ZONE);
    for (const c of Object.values(SLACK_CHANNELS)) {
      await store.saveBinding({ platform: 'slack', conversationId: c.id, scope: c.scope }, now);
    }
    await store.grantRole(
      { person: `slack:${POLICE_USER}`, role: 'polis', scope: { type: 'area', id: 'hoglandet' } },
      now,
    );
    await store.grantRole(
      { person: `slack:${COORDINATOR_USER}`, role: 'samordnare', scope: { type: 'kommun', id: '0687' } },
      now,
    );
  } finally {
    await handle.close();
  }
}

/** The other four kommuner of LPO Höglandet, each given a weekly samverkansmöte, a Slack channel and a coordinator. */
const WEEKLY = [
  { code: '0604', name: 'Aneby', day: '2026-03-02' },
  { code: '0686', name: 'Eksjö', day: '2026-03-03' },
  { code: '0682', name: 'Nässjö', day: '2026-03-04' },
  { code: '0685', name: 'Vetlanda', day: '2026-03-05' },
] as const;

/**
 * seedDemo plus a busy month: weekly meetings in Aneby, Eksjö, Nässjö and Vetlanda with bound Slack channels and
 * Slack coordinators, so a simulated month holds a hundred-odd reminders to deliver.
 */
export async function seedBusyMonth(url: string, clock: Clock): Promise<void> {
  await seedDemo(url, clock);
  const handle = openDatabase(url);
  try {
    const store = createStore(handle.db);
    const now = clock.now();
    for (const k of WEEKLY) {
      await store.saveMeetingSeries(
        {
          id: `chaos-series-${k.code}`,
          scope: { type: 'kommun', id: k.code },
          firstDate: k.day,
          intervalWeeks: 1,
          time: '13:00',
          place: `${k.name} kommunhus`,
          remindAt: '09:00',
          active: true,
        },
        now,
      );
      await store.saveBinding(
        { platform: 'slack', conversationId: `C0CHAOS${k.code}`, scope: { type: 'kommun', id: k.code } },
        now,
      );
      await store.grantRole(
        { person: `slack:U0SAM${k.code}`, role: 'samordnare', scope: { type: 'kommun', id: k.code } },
        now,
      );
    }
  } finally {
    await handle.close();
  }
}
