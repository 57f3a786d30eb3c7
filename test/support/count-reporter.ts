import type { Reporter, TestModule } from 'vitest/node';

/**
 * Prints the plain closing line CI reads — `N passed, N failed, N skipped` — as the very last line,
 * preceded by the same count for the tests that ran on PostgreSQL (their names carry `[postgres]`; vitest renders
 * a `describe.each` title's `[$name]` as `['postgres']`, so both spellings count).
 */
export default class CountReporter implements Reporter {
  onTestRunEnd(testModules: ReadonlyArray<TestModule>): void {
    const all = { passed: 0, failed: 0, skipped: 0 };
    const pg = { passed: 0, failed: 0, skipped: 0 };
    for (const mod of testModules) {
      for (const test of mod.children.allTests()) {
        const state = test.result().state;
        const bucket = state === 'passed' ? 'passed' : state === 'failed' ? 'failed' : 'skipped';
        all[bucket]++;
        if (/\[['"]?postgres['"]?\]/.test(test.fullName)) pg[bucket]++;
      }
      if (mod.state() === 'failed' && mod.children.size === 0) all.failed++;
    }
    process.stdout.write(`\nPostgreSQL tests: ${pg.passed} passed, ${pg.failed} failed\n`);
    process.stdout.write(`${all.passed} passed, ${all.failed} failed, ${all.skipped} skipped\n`);
  }
}
