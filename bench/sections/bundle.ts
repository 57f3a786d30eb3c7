import { mkdirSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { CACHE_DIR, ROOT } from '../lib/processes.ts';

/**
 * For comparison only: the CLI bundled into one plain-JavaScript file with esbuild with node_modules left external
 * (what dist/ was until the fourth round), so the start-up and memory that bundling the libraries saves can be seen
 * in the same run.
 * The bundle sits at bench/.cache/bundle/dist/ with bench/.cache/data → data/, so the register's
 * `new URL('../../data/kommuner.tsv', import.meta.url)` still finds the file. Returns the script to run, or the
 * reason it could not be built.
 */
export async function buildBundle(): Promise<{ script: string } | { error: string }> {
  let esbuild: typeof import('esbuild');
  try {
    esbuild = await import('esbuild');
  } catch (e) {
    return { error: `esbuild not available (${(e as Error).message})` };
  }
  const dist = join(CACHE_DIR, 'bundle', 'dist');
  rmSync(join(CACHE_DIR, 'bundle'), { recursive: true, force: true });
  mkdirSync(dist, { recursive: true });
  rmSync(join(CACHE_DIR, 'data'), { force: true });
  symlinkSync(join(ROOT, 'data'), join(CACHE_DIR, 'data'));
  try {
    await esbuild.build({
      entryPoints: [join(ROOT, 'src', 'cli', 'main.ts')],
      outfile: join(dist, 'main.mjs'),
      bundle: true,
      platform: 'node',
      format: 'esm',
      target: 'node20',
      packages: 'external',
      logLevel: 'silent',
    });
  } catch (e) {
    return { error: `esbuild failed (${(e as Error).message.split('\n')[0]})` };
  }
  const script = join(dist, 'run.mjs');
  writeFileSync(
    script,
    "const { main } = await import('./main.mjs');\nprocess.exitCode = await main(process.argv.slice(2));\n",
  );
  return { script };
}
