import type { AppContext } from '../app/context.ts';
import { reminderRepository } from '../store/repositories/reminders.ts';
import type { ReminderSender, SchedulerMetrics } from './ports.ts';
import { Scheduler, type SchedulerDeps } from './scheduler.ts';

/** What the composition root may tune (tests: the ticker, an accelerated clock's policy, re-plan interval). */
export type SchedulerTuning = Partial<
  Pick<SchedulerDeps, 'ticker' | 'policy' | 'replanEveryMs' | 'batchSize' | 'maxPerTick'>
>;

/**
 * A Scheduler over an opened AppContext: its Store, the reminders table of its database, its register, clock,
 * logger and zone. The composition root supplies the sender (chat core rendering + platform notifiers) and,
 * optionally, the metrics callback for /metrics and tuning.
 */
export function createScheduler(
  ctx: AppContext,
  sender: ReminderSender,
  metrics?: SchedulerMetrics,
  tuning: SchedulerTuning = {},
): Scheduler {
  return new Scheduler({
    store: ctx.store,
    reminders: reminderRepository(ctx.handle.db, ctx.handle.dialect),
    sender,
    names: ctx.register,
    clock: ctx.clock,
    logger: ctx.logger,
    zone: ctx.config.timezone,
    ...(metrics ? { metrics } : {}),
    ...tuning,
  });
}
