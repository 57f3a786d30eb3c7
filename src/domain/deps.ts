import type { MunicipalityRegister } from './municipality-register.ts';
import type { Clock, IdGenerator, Store } from './ports.ts';
import type { Actor, AuditEntry } from './types.ts';

/** What the domain's use cases need from the outside world. */
export interface DomainDeps {
  readonly store: Store;
  readonly register: MunicipalityRegister;
  readonly clock: Clock;
  readonly ids: IdGenerator;
  /** IANA zone of every calendar date (config.timezone). */
  readonly zone: string;
}

/** An audit entry for a change made by `actor` now. */
export function auditOf(
  deps: Pick<DomainDeps, 'clock' | 'ids'>,
  actor: Actor,
  change: {
    action: string;
    entity: string;
    entityId: string;
    municipalityCode: string | null;
    before: unknown;
    after: unknown;
  },
): AuditEntry {
  const at = deps.clock.now();
  return { id: auditId(deps.ids), at, actor: actor.person, platform: actor.platform, ...change };
}

/**
 * The id of an audit row: this process's running count of audit rows, then a fresh id. The trail reads newest first
 * by time, then by id (`ORDER BY at DESC, id DESC`), so rows written at the same time — the six figures of one
 * statistics form — read in the order they were written, the same on SQLite and PostgreSQL; by a random id alone they
 * came in a random order, different in every database. The count never restarts within a process: a count per time
 * restarted when the time moved on and back (a test clock), and tied with rows written earlier at that time.
 */
export function auditId(ids: IdGenerator): string {
  written += 1;
  return `${written.toString(36).padStart(8, '0')}-${ids()}`;
}

let written = 0;

/**
 * The audit rows of one change that affects several kommuner (an area grant, a binding moved from one kommun to
 * another, a police area's members): one row per kommun, so `/lofte historik <kommun>` of each shows it; one row
 * without a kommun when it affects none. The rows share one time, so a reader of the whole trail can count the change once.
 */
export function auditRowsOf(
  deps: Pick<DomainDeps, 'clock' | 'ids'>,
  actor: Actor,
  change: { action: string; entity: string; entityId: string; before: unknown; after: unknown },
  municipalityCodes: readonly string[],
): AuditEntry[] {
  const codes = [...new Set(municipalityCodes)].sort();
  // One change, one moment: every row carries the same time, so the rows read back as one change.
  const at = deps.clock.now();
  const once = { ...deps, clock: { ...deps.clock, now: () => at } };
  if (codes.length === 0) return [auditOf(once, actor, { ...change, municipalityCode: null })];
  return codes.map((municipalityCode) => auditOf(once, actor, { ...change, municipalityCode }));
}
