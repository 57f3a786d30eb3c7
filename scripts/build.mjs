// Bundles the CLI and server into dist/cli.mjs and dist/chunks/ (plain JavaScript), so `npx loftesbot` and
// `npm start` start without compiling TypeScript at run time. Runs on `npm ci` / `npm install` (prepare) and as
// `npm run build`. bin/loftesbot.js uses the bundle only while it is newer than every source file; otherwise it runs
// the sources through tsx, so an edited checkout never runs stale code.
//
// The libraries on the start-up path (kysely, Bolt, botbuilder, zod, …) are bundled in: Node's module loader spends
// more time finding, reading and wrapping their ~2,000 files than V8 spends compiling them (docs/performance.md,
// "Start-up"). Left external: native addons, the PostgreSQL driver, build tools, and the document libraries that
// are loaded only when a document is read or written.
import { rmSync } from 'node:fs';
import { lazyRequires } from './lazy-requires.mjs';

let esbuild;
try {
  esbuild = await import('esbuild');
} catch {
  console.warn(
    'loftesbot build: esbuild is not installed; the CLI will run the TypeScript sources through tsx.',
  );
  process.exit(0);
}

const EXTERNAL = [
  // native or optional-native
  'better-sqlite3',
  'pg',
  'pg-native',
  // build and development tools
  'esbuild',
  'tsx',
  'tsx/*',
  // loaded on demand, by a command or a request that reads or writes a document
  'exceljs',
  'mammoth',
  'jszip',
  'yauzl',
  'ical-generator',
];

const outdir = new URL('../dist/', import.meta.url).pathname;
/** What the main build and the lazy files have in common. */
const common = {
  target: 'node20',
  // Less to parse at start; names are kept so stack traces and class names in logs stay readable.
  minifySyntax: true,
  minifyWhitespace: true,
  sourcemap: 'linked',
  logLevel: 'warning',
};
// What an SDK requires at load but uses later is a file of its own, required on first use (scripts/lazy-requires.mjs).
const lazy = lazyRequires();

rmSync(outdir, { recursive: true, force: true });
const { metafile } = await esbuild.build({
  ...common,
  entryPoints: { cli: new URL('../src/cli/main.ts', import.meta.url).pathname },
  outdir,
  outExtension: { '.js': '.mjs' },
  // Code loaded on demand (a platform's plugin, and through it its SDK) becomes its own chunk, loaded only when used.
  splitting: true,
  chunkNames: 'chunks/[name]-[hash]',
  bundle: true,
  platform: 'node',
  format: 'esm',
  external: EXTERNAL,
  // Bundled CommonJS libraries call require() for Node's own modules.
  banner: {
    js: "import { createRequire as __loftesbotRequire } from 'node:module'; const require = __loftesbotRequire(import.meta.url);",
  },
  metafile: true,
  plugins: [lazy.plugin],
});
await lazy.buildLazyFiles(esbuild, metafile, { outdir, external: EXTERNAL, common });
