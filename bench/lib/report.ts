import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import type { MachineInfo } from './machine.ts';

export type Unit = 'ms' | 's' | 'req/s' | 'docs/s' | 'MB' | '%' | 'count';

/** A target a figure should meet: at most or at least `value`. */
export interface Target {
  readonly op: '<=' | '>=';
  readonly value: number;
}

/** One measured figure. `value` is null when it could not be measured (then `note` says why). */
export interface Figure {
  readonly id: string;
  readonly section: string;
  readonly label: string;
  readonly value: number | null;
  readonly unit: Unit;
  readonly target?: Target;
  readonly note?: string;
  readonly details?: Record<string, unknown>;
}

/** ✓ / ✗ for a figure with a target, '' for one without, '✗' for an unmeasured one with a target. */
export function met(f: Figure): boolean | null {
  if (!f.target) return null;
  if (f.value === null) return false;
  return f.target.op === '<=' ? f.value <= f.target.value : f.value >= f.target.value;
}

/** A value as people read it: 1,234 req/s, 12.3 ms, 0.84 s. */
export function formatValue(value: number | null, unit: Unit): string {
  if (value === null) return 'not measured';
  const digits = Math.abs(value) >= 100 ? 0 : Math.abs(value) >= 10 ? 1 : 2;
  const n = value.toLocaleString('en-US', { maximumFractionDigits: digits, minimumFractionDigits: 0 });
  return unit === '%' ? `${n} %` : unit === 'count' ? n : `${n} ${unit}`;
}

function formatTarget(f: Figure): string {
  if (!f.target) return '';
  return `${f.target.op === '<=' ? '≤' : '≥'} ${formatValue(f.target.value, f.unit)}`;
}

/** The figures as a plain-text table: figure, value, target, met. */
export function renderTable(figures: readonly Figure[]): string {
  const rows = figures.map((f) => {
    const ok = met(f);
    return [
      `${f.section}: ${f.label}`,
      formatValue(f.value, f.unit),
      formatTarget(f),
      ok === null ? '' : ok ? '✓' : '✗',
    ];
  });
  const header = ['figure', 'value', 'target', 'met'];
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => (r[i] ?? '').length)));
  const line = (cells: readonly string[]) =>
    cells
      .map((c, i) => (i === 1 ? c.padStart(widths[i] ?? 0) : c.padEnd(widths[i] ?? 0)))
      .join('  ')
      .trimEnd();
  const rule = widths.map((w) => '─'.repeat(w)).join('  ');
  return [line(header), rule, ...rows.map(line)].join('\n');
}

/** The same table in Markdown (for docs/performance.md). */
export function renderMarkdown(figures: readonly Figure[]): string {
  const rows = figures.map((f) => {
    const ok = met(f);
    const value = formatValue(f.value, f.unit) + (f.note ? ` (${f.note})` : '');
    return `| ${f.section}: ${f.label} | ${value} | ${formatTarget(f)} | ${ok === null ? '' : ok ? '✓' : '✗'} |`;
  });
  return ['| figure | value | target | met |', '| --- | ---: | --- | :-: |', ...rows].join('\n');
}

export interface BenchResults {
  readonly startedAt: string;
  readonly finishedAt: string;
  readonly mode: 'full' | 'quick';
  readonly machine: MachineInfo;
  readonly figures: readonly Figure[];
  readonly notes: readonly string[];
}

export function writeResults(path: string, results: BenchResults): void {
  mkdirSync(dirname(path), { recursive: true });
  const withMet = { ...results, figures: results.figures.map((f) => ({ ...f, met: met(f) })) };
  writeFileSync(path, `${JSON.stringify(withMet, null, 2)}\n`);
}
