// `npx tsx bench/markdown.ts [bench/results.json]`: a results file as the Markdown table docs/performance.md shows.
import { readFileSync } from 'node:fs';
import { describeMachine } from './lib/machine.ts';
import { type BenchResults, renderMarkdown } from './lib/report.ts';

const path = process.argv[2] ?? new URL('./results.json', import.meta.url).pathname;
const results = JSON.parse(readFileSync(path, 'utf8')) as BenchResults;
process.stdout.write(
  `${results.mode} run, ${results.startedAt} – ${results.finishedAt}, on ${describeMachine(results.machine)}\n\n`,
);
process.stdout.write(`${renderMarkdown(results.figures)}\n`);
for (const n of results.notes) process.stdout.write(`\n- ${n.split('\n')[0]}`);
process.stdout.write('\n');
