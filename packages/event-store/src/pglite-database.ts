import { AsyncLocalStorage } from 'node:async_hooks';
import { createRequire } from 'node:module';
import { Worker } from 'node:worker_threads';
import { ERROR_FIELDS, pgliteThread, type ThreadReply, type ThreadRequest } from './pglite-thread';
import type { Database, SqlExecutor } from './types';

/**
 * PGlite is one connection, and it runs in a thread of its own (pgliteThread): the
 * process goes on with requests, validation and scoring on its thread while PostgreSQL
 * works on the other core. Its `transaction()` and `query()` queue on one internal
 * mutex, so concurrent callers are already serialised: a transaction runs alone and
 * queries issued meanwhile wait for it to commit. The one trap is re-entrance: using
 * the database itself (not the transaction handle) inside a transaction waits for
 * that same transaction forever. We detect it and throw instead of hanging.
 */
interface OpenTransaction {
  open: boolean;
}

type Request = ThreadRequest extends infer R ? (R extends unknown ? Omit<R, 'id'> : never) : never;

/** The thread's source: pgliteThread, with a no-op for the name helper a TypeScript loader may have put in it. */
const threadSource = `var __name = (target) => target;\n(${pgliteThread.toString()})(require);`;

/** A Database over PGlite: in memory when dataDir is undefined, else persisted in that folder. */
export async function openPglite(dataDir?: string): Promise<Database> {
  const worker = new Worker(threadSource, {
    eval: true,
    workerData: { dataDir, pglite: createRequire(import.meta.url).resolve('@electric-sql/pglite'), errorFields: ERROR_FIELDS },
  });
  const waiting = new Map<number, { resolve: (result: unknown) => void; reject: (error: Error) => void }>();
  let nextId = 1;
  let exited: Error | null = null;
  worker.on('message', (reply: ThreadReply) => {
    const entry = waiting.get(reply.id);
    waiting.delete(reply.id);
    // The thread holds the process open only while something waits on it.
    if (waiting.size === 0) worker.unref();
    if ('error' in reply) entry?.reject(Object.assign(new Error(reply.error.message), reply.error));
    else entry?.resolve(reply.result);
  });
  const fail = (error: Error) => {
    exited = error;
    for (const entry of waiting.values()) entry.reject(error);
    waiting.clear();
  };
  worker.on('error', fail);
  worker.on('exit', (code) => fail(new Error(`the database's thread has ended (exit code ${code})`)));

  const ask = <T = unknown>(request: Request, id = nextId++): Promise<T> =>
    new Promise<T>((resolve, reject) => {
      if (exited) return reject(exited);
      waiting.set(id, { resolve: resolve as (result: unknown) => void, reject });
      worker.ref();
      worker.postMessage({ ...request, id });
    });
  // The thread's first message (id 0) says PGlite is open, or why it could not be.
  await new Promise((resolve, reject) => waiting.set(0, { resolve, reject })).catch(async (error: unknown) => {
    await worker.terminate();
    throw error;
  });

  const current = new AsyncLocalStorage<OpenTransaction>();
  const refuseReentrance = (): void => {
    if (current.getStore()?.open) {
      throw new Error(
        'the database was used directly inside one of its own transactions; use the transaction handle (PGlite has one connection and would wait forever)',
      );
    }
  };
  const executor = (tx: number | null): SqlExecutor => ({
    async query<R extends Record<string, unknown>>(sql: string, params: readonly unknown[] = []) {
      if (tx === null) refuseReentrance();
      return ask<{ rows: R[]; rowCount: number }>({ op: 'query', sql, params, tx });
    },
    async exec(sql: string) {
      if (tx === null) refuseReentrance();
      await ask({ op: 'exec', sql, tx });
    },
  });
  const direct = executor(null);

  return {
    engine: 'pglite',
    query: direct.query,
    exec: direct.exec,
    async transaction<T>(fn: (tx: SqlExecutor) => Promise<T>): Promise<T> {
      refuseReentrance();
      const id = nextId++;
      await ask({ op: 'begin' }, id);
      const state: OpenTransaction = { open: true };
      let result: T;
      try {
        result = await current.run(state, () => fn(executor(id)));
      } catch (error) {
        state.open = false;
        await ask({ op: 'end', tx: id, commit: false }).catch(() => undefined);
        throw error;
      }
      state.open = false;
      await ask({ op: 'end', tx: id, commit: true });
      return result;
    },
    async close() {
      if (exited) return;
      await ask({ op: 'close' });
      await worker.terminate();
    },
  };
}
