import type { Store } from '../domain/ports.ts';

/**
 * A read cache in front of the Store (docs/decisions/0012-read-cache-and-month-totals.md): what every chat request reads and what
 * rarely changes — a person's language, name and roles, the police areas, the conversation's binding, the agreement
 * in force, follow-up statuses, a Teams conversation reference — is kept in memory, so a `/insats` runs the
 * statements of its write and not ten reads before it. Invalidation, all here (the Store is where writes happen):
 * 1. Any Store method neither a read nor a QUIET write below empties the whole cache when it is called AND again when
 *    the transaction it ran in has ended (committed or rolled back): a method added later invalidates by default.
 * 2. A read only fills the cache when no such write started or ended while it ran (a generation counter) and no
 *    transaction that wrote cached data is open (a read could see its uncommitted rows: in another unit of the same
 *    group commit, or in the transaction itself). A transaction that wrote cached data reads past the cache.
 * 3. Other processes (a second instance, `npx loftesbot` commands): on SQLite `version()` is `PRAGMA data_version`,
 *    which changes whenever another connection commits — the cache is emptied before the next read `versionEveryMs`
 *    (50 ms) after the last look; on PostgreSQL entries live `ttlMs` (2 s by default), which bounds how long another
 *    instance's write (a revoked role, a new agreement) can go unseen. Cached values are frozen.
 */
export interface ReadCacheOptions {
  /** How long an entry lives, ms. */
  readonly ttlMs: number;
  /** A value that changes when another process wrote to the database (SQLite's data_version), or none. */
  readonly version?: () => number;
  /** Look at `version` at most this often, ms (default: every read). */
  readonly versionEveryMs?: number;
  readonly now?: () => number;
  /** Most entries kept (emptied when full). */
  readonly maxEntries?: number;
}

/** Reads served from the cache: the method name and how its arguments make a key. */
const CACHED = {
  personLang: (person: string) => person,
  personPlatformLang: (person: string) => person,
  personNames: (persons: readonly string[]) => persons.join('\u0001'),
  rolesOf: (person: string) => person,
  listPoliceAreas: () => '',
  binding: (platform: string, conversationId: string) => `${platform}\u0001${conversationId}`,
  conversationRef: (platform: string, conversationId: string) => `${platform}\u0001${conversationId}`,
  agreementForYear: (code: string, year: number) => `${code}\u0001${year}`,
  latestStatuses: (ids: readonly string[], years: readonly number[]) =>
    `${ids.join(',')}\u0001${years.join(',')}`,
} satisfies { [K in keyof Store]?: (...args: never[]) => string };

type CachedName = keyof typeof CACHED;

/** Reads that go to the database every time (not cached, and they change nothing). */
const READS: ReadonlySet<keyof Store> = new Set<keyof Store>([
  'ping',
  'agreementsOf',
  'agreementBundle',
  'agreementsInYear',
  'agreementBundlesInYear',
  'publicSnapshot',
  'statisticsOf',
  'registration',
  'registrationsByIdPrefix',
  'registrationByKey',
  'registrationCounts',
  'monthlyCounts',
  'registrationsOf',
  'registrationCountOf',
  'meetingSeries',
  'meetingSeriesFor',
  'allMeetingSeries',
  'meetingsOf',
  'bindingsFor',
  'allBindings',
  'holders',
  'allRoles',
  'audit',
  'processedEvent',
  'prompt',
  'openPrompts',
  'conversationRefOfPerson',
  'activityComments',
]);

/** Writes that change nothing the cache holds. Every other write empties it. */
const QUIET: ReadonlySet<keyof Store> = new Set<keyof Store>([
  'insertRegistration',
  'voidRegistration',
  'eraseRegistrationNote',
  'appendAudit',
  'recordProcessedEvent',
  'pruneProcessedEvents',
  'insertPrompt',
  'answerPrompt',
  'setPromptMessageRef',
  'savePublicSnapshot',
  'deletePublicSnapshot',
  'putStatistic',
  'saveMeetingSeries',
  'saveMeeting',
  'deleteMeetingsFrom',
  'answerMeetingFollowup',
  'setMeetingNote',
  'saveActivityComment',
]);

/** Writes that change what the cache holds: they empty it. (Any method in none of these lists does too.) */
const WRITES: ReadonlySet<keyof Store> = new Set<keyof Store>([
  'savePoliceArea',
  'insertAgreement',
  'deleteAgreement',
  'saveActivity',
  'deleteActivity',
  'saveCommitmentText',
  'saveAgreementTitle',
  'insertStatus',
  'eraseStatusTexts',
  'setPublished',
  'saveBinding',
  'removeBinding',
  'grantRole',
  'revokeRole',
  'saveConversationRef',
  'markConversationDead',
  'setPersonLang',
  'setPersonName',
  'setPersonPlatformLang',
  'forgetPerson',
]);

/** How the cache treats a Store method; `unclassified` ones empty it like writes (a test asks for a decision). */
export function cacheRole(name: string): 'cached' | 'read' | 'quiet' | 'write' | 'unclassified' {
  const key = name as keyof Store;
  if (Object.hasOwn(CACHED, name)) return 'cached';
  if (READS.has(key)) return 'read';
  if (QUIET.has(key)) return 'quiet';
  return WRITES.has(key) ? 'write' : 'unclassified';
}

interface Entry {
  readonly value: unknown;
  readonly generation: number;
  readonly at: number;
}

/** The shared state of one cache: entries, the generation, and what other processes last did. */
class CacheState {
  readonly entries = new Map<string, Entry>();
  generation = 0;
  /** Transactions that wrote cached data and have not ended yet. */
  openWriters = 0;
  private lastVersion: number | undefined;
  private lastVersionAt = Number.NEGATIVE_INFINITY;
  hits = 0;
  misses = 0;

  constructor(readonly options: ReadCacheOptions) {}

  now(): number {
    return this.options.now ? this.options.now() : Date.now();
  }

  invalidate(): void {
    this.generation++;
    this.entries.clear();
  }

  /** Empties the cache when another process wrote since the last look (looked at most every `versionEveryMs`). */
  checkVersion(now: number): void {
    if (!this.options.version) return;
    if (now - this.lastVersionAt < (this.options.versionEveryMs ?? 0)) return;
    this.lastVersionAt = now;
    const version = this.options.version();
    if (this.lastVersion !== undefined && version !== this.lastVersion) this.invalidate();
    this.lastVersion = version;
  }
}

/** The Store with its hot reads cached (see above). `stats()` counts hits and misses (for tests and the bench). */
export function cachedStore(inner: Store, options: ReadCacheOptions): Store & { cacheStats(): CacheStats } {
  const state = new CacheState(options);
  const outer = wrap(inner, state, null);
  return Object.assign(outer, {
    cacheStats: () => ({ hits: state.hits, misses: state.misses, entries: state.entries.size }),
  });
}

export interface CacheStats {
  readonly hits: number;
  readonly misses: number;
  readonly entries: number;
}

/** What a transaction did so far: whether it wrote something cached (nested transactions share their outer one's). */
interface TxState {
  wrote: boolean;
}

function wrap(inner: Store, state: CacheState, tx: TxState | null): Store {
  if (tx) {
    // A transaction's store lives for one unit of work that calls a handful of methods: wrap only those.
    const wrapped = new Map<PropertyKey, unknown>();
    return new Proxy(inner, {
      get(target, name) {
        let method = wrapped.get(name);
        if (method === undefined) {
          method = wrapMethod(target, name as keyof Store, state, tx);
          wrapped.set(name, method);
        }
        return method;
      },
    });
  }
  const out: Record<string, unknown> = {};
  for (const name of Object.keys(inner) as Array<keyof Store>)
    out[name] = wrapMethod(inner, name, state, null);
  return out as unknown as Store;
}

function wrapMethod(inner: Store, name: keyof Store, state: CacheState, tx: TxState | null): unknown {
  const method = inner[name] as unknown;
  if (typeof method !== 'function') return method;
  const bound = method.bind(inner) as (...args: unknown[]) => Promise<unknown>;
  if (name === 'transaction') return transactionOf(inner, state, tx);
  if (Object.hasOwn(CACHED, name)) return cachedRead(name as CachedName, bound, state, tx);
  if (READS.has(name) || QUIET.has(name)) return bound;
  return invalidatingWrite(bound, state, tx);
}

function transactionOf(inner: Store, state: CacheState, outerTx: TxState | null): Store['transaction'] {
  return async (fn) => {
    if (outerTx) return inner.transaction((trx) => fn(wrap(trx, state, outerTx)));
    const tx: TxState = { wrote: false };
    try {
      return await inner.transaction((trx) => fn(wrap(trx, state, tx)));
    } finally {
      if (tx.wrote) {
        state.openWriters--;
        // Committed or rolled back: what was read meanwhile may be either; gone now.
        state.invalidate();
      }
    }
  };
}

function invalidatingWrite(
  method: (...args: unknown[]) => Promise<unknown>,
  state: CacheState,
  tx: TxState | null,
): (...args: unknown[]) => Promise<unknown> {
  return async (...args) => {
    if (tx && !tx.wrote) {
      tx.wrote = true;
      state.openWriters++;
    }
    state.invalidate();
    try {
      return await method(...args);
    } finally {
      // A read that began while this write ran (PostgreSQL: another pool connection) may have seen the old row.
      state.invalidate();
    }
  };
}

function cachedRead(
  name: CachedName,
  method: (...args: unknown[]) => Promise<unknown>,
  state: CacheState,
  tx: TxState | null,
): (...args: unknown[]) => Promise<unknown> {
  const keyOf = CACHED[name] as (...args: unknown[]) => string;
  return async (...args) => {
    if (tx?.wrote) return method(...args);
    const now = state.now();
    state.checkVersion(now);
    const key = `${name}\u0002${keyOf(...args)}`;
    const hit = state.entries.get(key);
    if (hit && hit.generation === state.generation && now - hit.at < state.options.ttlMs) {
      state.hits++;
      return copyOut(hit.value);
    }
    state.misses++;
    const generation = state.generation;
    const quiet = state.openWriters === 0;
    const value = await method(...args);
    if (quiet && state.openWriters === 0 && generation === state.generation) {
      if (state.entries.size >= (state.options.maxEntries ?? 10_000)) state.entries.clear();
      state.entries.set(key, { value: deepFreeze(value), generation, at: now });
      return copyOut(value);
    }
    return value;
  };
}

/** Maps cannot be frozen: each caller gets its own copy. */
function copyOut(value: unknown): unknown {
  return value instanceof Map ? new Map(value) : value;
}

function deepFreeze<T>(value: T): T {
  if (value === null || typeof value !== 'object' || Object.isFrozen(value) || value instanceof Map)
    return value;
  Object.freeze(value);
  for (const v of Object.values(value as Record<string, unknown>)) deepFreeze(v);
  return value;
}
