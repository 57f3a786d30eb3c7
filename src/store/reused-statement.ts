import { isDeepStrictEqual } from 'node:util';
import { type Compilable, CompiledQuery, type Kysely, type QueryResult } from 'kysely';
import type { Database } from './schema.ts';

/**
 * A statement of the request path whose SQL text never changes, built and compiled by kysely once per dialect and
 * then run with new parameters: kysely builds an immutable query tree and compiles it on every call, which cost
 * more CPU than running the small statement of a `/insats` (docs/performance.md). The first run of each dialect
 * compiles `build` with the real arguments and checks that `params` gives exactly the parameters kysely put in
 * (so a change to the builder that reorders them fails at once, in every test that runs the statement); later runs
 * skip the builder. `shape` names a variant when the SQL depends on the arguments (an `in` list's length).
 */
export interface ReusedStatement<A extends readonly unknown[], R> {
  run(db: Kysely<Database>, ...args: A): Promise<QueryResult<R>>;
}

export function reusedStatement<A extends readonly unknown[], R>(
  build: (db: Kysely<Database>, ...args: A) => Compilable<R>,
  params: (...args: A) => readonly unknown[],
  shape: (...args: A) => string = () => '',
): ReusedStatement<A, R> {
  // By the database's adapter (one per kysely instance, shared by its transactions): SQLite `?`, PostgreSQL `$1`.
  const textsOf = new WeakMap<object, Map<string, string>>();
  return {
    async run(db, ...args) {
      const adapter = db.getExecutor().adapter;
      let texts = textsOf.get(adapter);
      if (!texts) {
        texts = new Map();
        textsOf.set(adapter, texts);
      }
      const key = shape(...args);
      const text = texts.get(key);
      const values = params(...args);
      if (text !== undefined) return db.executeQuery(CompiledQuery.raw(text, [...values]));
      const compiled = build(db, ...args).compile();
      if (!isDeepStrictEqual([...compiled.parameters], [...values])) {
        throw new Error(`reusedStatement: parameters differ from kysely's for ${compiled.sql}`);
      }
      texts.set(key, compiled.sql);
      return db.executeQuery(compiled);
    },
  };
}
