import type { PlatformHealth, ServerPlugin } from '../bots/contract.ts';
import type { Store } from '../domain/ports.ts';
import type { RouteHandler } from '../runtime/http.ts';
import { send } from '../runtime/http.ts';
import { withTimeout } from '../runtime/timeout.ts';

export interface SchedulerHealth {
  readonly state: 'up' | 'stalled' | 'disabled';
  readonly lastTickAt: number | null;
}

/**
 * GET /healthz: 200 when the database answers, 503 when it does not. On the operations listener the body has the
 * per-part states (`details`); on the public port only `{ status }`.
 */
export function healthHandler(
  store: Store,
  plugins: () => readonly ServerPlugin[],
  scheduler: () => SchedulerHealth,
  startedAt: number,
  details = true,
): RouteHandler {
  return async (_req, res) => {
    let database: 'up' | 'down' = 'down';
    try {
      database = (await withTimeout(store.ping(), 2_000)) === true ? 'up' : 'down';
    } catch {
      database = 'down';
    }
    const platforms: Record<string, PlatformHealth> = {};
    for (const p of plugins()) platforms[p.name] = p.health?.() ?? { state: 'up' };
    const sched = scheduler();
    const degraded =
      sched.state === 'stalled' ||
      Object.values(platforms).some((p) => p.state === 'down' || p.state === 'degraded');
    const status = database === 'down' ? 'down' : degraded ? 'degraded' : 'ok';
    if (!details) return send(res, database === 'up' ? 200 : 503, { status });
    send(res, database === 'up' ? 200 : 503, {
      status,
      database,
      scheduler: sched,
      platforms,
      uptimeSeconds: Math.round((Date.now() - startedAt) / 1000),
    });
  };
}
