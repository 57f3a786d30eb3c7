import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    environment: 'node',
    pool: 'forks',
    testTimeout: 30_000,
    hookTimeout: 60_000,
    env: { TZ: 'Europe/Stockholm', NO_COLOR: '1' },
    reporters: ['default', './test/support/count-reporter.ts'],
    allowOnly: false,
  },
});
