import type { MunicipalityRegister } from '../domain/municipality-register.ts';
import type { Clock, Logger, Store } from '../domain/ports.ts';
import type { ReminderSender, ReminderStore, SchedulerMetrics } from './ports.ts';
import { Scheduler, type SchedulerDeps } from './scheduler.ts';

/** What the composition root may tune (tests: the ticker, an accelerated clock's policy, re-plan interval). */
export type SchedulerTuning = Partial<
  Pick<SchedulerDeps, 'ticker' | 'policy' | 'replanEveryMs' | 'batchSize' | 'maxPerTick'>
>;

/** The parts a scheduler is built from; the composition root hands in the reminders table of its stores. */
export interface SchedulerParts {
  readonly store: Store;
  readonly reminders: ReminderStore;
  readonly register: MunicipalityRegister;
  readonly clock: Clock;
  readonly logger: Logger;
  /** IANA zone of every wall-clock time (config.timezone). */
  readonly zone: string;
}

/**
 * A Scheduler over the application's parts: its Store, the reminders table, the register, clock, logger and zone.
 * The composition root supplies the sender (chat core rendering + platform notifiers) and, optionally, the
 * metrics callback for /metrics and tuning.
 */
export function createScheduler(
  parts: SchedulerParts,
  sender: ReminderSender,
  metrics?: SchedulerMetrics,
  tuning: SchedulerTuning = {},
): Scheduler {
  return new Scheduler({
    store: parts.store,
    reminders: parts.reminders,
    sender,
    names: parts.register,
    clock: parts.clock,
    logger: parts.logger,
    zone: parts.zone,
    ...(metrics ? { metrics } : {}),
    ...tuning,
  });
}
