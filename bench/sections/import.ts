import { readdirSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { openAppContext } from '../../src/app/context.ts';
import { loadConfig } from '../../src/config.ts';
import { parseDocument } from '../../src/import/parse-document.ts';
import { documentFromBytes } from '../../src/import/read-document.ts';
import { readRefusalText } from '../../src/import/read-refusal.ts';
import { storeImport } from '../../src/import/store-import.ts';
import { silentLogger } from '../../src/runtime/logger.ts';
import { loadRegister } from '../../src/runtime/register.ts';
import { CACHE_DIR, ROOT } from '../lib/processes.ts';
import type { Figure } from '../lib/report.ts';
import { round } from '../lib/stats.ts';
import type { SectionContext } from './context.ts';

const SEEDS = join(ROOT, 'data', 'seeds');

/** Reads and parses `docs` round-robin for about `budgetMs`; documents per second. */
async function parseRate(
  docs: readonly { name: string; bytes: Buffer }[],
  budgetMs: number,
): Promise<number> {
  const register = loadRegister();
  const once = async (i: number) => {
    const doc = docs[i % docs.length] as { name: string; bytes: Buffer };
    const read = await documentFromBytes(doc.name, doc.bytes);
    if (!read.ok) throw new Error(readRefusalText(read.refusal));
    const parsed = parseDocument(read.source.text, { register, fileName: read.source.fileName });
    if (!parsed.complete) throw new Error(`${doc.name}: not a complete document`);
  };
  for (let i = 0; i < docs.length * 3; i++) await once(i);
  const started = performance.now();
  let n = 0;
  while (performance.now() - started < budgetMs || n < docs.length * 5) await once(n++);
  return (n * 1000) / (performance.now() - started);
}

/**
 * Section 6: the seed documents (data/seeds) through the importer — read (decode) and parse, documents per second;
 * and the same plus storing each into SQLite (one transaction per document, as `npx loftesbot import` does).
 */
export async function benchImport(ctx: SectionContext): Promise<Figure[]> {
  const docs = readdirSync(SEEDS)
    .filter((f) => !f.startsWith('.'))
    .map((name) => ({ name, bytes: readFileSync(join(SEEDS, name)) }));
  const budget = ctx.options.quick ? 1_000 : 3_000;
  const parsed = await parseRate(docs, budget);
  ctx.log(`import: ${Math.round(parsed)} documents/s parsed`);

  const path = join(CACHE_DIR, 'import.db');
  for (const s of ['', '-wal', '-shm']) rmSync(`${path}${s}`, { force: true });
  const app = await openAppContext(loadConfig({ DATABASE_URL: `sqlite:${path}`, LOG_LEVEL: 'silent' }), {
    logger: silentLogger,
  });
  let stored = 0;
  try {
    const register = loadRegister();
    const rounds = ctx.options.quick ? 10 : 30;
    const started = performance.now();
    for (let r = 0; r < rounds; r++) {
      for (const doc of docs) {
        // A changed byte makes a new file to the importer (imports are idempotent by content hash).
        const bytes = Buffer.concat([doc.bytes, Buffer.from('\n'.repeat(r + 1))]);
        const read = await documentFromBytes(doc.name, bytes);
        if (!read.ok) throw new Error(readRefusalText(read.refusal));
        const p = parseDocument(read.source.text, { register, fileName: read.source.fileName });
        const outcome = await storeImport(
          { store: app.store, clock: app.clock, ids: app.ids, actor: 'cli:bench' },
          { parsed: p, fileName: doc.name, sha256: read.source.sha256 },
        );
        if (outcome.status !== 'imported') throw new Error(`${doc.name}: ${outcome.status}`);
      }
    }
    stored = (rounds * docs.length * 1000) / (performance.now() - started);
  } finally {
    await app.close();
  }
  return [
    {
      id: 'import.parse',
      section: 'Import',
      label: `seed documents read and parsed (${docs.length} documents)`,
      value: round(parsed, 0),
      unit: 'docs/s',
      details: { documents: docs.map((d) => d.name) },
    },
    {
      id: 'import.store',
      section: 'Import',
      label: 'seed documents read, parsed and stored (SQLite)',
      value: round(stored, 0),
      unit: 'docs/s',
    },
  ];
}
