import type { SqlExecutor } from '@rapport/event-store';

export interface CountingExecutor {
  readonly executor: SqlExecutor;
  readonly statements: number;
  readonly rows: number;
}

/** An executor over `db` that counts the statements it sends and the rows they return (what a query costs in round trips). */
export function countingExecutor(db: SqlExecutor): CountingExecutor {
  let statements = 0;
  let rows = 0;
  const executor: SqlExecutor = {
    query: async (sql, params) => {
      statements++;
      const result = await db.query(sql, params);
      rows += result.rows.length;
      return result as never;
    },
    exec: (sql) => db.exec(sql),
  };
  return {
    executor,
    get statements() {
      return statements;
    },
    get rows() {
      return rows;
    },
  };
}
