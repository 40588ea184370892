import { AsyncLocalStorage } from 'node:async_hooks';
import { PGlite, types, type Transaction } from '@electric-sql/pglite';
import type { Database, SqlExecutor } from './types';

/**
 * PGlite is one connection. Its `transaction()` and `query()` queue on one internal
 * mutex, so concurrent callers are already serialised: a transaction runs alone and
 * queries issued meanwhile wait for it to commit. The one trap is re-entrance: using
 * the database itself (not the transaction handle) inside a transaction waits for
 * that same transaction forever. We detect it and throw instead of hanging.
 */
interface OpenTransaction {
  open: boolean;
}

const parsers = {
  // Positions are bigint: keep them as exact decimal strings, as node-postgres does.
  [types.INT8]: (value: string) => value,
};

function executorOf(tx: Transaction): SqlExecutor {
  return {
    async query<R extends Record<string, unknown>>(sql: string, params: readonly unknown[] = []) {
      const result = await tx.query<R>(sql, params as unknown[]);
      return { rows: result.rows, rowCount: result.affectedRows || result.rows.length };
    },
    async exec(sql: string) {
      await tx.exec(sql);
    },
  };
}

/** A Database over PGlite: in memory when dataDir is undefined, else persisted in that folder. */
export async function openPglite(dataDir?: string): Promise<Database> {
  const pglite = await PGlite.create(dataDir, { parsers });
  const current = new AsyncLocalStorage<OpenTransaction>();

  const refuseReentrance = (): void => {
    if (current.getStore()?.open) {
      throw new Error(
        'the database was used directly inside one of its own transactions; use the transaction handle (PGlite has one connection and would wait forever)',
      );
    }
  };

  return {
    engine: 'pglite',
    async query<R extends Record<string, unknown>>(sql: string, params: readonly unknown[] = []) {
      refuseReentrance();
      const result = await pglite.query<R>(sql, params as unknown[]);
      return { rows: result.rows, rowCount: result.affectedRows || result.rows.length };
    },
    async exec(sql: string) {
      refuseReentrance();
      await pglite.exec(sql);
    },
    async transaction<T>(fn: (tx: SqlExecutor) => Promise<T>): Promise<T> {
      refuseReentrance();
      const state: OpenTransaction = { open: true };
      try {
        return await pglite.transaction((tx) => current.run(state, () => fn(executorOf(tx))));
      } finally {
        state.open = false;
      }
    },
    async close() {
      await pglite.close();
    },
  };
}
