// `npm run bench [-- --quick]`: measures the real paths of Löftesbot against their floors, prints a table
// (figure, value, target, met) and writes bench/results.json. See docs/performance.md.
import { join } from 'node:path';
import { benchOptions, type Section, USAGE } from './lib/args.ts';
import { describeMachine, machineInfo } from './lib/machine.ts';
import { ROOT } from './lib/processes.ts';
import { type Figure, met, renderTable, writeResults } from './lib/report.ts';
import type { SectionContext } from './sections/context.ts';

const RESULTS = join(ROOT, 'bench', 'results.json');

async function runSection(
  section: Section,
  ctx: SectionContext,
  sections: readonly Section[],
): Promise<Figure[]> {
  switch (section) {
    case 'import':
      return (await import('./sections/import.ts')).benchImport(ctx);
    case 'summaries':
      return (await import('./sections/summaries.ts')).benchSummaries(ctx);
    case 'scheduler':
      return (await import('./sections/scheduler.ts')).benchScheduler(ctx);
    case 'startup':
      return (await import('./sections/startup.ts')).benchStartup(ctx);
    case 'slack':
      return (await import('./sections/chat.ts')).benchChat(ctx, {
        slack: true,
        teams: sections.includes('teams'),
      });
    case 'teams':
      // Measured together with Slack on one server when both are asked for.
      if (sections.includes('slack')) return [];
      return (await import('./sections/chat.ts')).benchChat(ctx, { slack: false, teams: true });
  }
}

async function main(): Promise<number> {
  let options: ReturnType<typeof benchOptions>;
  try {
    options = benchOptions(process.argv.slice(2), process.env);
  } catch (e) {
    process.stderr.write(`${(e as Error).message}\n\n${USAGE}\n`);
    return 2;
  }
  if (options.help) {
    process.stdout.write(`${USAGE}\n`);
    return 0;
  }
  const startedAt = new Date();
  const machine = machineInfo();
  const figures: Figure[] = [];
  const notes: string[] = [];
  const log = (line: string) =>
    process.stderr.write(`[bench ${((Date.now() - startedAt.getTime()) / 1000).toFixed(1)} s] ${line}\n`);
  const ctx: SectionContext = {
    options,
    log,
    note: (text) => {
      notes.push(text);
      log(`note: ${text}`);
    },
    figures,
  };
  log(`${options.quick ? 'quick' : 'full'} run on ${describeMachine(machine)}`);
  if (machine.loadAverage[0] !== undefined && machine.loadAverage[0] > 0.5) {
    ctx.note(
      `the machine was busy when the run started (load average ${machine.loadAverage.join(' / ')}): numbers are noisy`,
    );
  }
  let failed = 0;
  for (const section of options.sections) {
    log(`— ${section}`);
    try {
      figures.push(...(await runSection(section, ctx, options.sections)));
    } catch (e) {
      failed++;
      ctx.note(`${section} failed: ${(e as Error).stack ?? String(e)}`);
    }
  }
  const finishedAt = new Date();
  writeResults(RESULTS, {
    startedAt: startedAt.toISOString(),
    finishedAt: finishedAt.toISOString(),
    mode: options.quick ? 'quick' : 'full',
    machine,
    figures,
    notes,
  });
  const seconds = ((finishedAt.getTime() - startedAt.getTime()) / 1000).toFixed(0);
  process.stdout.write(
    `\nLöftesbot benchmarks (${options.quick ? 'quick' : 'full'}, ${seconds} s) on ${describeMachine(machine)}\n\n`,
  );
  process.stdout.write(`${renderTable(figures)}\n`);
  const withNotes = figures.filter((f) => f.note);
  if (withNotes.length > 0 || notes.length > 0) process.stdout.write('\nNotes:\n');
  for (const f of withNotes) process.stdout.write(`- ${f.section}: ${f.label}: ${f.note}\n`);
  for (const n of notes) process.stdout.write(`- ${n.split('\n')[0]}\n`);
  const missed = figures.filter((f) => met(f) === false).length;
  const targets = figures.filter((f) => met(f) !== null).length;
  process.stdout.write(`\n${targets - missed} of ${targets} targets met. Results: ${RESULTS}\n`);
  // A missed target is a finding, not a failure; a section that could not run is.
  return failed > 0 ? 1 : 0;
}

process.exitCode = await main();
