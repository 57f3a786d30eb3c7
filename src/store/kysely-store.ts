import { type Kysely, sql } from 'kysely';
import type { Store } from '../domain/ports.ts';
import { retryBusy } from './busy-retry.ts';
import type { GroupCommitter } from './group-commit.ts';
import { accessRepository } from './repositories/access.ts';
import { agreementUpkeepRepository } from './repositories/agreement-upkeep.ts';
import { agreementRepository } from './repositories/agreements.ts';
import { areaRepository } from './repositories/areas.ts';
import { auditRepository } from './repositories/audit.ts';
import { commentRepository } from './repositories/comments.ts';
import { conversationRepository } from './repositories/conversations.ts';
import { followUpRepository } from './repositories/follow-ups.ts';
import { meetingRepository } from './repositories/meetings.ts';
import { publicSnapshotRepository } from './repositories/public-snapshots.ts';
import { registrationRepository } from './repositories/registrations.ts';
import { statusErasureRepository } from './repositories/status-erasure.ts';
import { summaryRepository } from './repositories/summaries.ts';
import type { Database } from './schema.ts';

/**
 * The Store port over kysely: the same code on SQLite and PostgreSQL. With a group committer (SQLite: the database
 * handle's `committer`) concurrent transactions share one commit; without one each is its own transaction.
 */
export function createStore(
  db: Kysely<Database>,
  options: { readonly inTransaction?: boolean; readonly committer?: GroupCommitter | null } = {},
): Store {
  const { inTransaction = false, committer = null } = options;
  return {
    async transaction(fn) {
      if (inTransaction) return fn(this);
      if (committer) return committer.run((trx) => fn(createStore(trx, { inTransaction: true })));
      // A transaction refused on a lock (SQLITE_BUSY, a PostgreSQL deadlock) rolled back whole: run it again.
      return retryBusy(() =>
        db.transaction().execute((trx) => fn(createStore(trx, { inTransaction: true }))),
      );
    },
    async ping() {
      await sql`select 1`.execute(db);
      return true;
    },
    ...areaRepository(db),
    ...agreementRepository(db),
    ...registrationRepository(db),
    ...followUpRepository(db),
    ...statusErasureRepository(db),
    ...meetingRepository(db),
    ...agreementUpkeepRepository(db),
    ...accessRepository(db),
    ...auditRepository(db),
    ...conversationRepository(db),
    ...summaryRepository(db),
    ...publicSnapshotRepository(db),
    ...commentRepository(db),
  };
}
