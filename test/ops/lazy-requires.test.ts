import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

/**
 * The build's lazy libraries (scripts/lazy-requires.mjs): each one an SDK requires at load time but uses later is
 * bundled into dist/chunks/lazy/<name>.cjs and required from there on first use. Each file must give the SDK the
 * same module it would have got from node_modules: the same exports, of the same kinds, and the same `__esModule`
 * answer (which the stand-in gives without loading the file).
 */
const root = fileURLToPath(new URL('../../', import.meta.url));
const require = createRequire(join(root, 'package.json'));

interface LazyRequiresModule {
  readonly LAZY_REQUIRES: readonly (readonly [string, readonly string[], string])[];
  readonly fileName: (pkg: string) => string;
}

describe('the lazy libraries of the built dist/', async () => {
  const { LAZY_REQUIRES, fileName } = (await import(
    join(root, 'scripts/lazy-requires.mjs')
  )) as LazyRequiresModule;

  it('names at least the Socket Mode client and the Teams token library', () => {
    const names = LAZY_REQUIRES.map(([name]) => name);
    expect(names).toEqual(expect.arrayContaining(['@slack/socket-mode', '@azure/msal-node']));
  });

  it.each(LAZY_REQUIRES.map(([name, importers]) => [name, importers[0] as string]))(
    '%s: the lazy file exports what the library does',
    (name, importer) => {
      const file = join(root, 'dist/chunks/lazy', `${fileName(name)}.cjs`);
      expect(existsSync(file), `${file} (run npm run build)`).toBe(true);
      // The library as the SDK module would resolve it.
      const real = createRequire(require.resolve(importer.replace(/\.js$/, '')))(name) as Record<
        string,
        unknown
      >;
      const lazy = require(file) as Record<string, unknown>;
      expect(lazy.__esModule === true).toBe(real.__esModule === true);
      expect(typeof lazy).toBe(typeof real);
      const kinds = (m: Record<string, unknown>) =>
        Object.fromEntries(Object.keys(m).map((key) => [key, typeof m[key]]));
      expect(kinds(lazy)).toEqual(kinds(real));
    },
  );
});
