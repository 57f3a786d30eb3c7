import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PassThrough } from 'node:stream';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { startServer } from '../../src/app/start.ts';
import type { CliEnv } from '../../src/cli/command.ts';
import { runForegroundConsole } from '../../src/cli/start-console.ts';
import { loadConfig } from '../../src/config.ts';
import { silentLogger } from '../../src/runtime/logger.ts';

/** `npm start` on an empty database: the terminal person becomes admin over alla, is told so, and — declining the demo — gets the next steps. */

describe('npm start on an empty database', () => {
  const dirs: string[] = [];
  afterEach(() => {
    vi.restoreAllMocks();
    for (const d of dirs.splice(0)) rmSync(d, { recursive: true, force: true });
  });

  it('grants console:admin admin over alla, says so, and leads on when the demo is declined', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'loftesbot-start-'));
    dirs.push(dir);
    const config = loadConfig({ DATABASE_URL: `sqlite:${join(dir, 'x.db')}`, LOG_LEVEL: 'silent' });
    const server = await startServer(config, {
      plugins: [],
      port: 0,
      host: '127.0.0.1',
      scheduler: false,
      logger: silentLogger,
    });
    const written: string[] = [];
    vi.spyOn(process.stdout, 'write').mockImplementation((chunk: string | Uint8Array) => {
      written.push(String(chunk));
      return true;
    });
    try {
      const stdin = new PassThrough();
      const env = {
        config,
        io: { out: () => {}, err: () => {}, stdin, stdinIsTty: true },
      } as unknown as CliEnv;
      const done = runForegroundConsole(server, env);
      stdin.write('n\n');
      // The demo question has its own reader: type the chat lines once its answer has been taken.
      while (!written.join('').includes('Så kommer en kommun igång'))
        await new Promise((r) => setImmediate(r));
      stdin.end('/lofte admin område ny "LPO Höglandet" Tranås Sävsjö\nexit\n');
      await done;
    } finally {
      vi.restoreAllMocks();
      await server.close();
    }
    const out = written.join('');
    expect(out).toContain(
      'Databasen var tom, så du (console:admin) är nu administratör för alla kommuner och polisområden (alla).',
    );
    expect(out).toContain('Så kommer en kommun igång:');
    expect(out).toContain(
      '3. Samverkansmöten: /samverkan Tranås ny tisdag 13:00 var 6:e vecka från 12/1 plats Stadshuset',
    );
    expect(out).toContain('✅ LPO Höglandet är sparat med Tranås och Sävsjö.');
  });
});
