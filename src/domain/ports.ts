import type { AgreementStore } from './agreement-ports.ts';
import type { CommentStore } from './comment-ports.ts';
import type { MeetingFollowupStore } from './meeting-followup-store.ts';
import type {
  Activity,
  Agreement,
  AuditEntry,
  ChannelBinding,
  Commitment,
  Meeting,
  MeetingSeries,
  Platform,
  Registration,
  Role,
  RoleGrant,
  Scope,
  TertialNumber,
} from './types.ts';

export type { AgreementStore, PublicSnapshot } from './agreement-ports.ts';

/** The time source. Tests inject a fixed or moving clock. */
export interface Clock {
  /** Now, in epoch milliseconds. */
  now(): number;
}

/** Generates unique text ids (UUIDs in production, counters in tests). */
export type IdGenerator = () => string;

/** Structured logging. Fields are data; never put secrets or note texts in them. */
export interface Logger {
  debug(fields: Record<string, unknown>, msg: string): void;
  info(fields: Record<string, unknown>, msg: string): void;
  warn(fields: Record<string, unknown>, msg: string): void;
  error(fields: Record<string, unknown>, msg: string): void;
  /** A logger that adds `bindings` to every line. */
  child(bindings: Record<string, unknown>): Logger;
}

/** An agreement with its commitments and activities, in document order. */
export interface AgreementBundle {
  readonly agreement: Agreement;
  readonly commitments: readonly Commitment[];
  readonly activities: readonly Activity[];
}

/** Registered counts: `counts[activityId]` is the sum of non-voided counts. */
export type CountsByActivity = Readonly<Record<string, number>>;

/** Registered counts per activity and month (`YYYY-MM`), for charts. */
export interface MonthlyCount {
  readonly activityId: string;
  readonly month: string;
  readonly count: number;
}

export interface AuditFilter {
  readonly municipalityCode?: string;
  /** Only entries of these entities (`role`, `binding`, …). */
  readonly entities?: readonly string[];
  readonly since?: number;
  readonly limit?: number;
}

/** An open or answered question the bot asked a person or channel. */
export interface Prompt {
  readonly id: string;
  readonly kind: string;
  readonly municipalityCode: string;
  readonly activityId: string | null;
  readonly year: number | null;
  readonly tertial: TertialNumber | null;
  readonly question: string;
  readonly options: readonly string[];
  /** Who may answer: a role name, or a person id. Opaque to the store. */
  readonly audience: string;
  readonly status: 'open' | 'answered' | 'closed';
  readonly answer: string | null;
  readonly answeredBy: string | null;
  readonly answeredPlatform: Platform | null;
  readonly answeredAt: number | null;
  /** The platform's address of the message that asked, to update it in place. Opaque. */
  readonly messageRef: string | null;
  readonly createdAt: number;
}

/** A stored platform address for proactive messages (a Teams ConversationReference as JSON, a Slack channel id). */
export interface ConversationRef {
  readonly platform: Platform;
  readonly conversationId: string;
  readonly kind: 'personal' | 'channel' | 'groupChat';
  readonly person: string | null;
  readonly reference: string;
  readonly dead: boolean;
  readonly deadReason: string | null;
  readonly updatedAt: number;
}

/** Registrations of activities and their sums. */
export interface RegistrationStore {
  // Registrations
  /** Inserts a registration; returns false (and writes nothing) when its idempotency key is already stored. */
  insertRegistration(registration: Registration): Promise<boolean>;
  registration(id: string): Promise<Registration | null>;
  /** Registrations whose id starts with `prefix` (a short id as listed), at most `limit`, by id. */
  registrationsByIdPrefix(prefix: string, limit: number): Promise<Registration[]>;
  registrationByKey(idempotencyKey: string): Promise<Registration | null>;
  /** Marks a registration voided; returns false when it was already voided or does not exist. */
  voidRegistration(id: string, by: string, at: number): Promise<boolean>;
  /**
   * Erases a registration's note wherever it was kept: the registration, its audit entries' values, and the stored
   * reply of the command that made it (the note replaced by `placeholder`). False when it had no note.
   */
  eraseRegistrationNote(id: string, placeholder: string): Promise<boolean>;
  /** Sums of non-voided counts per activity for days `firstDay`..`lastDay` inclusive. */
  registrationCounts(
    activityIds: readonly string[],
    firstDay: string,
    lastDay: string,
  ): Promise<CountsByActivity>;
  /** Non-voided counts per activity and month over `firstDay`..`lastDay`. */
  monthlyCounts(activityIds: readonly string[], firstDay: string, lastDay: string): Promise<MonthlyCount[]>;
  /** Non-voided registrations of the given activities in a day range, newest first. */
  registrationsOf(activityIds: readonly string[], firstDay: string, lastDay: string): Promise<Registration[]>;
  /** Non-voided registrations of the activities (optionally not counting those from one platform, e.g. `import`). */
  registrationCountOf(
    activityIds: readonly string[],
    options?: { readonly exceptPlatform?: Platform },
  ): Promise<number>;
}

/** Samverkansmöten: series and the exceptions of single occurrences. */
export interface MeetingStore extends MeetingFollowupStore {
  // Meetings
  saveMeetingSeries(series: MeetingSeries, now: number): Promise<void>;
  meetingSeries(id: string): Promise<MeetingSeries | null>;
  meetingSeriesFor(scope: Scope): Promise<MeetingSeries[]>;
  allMeetingSeries(): Promise<MeetingSeries[]>;
  /** Creates or replaces the exception for one occurrence of a series. */
  saveMeeting(meeting: Meeting): Promise<void>;
  meetingsOf(seriesIds: readonly string[]): Promise<Meeting[]>;
  /** Deletes the exceptions of a series on or after `fromDay` (by rhythm date, or moved there); returns how many. */
  deleteMeetingsFrom(seriesId: string, fromDay: string): Promise<number>;
}

/** Who may do what where: channel bindings, roles and the audit trail. */
export interface AccessStore {
  // Channel bindings
  saveBinding(binding: ChannelBinding, now: number): Promise<void>;
  removeBinding(platform: Platform, conversationId: string): Promise<boolean>;
  binding(platform: Platform, conversationId: string): Promise<ChannelBinding | null>;
  bindingsFor(scope: Scope): Promise<ChannelBinding[]>;
  allBindings(): Promise<ChannelBinding[]>;

  // Roles
  /** Grants a role; returns false when the person already held it. */
  grantRole(grant: RoleGrant, now: number): Promise<boolean>;
  /** Revokes a role; returns false when the person did not hold it. */
  revokeRole(grant: RoleGrant): Promise<boolean>;
  rolesOf(person: string): Promise<RoleGrant[]>;
  /** Everyone holding `role` for exactly this scope. */
  holders(role: Role, scope: Scope): Promise<RoleGrant[]>;
  allRoles(): Promise<RoleGrant[]>;

  // Audit
  appendAudit(entry: AuditEntry): Promise<void>;
  audit(filter: AuditFilter): Promise<AuditEntry[]>;
}

/** Processed platform events and their replies (a retry answers with the same reply). */
export interface IdempotencyStore {
  // Idempotency of incoming commands
  /** The stored reply for a processed platform event, or null. */
  processedEvent(key: string): Promise<string | null>;
  /** Records a processed event; returns false when the key was already recorded (a concurrent duplicate). */
  recordProcessedEvent(key: string, reply: string, now: number): Promise<boolean>;
  /** Removes at most `limit` records made before `before` (the retention window); returns how many went. */
  pruneProcessedEvents(before: number, limit: number): Promise<number>;
}

/** Questions the bot asks (prompts) and their answers. */
export interface PromptStore {
  // Prompts
  insertPrompt(prompt: Prompt): Promise<void>;
  prompt(id: string): Promise<Prompt | null>;
  /** Records the answer if the prompt is still open; returns false when it was already answered. */
  answerPrompt(id: string, answer: string, by: string, platform: Platform, at: number): Promise<boolean>;
  setPromptMessageRef(id: string, messageRef: string): Promise<void>;
  openPrompts(municipalityCode: string): Promise<Prompt[]>;
}

/** Conversation references for proactive messages, and a person's chosen language. */
export interface ConversationStore {
  // Conversation references (proactive messaging)
  saveConversationRef(ref: ConversationRef): Promise<void>;
  conversationRef(platform: Platform, conversationId: string): Promise<ConversationRef | null>;
  conversationRefOfPerson(platform: Platform, person: string): Promise<ConversationRef | null>;
  markConversationDead(platform: Platform, conversationId: string, reason: string, at: number): Promise<void>;

  // Person settings
  personLang(person: string): Promise<'sv' | 'en' | null>;
  /** The display names known for `persons` (those without one are absent). */
  personNames(persons: readonly string[]): Promise<Map<string, string>>;
  /** Remembers the name a person goes by on their platform (a no-op when it is unchanged). */
  setPersonName(person: string, name: string, now: number): Promise<void>;
  /** Forgets the person's name, language choice and personal-chat addresses (offboarding). */
  forgetPerson(person: string): Promise<void>;
  /** The language the person's platform last reported (Slack locale), or null. */
  personPlatformLang(person: string): Promise<'sv' | 'en' | null>;
  setPersonPlatformLang(person: string, lang: 'sv' | 'en', now: number): Promise<void>;
  setPersonLang(person: string, lang: 'sv' | 'en', now: number): Promise<void>;
}

/**
 * Persistence for the domain: the intersection of the area ports above, for the composition root and the use
 * cases that span areas. Every method is one statement or one small read; several writes that must stand or fall
 * together go inside `transaction`. Implemented by src/store over SQLite and PostgreSQL.
 */
export interface Store
  extends AgreementStore,
    RegistrationStore,
    MeetingStore,
    AccessStore,
    IdempotencyStore,
    PromptStore,
    CommentStore,
    ConversationStore {
  /** Runs `fn` in one database transaction; everything it wrote is rolled back if it throws. */
  transaction<T>(fn: (tx: Store) => Promise<T>): Promise<T>;
  /** True when the database answers. */
  ping(): Promise<boolean>;
}

/**
 * How far one message's delivery got: `sent` of its `total` parts accepted by the platform (a long Slack reminder goes
 * as several messages), `first` the platform's id of the first part (the message later updates replace).
 */
export interface DeliveryProgress {
  readonly total: number;
  readonly sent: number;
  readonly first: string | null;
}

/**
 * A reminder's delivery record, kept in the database with its row so that it outlives the process: what earlier
 * attempts got shown, and where to record each part the platform accepts, at once. A retry — after a restart or on
 * another instance — posts only the parts not yet shown, and nothing when every part was.
 */
export interface SendProgress {
  /** What earlier attempts recorded as shown; null when nothing was. */
  readonly shown: DeliveryProgress | null;
  /** Records that the platform accepted parts up to `progress.sent`. May throw (the database is away). */
  record(progress: DeliveryProgress): Promise<void>;
}

export type DeliveryResult =
  | { readonly ok: true; readonly messageId: string | null }
  | {
      readonly ok: false;
      readonly permanent: boolean;
      readonly error: string;
      readonly retryAfterMs?: number;
    };
