import type { Clock, Logger, Store } from '../domain/ports.ts';
import {
  STORED_REPLY_MS,
  STORED_REPLY_PRUNE_BATCH,
  STORED_REPLY_PRUNE_BATCHES,
  STORED_REPLY_PRUNE_EVERY_MS,
} from '../domain/retention.ts';
import { type DispatchReport, dispatchOnce } from './dispatcher.ts';
import { DEFAULT_DUE_POLICY, type DuePolicy, planningWindow } from './due.ts';
import { noMetrics } from './metrics.ts';
import { type KommunNames, loadPlanInputs } from './plan/load-inputs.ts';
import { plan } from './plan/plan.ts';
import type { ReminderSender, ReminderStore, SchedulerMetrics, SyncResult } from './ports.ts';
import { cronTicker, type Ticker } from './ticker.ts';
import { DEFAULT_OFFSETS, type ReminderOffsets } from './types.ts';

export interface SchedulerDeps {
  readonly store: Store;
  readonly reminders: ReminderStore;
  readonly sender: ReminderSender;
  readonly names: KommunNames;
  readonly clock: Clock;
  readonly logger: Logger;
  /** IANA zone of every wall-clock time (config.timezone). */
  readonly zone: string;
  readonly metrics?: SchedulerMetrics;
  readonly offsets?: ReminderOffsets;
  readonly policy?: DuePolicy;
  /**
   * Re-plan at least this often (default every tick, 60 s); a tick with a due pending reminder always re-plans,
   * and `requestReplan()` forces the next tick to.
   */
  readonly replanEveryMs?: number;
  readonly batchSize?: number;
  readonly maxPerTick?: number;
  readonly ticker?: Ticker;
}

/** For /healthz: up while ticking, stalled when no tick finished within 3 minutes, disabled when not started. */
export interface SchedulerHealthState {
  readonly state: 'up' | 'stalled' | 'disabled';
  readonly lastTickAt: number | null;
}

const STALLED_AFTER_MS = 3 * 60_000;

export interface TickReport extends DispatchReport {
  /** Present when this tick re-planned. */
  readonly sync: (SyncResult & { readonly planned: number }) | null;
}

/**
 * Plans reminders into the database and sends the due ones, exactly once across restarts and instances.
 * Each tick: (1) re-plan the window [now − 24 h, now + horizon) and sync it into the reminders table,
 * (2) record reminders older than 24 h as missed, (3) claim due rows atomically and send them, (4) at most once an
 * hour (the first tick, then the first an hour after), prune stored replies older than the retention window, 200 at a
 * time (src/domain/retention.ts).
 * node-cron only wakes it up (every minute, UTC); `tickOnce(now)` does the work and is what tests call.
 */
export class Scheduler {
  private readonly deps: SchedulerDeps;
  private readonly log: Logger;
  private readonly policy: DuePolicy;
  private readonly ticker: Ticker;
  private lastReplanAt: number | null = null;
  private lastTickAt: number | null = null;
  private lastPruneAt: number | null = null;
  private running: Promise<unknown> | null = null;
  private started = false;
  private stopping = false;

  constructor(deps: SchedulerDeps) {
    this.deps = deps;
    this.log = deps.logger.child({ component: 'scheduler' });
    this.policy = deps.policy ?? DEFAULT_DUE_POLICY;
    this.ticker = deps.ticker ?? cronTicker();
  }

  /** Starts ticking (and ticks once at once). Errors of a tick are logged, never thrown: this is the boundary. */
  start(): void {
    if (this.started) return;
    this.started = true;
    this.stopping = false;
    this.log.info({ zone: this.deps.zone }, 'scheduler started');
    const onTick = () => {
      if (this.running) return;
      this.running = this.tickOnce()
        .catch((e: unknown) =>
          this.log.error({ err: e instanceof Error ? e.message : String(e) }, 'scheduler tick failed'),
        )
        .finally(() => {
          this.running = null;
        });
    };
    this.ticker.start(onTick);
    onTick();
  }

  /** Stops ticking and waits for a tick in progress to finish its claimed sends (it claims no more). */
  async stop(): Promise<void> {
    if (!this.started) return;
    this.started = false;
    this.stopping = true;
    this.ticker.stop();
    await this.running;
    this.log.info({}, 'scheduler stopped');
  }

  /** The scheduler's state for /healthz. */
  health(now: number = this.deps.clock.now()): SchedulerHealthState {
    if (!this.started) return { state: 'disabled', lastTickAt: this.lastTickAt };
    const fresh = this.lastTickAt !== null && now - this.lastTickAt <= STALLED_AFTER_MS;
    return { state: fresh ? 'up' : 'stalled', lastTickAt: this.lastTickAt };
  }

  /** Makes the next tick re-plan (call after a series, meeting, binding, role or status changed). */
  requestReplan(): void {
    this.lastReplanAt = null;
  }

  /**
   * One tick at `now`: re-plan when the plan is older than `replanEveryMs` — or whenever a pending reminder is due,
   * so what is sent is always planned from this minute's data — then expire and dispatch.
   */
  async tickOnce(now: number = this.deps.clock.now()): Promise<TickReport> {
    const every = this.deps.replanEveryMs ?? 60_000;
    let sync: TickReport['sync'] = null;
    const stale = this.lastReplanAt === null || now - this.lastReplanAt >= every || now < this.lastReplanAt;
    if (stale || (await this.dueWaiting(now))) sync = await this.replan(now);
    // Time goes on while the round sends: its clock is `now` plus what the scheduler's clock has advanced since.
    const startedAt = this.deps.clock.now();
    const report = await dispatchOnce(
      {
        reminders: this.deps.reminders,
        sender: this.deps.sender,
        logger: this.log,
        metrics: this.deps.metrics ?? noMetrics,
        policy: this.policy,
        batchSize: this.deps.batchSize ?? 20,
        maxPerTick: this.deps.maxPerTick ?? 500,
        keepGoing: () => !this.stopping,
        clock: () => now + Math.max(0, this.deps.clock.now() - startedAt),
      },
      now,
    );
    await this.pruneHourly(now);
    this.lastTickAt = now;
    if (report.claimed + report.missed + report.failed > 0 || (sync && sync.upserted + sync.deleted > 0)) {
      this.log.info({ ...report, sync }, 'scheduler tick');
    }
    return { ...report, sync };
  }

  /** Prunes the stored replies older than the window when the last prune is an hour old (or the clock went back). */
  private async pruneHourly(now: number): Promise<void> {
    const last = this.lastPruneAt;
    if (last !== null && now - last < STORED_REPLY_PRUNE_EVERY_MS && now >= last) return;
    this.lastPruneAt = now;
    let pruned = 0;
    for (let batch = 0; batch < STORED_REPLY_PRUNE_BATCHES && !this.stopping; batch++) {
      const n = await this.deps.store.pruneProcessedEvents(now - STORED_REPLY_MS, STORED_REPLY_PRUNE_BATCH);
      pruned += n;
      if (n < STORED_REPLY_PRUNE_BATCH) break;
    }
    if (pruned > 0) this.log.info({ pruned }, 'stored replies pruned');
  }

  /** True when a pending reminder is due at `now` (one indexed read). */
  private async dueWaiting(now: number): Promise<boolean> {
    return (await this.deps.reminders.list({ status: 'pending', dueTo: now + 1, limit: 1 })).length > 0;
  }

  /** Plans [now − catch-up, now + horizon) from the Store and syncs it into the reminders table. */
  async replan(now: number): Promise<SyncResult & { planned: number }> {
    const window = planningWindow(now, this.policy);
    const inputs = await loadPlanInputs(this.deps.store, this.deps.names, window, {
      zone: this.deps.zone,
      asOf: now,
      offsets: this.deps.offsets ?? DEFAULT_OFFSETS,
    });
    const planned = plan(inputs, window);
    const result = await this.deps.reminders.syncPlan(planned, window, now);
    this.lastReplanAt = now;
    return { ...result, planned: planned.length };
  }
}
