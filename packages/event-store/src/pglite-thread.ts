import type { PGlite, Transaction } from '@electric-sql/pglite';

/** What the process asks of the database's thread. `tx` names an open transaction (else the database itself). */
export type ThreadRequest =
  | { readonly id: number; readonly op: 'query'; readonly sql: string; readonly params: readonly unknown[]; readonly tx: number | null }
  | { readonly id: number; readonly op: 'exec'; readonly sql: string; readonly tx: number | null }
  | { readonly id: number; readonly op: 'begin' }
  | { readonly id: number; readonly op: 'end'; readonly tx: number; readonly commit: boolean }
  | { readonly id: number; readonly op: 'close' };

/** The thread's answer to request `id`: its result, or the error's message and PostgreSQL's fields. */
export type ThreadReply =
  | { readonly id: number; readonly result: { rows: Record<string, unknown>[]; rowCount: number } | null }
  | { readonly id: number; readonly error: { message: string } & Record<string, unknown> };

/** The fields of PostgreSQL's errors callers read (the SQLSTATE and the constraint above all). */
export const ERROR_FIELDS = ['code', 'constraint', 'detail', 'hint', 'severity', 'schema', 'table', 'column', 'where', 'routine'] as const;

/**
 * The database's own thread: PGlite (PostgreSQL compiled to WebAssembly) opened in
 * `workerData.dataDir` (in memory when absent), answering ThreadRequests in the order
 * PGlite's one connection takes them. It is sent to the thread as source text, so it
 * refers to nothing outside itself and loads what it needs with `load` (the thread's
 * `require`, given as an argument: a bundler rewrites the name `require`).
 */
export function pgliteThread(load: NodeJS.Require): void {
  const { parentPort, workerData } = load('node:worker_threads') as typeof import('node:worker_threads');
  const { PGlite: Engine, types } = load(workerData.pglite as string) as typeof import('@electric-sql/pglite');
  const fields: readonly string[] = workerData.errorFields;
  const port = parentPort!;
  const reply = (message: ThreadReply) => port.postMessage(message);
  const failure = (id: number, error: unknown): ThreadReply => {
    const e = error as Record<string, unknown>;
    const copied: Record<string, unknown> = { message: String(e?.message ?? error) };
    for (const field of fields) if (e?.[field] !== undefined) copied[field] = e[field];
    return { id, error: copied as { message: string } };
  };
  interface Open {
    readonly tx: Transaction;
    readonly commit: () => void;
    readonly rollback: (reason: Error) => void;
    end?: { id: number; commit: boolean };
  }
  const open = new Map<number, Open>();

  const run = async (db: PGlite, request: ThreadRequest): Promise<void> => {
    /** Where a statement runs: its open transaction, or the database itself. */
    const on = (tx: number | null) => (tx === null ? db : open.get(tx)!.tx);
    switch (request.op) {
      case 'query': {
        const result = await on(request.tx).query<Record<string, unknown>>(request.sql, request.params as unknown[]);
        return reply({ id: request.id, result: { rows: result.rows, rowCount: result.affectedRows || result.rows.length } });
      }
      case 'exec':
        await on(request.tx).exec(request.sql);
        return reply({ id: request.id, result: null });
      case 'begin': {
        // The transaction stays open until its 'end': PGlite's transaction function waits on it.
        const done = db.transaction(
          (tx) =>
            new Promise<void>((commit, rollback) => {
              open.set(request.id, { tx, commit, rollback });
              reply({ id: request.id, result: null });
            }),
        );
        done.then(
          () => {
            const entry = open.get(request.id)!;
            open.delete(request.id);
            reply({ id: entry.end!.id, result: null });
          },
          (error: unknown) => {
            const entry = open.get(request.id);
            open.delete(request.id);
            // Never opened (BEGIN failed): the begin's error.
            if (!entry) return reply(failure(request.id, error));
            // Rolled back as asked is an answer; a failed COMMIT is the end's error.
            reply(entry.end!.commit ? failure(entry.end!.id, error) : { id: entry.end!.id, result: null });
          },
        );
        return;
      }
      case 'end': {
        const entry = open.get(request.tx)!;
        entry.end = { id: request.id, commit: request.commit };
        if (request.commit) entry.commit();
        else entry.rollback(new Error('rolled back'));
        return;
      }
      case 'close':
        await db.close();
        return reply({ id: request.id, result: null });
    }
  };

  Engine.create(workerData.dataDir, { parsers: { [types.INT8]: (value: string) => value } }).then(
    (db) => {
      port.on('message', (request: ThreadRequest) => void run(db, request).catch((error: unknown) => reply(failure(request.id, error))));
      reply({ id: 0, result: null });
    },
    (error: unknown) => reply(failure(0, error)),
  );
}
