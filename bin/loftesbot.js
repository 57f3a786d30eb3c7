#!/usr/bin/env node
// Entry point of `npx loftesbot <command>` and `npm start`. Runs the bundle dist/cli.mjs (built by `npm ci` /
// `npm run build`) when it is newer than every file of src/ and migrations/, else the TypeScript sources through tsx.
import { existsSync, readdirSync, statSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { setFlagsFromString } from 'node:v8';

if (process.argv[2] === 'start') {
  // The server keeps V8's young generation at its first size while it loads its code: left to grow, it would double
  // on every scavenge of that start-up burst and stay resident, idle (about 10 MB; docs/performance.md, "Memory").
  // src/runtime/young-generation.ts lets it grow again once the server listens, for the requests.
  setFlagsFromString('--semi-space-growth-factor=1');
  // WebAssembly is compiled by the baseline compiler only. The one WebAssembly module the server runs is the HTTP
  // parser of Node's fetch (the Slack Web API calls); V8's optimising tier recompiled it on a helper thread, whose
  // malloc arena then kept 13 MB resident in about half the starts (docs/performance.md, "Memory").
  setFlagsFromString('--liftoff-only');
}

// A reader that stops reading (`npx loftesbot schedule | head -5`) closes the pipe, and the next write fails with
// EPIPE: an 'error' event on the stream that nobody handled ended the CLI with a stack trace, exit code 1, and a piped
// chat dropped the rest of its input. The one handler for every command: once the reader has gone, output is dropped
// quietly (a closed stream ignores further writes), the command finishes its work — every line of a piped chat is
// still run — and the CLI exits with the command's own code.
for (const stream of [process.stdout, process.stderr]) {
  stream.on('error', (error) => {
    if (error.code !== 'EPIPE') throw error;
  });
}

const root = fileURLToPath(new URL('..', import.meta.url));
const bundle = `${root}dist/cli.mjs`;

function newestSource() {
  let newest = 0;
  for (const dir of ['src', 'migrations']) {
    for (const name of readdirSync(`${root}${dir}`, { recursive: true })) {
      if (!String(name).endsWith('.ts')) continue;
      newest = Math.max(newest, statSync(`${root}${dir}/${name}`).mtimeMs);
    }
  }
  return newest;
}

let main;
if (existsSync(bundle) && statSync(bundle).mtimeMs >= newestSource()) {
  ({ main } = await import(new URL('../dist/cli.mjs', import.meta.url).href));
} else {
  const { register } = await import('tsx/esm/api');
  register();
  ({ main } = await import('../src/cli/main.ts'));
}
process.exitCode = await main(process.argv.slice(2));
