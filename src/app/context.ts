import type { Config } from '../config.ts';
import { isLoftesbotError } from '../domain/errors.ts';
import type { MunicipalityRegister } from '../domain/municipality-register.ts';
import type { Clock, IdGenerator, Logger, Store } from '../domain/ports.ts';
import { createLogger } from '../runtime/logger.ts';
import { loadRegister } from '../runtime/register.ts';
import { systemClock, uuid } from '../runtime/system.ts';
import { type DatabaseHandle, openDatabase } from '../store/open.ts';
import { databaseOpenError } from '../store/open-errors.ts';
import { createStores, type Stores } from '../store/stores.ts';

/** What every runtime (server, CLI, chat) needs: configuration, the stores and the domain's ports. */
export interface AppContext {
  readonly config: Config;
  /** The open database; only createStores and close() use it (tests read tables through it). */
  readonly handle: DatabaseHandle;
  readonly stores: Stores;
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
  let handle: ReturnType<typeof openDatabase>;
  const logger = options.logger ?? createLogger(config.logLevel);
  try {
    handle = openDatabase(config.databaseUrl, {
      onConnectionLost: (error) =>
        logger.warn(
          { component: 'database', err: { message: error.message } },
          'PostgreSQL ended an idle connection; the next query opens a new one',
        ),
    });
  } catch (e) {
    throw isLoftesbotError(e, 'E_CONFIG') ? e : databaseOpenError(config.databaseUrl, e);
  }
  const stores = createStores(handle);
  try {
    if (options.migrate !== false) await stores.migrate();
  } catch (e) {
    await handle.close().catch(() => {});
    // A lock held too long (E_STORE_BUSY) says so itself; a driver's failure is said as the operator can act on it.
    throw isLoftesbotError(e) && e.code !== 'E_STORE' ? e : databaseOpenError(config.databaseUrl, e);
  }
  return {
    config,
    handle,
    stores,
    store: stores.store,
    register: loadRegister(),
    clock: options.clock ?? systemClock,
    ids: options.ids ?? uuid,
    logger,
    close: () => handle.close(),
  };
}
