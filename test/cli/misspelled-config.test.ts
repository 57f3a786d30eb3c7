import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PassThrough } from 'node:stream';
import { afterAll, describe, expect, it, vi } from 'vitest';
import { main } from '../../src/cli/main.ts';
import { loadConfig, misspelledKeyNotices, misspelledKeys, readEnvFile } from '../../src/config.ts';

/** Every key of README's configuration table. */
const KNOWN_KEYS = [
  ...new Set(
    [
      ...readFileSync('README.md', 'utf8').matchAll(/^\| `([A-Z][A-Z0-9_]+)`(?:, `([A-Z][A-Z0-9_]+)`)*/gm),
    ].flatMap((m) => [...m[0].matchAll(/`([A-Z][A-Z0-9_]+)`/g)].map((k) => k[1] as string)),
  ),
];
const dir = mkdtempSync(join(tmpdir(), 'loftesbot-typo-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/**
 * The operator writes LOFTESBOT_TIMEZON=Europe/Stockholm or SLACK_SIGNING_SECRT=… in .env: the configuration reads
 * only the keys it knows, so the setting silently kept its default. Each such key is now named with the key it was
 * probably meant as, in .env as in the environment; keys of other programs are left alone.
 */
describe('a misspelled configuration key', () => {
  it.each([
    ['LOFTESBOT_TIMEZON', 'LOFTESBOT_TIMEZONE'],
    ['LOFTESBOT_TIME_ZONE', 'LOFTESBOT_TIMEZONE'],
    ['SLACK_SIGNING_SECRT', 'SLACK_SIGNING_SECRET'],
    ['DATABSE_URL', 'DATABASE_URL'],
    ['database_url', 'DATABASE_URL'],
    ['LOFTESBOT_PUBLIC_ULR', 'LOFTESBOT_PUBLIC_URL'],
    ['LOFTESBOT_SCHEDULAR', 'LOFTESBOT_SCHEDULER'],
    ['LOG_LEVELS', 'LOG_LEVEL'],
    ['MICROSOFT_APP_PASWORD', 'MICROSOFT_APP_PASSWORD'],
    ['METRICS_PROT', 'METRICS_PORT'],
  ])('%s is taken for %s', (key, meant) => {
    expect(misspelledKeys({ [key]: 'x' })).toEqual([{ key, meant }]);
  });

  it('leaves known keys and other programs’ variables alone', () => {
    const env = {
      LOFTESBOT_TIMEZONE: 'x',
      PATH: 'x',
      HOSTNAME: 'x',
      NODE_OPTIONS: 'x',
      TZ: 'x',
      SLACK_WEBHOOK: 'x',
    };
    expect(misspelledKeys(env)).toEqual([]);
  });

  it('is named in one Swedish line per key, saying where it was written', () => {
    const file = join(dir, '.env');
    writeFileSync(file, 'LOFTESBOT_TIMEZON=Europe/Stockholm\nPORT=3000\n');
    vi.stubEnv('SLACK_SIGNING_SECRT', 'abc');
    try {
      expect(misspelledKeyNotices(file)).toEqual([
        `LOFTESBOT_TIMEZON i ${file} används inte — menade du LOFTESBOT_TIMEZONE?`,
        'SLACK_SIGNING_SECRT i miljön används inte — menade du SLACK_SIGNING_SECRET?',
      ]);
    } finally {
      vi.unstubAllEnvs();
    }
  });

  it('is said by every command before it runs', async () => {
    vi.stubEnv('DATABASE_URL', `sqlite:${join(dir, 'l.db')}`);
    vi.stubEnv('LOFTESBOT_SCHEDULAR', 'false');
    const err: string[] = [];
    try {
      const io = {
        out: () => {},
        err: (t: string) => err.push(t),
        stdin: new PassThrough(),
        stdinIsTty: false,
      };
      expect(await main(['migrate'], io)).toBe(0);
    } finally {
      vi.unstubAllEnvs();
    }
    expect(err).toEqual([
      'loftesbot: LOFTESBOT_SCHEDULAR i miljön används inte — menade du LOFTESBOT_SCHEDULER?',
    ]);
  });

  it('.env.example names every key the configuration reads, and is read as it stands', () => {
    const example = readFileSync('.env.example', 'utf8');
    const named = new Set([...example.matchAll(/^#? ?([A-Z][A-Z0-9_]+)=/gm)].map((m) => m[1]));
    const missing = KNOWN_KEYS.filter((k) => !named.has(k));
    expect(missing).toEqual([]);
    expect(misspelledKeys(readEnvFile('.env.example'))).toEqual([]);
    expect(() => loadConfig(readEnvFile('.env.example'))).not.toThrow();
  });
});
