import type { Generated } from 'kysely';

/** Row types of the database, as kysely sees them. Booleans are 0/1 integers, instants epoch ms, JSON text. */
export interface PoliceAreasTable {
  id: string;
  name: string;
  name_key: string;
  created_at: number;
}

export interface PoliceAreaMembersTable {
  police_area_id: string;
  municipality_code: string;
}

export interface AgreementsTable {
  id: string;
  municipality_code: string;
  period_from: number;
  period_to: number;
  signed_on: string | null;
  title: string;
  is_demo: number;
  source: string | null;
  created_at: number;
}

export interface CommitmentsTable {
  id: string;
  agreement_id: string;
  position: number;
  text: string;
}

export interface ActivitiesTable {
  id: string;
  agreement_id: string;
  commitment_id: string | null;
  position: number;
  text: string;
  responsible: string;
  kind: string | null;
  target_count: number | null;
  target_per: string | null;
  /** Migration 0005: a short name given in chat, and the signed target once the target was changed. */
  short_name: string | null;
  signed_target_count: number | null;
  signed_target_per: string | null;
  target_changed_on: string | null;
  /** Migration 0008: the count per registration above which the bot asks first; null: the default (50). */
  sanity_limit: number | null;
  /** Migration 0012: the day it was added in chat after import; null for the agreement's own activities. */
  added_on: string | null;
}

/** Non-voided registrations per activity and month, kept by triggers (migration 0011). */
export interface RegistrationMonthTotalsTable {
  activity_id: string;
  /** `YYYY-MM`. */
  month: string;
  total: number;
  registrations: number;
}

export interface RegistrationsTable {
  id: string;
  activity_id: string;
  municipality_code: string;
  occurred_on: string;
  count: number;
  note: string | null;
  actor: string;
  platform: string;
  idempotency_key: string | null;
  created_at: number;
  voided_at: number | null;
  voided_by: string | null;
}

export interface FollowUpStatusesTable {
  id: string;
  activity_id: string;
  year: number;
  tertial: number;
  text: string;
  count: number | null;
  actor: string;
  platform: string;
  created_at: number;
  seq: number;
  published: number;
}

export interface StatisticsTable {
  municipality_code: string;
  year: number;
  tertial: number;
  category: string;
  count: number;
  youth: number | null;
  actor: string;
  platform: string;
  created_at: number;
}

export interface MeetingSeriesTable {
  id: string;
  scope_type: string;
  scope_id: string;
  first_date: string;
  interval_weeks: number;
  time: string;
  place: string | null;
  remind_at: string;
  active: number;
  /** First day without meetings (exclusive end), or null; migration 0003. */
  ends_on: string | null;
  created_at: number;
  updated_at: number;
}

export interface MeetingsTable {
  series_id: string;
  original_on: string;
  scheduled_on: string;
  status: string;
  updated_at: number;
  /** The follow-up's answer (`held`, `cancelled`, `moved:<day>`), who gave it and when; migration 0010. */
  answer: string | null;
  answered_by: string | null;
  answered_at: number | null;
  /** A note written with the follow-up; migration 0010. */
  note: string | null;
}

export interface ChannelBindingsTable {
  platform: string;
  conversation_id: string;
  scope_type: string;
  scope_id: string;
  created_at: number;
}

export interface RoleGrantsTable {
  person: string;
  role: string;
  scope_type: string;
  scope_id: string;
  created_at: number;
}

export interface AuditLogTable {
  id: string;
  at: number;
  actor: string;
  platform: string;
  action: string;
  entity: string;
  entity_id: string;
  municipality_code: string | null;
  before: string | null;
  after: string | null;
}

export interface ProcessedEventsTable {
  key: string;
  reply: string;
  created_at: number;
}

export interface PromptsTable {
  id: string;
  kind: string;
  municipality_code: string;
  activity_id: string | null;
  year: number | null;
  tertial: number | null;
  question: string;
  options: string;
  audience: string;
  status: string;
  answer: string | null;
  answered_by: string | null;
  answered_platform: string | null;
  answered_at: number | null;
  message_ref: string | null;
  created_at: number;
}

export interface RemindersTable {
  key: string;
  kind: string;
  scope_type: string;
  scope_id: string;
  target: string;
  due_at: number;
  payload: string;
  status: string;
  attempts: Generated<number>;
  lease_until: number | null;
  next_attempt_at: number | null;
  sent_at: number | null;
  late: Generated<number>;
  message_id: string | null;
  last_error: string | null;
  updated_at: number;
  /** The attempt whose platform call began and has not recorded its outcome (migration 0014). */
  send_began: number | null;
  /** Platform messages of the reminder accepted so far, of `parts_total` (migration 0014). */
  parts_sent: Generated<number>;
  parts_total: number | null;
}

export interface ConversationRefsTable {
  platform: string;
  conversation_id: string;
  kind: string;
  person: string | null;
  reference: string;
  dead: number;
  dead_reason: string | null;
  updated_at: number;
}

export interface PersonSettingsTable {
  person: string;
  lang: string | null;
  /** The name the person goes by on their platform (migration 0004); null until the platform told us. */
  display_name: string | null;
  /** The language the person's platform reports (Slack locale), used when they chose none (migration 0004). */
  platform_lang: string | null;
  updated_at: number;
}

export interface InstallationSecretsTable {
  name: string;
  value: string;
  created_at: number;
}

export interface PublicSnapshotsTable {
  agreement_id: string;
  municipality_code: string;
  published_at: number;
  view: string;
}

/** Comments to the samordnare per activity, tertial and person (migration 0009). */
export interface ActivityCommentsTable {
  activity_id: string;
  year: number;
  tertial: number;
  person: string;
  municipality_code: string;
  text: string;
  platform: string;
  created_at: number;
  updated_at: number;
}

export interface Database {
  police_areas: PoliceAreasTable;
  police_area_members: PoliceAreaMembersTable;
  agreements: AgreementsTable;
  commitments: CommitmentsTable;
  activities: ActivitiesTable;
  registrations: RegistrationsTable;
  registration_month_totals: RegistrationMonthTotalsTable;
  follow_up_statuses: FollowUpStatusesTable;
  statistics: StatisticsTable;
  meeting_series: MeetingSeriesTable;
  meetings: MeetingsTable;
  channel_bindings: ChannelBindingsTable;
  role_grants: RoleGrantsTable;
  audit_log: AuditLogTable;
  processed_events: ProcessedEventsTable;
  prompts: PromptsTable;
  reminders: RemindersTable;
  conversation_refs: ConversationRefsTable;
  person_settings: PersonSettingsTable;
  installation_secrets: InstallationSecretsTable;
  public_snapshots: PublicSnapshotsTable;
  activity_comments: ActivityCommentsTable;
}
