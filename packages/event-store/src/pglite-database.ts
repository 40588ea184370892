import { AsyncLocalStorage } from 'node:async_hooks';
import { PGlite, types, type Transaction } from '@electric-sql/pglite';
import type { Database, SqlExecutor } from './types';

/**
 * PGlite is one connection. Its `transaction()` and `query()` queue on one internal
 * mutex, so concurrent callers are already serialised: a transaction runs alone and
 * queries issued meanwhile wait for it to commit. The one trap is re-entrance: using
 * the database itself (not the transaction handle) inside a transaction waits for
 * that same transaction forever. We detect it and throw instead of hanging.
 *
 * The engine also runs on the process's own thread, each statement synchronously. On
 * its mutex alone, queued statements run back to back in one chain of promise
 * callbacks, and the event loop polls for I/O only when the queue is empty: under load
 * a new connection waited one whole queue per poll, and its first request was answered
 * seconds after the others. So statements (and whole transactions) take turns here,
 * first come first served, and after every 20 ms they have held the thread the event
 * loop gets a turn: new connections and requests are taken in between, and queue behind
 * what came first.
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

/** How long statements may run back to back before the event loop gets a turn. */
const MAX_MS_WITHOUT_A_TURN = 20;

/**
 * Runs tasks one at a time in the order they were asked for; once tasks have held the
 * thread for MAX_MS_WITHOUT_A_TURN, the next waits for one turn of the event loop first.
 * A lone statement runs at once; a long queue lets I/O in every few statements.
 */
function turns(): <T>(task: () => Promise<T>) => Promise<T> {
  let last: Promise<unknown> = Promise.resolve();
  let turnAt = performance.now();
  const turnIfDue = async (): Promise<void> => {
    if (performance.now() - turnAt < MAX_MS_WITHOUT_A_TURN) return;
    await new Promise<void>((resolve) => setImmediate(resolve));
    turnAt = performance.now();
  };
  return (task) => {
    const run = last.then(turnIfDue).then(task);
    last = run.catch(() => undefined);
    return run;
  };
}

/** A Database over PGlite: in memory when dataDir is undefined, else persisted in that folder. */
export async function openPglite(dataDir?: string): Promise<Database> {
  const pglite = await PGlite.create(dataDir, { parsers });
  const current = new AsyncLocalStorage<OpenTransaction>();
  const inTurn = turns();

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
      const result = await inTurn(() => pglite.query<R>(sql, params as unknown[]));
      return { rows: result.rows, rowCount: result.affectedRows || result.rows.length };
    },
    async exec(sql: string) {
      refuseReentrance();
      await inTurn(() => pglite.exec(sql));
    },
    async transaction<T>(fn: (tx: SqlExecutor) => Promise<T>): Promise<T> {
      refuseReentrance();
      const state: OpenTransaction = { open: true };
      try {
        return await inTurn(() => pglite.transaction((tx) => current.run(state, () => fn(executorOf(tx)))));
      } finally {
        state.open = false;
      }
    },
    async close() {
      await pglite.close();
    },
  };
}
