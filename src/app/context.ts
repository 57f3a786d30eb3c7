import type { Config } from '../config.ts';
import type { MunicipalityRegister } from '../domain/municipality-register.ts';
import type { Clock, IdGenerator, Logger, Store } from '../domain/ports.ts';
import { createLogger } from '../runtime/logger.ts';
import { loadRegister } from '../runtime/register.ts';
import { systemClock, uuid } from '../runtime/system.ts';
import { createStore } from '../store/kysely-store.ts';
import { migrateToLatest } from '../store/migrate.ts';
import { type DatabaseHandle, openDatabase } from '../store/open.ts';

/** What every runtime (server, CLI, chat) needs: configuration, the database and the domain's ports. */
export interface AppContext {
  readonly config: Config;
  readonly handle: DatabaseHandle;
  readonly store: Store;
  readonly register: MunicipalityRegister;
  readonly clock: Clock;
  readonly ids: IdGenerator;
  readonly logger: Logger;
  close(): Promise<void>;
}

export interface ContextOptions {
  readonly clock?: Clock;
  readonly ids?: IdGenerator;
  readonly logger?: Logger;
  /** Run migrations on open (default true). */
  readonly migrate?: boolean;
}

/** Opens the database of `config`, brings its schema up to date and wires the ports. */
export async function openAppContext(config: Config, options: ContextOptions = {}): Promise<AppContext> {
  const handle = openDatabase(config.databaseUrl);
  try {
    if (options.migrate !== false) await migrateToLatest(handle.db);
  } catch (e) {
    await handle.close();
    throw e;
  }
  return {
    config,
    handle,
    store: createStore(handle.db, { committer: handle.committer }),
    register: loadRegister(),
    clock: options.clock ?? systemClock,
    ids: options.ids ?? uuid,
    logger: options.logger ?? createLogger(config.logLevel),
    close: () => handle.close(),
  };
}
