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
  return { id: deps.ids(), at: deps.clock.now(), actor: actor.person, platform: actor.platform, ...change };
}
