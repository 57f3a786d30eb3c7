import type { Migration } from 'kysely';
import * as m0001 from './0001_initial.ts';
import * as m0002 from './0002_registration_counts_index.ts';
import * as m0003 from './0003_installation_secrets.ts';
import * as m0004 from './0004_meeting_series_end.ts';
import * as m0005 from './0005_activity_upkeep.ts';
import * as m0006 from './0006_person_display_names.ts';
import * as m0007 from './0007_public_snapshots.ts';
import * as m0008 from './0008_activity_sanity_limit.ts';
import * as m0009 from './0009_activity_comments.ts';
import * as m0010 from './0010_meeting_followup_answers.ts';
import * as m0011 from './0011_registration_month_totals.ts';
import * as m0012 from './0012_activity_added_on.ts';
import * as m0013 from './0013_processed_events_age_index.ts';
import * as m0014 from './0014_reminder_delivery_record.ts';

/**
 * Every migration, in order. Listed statically (not read from the folder) so they load the same under
 * tsx, vitest and node. Add a new file and a line here; never edit a released migration.
 */
export const migrations: Record<string, Migration> = {
  '0001_initial': m0001,
  '0002_registration_counts_index': m0002,
  '0003_installation_secrets': m0003,
  '0004_meeting_series_end': m0004,
  '0005_activity_upkeep': m0005,
  '0006_person_display_names': m0006,
  '0007_public_snapshots': m0007,
  '0008_activity_sanity_limit': m0008,
  '0009_activity_comments': m0009,
  '0010_meeting_followup_answers': m0010,
  '0011_registration_month_totals': m0011,
  '0012_activity_added_on': m0012,
  '0013_processed_events_age_index': m0013,
  '0014_reminder_delivery_record': m0014,
};
