import { advisoryLocks } from './advisory-locks';
import type { Database, SqlExecutor } from './types';

const pgliteLeases = new WeakSet<Database>();

/**
 * Runs one relay batch while holding the system-wide relay lease, or resolves to 0
 * without running it when another relay holds the lease (it will come back later).
 *
 * PostgreSQL: the batch runs inside one transaction holding a transaction-scoped
 * advisory lock, across every process; a crash releases it with the connection.
 *
 * PGlite: the data folder belongs to one process, so an in-process lease is the whole
 * system's. The batch must NOT run inside a PGlite transaction: PGlite has one
 * connection, and an in-process consumer that writes its read models from within
 * `publish` would wait for our transaction forever. Each statement commits on its
 * own instead; rows are still deleted only after publish resolved (at-least-once).
 */
export async function withRelayLease(db: Database, batch: (sql: SqlExecutor) => Promise<number>): Promise<number> {
  if (db.engine === 'postgres') {
    return db.transaction(async (tx) => {
      const { rows } = await tx.query<{ leased: boolean }>('SELECT pg_try_advisory_xact_lock($1) AS leased', [advisoryLocks.outboxRelay]);
      return rows[0]?.leased ? batch(tx) : 0;
    });
  }
  if (pgliteLeases.has(db)) return 0;
  pgliteLeases.add(db);
  try {
    return await batch(db);
  } finally {
    pgliteLeases.delete(db);
  }
}
