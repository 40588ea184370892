import pg from 'pg';
import type { Database, SqlExecutor } from './types';

export interface PostgresOptions {
  /** Pool size; concurrent transactions beyond it wait for a free connection. */
  readonly max?: number;
  /** Errors of idle pooled connections (e.g. the server restarted); the pool drops them. */
  readonly onIdleError?: (error: Error) => void;
}

const INT8 = 20;

// Positions are bigint: keep them as exact decimal strings instead of lossy numbers.
const keepAsText = (value: string): string => value;
const typeParsers = {
  getTypeParser: ((oid: number, format?: 'text' | 'binary') => {
    if (oid === INT8) return keepAsText;
    return pg.types.getTypeParser(oid, format ?? 'text');
  }) as typeof pg.types.getTypeParser,
};

type Queryable = pg.Pool | pg.PoolClient;

function executorOf(target: Queryable, isOpen: () => boolean = () => true): SqlExecutor {
  return {
    async query<R extends Record<string, unknown>>(sql: string, params: readonly unknown[] = []) {
      if (!isOpen()) throw new Error('transaction is closed');
      const result = await target.query<R>(sql, params as unknown[]);
      return { rows: result.rows, rowCount: result.rowCount ?? result.rows.length };
    },
    async exec(sql: string) {
      if (!isOpen()) throw new Error('transaction is closed');
      await target.query(sql);
    },
  };
}

/** A Database over a node-postgres pool. The pool connects lazily, on first use. */
export function openPostgres(url: string, options: PostgresOptions = {}): Database {
  const pool = new pg.Pool({ connectionString: url, max: options.max ?? 10, types: typeParsers });
  // Without a listener an idle connection's error would crash the process.
  pool.on(
    'error',
    options.onIdleError ?? ((error) => console.error(`postgres: idle connection failed (${error.message}); dropped`)),
  );
  const direct = executorOf(pool);

  return {
    engine: 'postgres',
    query: direct.query,
    exec: direct.exec,
    async transaction<T>(fn: (tx: SqlExecutor) => Promise<T>): Promise<T> {
      const client = await pool.connect();
      let open = true;
      let broken: Error | undefined;
      try {
        await client.query('BEGIN');
        const result = await fn(executorOf(client, () => open));
        await client.query('COMMIT');
        return result;
      } catch (error) {
        await client.query('ROLLBACK').catch((rollbackError: Error) => {
          broken = rollbackError; // the connection is unusable: destroy it instead of pooling it
        });
        throw error;
      } finally {
        open = false;
        client.release(broken);
      }
    },
    async close() {
      await pool.end();
    },
  };
}
