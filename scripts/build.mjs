// Bundles the CLI and server into dist/cli.mjs and dist/chunks/ (plain JavaScript, node_modules left external), so
// `npx loftesbot` and `npm start` start without compiling TypeScript at run time. Runs on `npm ci` / `npm install` (prepare) and as
// `npm run build`. bin/loftesbot.js uses the bundle only while it is newer than every source file; otherwise it runs
// the sources through tsx, so an edited checkout never runs stale code.
import { rmSync } from 'node:fs';

let esbuild;
try {
  esbuild = await import('esbuild');
} catch {
  console.warn(
    'loftesbot build: esbuild is not installed; the CLI will run the TypeScript sources through tsx.',
  );
  process.exit(0);
}
rmSync(new URL('../dist/', import.meta.url), { recursive: true, force: true });
await esbuild.build({
  entryPoints: { cli: new URL('../src/cli/main.ts', import.meta.url).pathname },
  outdir: new URL('../dist/', import.meta.url).pathname,
  outExtension: { '.js': '.mjs' },
  // Code loaded on demand (a platform's plugin, and through it its SDK) becomes its own chunk, loaded only when used.
  splitting: true,
  chunkNames: 'chunks/[name]-[hash]',
  bundle: true,
  platform: 'node',
  format: 'esm',
  target: 'node20',
  packages: 'external',
  sourcemap: 'linked',
  logLevel: 'warning',
});
