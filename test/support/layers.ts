import { readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';

/** What the composition root may import: every folder below it. */
const APP_IMPORTS: readonly string[] = [
  'domain',
  'runtime',
  'config',
  'scheduler',
  'store',
  'reports',
  'import',
  'demo',
  'bots/core',
  'bots/contract',
  'bots/slack',
  'bots/teams',
  'bots/console',
  'web',
];

/**
 * The folder-level import rules of src/, as the README's "Layout" lists them (bottom up). Each folder may import
 * from the folders named here and from itself, nothing else — type imports included. `bots/contract` is the file
 * src/bots/contract.ts; src/config.ts is `config`.
 */
export const ALLOWED: Readonly<Record<string, readonly string[]>> = {
  domain: [],
  runtime: ['domain'],
  config: ['domain', 'runtime'],
  scheduler: ['domain', 'runtime'],
  store: ['domain', 'runtime', 'scheduler'],
  reports: ['domain', 'runtime'],
  import: ['domain', 'runtime'],
  demo: ['domain', 'runtime', 'import'],
  'bots/core': ['domain', 'runtime', 'scheduler', 'reports', 'import'],
  'bots/contract': ['domain', 'runtime', 'config', 'bots/core'],
  'bots/slack': ['domain', 'runtime', 'config', 'bots/core', 'bots/contract'],
  'bots/teams': ['domain', 'runtime', 'config', 'bots/core', 'bots/contract'],
  'bots/console': ['domain', 'runtime', 'config', 'bots/core', 'bots/contract'],
  web: ['domain', 'runtime', 'config', 'reports', 'bots/contract'],
  app: APP_IMPORTS,
  cli: [...APP_IMPORTS, 'app'],
};

export function sourcesOf(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? sourcesOf(path) : /\.ts$/.test(name) ? [path] : [];
  });
}

/** Every module a file imports or re-exports, `import type` and dynamic `import()` included. */
export function importsOf(text: string): string[] {
  return [
    ...text.matchAll(/(?:import|export)[^'"`;]*?from\s*['"]([^'"]+)['"]|import\(\s*['"]([^'"]+)['"]\s*\)/g),
  ].map((m) => (m[1] ?? m[2]) as string);
}

/** The layout folder of a path relative to src/: `bots/slack/...` → `bots/slack`, `config.ts` → `config`. */
export function folderOf(pathInSrc: string): string {
  const parts = pathInSrc.split('/');
  const first = parts[0] ?? '';
  if (first === 'bots') return `bots/${(parts[1] ?? '').replace(/\.ts$/, '')}`;
  return parts.length > 1 ? first : first.replace(/\.ts$/, '');
}

export interface LayerReport {
  /** `from → to (file → spec)` for every import the allow-list does not permit (or from an unlisted folder). */
  readonly forbidden: string[];
  /** Folder-level cycles, each as the folders in order. */
  readonly cycles: string[][];
  /** The folder graph: folder → the folders it imports. */
  readonly graph: ReadonlyMap<string, ReadonlySet<string>>;
}

/** Checks every .ts file under `<root>/src` against ALLOWED and looks for folder-level cycles. */
export function checkLayers(root: string, allowed = ALLOWED): LayerReport {
  const src = resolve(root, 'src');
  const forbidden: string[] = [];
  const graph = new Map<string, Set<string>>();
  for (const file of sourcesOf(src)) {
    const from = folderOf(relative(src, file));
    const edges = graph.get(from) ?? new Set<string>();
    graph.set(from, edges);
    for (const spec of importsOf(readFileSync(file, 'utf8'))) {
      if (!spec.startsWith('.')) continue;
      const target = relative(src, resolve(dirname(file), spec));
      if (target.startsWith('..')) continue;
      const to = folderOf(target);
      if (to === from) continue;
      edges.add(to);
      if (!(allowed[from] ?? []).includes(to))
        forbidden.push(`${from} → ${to} (${relative(root, file)} → ${spec})`);
    }
  }
  return { forbidden, cycles: cyclesOf(graph), graph };
}

/** The cycles of a directed graph (one per strongly connected component with more than one node). */
export function cyclesOf(graph: ReadonlyMap<string, ReadonlySet<string>>): string[][] {
  let index = 0;
  const indices = new Map<string, number>();
  const low = new Map<string, number>();
  const stack: string[] = [];
  const onStack = new Set<string>();
  const cycles: string[][] = [];
  const visit = (v: string) => {
    indices.set(v, index);
    low.set(v, index);
    index++;
    stack.push(v);
    onStack.add(v);
    for (const w of graph.get(v) ?? []) {
      if (!indices.has(w)) {
        visit(w);
        low.set(v, Math.min(low.get(v) ?? 0, low.get(w) ?? 0));
      } else if (onStack.has(w)) {
        low.set(v, Math.min(low.get(v) ?? 0, indices.get(w) ?? 0));
      }
    }
    if (low.get(v) === indices.get(v)) {
      const component: string[] = [];
      let w: string | undefined;
      do {
        w = stack.pop();
        if (w === undefined) break;
        onStack.delete(w);
        component.push(w);
      } while (w !== v);
      if (component.length > 1) cycles.push(component.sort());
    }
  };
  for (const v of graph.keys()) if (!indices.has(v)) visit(v);
  return cycles;
}
