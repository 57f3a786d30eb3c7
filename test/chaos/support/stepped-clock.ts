import { mkdtempSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/**
 * The test's side of LOFTESBOT_TEST_CLOCK: a file holding "now" for every server process given `env`, moved
 * forward by the test. Written atomically (write, then rename), so a process never reads half an instant.
 */
export interface SteppedClock {
  /** The value of LOFTESBOT_TEST_CLOCK. */
  readonly env: string;
  set(now: number): void;
  dispose(): void;
}

export function steppedClock(start: number, tickMs = 20): SteppedClock {
  const dir = mkdtempSync(join(tmpdir(), 'loftesbot-clock-'));
  const file = join(dir, 'now');
  let n = 0;
  const set = (now: number) => {
    const tmp = join(dir, `now.${++n}`);
    writeFileSync(tmp, String(now));
    renameSync(tmp, file);
  };
  set(start);
  return {
    env: `file=${file};tick=${tickMs}`,
    set,
    dispose: () => rmSync(dir, { recursive: true, force: true }),
  };
}

/** Resolves when the server at `url` reports a scheduler tick at `at` or later (GET /healthz). */
export async function waitForTick(url: string, at: number, timeoutMs = 15_000): Promise<void> {
  const until = Date.now() + timeoutMs;
  for (;;) {
    const res = await fetch(`${url}/healthz`);
    const body = (await res.json()) as { scheduler?: { lastTickAt?: number | null } };
    if ((body.scheduler?.lastTickAt ?? -1) >= at) return;
    if (Date.now() > until) throw new Error(`${url}: no scheduler tick at ${new Date(at).toISOString()}`);
    await new Promise((r) => setTimeout(r, 5));
  }
}
