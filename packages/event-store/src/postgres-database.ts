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

/**
 * Statements run often are sent as named prepared statements: each connection parses and
 * plans them once instead of on every call. A statement is named from its text the third
 * time it is seen, up to a bounded number of names, so statements whose text is built
 * per call (lists of values) never fill the server's or the driver's memory.
 */
const PREPARE_AFTER = 3;
const MAX_NAMED = 256;
const seen = new Map<string, number>();
const named = new Map<string, string>();
function statementName(sql: string): string | undefined {
  const name = named.get(sql);
  if (name !== undefined || named.size >= MAX_NAMED) return name;
  const times = (seen.get(sql) ?? 0) + 1;
  if (times < PREPARE_AFTER) {
    if (seen.size < MAX_NAMED * 8) seen.set(sql, times);
    return undefined;
  }
  seen.delete(sql);
  const fresh = `rapport_${named.size + 1}`;
  named.set(sql, fresh);
  return fresh;
}

function executorOf(target: Queryable, isOpen: () => boolean = () => true): SqlExecutor {
  return {
    async query<R extends Record<string, unknown>>(sql: string, params: readonly unknown[] = []) {
      if (!isOpen()) throw new Error('transaction is closed');
      const name = statementName(sql);
      const result = await target.query<R>(
        name === undefined ? { text: sql, values: params as unknown[] } : { name, text: sql, values: params as unknown[] },
      );
      return { rows: result.rows, rowCount: result.rowCount ?? result.rows.length };
    },
    async exec(sql: string) {
      if (!isOpen()) throw new Error('transaction is closed');
      await target.query(sql);
    },
  };
}

/**
 * A Database over a node-postgres pool. The pool connects lazily, on first use.
 *
 * Every connection runs with PostgreSQL's JIT compilation off: Rapport's statements are
 * short index reads and batch writes whose estimated cost can still pass the JIT
 * threshold (a lateral per pair), and compiling them took longer than running them
 * (a manager's pairs: 264 ms of JIT in a 304 ms statement). docs/performance.md.
 */
export function openPostgres(url: string, options: PostgresOptions = {}): Database {
  // A startup option, so it holds before the first statement (docs/operations.md: behind a pooler, set it on the database).
  const pool = new pg.Pool({ connectionString: url, max: options.max ?? 10, types: typeParsers, options: '-c jit=off' });
  // Without a listener an idle connection's error would crash the process.
  pool.on('error', options.onIdleError ?? ((error) => console.error(`postgres: idle connection failed (${error.message}); dropped`)));
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
