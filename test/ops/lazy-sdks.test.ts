import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { startServerProcess } from '../chaos/support/server-process.ts';

/**
 * Pay only for what runs: the real `loftesbot start` loads Bolt only when Slack is configured and botbuilder only when
 * Teams is. A module-resolution hook in the child writes down every module it resolves (and, for the built dist/,
 * which libraries the loaded chunks hold).
 */
describe('platform SDKs are loaded only when their platform is configured', () => {
  const dir = mkdtempSync(join(tmpdir(), 'loftesbot-lazy-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));
  writeFileSync(
    join(dir, 'hooks.mjs'),
    `import { appendFileSync } from 'node:fs';
export async function resolve(specifier, context, next) {
  const result = await next(specifier, context);
  appendFileSync(process.env.LOFTESBOT_TEST_RESOLVED, result.url + '\\n');
  return result;
}
`,
  );
  writeFileSync(
    join(dir, 'register.mjs'),
    `import { register } from 'node:module';\nregister(${JSON.stringify(pathToFileURL(join(dir, 'hooks.mjs')).href)});\n`,
  );

  async function resolvedBy(name: string, env: Record<string, string>): Promise<string> {
    const log = join(dir, `${name}.log`);
    writeFileSync(log, '');
    const server = await startServerProcess({
      DATABASE_URL: `sqlite:${join(dir, `${name}.db`)}`,
      LOFTESBOT_SCHEDULER: 'false',
      NODE_OPTIONS: `--import ${pathToFileURL(join(dir, 'register.mjs')).href}`,
      LOFTESBOT_TEST_RESOLVED: log,
      ...env,
    });
    const health = await fetch(`${server.url}/healthz`);
    expect(health.status).toBe(200);
    // Teams unconfigured still answers 401 on its path, without botbuilder.
    const teams = await fetch(`${server.url}/api/messages`, { method: 'POST', body: '{}' });
    expect(teams.status).toBe(name === 'none' ? 401 : teams.status);
    server.kill('SIGTERM');
    await server.exited;
    const resolved = readFileSync(log, 'utf8');
    // The built dist/ bundles the libraries into chunks; esbuild names each bundled CommonJS module by its path
    // (`"node_modules/@slack/bolt/dist/App.js"(exports, module) {…}`), so a loaded chunk's text says what it holds.
    const chunks = resolved
      .split('\n')
      .filter((url) => url.startsWith('file:') && url.includes('/dist/') && url.endsWith('.mjs'))
      .map(
        (url) =>
          readFileSync(new URL(url), 'utf8')
            .match(/"node_modules\/[^"]+"/g)
            ?.join('\n') ?? '',
      );
    return [resolved, ...chunks].join('\n');
  }

  it('with no platform configured, neither @slack/bolt nor botbuilder is loaded', async () => {
    const resolved = await resolvedBy('none', {});
    expect(resolved).toMatch(/better-sqlite3/);
    expect(resolved).not.toMatch(/node_modules\/@slack\//);
    expect(resolved).not.toMatch(/node_modules\/botbuilder/);
  }, 60_000);

  it('with Slack configured, Bolt is loaded and botbuilder still is not', async () => {
    const resolved = await resolvedBy('slack', {
      SLACK_SIGNING_SECRET: 'lazy-test-secret',
      SLACK_BOT_TOKEN: 'xoxb-lazy-test',
      SLACK_API_URL: 'http://127.0.0.1:9/api/',
    });
    expect(resolved).toMatch(/node_modules\/@slack\/bolt/);
    expect(resolved).not.toMatch(/node_modules\/botbuilder/);
  }, 60_000);
});
